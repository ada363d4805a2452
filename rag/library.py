"""The articles a user has added: one index folder each under the index folder (see index.py),
listed with their titles, and removable.

    >>> lib = Library(Path("indexes"), embedder, passage_tokens=48)      # doctest: +SKIP
    >>> lib.add(read_article("story.html")).article.title                # doctest: +SKIP
    'High fuel prices hit BA's profits'
    >>> [e.title for e in lib.entries()]                                  # doctest: +SKIP
"""

from __future__ import annotations

import json
import logging
import os
import shutil
from dataclasses import dataclass
from pathlib import Path

from .errors import ArticleError, StorageError
from .index import FORMAT, Embedder, Index, load, load_or_build
from .ingest import Article

log = logging.getLogger(__name__)

#: a scope that means every article of the library
ALL = "all"


@dataclass(frozen=True)
class Entry:
    """An article of the library, as listed."""

    id: str
    title: str
    name: str  # the file it came from, or "pasted text"
    words: int
    added: str  # ISO date and time, UTC
    path: Path  # its index folder


class Library:
    def __init__(self, index_dir: Path, embedder: Embedder, passage_tokens: int) -> None:
        self.index_dir = Path(index_dir)
        self.embedder = embedder
        self.passage_tokens = passage_tokens
        self._loaded: dict[str, Index] = {}

    def add(self, article: Article, rebuild: bool = False) -> Index:
        """Index `article` (once: an article already in the library is loaded) and return it."""
        index = load_or_build(article, self.index_dir, self.embedder, self.passage_tokens, rebuild)
        self._loaded[article.id] = index
        return index

    def entries(self) -> list[Entry]:
        """The articles indexed for the current settings, oldest first. A folder that is not a
        whole index of these settings is left alone (another model's, or being written)."""
        settings = {"format": FORMAT, "embed_model": self.embedder.name,
                    "passage_tokens": self.passage_tokens}
        out = []
        for manifest_path in self.index_dir.glob("*/manifest.json"):
            try:
                m = json.loads(manifest_path.read_text("utf-8"))
                if any(m.get(k) != v for k, v in settings.items()):
                    continue
                out.append(Entry(m["source_sha256"][:12], m["title"], m["name"], m["words"],
                                 m["added"], manifest_path.parent))
            except (OSError, ValueError, KeyError, TypeError) as e:
                log.warning("skipping %s: %s", manifest_path.parent, e)
        return sorted(out, key=lambda e: (e.added, e.id))

    def find(self, ref: str) -> Entry:
        """The entry whose id starts with `ref`, or whose title or file name is `ref`
        (case-insensitive); ArticleError if none or several match."""
        entries = self.entries()
        found = [e for e in entries if e.id.startswith(ref.lower())] if len(ref) >= 4 else []
        found = found or [e for e in entries if ref.strip().lower() in (e.title.lower(), e.name.lower())]
        if len(found) == 1:
            return found[0]
        known = "; ".join(f"{e.id} {e.title}" for e in entries) or "the library is empty"
        if not found:
            raise ArticleError(f"no article {ref!r} in the library ({known})")
        raise ArticleError(f"{ref!r} matches {len(found)} articles; give more of the id ({known})")

    def get(self, article_id: str) -> Index:
        """The index of a listed article (an id, or a ref as in `find`), loaded once per process."""
        if article_id in self._loaded:
            return self._loaded[article_id]
        entry = self.find(article_id)
        if entry.id not in self._loaded:
            try:
                self._loaded[entry.id] = load(entry.path)
            except (OSError, ValueError, KeyError) as e:
                raise ArticleError(f"the index of {entry.title!r} is damaged ({e}); add the article "
                                   "again to rebuild it") from None
        return self._loaded[entry.id]

    def remove(self, ref: str) -> Entry:
        """Remove an article and its index (`ref` as in `find`); returns what was removed."""
        entry = self.find(ref)
        trash = entry.path.with_name(f".{entry.path.name}.{os.getpid()}.old")
        try:
            os.rename(entry.path, trash)
        except OSError as e:
            raise StorageError(f"cannot remove {entry.path} ({e.strerror})") from None
        shutil.rmtree(trash, ignore_errors=True)
        self._loaded.pop(entry.id, None)
        return entry
