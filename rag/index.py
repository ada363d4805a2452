"""Embed the passages and keep them, with the article's text, a FAISS index and a manifest, in a
folder on disk.

The folder is named after the article's id and a key made of everything the index depends on
(the article's text, the embedding model, the passage settings), so a changed article or setting
gets a new index and a stale one is never served. The folder keeps the article's plain text (for
a web page or a PDF, the text extracted from it), so citations point into what is stored. A
folder is written aside and renamed into place; one that fails any check when loaded (missing
file, hash mismatch, wrong size) is rebuilt.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import shutil
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from .errors import StorageError
from .ingest import Article, Passage, split_passages

if TYPE_CHECKING:
    import numpy as np

log = logging.getLogger(__name__)

FORMAT = 3  # bump when the files or the splitter change meaning


class Embedder(Protocol):
    name: str

    def embed(self, texts: list[str]) -> np.ndarray:
        """Unit-length float32 vectors, one row per text."""
        ...


class SentenceEmbedder:
    """A sentence-transformers model, loaded on first use, offline."""

    def __init__(self, model: str = "") -> None:
        from .models import EMBED_NAME, resolve_embedder

        self.path = resolve_embedder(model)
        self.name = model or EMBED_NAME
        self._model: Any = None  # a SentenceTransformer, loaded on first use

    def embed(self, texts: list[str]) -> np.ndarray:
        if self._model is None:
            os.environ.setdefault("HF_HUB_OFFLINE", "1")
            os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
            os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")  # no "Loading weights" bar
            from sentence_transformers import SentenceTransformer

            self._model = SentenceTransformer(self.path, device="cpu")
        vecs = self._model.encode(texts, batch_size=64, normalize_embeddings=True,
                                  convert_to_numpy=True, show_progress_bar=False)
        return vecs.astype("float32")


@dataclass
class Index:
    """One article, its passages and their vectors."""

    article: Article
    passages: list[Passage]
    vectors: Any  # a faiss.Index, inner product over unit vectors
    path: Path
    built: bool  # True when this process built it, False when it was loaded


def _sha256_file(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def index_key(article: Article, embed_name: str, passage_tokens: int) -> dict:
    return {"format": FORMAT, "source_sha256": article.sha256, "embed_model": embed_name,
            "passage_tokens": passage_tokens}


def index_path(index_dir: Path, article: Article, key: dict) -> Path:
    digest = hashlib.sha256(json.dumps(key, sort_keys=True).encode()).hexdigest()[:8]
    return index_dir / f"{article.id}-{digest}"


def load(path: Path, key: dict | None = None) -> Index:
    """The index in folder `path`, or ValueError/OSError when any part of it is missing, does not
    match its manifest, or (given `key`) was built for another article or settings."""
    import faiss

    manifest = json.loads((path / "manifest.json").read_text("utf-8"))
    if key is not None and {k: manifest.get(k) for k in key} != key:
        raise ValueError("manifest does not match the article or settings")
    for name, digest in manifest["files"].items():
        if _sha256_file(path / name) != digest:
            raise ValueError(f"{name} does not match its hash in the manifest")
    text = (path / "article.txt").read_bytes().decode("utf-8")
    article = Article(text, manifest["title"], manifest["name"])
    if article.sha256 != manifest["source_sha256"]:
        raise ValueError("the article's text does not match the manifest")
    passages = [Passage(**{**p, "source": article.id})
                for p in json.loads((path / "passages.json").read_text("utf-8"))]
    if any(article.text[p.start:p.end] != p.text for p in passages):
        raise ValueError("passage offsets do not match the article")
    vectors = faiss.read_index(str(path / "vectors.faiss"))
    if vectors.ntotal != len(passages) or vectors.d != manifest["dim"]:
        raise ValueError("vector count or size does not match the passages")
    return Index(article, passages, vectors, path, built=False)


def _remove_leftovers(path: Path) -> None:
    """Folders that a build of `path` killed midway left beside it (.<name>.<pid>.tmp or .old),
    when their process is gone."""
    for old in path.parent.glob(f".{path.name}.*.*"):
        pid = old.name.rsplit(".", 2)[-2]
        if pid.isdigit() and not _alive(int(pid)):
            shutil.rmtree(old, ignore_errors=True)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _write(path: Path, article: Article, key: dict, passages: list[Passage], vecs) -> None:
    from datetime import UTC, datetime

    import faiss

    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        _remove_leftovers(path)
        tmp.mkdir(parents=True)
        index = faiss.IndexFlatIP(vecs.shape[1])
        index.add(vecs)
        faiss.write_index(index, str(tmp / "vectors.faiss"))
        rows = [{k: v for k, v in asdict(p).items() if k != "source"} for p in passages]
        (tmp / "passages.json").write_text(json.dumps(rows, ensure_ascii=False), "utf-8")
        (tmp / "article.txt").write_bytes(article.text.encode("utf-8"))
        files = {name: _sha256_file(tmp / name)
                 for name in ("vectors.faiss", "passages.json", "article.txt")}
        manifest = {**key, "title": article.title, "name": article.name, "words": article.words,
                    "added": datetime.now(UTC).isoformat(timespec="seconds"),
                    "dim": int(vecs.shape[1]), "passages": len(passages), "files": files}
        (tmp / "manifest.json").write_text(json.dumps(manifest, indent=2), "utf-8")
        if path.exists():  # a broken index: move it aside, then swap the new one in
            trash = path.with_name(f".{path.name}.{os.getpid()}.old")
            os.rename(path, trash)
            shutil.rmtree(trash, ignore_errors=True)
        os.rename(tmp, path)
    except (OSError, RuntimeError) as e:  # faiss reports a failed write as RuntimeError
        reason = e.strerror if isinstance(e, OSError) and e.strerror else str(e).strip().splitlines()[-1]
        raise StorageError(f"cannot write the index {path} ({reason}); any previous index is kept") \
            from None
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def load_or_build(article: Article, index_dir: Path, embedder: Embedder, passage_tokens: int,
                  rebuild: bool = False) -> Index:
    """Load the article's index if it is whole and matches; otherwise build and save it."""
    key = index_key(article, embedder.name, passage_tokens)
    path = index_path(Path(index_dir), article, key)
    if path.exists() and not rebuild:
        try:
            return load(path, key)
        except Exception as e:  # any damage means rebuild, never crash or serve it
            log.warning("index %s is unusable (%s); rebuilding it", path, e)
    passages = split_passages(article.text, article.id, passage_tokens)
    vecs = embedder.embed([p.text for p in passages])
    _write(path, article, key, passages, vecs)
    index = load(path, key)
    index.built = True
    return index
