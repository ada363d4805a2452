"""Check an answer against the passages before it is shown: parse its [n] markers, and verify
that every number it states appears in a passage it cites, and that its new words come from
the passages rather than from the model's own knowledge.

>>> numbers("Over 53,000 entered; fifty-three thousand; 1.5 hours; one-and-a-half days")
[53000.0, 53000.0, 1.5, 1.5]
>>> parse_markers("About 98,000 [2], see [1, 3] and [9].", 4)
[2, 1, 3]
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .ingest import sentence_spans
from .retrieve import STOPWORDS, tokenize

_UNITS = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen".split())}
_TENS = {w: 10 * i for i, w in enumerate(
    "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()) if w != "_"}
_ORDINALS = {w: i + 1 for i, w in enumerate(
    "first second third fourth fifth sixth seventh eighth ninth tenth".split())}
_SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}
_FRACTIONS = {"half": 0.5, "quarter": 0.25, "third": 1 / 3, "tenth": 0.1}
_NUMBER_WORDS = set(_UNITS) | set(_TENS) | set(_SCALES) | set(_ORDINALS)

_TOKEN = re.compile(r"\d+(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|[a-z]+", re.I)
_MARKER = re.compile(r"\[\s*(?:passages?\s*)?(\d+(?:\s*(?:,|and|&)\s*\d+)*)\s*\]", re.I)


def _words_value(words: list[str]) -> float:
    """Value of a run of number words: ["fifty", "three", "thousand"] -> 53000."""
    total, current = 0.0, 0.0
    for w in words:
        if w in _UNITS:
            current += _UNITS[w]
        elif w in _TENS:
            current += _TENS[w]
        elif w in _ORDINALS:
            current += _ORDINALS[w]
        elif w == "hundred":
            current = (current or 1) * 100
        else:
            total += (current or 1) * _SCALES[w]
            current = 0.0
    return total + current


def _run_value(run: list[str]) -> float | None:
    """["one", "and", "a", "half"] -> 1.5, ["a", "tenth"] -> 0.1, ["one"] -> None (a pronoun)."""
    if run[-1] not in _FRACTIONS:
        whole = [w for w in run if w not in ("and", "a")]
        return None if whole == ["one"] else _words_value(whole)
    fraction = _FRACTIONS[run[-1]]
    rest = run[:-1]
    joined = "and" in rest[-2:]  # "one and a half", not "one tenth"
    whole = [w for w in rest if w not in ("and", "a")]
    if joined and whole:
        return _words_value(whole) + fraction
    if whole in ([], ["one"]):
        return fraction
    return _words_value(whole) * fraction


def numbers(text: str) -> list[float]:
    """Every quantity stated in `text`, as floats, in order. Digits with thousands separators,
    decimals, scale words ("1.5 million", "98 thousand"), number words ("fifty-three thousand"),
    fractions ("one-and-a-half", "a tenth"). A lone "one" is a pronoun more often than a number
    ("one official said"), so it counts only as part of a larger number."""
    toks = _TOKEN.findall(_MARKER.sub(" ", text).lower())
    out: list[float] = []
    i = 0
    while i < len(toks):
        tok = toks[i]
        if tok[0].isdigit():
            value = float(tok.replace(",", ""))
            if i + 1 < len(toks) and toks[i + 1] in _SCALES:
                value *= _SCALES[toks[i + 1]]
                i += 1
            out.append(value)
            i += 1
            continue
        if tok in _NUMBER_WORDS or (tok == "a" and i + 1 < len(toks) and toks[i + 1] in _FRACTIONS):
            run = []
            j = i
            while j < len(toks) and (toks[j] in _NUMBER_WORDS or toks[j] in ("and", "a")
                                     or toks[j] in _FRACTIONS):
                run.append(toks[j])
                j += 1
            while run and run[-1] in ("and", "a"):
                run.pop()
                j -= 1
            value = _run_value(run)
            if value is not None:
                out.append(value)
            i = max(j, i + 1)
            continue
        i += 1
    return out


def parse_markers(text: str, n_passages: int) -> list[int]:
    """Passage numbers cited as [n] (or [n, m]), in order, without repeats; a number that
    points at no passage (0, or more than n_passages) is not a citation."""
    out: list[int] = []
    for m in _MARKER.finditer(text):
        for num in re.findall(r"\d+", m.group(1)):
            n = int(num)
            if 1 <= n <= n_passages and n not in out:
                out.append(n)
    return out


def strip_markers(text: str) -> str:
    return re.sub(r"\s+([.,;:!?])", r"\1", _MARKER.sub("", text)).strip()


def names(question: str) -> list[str]:
    """The capitalised words of a question, but its first word: the names it is about.

    >>> names("How many Russians went to Latvia's border?")
    ['Russians', "Latvia's"]
    """
    found = re.findall(r"(?<=\S\s)(?<![.?!]\s)\b[A-Z][\w’'-]*", question.strip())
    return [n for n in found if tokenize(n)]


def content_words(text: str) -> set[str]:
    return {t for t in tokenize(strip_markers(text)) if not t[0].isdigit() and t not in STOPWORDS}


@dataclass(frozen=True)
class Check:
    """The result of checking an answer against its passages."""

    ok: bool
    cited: list[int]  # passage numbers (1-based) that support the answer
    reason: str  # why it failed, or how the citations were found


def check(answer: str, question: str, passages: list[str], surroundings: list[str] | None = None,
          common: frozenset[str] = frozenset(), min_new_word_share: float = 0.5) -> Check:
    """Verify `answer` against the numbered `passages` (passages[0] is [1]).

    - Every number in the answer must be in one passage it cites. A cited passage that lacks the
      numbers is dropped for one that has them; an answer with no marker is given the best
      passage that has all its numbers and words (small models often drop the marker).
    - The cited passages, or the text just before them (`surroundings`, parallel to
      `passages`, where "its foreign minister" finds its country), must mention one of the
      names the question is about: a fact about Finland does not answer a question about
      Latvia. Names in `common` (stems the whole article keeps using, like "russi") are skipped.
    - Of the answer's content words that are not in the question, at least `min_new_word_share`
      must be in the cited passages: an answer from general knowledge ("Paris") fails.
    """
    nums = [x for x in numbers(answer)]
    new_words = content_words(answer) - content_words(question)
    marked = parse_markers(answer, len(passages))
    pass_nums = [set(numbers(p)) for p in passages]
    pass_words = [content_words(p) for p in passages]

    def supports(i: int) -> bool:
        return all(x in pass_nums[i] for x in nums)

    def word_share(ids: list[int]) -> float:
        if not new_words:
            return 1.0
        have = set().union(*(pass_words[i] for i in ids)) if ids else set()
        return len(new_words & have) / len(new_words)

    cited = [n for n in marked if supports(n - 1)] if nums else marked
    how = "cited by the model"
    if not cited:
        candidates = [i for i in range(len(passages)) if supports(i)]
        if nums and not candidates:
            return Check(False, [], f"the numbers {_fmt(nums)} are in none of the passages")
        if not candidates:
            return Check(False, [], "the answer cites no passage")
        best = max(candidates, key=lambda i: (word_share([i]), -i))
        cited = [best + 1]
        how = f"[{best + 1}] holds its numbers and words" if marked == [] else \
            f"the cited passage lacks {_fmt(nums)}; [{best + 1}] holds them"
    about = {t for n in names(question) for t in tokenize(n)} - common
    context = surroundings or passages
    have = set().union(*(content_words(passages[n - 1] + " " + context[n - 1]) for n in cited))
    if about and not about & have:
        return Check(False, cited, f"the cited passages do not mention {', '.join(sorted(about))}")
    if about and nums:
        other = _number_about_something_else(nums, [passages[n - 1] for n in cited], about, common)
        if other is not None:
            return Check(False, cited, f"{other:g} is stated about something the question does not name")
    share = word_share([n - 1 for n in cited])
    if share < min_new_word_share:
        return Check(False, cited, f"only {share:.0%} of its new words are in the cited passages")
    return Check(True, cited, how)


def _number_about_something_else(nums: list[float], cited: list[str], about: set[str],
                                 common: frozenset[str]) -> float | None:
    """A number of the answer that the cited passages state only in sentences naming other
    things, while another of their sentences names what the question asks about ("How many went
    to Mongolia?" answered from "43,000 arrived [in Finland]. Another 3,000 entered Mongolia")."""
    sentences = [p[a:b] for p in cited for a, b in sentence_spans(p)]
    # the stems each sentence names; "x " makes its first word count too
    named = [{t for n in names("x " + s) for t in tokenize(n) if t not in STOPWORDS} - common
             for s in sentences]
    if not any(about & stems for stems in named):
        return None
    for x in nums:
        holding = [stems for s, stems in zip(sentences, named) if x in numbers(s)]
        if holding and all(stems and not about & stems for stems in holding):
            return x
    return None


def _fmt(nums: list[float]) -> str:
    return ", ".join(f"{x:g}" for x in nums)
