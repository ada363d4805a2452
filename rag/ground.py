"""Check a reply against the passages before it is shown, and build its citations.

First the passages the reply rests on are chosen (`resolve_citations`): those it marks [n] that
hold its numbers; failing that, the one passage that holds all its numbers and most of its names,
its words and its subject (small models often drop or misplace the marker). Then each rule of
`RULES` looks at the `Claim`; the first that fails makes the answer a refusal, named in the
`Verdict`. A rule can be switched off by name (`check(..., skip={"words_from_passages"})`, or
`RAG_SKIP_RULES`).
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Collection
from dataclasses import dataclass, field
from functools import cached_property
from itertools import pairwise

from .ingest import Article, Passage
from .text import (
    AUXILIARY,
    COUNT_WORD,
    LONE_ONE,
    MONTHS,
    ORDINAL,
    PREPOSITION,
    QUALIFIED_CURRENCY,
    STOPWORDS,
    TIME_UNITS,
    TITLES,
    YEAR,
    acronyms,
    asked_words,
    clauses,
    content_words,
    country_names,
    deeds,
    fmt,
    is_demonym,
    is_ordinal,
    is_past_verb,
    is_verb,
    leaves_a_quote_open,
    measures,
    money,
    name_stems,
    names,
    names_a_country,
    names_every_one,
    numbers,
    opens_quoted,
    ordinal_value,
    parse_markers,
    refers_back,
    root,
    roots,
    sentence_spans,
    stated,
    stem_roots,
    strip_markers,
    tokenize,
    unquoted,
)

#: least share of the reply's new content words (not in the question) found in its passages
MIN_NEW_WORD_SHARE = 0.5
#: letters that tell two words apart where a stem's five do not ("shareholders", "shares")
WORD_LETTERS = 12
#: sentences followed back from an answer to find who the "he" that said it is
BACK_SENTENCES = 3


#: "The article states that", "According to the passage": the reply's source, no claim
_SOURCE_SAYS = re.compile(r"\b(?:the\s+)?(?:article|passage|text|story)\s+(?:\[\d+\]\s+)?(?:states?|says?|"
                          r"mentions?|reports?|notes?|explains?)(?:\s+that)?\b|\baccording to the "
                          r"(?:article|passage|text|story)\b", re.I)


#: letters a word runs on past all it shares with another to be a word of its own
OTHER_WORD_LETTERS = 5


def _letters_shared(a: str, b: str) -> int:
    """How many letters two words begin with alike."""
    return next((i for i, (x, y) in enumerate(zip(a, b)) if x != y), min(len(a), len(b)))


def _longer_words(reply: str, question: str) -> dict[str, set[str]]:
    """The reply's words that only begin like one of the question's, as their finer stems (of
    WORD_LETTERS) by their stems: "robotiquette" is no form of "robots", "shareholders" none of
    "shares", though each pair shares a stem."""
    asked = [w.lower() for w in re.findall(r"[^\W\d_]+", question)]
    out: dict[str, set[str]] = {}
    for word in {w.lower() for w in re.findall(r"[^\W\d_]+", strip_markers(reply))}:
        stems = content_words(word)
        alike = [a for a in asked if content_words(a) & stems]
        if stems and alike and all(len(word) - _letters_shared(word, a) >= OTHER_WORD_LETTERS for a in alike):
            for stem in stems:
                out.setdefault(stem, set()).update(content_words(word, WORD_LETTERS))
    return out

#: words that only say two figures are one sum ("481.42m yuan equals $58.16m", where the passage
#: writes "481.42m yuan ($58.16m)"): no claim of their own
_EQUAL_WORDS = content_words("equal equals equivalent equating")

#: "How old ...?" asks an age, which "years old" or "aged" only writes out
_ASKS_AGE = re.compile(r"\bhow old\b|\b(?:what|which) age\b|\bat what age\b", re.I)
_AGE_WORDS = content_words("year years old aged age")


#: a figure in digits with its sign and unit ("$412bn", "14%")
_A_FIGURE = re.compile(r"[$£€¥]?\d[\d,]*(?:\.\d+)?(?:\s*(?:%|m\b|bn\b|k\b|million\b|billion\b))?")
#: that, or a word that may write one ("six Airbus A321 aircraft")
_FIGURE = re.compile(rf"{_A_FIGURE.pattern}|\b[a-z]+\b", re.I)


def _figures_of(x: float, text: str) -> list[re.Match[str]]:
    """Each place `text` writes the quantity `x` ("£4m" of 4,000,000; a lone "one" of 1)."""
    found = [m for m in _FIGURE.finditer(text) if numbers(m.group(0)) == [x]]
    return found or (list(LONE_ONE.finditer(text)) if x == 1 else [])


#: a number of one to three digits after a capitalised word: "C 17", "Type 45" (a day after a
#: month, or a number after a capitalised stopword, is none: checked in `_named_so`)
_IN_A_NAME = re.compile(r"\b([A-Z][\w-]*)\s+\d{1,3}\b(?![.,]?\d|\s*(?:%|per ?cent))")


def _named_so(m: re.Match[str], passages: str) -> bool:
    """Whether the passages write `m` (an `_IN_A_NAME` match) as it is, and its word is no month
    or stopword ("March 14", "In 45 cases": a time, a figure)."""
    word = m.group(1).lower()
    return word not in MONTHS and word not in STOPWORDS and \
        re.search(rf"(?<![\w-]){re.escape(m.group(0))}(?![\w,.])", passages) is not None


@dataclass(frozen=True)
class Claim:
    """A reply and what it is checked against; passages[0] is [1]."""

    reply: str
    question: str
    passages: list[str]
    surroundings: list[tuple[str, str]]  # the article's text before and after each passage (Retriever.around)
    common: frozenset[str]  # stems the whole article keeps using, which name nothing in particular
    cited: list[int] = field(default_factory=list)  # the passages the reply rests on, 1-based

    @cached_property
    def numbers(self) -> list[float]:
        """The reply's numbers, less those that are part of a name the passages write so ("the C
        17 heavy lift aircraft", "the Type 45 Destroyer", "BBC Radio 4"): no figure to check."""
        text = " ".join(self.passages)
        return numbers(_IN_A_NAME.sub(lambda m: m.group(1) if _named_so(m, text) else m.group(0), self.reply))

    @cached_property
    def new_numbers(self) -> list[float]:
        """The reply's numbers that the question does not state itself: the question's own year,
        or the 1 of "the first sale", are no figure it answers with."""
        asked = stated(self.question)
        return [x for x in self.numbers if x not in asked]

    @cached_property
    def new_words(self) -> set[str]:
        """The reply's content words that the question does not have, in any tense, less those
        that only say where it read them ("The article states that ...")."""
        reply = _SOURCE_SAYS.sub(" ", self.reply)
        asked = roots(self.question)  # ("axed" for "axing", "color" for "colour")
        ages = _AGE_WORDS if _ASKS_AGE.search(self.question) else set()  # "50 years old" for "at 50"
        return ({stem for stem, forms in stem_roots(reply).items() if not forms <= asked}
                - asked_words(self.question) - ages - _EQUAL_WORDS) | set(self.longer_words)

    @cached_property
    def longer_words(self) -> dict[str, set[str]]:
        """The reply's new words that share a stem with one of the question's (`_longer_words`):
        a passage has them only where it has them whole."""
        return _longer_words(_SOURCE_SAYS.sub(" ", self.reply), self.question)

    @cached_property
    def reply_roots(self) -> dict[str, set[str]]:
        """The roots of the reply's words by their stems (`text.stem_roots`)."""
        return stem_roots(self.reply)

    @cached_property
    def new_names(self) -> set[str]:
        """The stems of the names the reply gives that the question does not have: its answer,
        for a "Who ...?"."""
        return name_stems(strip_markers(self.reply)) - content_words(self.question)

    @cached_property
    def adding(self) -> list[str]:
        """The cited sentences holding most of what the reply adds to the question (its new
        words and figures), each with the sentences next to it (a quotation runs on)."""
        new, figures = self.new_words, set(self.new_numbers)
        scored = []
        for text in self.cited_text:
            spans = sentence_spans(text)
            for i, (a, b) in enumerate(spans):
                window = text[spans[max(0, i - 1)][0]:spans[min(i + 1, len(spans) - 1)][1]]
                sentence = text[a:b]
                scored.append((len(new & content_words(sentence)) + len(figures & stated(sentence)), window))
        most = max((n for n, _ in scored), default=0)
        return [window for n, window in scored if n == most and n]

    @cached_property
    def about(self) -> set[str]:
        """The stems of the names the question is about."""
        return subject_stems(self.question, self.common)

    @property
    def cited_text(self) -> list[str]:
        return [self.passages[n - 1] for n in self.cited]

    @cached_property
    def cited_sentences(self) -> list[str]:
        return [p[a:b] for p in self.cited_text for a, b in sentence_spans(p)]

    @cached_property
    def shown_sentences(self) -> list[str]:
        """Every sentence of every passage shown, cited or not."""
        return [p[a:b] for p in self.passages for a, b in sentence_spans(p)]

    def sentences_holding(self, x: float) -> list[str]:
        """The cited sentences that state the quantity `x`."""
        return [s for s in self.cited_sentences if x in stated(s)]

    def written(self, x: float) -> list[tuple[str, re.Match[str]]]:
        """Each place a cited sentence writes the quantity `x`: (the sentence, its figure)."""
        return [(s, m) for s in self.sentences_holding(x) for m in _figures_of(x, s)]

    def clauses_holding(self, x: float) -> list[str]:
        """The clauses of the cited sentences that state the quantity `x`."""
        return [c for s in self.sentences_holding(x) for c in clauses(s) if x in stated(c)]

    def holding_with_the_one_before(self, x: float) -> list[str]:
        """Each cited sentence that states `x`, with the sentence before it in its passage (where
        its subject may be named)."""
        return [" ".join(text[a:b] for a, b in spans[max(0, i - 1):i + 1])
                for text in self.cited_text for spans in [sentence_spans(text)]
                for i, (start, end) in enumerate(spans) if x in stated(text[start:end])]

    def holding_read_back(self, x: float) -> list[str]:
        """Each cited sentence that states `x`, with the sentence before it when it refers back
        to it ("This compares with 59 litres in France" after "... 0.22 litres per capita")."""
        return [both if refers_back(one) else one
                for one, both in zip(self.sentences_holding(x), self.holding_with_the_one_before(x))]

    @cached_property
    def shown_text(self) -> str:
        """Every passage shown, with the article's text around it."""
        return " ".join(f"{b} {p} {a}" for p, (b, a) in zip(self.passages, self.surroundings))

    @cached_property
    def cited_context(self) -> list[str]:
        """Each cited passage in the text around it, where "its minister" finds "its" and a
        quotation its speaker."""
        return [" ".join([before, self.passages[n - 1], after]).strip()
                for n in self.cited for before, after in [self.surroundings[n - 1]]]

    @cached_property
    def context_words(self) -> set[str]:
        """The content words of the cited passages and the text around them."""
        return set().union(*(content_words(text) for text in self.cited_context))


@dataclass(frozen=True)
class Verdict:
    """The outcome of the check: the passages an accepted answer cites, or the rule that failed."""

    ok: bool
    cited: tuple[int, ...] = ()
    rule: str = ""  # the failed rule's name; "" when ok
    detail: str = ""  # what the rule found, or how the citations were chosen

    def __str__(self) -> str:
        return self.detail if self.ok else f"{self.rule}: {self.detail}"


def known_by_last_name(question: str, common: frozenset[str]) -> frozenset[str]:
    """`common` and the first names the question gives a name the article keeps using by its last
    word: a story that calls him "Mr Blair" throughout is about "Tony Blair" too, in sentences
    that never say "Tony".

    >>> sorted(known_by_last_name("How many children does Tony Blair have?", frozenset({"blair"})))
    ['blair', 'tony']
    >>> sorted(known_by_last_name("Did Blair meet Tony Adams?", frozenset({"blair"})))
    ['blair']
    """
    found = names(question)
    known = set(common)
    for i in range(len(found) - 1, 0, -1):  # from the last word of each run of names back
        first, last = found[i - 1], found[i]
        if set(tokenize(last)) <= known and re.search(rf"\b{re.escape(first)}\s+{re.escape(last)}\b",
                                                        question):
            known |= set(tokenize(first))
    return frozenset(known)


def subject_stems(question: str, common: frozenset[str] = frozenset()) -> set[str]:
    """The stems of the names a question is about, less those the article keeps using (and less
    a currency's country: "What is it worth in US dollars?" is about "it").

    >>> sorted(subject_stems("What is the Fjord bid worth in US dollars?"))
    ['fjord']
    """
    question = _CURRENCY.sub(r"\1", question)
    return {t for n in names(question) for t in tokenize(n) if not t.isdigit()  # ("O2" is no "2")
            } - known_by_last_name(question, common)


_CURRENCY = re.compile(QUALIFIED_CURRENCY, re.I)


def sentences_naming(question: str, passage: str, common: frozenset[str] = frozenset(),
                     before: str = "") -> str:
    """The sentences of `passage` that name what the question is about ("" if none does, or if
    the question names nothing in particular); or the whole passage when it names no one but
    "he" and the text `before` it names him ('He added: "..."' after "But Edward Leigh warned").

    >>> sentences_naming("How many went to Mongolia?", "43,000 came to Finland. 3,000 entered Mongolia.")
    '3,000 entered Mongolia.'
    >>> sentences_naming("What did Leigh say?", 'He added: "It was a fiasco."', before="Leigh spoke.")
    'He added: "It was a fiasco."'
    """
    about = subject_stems(question, common)
    named = " ".join(passage[a:b] for a, b in sentence_spans(passage)
                     if about & name_stems(passage[a:b], common))
    if not named and refers_back(passage) and about & name_stems(before, common):
        return passage
    return named


def sentences_matching(question: str, passages: list[str], common: frozenset[str] = frozenset(),
                       most: int = 3) -> tuple[list[str], int]:
    """For each passage, the ones of its sentences that are among the `most` sentences of all
    `passages` sharing the most content words with the question (none shared: not kept), in their
    order, each that names its subject only as "he" or "they" with the sentence before it; "" for
    a passage that keeps none. And how many words the kept sentences share with the question, in
    all.

    >>> sentences_matching("Why did the mission end?", ["It landed in May. The mission ended in winter.",
    ...                                                  "Dust fell."], most=1)
    (['The mission ended in winter.', ''], 1)
    >>> sentences_matching("What would the orders replace?", ["The orders, like tags, bind. They would "
    ...                                                          "replace old powers."], most=1)[0]
    ['The orders, like tags, bind. They would replace old powers.']
    >>> sentences_matching("What did Leigh say the sale proved?",
    ...                    ["Leigh spoke. He said: 'The sale proved a fiasco.'"], most=1)[0]
    ["Leigh spoke. He said: 'The sale proved a fiasco.'"]
    """
    wanted = content_words(question) - common | {  # (a currency asked: "worth in pounds")
        m.group(1).lower().rstrip("s") for m in _CURRENCY.finditer(question)}
    spans = [sentence_spans(p) for p in passages]
    scored = [(len(wanted & _words_and_currencies(p[a:b])), i, k)
              for i, p in enumerate(passages) for k, (a, b) in enumerate(spans[i])]
    best = sorted((s for s in scored if s[0]), key=lambda s: -s[0])[:most]  # stable: rank, then place
    # (and the best of those that tell the deed asked, when none of them does: "What would control
    # orders replace?" is answered where "replace" is, though three sentences say "control orders")
    deed = _what_is_done(question)
    telling = [s for s in scored if s[0] and deed & deeds(passages[s[1]][slice(*spans[s[1]][s[2]])])] \
        if deed else []
    if telling and not any(s in telling for s in best):
        best.append(max(telling, key=lambda s: s[0]))
    chosen = {(i, k) for _, i, k in best}
    chosen |= {(i, k - 1) for i, k in chosen if k and refers_back(passages[i][spans[i][k][0]:spans[i][k][1]])}
    kept = sorted((i, *spans[i][k]) for i, k in chosen)
    texts = [" ".join(p[a:b] for j, a, b in kept if j == i) for i, p in enumerate(passages)]
    return texts, sum(shared for shared, _, _ in best)


def _words_and_currencies(sentence: str) -> set[str]:
    """The content words of a sentence and the currencies of its sums ("£3bn" writes "pound").

    >>> sorted(_words_and_currencies("It bid $5.8bn."))
    ['bid', 'bn', 'dollar']
    """
    return content_words(sentence) | {currency for currency, _ in money(sentence)}


# -- the rules: each gets the Claim and returns what is wrong, or None -----------------------------

def numbers_supported(claim: Claim) -> str | None:
    """Every number of the reply but those the question states is in a passage it cites."""
    if claim.new_numbers and not claim.cited:
        return f"the numbers {fmt(claim.new_numbers)} are in none of the passages"
    return None


def money_in_its_currency(claim: Claim) -> str | None:
    """A sum of money keeps the currency its passage gives it: "£141m" does not rest on "$141m"."""
    have = set().union(*(money(p) for p in claim.cited_text))
    for currency, value in money(claim.reply):
        others = {c for c, v in have if v == value and c != currency}
        if others and (currency, value) not in have:
            return (f"{fmt([value])} is in {', '.join(sorted(others))}s in the cited passages, "
                    f"not in {currency}s")
    return None


def cites_a_passage(claim: Claim) -> str | None:
    """The reply rests on at least one passage."""
    return None if claim.cited else "the answer cites no passage"


def naming_words(text: str) -> set[str]:
    """The content words of `text` and the initials of its runs of names: "EU" is named by
    "European Union"."""
    return content_words(text) | acronyms(text)


def about_the_question(claim: Claim) -> str | None:
    """The cited passages, or the text just before them ("its foreign minister" finds its
    country there), mention one of the names the question is about: a fact about Finland does
    not answer a question about Latvia."""
    about = claim.about
    if not about:
        return None
    have = set().union(*(naming_words(text) for text in claim.cited_context))
    return None if about & have else f"the cited passages do not mention {', '.join(sorted(about))}"


#: "What kind of maker is Illva?", "What is Changyu?": a question of what a named thing is
_WHAT_IS_NAMED = re.compile(r"^\s*what\s+(?:(?:kind|type|sort)\s+of\s+[\w’'-]+\s+)?(?:is|was|are|were)\s+"
                            r"((?:the\s+)?(?-i:[A-Z])[\w’'-]*(?:\s+(?-i:[A-Z])[\w’'-]*)*)\s*\??\s*$", re.I)
#: a reply that opens by telling what a named thing is: "Changyu is the largest wine maker"
_NAMED_IS = re.compile(r"^\W*((?-i:[A-Z])[\w’'-]*(?:\s+(?-i:[A-Z])[\w’'-]*)*)\s+(?:is|was|are|were)\b", re.I)


def of_the_one_asked(claim: Claim) -> str | None:
    """"What kind of maker is Illva?" is not answered by "Changyu is the largest wine maker in
    China": a reply that opens by telling what another named thing is, and never names the one
    asked, tells of another."""
    asked = _WHAT_IS_NAMED.match(claim.question)
    told = _NAMED_IS.match(strip_markers(claim.reply))
    if not asked or not told:
        return None
    named = name_stems(asked.group(1))
    if named and not named & name_stems(told.group(1)) and not named & name_stems(claim.reply):
        return f"the answer tells what {told.group(1)} is, not {asked.group(1)}"
    return None


#: "Who is the other co author of the report?", "Who was another founder?"
_ASKS_ANOTHER = re.compile(r"^\s*who\s+(?:is|was|are|were)\s+(?:the\s+other|another)\s+([a-z][\w -]*?)"
                           r"(?:\s+(?:of|at|for|in|on)\b|\s*\??\s*$)", re.I)


def another_than_the_one_named(claim: Claim) -> str | None:
    """"Who is the other co author of the Demos report?" is not answered by John Craig when the
    passages shown call him alone a co author: a question of another of a kind is answered only
    where more than one is named as that kind, and not by the only one."""
    asked = _ASKS_ANOTHER.match(claim.question)
    if not asked:
        return None
    kind, known = content_words(asked.group(1)), name_stems(claim.question) | claim.common
    # (one capitalised word opening a sentence is no name: "Broadband is putting ...")
    runs = {run for s in claim.shown_sentences if kind and kind <= content_words(s)
            for m in _NAME_RUNS.finditer(s) if " " in m.group(0) or s[:m.start()].strip(" \"'‘“")
            for run in re.split(r"\s+(?:and|&)\s+", m.group(0))  # ("Ann Lee and Tom Reed": two)
            if name_stems(run) - known and not name_stems(run) & known}
    if len(runs) == 1 and claim.new_names and claim.new_names <= name_stems(next(iter(runs))):
        return f"the passages shown call {next(iter(runs))} alone a {asked.group(1)}, and name no other"
    return None


def year_asked_in_passages(claim: Claim) -> str | None:
    """A year the question asks about ("What was the result of the Lions' 2001 tour?") is told in
    the cited passages, or just before them, when another passage shown tells it: the headline
    "Lions blow to World Cup stars" says nothing of 2001, where "I took lessons from 2001" does.
    (A figure asked of a year is `figure_of_the_year_asked`'s: "now" may be that year.)"""
    if claim.new_numbers:
        return None
    years = {y for y in YEAR.findall(claim.question)  # (not one of a choice: "last year or for 2005?")
             if not re.search(rf"\bor\s+(?:[\w’'-]+\s+){{0,2}}{y}\b|\b{y}\s+or\b", claim.question)}
    if not years or any(y in text for y in years for text in claim.cited_context):
        return None
    if any(y in p for y in years for i, p in enumerate(claim.passages, 1) if i not in claim.cited):
        return f"the cited passages do not tell of {', '.join(sorted(years))}, which another passage does"
    return None


#: "as a pointer", "as chairman": what something is used as or serves as (not "such as", "as well
#: as", "as soon as", "as a result", "as part of", nor "as she soared", "as high as")
_AS_A = re.compile(r"(?<!\bsuch )(?<!\bwell )(?<!\bmuch )(?<!\bmany )(?<!\bsoon )(?<!\bfar )(?<!\blong )"
                   r"(?<!\bsame )\bas\s+(?:(?:a|an|the|its|his|her|their)\s+)?"
                   r"(?!(?:well|much|many|soon|far|long|if|though|part|result|such|yet|usual|expected|"
                   r"planned|ever|before|follows|a|an|the|i|you|he|she|it|we|they|this|that|there|"
                   r"for|to|of|in|on|at|by|with|from)\b)"
                   r"(?![\w’'-]+\s+as\b)([a-z][\w’'-]*(?:\s+[a-z][\w’'-]*)?)", re.I)


def as_what_was_asked(claim: Claim) -> str | None:
    """"What did the robot use as a pointer?" is not answered by "The robot used its camera as an
    eye": a reply that says what served as another thing than the question's, and never names the
    question's, answers another question."""
    asked = set().union(*(content_words(m.group(1)) for m in _AS_A.finditer(claim.question)))
    reply = strip_markers(claim.reply)
    if not asked or asked & content_words(reply):
        return None
    told = set().union(*(content_words(m.group(1)) for m in _AS_A.finditer(reply)))
    if not told:
        return None
    return f"the answer tells what served as {', '.join(sorted(told))}, not as the question asks"


#: a word after a preposition or an article names a thing ("in construction"), not a deed ("arrive")
_THING = re.compile(r"\b(?:in|of|for|at|on|from|by|with|about|the|a|an|its|their|his|her)\s+([a-z][\w’'-]*)",
                    re.I)


def _things(question: str) -> set[str]:
    return set().union(*(content_words(m.group(1)) for m in _THING.finditer(question)))


def number_about_the_question(claim: Claim) -> str | None:
    """A number comes from a sentence that names what the question asks about, when another
    cited sentence names it: "How many went to Mongolia?" is not answered from "43,000 arrived
    [in Finland]. Another 3,000 entered Mongolia", nor "What share of employees in construction
    are women?" from "In engineering only 10% of employees are women. Construction is even
    worse." Names and things count, not deeds ("arrive" and "entered" may be one). A sentence that
    names nothing, or its subject only as "they" or "he", reads with the one before, and a
    paragraph of a speech back to the one that names who speaks."""
    if not claim.new_numbers or _ASKS_WHO.match(claim.question):
        return None
    asked = (name_stems(claim.question) | _things(claim.question)) - claim.common - _TIME_ASKED
    sentences = claim.cited_sentences
    words = []
    for i, s in enumerate(sentences):
        first = i - 1 if i and (refers_back(s) or not name_stems(s)) else i
        while first > 0 and opens_quoted(sentences[first]):  # back to the speech's first paragraph
            first -= 1
        words.append(set().union(*(naming_words(t) for t in sentences[first:i + 1])))  # "BBA" too
    # What another passage shown names counts too: a name asked that the cited passages and the
    # text before them lack ("How much did the Barclay twins pay for the Telegraph Group?" is not
    # answered by "the Telegraph Group ... an £150m investment" when another passage tells of the
    # twins), and a thing asked that a sentence naming its subject only as "it" lacks, with the
    # sentence before it ("Last year it made profits of £21.5m", after one on Deluxe Media, is
    # no profit of the casinos another passage tells of); not when the figure's sentence names
    # what is asked by its kind ("the 35-year-old scientist" for "the scientist Viktor Zakharov")
    named, found = name_stems(claim.question), set().union(*words)
    shown = set().union(*(content_words(p) for i, p in enumerate(claim.passages, 1) if i not in claim.cited))
    befores = [claim.surroundings[n - 1][0] for n in claim.cited]
    just_before = set().union(*(content_words(t[a:b]) for t in befores for a, b in sentence_spans(t)[-1:]))
    unnamed_names = (named & asked & shown) - set().union(*map(content_words, befores)) - found
    unnamed_things = ((asked - named) & shown) - just_before - found
    for x in set(claim.new_numbers):
        holding = [i for i, s in enumerate(sentences) if x in stated(s)]
        told = set().union(*(words[i] for i in holding))
        missing = asked - told
        elsewhere = missing & set().union(*(words[i] for i in range(len(sentences)) if i not in holding))
        if not (asked - named) & told:
            elsewhere |= missing & unnamed_names
            if any(refers_back(sentences[i]) for i in holding):
                elsewhere |= missing & unnamed_things
        if holding and elsewhere:
            return f"{fmt([x])} is stated in a sentence that does not name {', '.join(sorted(elsewhere))}"
    return None


#: words for one side of a pair whose other side a sentence may speak of instead: a figure said
#: of women is not said of men, one for part-time work not one for full-time work
_SIDES = tuple((re.compile(a, re.I), re.compile(b, re.I)) for a, b in (
    (r"\b(?:men|man|male|males|boys?|fathers?|husbands?|sons?)\b",
     r"\b(?:women|woman|female|females|girls?|mothers?|wives|wife|daughters?)\b"),
    (r"\bfull[- ]time\b", r"\bpart[- ]time\b"),
    (r"\bimports?\b", r"\bexports?\b"),
    (r"\b(?:buyers?|buying|purchases?)\b", r"\b(?:sellers?|selling|sales?)\b"),
    (r"\b(?:highest|maximum|most|largest|biggest)\b", r"\b(?:lowest|minimum|least|smallest)\b"),
    (r"\b(?:previous|old|former)\b", r"\bnew\b"),
    (r"\b(?:remain|remains|remained|remaining|stay|stays|stayed|still held)\b",
     r"\b(?:freed|released|set free)\b"),
    (r"\bsurplus(?:es)?\b", r"\bdeficits?\b"),
    (r"\bprofits?\b", r"\bloss(?:es)?\b"),
))
#: and for a figure (a share of a poll), those for and those against ("What share oppose the
#: plan?" is not answered by the share that supports it; but a reason for falling support may be
#: told of those who opposed a war)
_OPINION_SIDES = tuple((re.compile(a, re.I), re.compile(b, re.I)) for a, b in (
    (r"\b(?:support|supports|supported|supporting|supporters?|favour|favours|favoured|favor|favors|favored|"
     r"approve|approves|approved)\b",
     r"\b(?:oppose|opposes|opposed|opposing|opponents?|opposition|disapprove|disapproves|disapproved|"
     r"against)\b"),
))


#: a clause that tells of the name before it: "..., who won in 9.87 seconds"
_RELATIVE = re.compile(r"^\s*(?:who|whose|which)\b", re.I)
#: the name a clause ends with ("... behind Gatlin,"; not "In December 2002, he was stopped by
#: officers,": "who" there tells of the officers)
_LAST_NAME = re.compile(r"((?:[A-Z][\w’'-]*\s+)*[A-Z][\w’'-]*)[^\w]*$")


def _told_of(pieces: list[str], i: int) -> str:
    """The name a relative clause tells of: "Gatlin" for "who won in 9.87 seconds" after
    "Greene finished 0.02 seconds behind Gatlin", or a figure alone ("Nick Wood, 41."); "" for a
    clause of another kind."""
    told = i and (_RELATIVE.match(pieces[i]) or re.fullmatch(r"[\d.,\s]+", pieces[i]))
    before = _LAST_NAME.search(pieces[i - 1]) if told else None
    return before.group(1) if before else ""


#: the name that does what a "how many/much" question asks: "George Galloway" in "How many votes
#: did George Galloway win in Bethnal Green?"
_DOER_ASKED = re.compile(r"^\s*(?i:how (?:many|much))\b[^?]*?\b(?:did|does|do|will|would|has|have|had)\s+"
                         r"(?:the\s+)?((?:[A-Z][\w’'-]*\s+)*[A-Z][\w’'-]*)")


def figure_of_the_owner_asked(claim: Claim) -> str | None:
    """A figure asked of a name's thing ("What was Greene's time in the semi-final?") or of what a
    name did ("How many votes did Galloway win?") is not read from a clause that tells of another
    name: "Greene crossed the line 0.02 seconds behind Gatlin, who won in 9.87 seconds" gives
    Gatlin's time."""
    asked = _POSSESSIVE.findall(claim.question) + _DOER_ASKED.findall(claim.question)
    owners = {t for o in asked for t in tokenize(o)}
    if not owners or not claim.new_numbers:
        return None
    for x in set(claim.new_numbers):
        told = [(_told_of(pieces, i), piece) for s in claim.sentences_holding(x) for pieces in [clauses(s)]
                for i, piece in enumerate(pieces) if x in stated(piece)]
        if told and all(of and not owners & (name_stems(of) | name_stems(piece)) for of, piece in told):
            return f"{fmt([x])} is told of {told[0][0]}, not of {', '.join(asked)}"
    return None


def figure_of_the_place_asked(claim: Claim) -> str | None:
    """A figure or a date asked of a place is not read from a clause that is set in another
    place, while the place asked is told in another clause of the sentence: "On what date will
    the Madrid exhibit open?" is not answered by 15 April from "an installation is to open on
    15 April in Brussels, with a further exhibit in Madrid later in the summer"; nor, when the
    place asked is a country, from a clause set in another country that the sentence names
    alone ("59 litres in France" is no figure of Italy)."""
    named = name_stems(claim.question)
    if not named or not claim.new_numbers:
        return None
    country = any(names_a_country(n) for n in names(claim.question))
    for x in set(claim.new_numbers):
        told = []  # for each sentence stating x: the other places of x's clause, if it is one
        for s in claim.sentences_holding(x):
            pieces = clauses(s)
            holding = [c for c in pieces if x in stated(c)]
            others = [p.strip() for c in holding for p in _AT_PLACE.findall(c)  # ("on Thursday" is no place)
                      if not name_stems(p) & named and not _TIME.search(p)]
            # the place asked, as a place (or, a country, against another country)
            placed = bool(named & name_stems(" ".join(_AT_PLACE.findall(s)))) or (
                country and any(names_a_country(o) for o in others))
            # (a relative clause tells of the name before it: "the Super Bowl, which will be watched")
            of = [_told_of(pieces, i) for i, c in enumerate(pieces) if x in stated(c)]
            told.append(others[0] if others and placed and not any(named & name_stems(c)
                                                                   for c in holding + of) else "")
        if told and all(told):
            return f"{fmt([x])} is told of a clause set in another place ({told[0]}) than the one asked"
    return None


#: the other side of a comparison: "... than people on dial up connections"
_THAN = re.compile(r"\bthan\s+([^,.;:!?]+)", re.I)


def figure_not_of_the_compared(claim: Claim) -> str | None:
    """"How many pages do dial up users view?" is not answered by 1,444 from "They spend twice
    as long online than people on dial up connections, viewing 1,444 pages a month": a word the
    question asks of, which the figure's sentence writes only after "than" (where the figure is
    not), names the other side of a comparison. (Words the question itself compares with are
    its own: "How many more than dial up users?"; and the figure the comparison is by, "26% more
    than the year before", tells of both sides.)"""
    asked = content_words(_THAN.sub(" ", claim.question)) - claim.common
    for x in set(claim.new_numbers):
        for sentence in claim.sentences_holding(x):
            outside = _THAN.sub(" ", sentence)
            than = list(_THAN.finditer(sentence))
            compared = set().union(*(content_words(m.group(1)) for m in than))
            only = (asked & compared) - content_words(outside)
            # (the figure of the comparison itself is of both sides: "26% more than the year before")
            by = any(x in stated(" ".join(sentence[:m.start()].split()[-3:])) for m in than)
            if only and x in stated(outside) and not by:
                return f"{fmt([x])} is not of {', '.join(sorted(only))}: the sentence compares with them"
    return None


def of_the_side_asked(claim: Claim) -> str | None:
    """What is asked of one side of a pair does not come from sentences that speak only of the
    other: "How much do men working part-time earn?" is not answered by "For women working
    part-time it is 60p", nor "How many exports ...?" by a figure for imports, nor "Who set the
    previous world mark?" by "Dibaba set a new world record", nor "How many remain at the camp?" by
    the two "freed from" it. The sentences are those stating
    each figure of the reply, or for a reply without one, those naming the names it adds."""
    sides = [(asked, other) for side in _SIDES + (_OPINION_SIDES if claim.new_numbers else ())
             for asked, other in (side, side[::-1])
             if asked.search(claim.question) and not other.search(claim.question)]
    if not sides:
        return None
    added = claim.new_names
    groups = ([claim.sentences_holding(x) for x in set(claim.new_numbers)] if claim.new_numbers
              else [[s for s in claim.cited_sentences if added & name_stems(s)]])
    for holding in groups:
        for asked, other in sides:
            said = [m for s in holding if not asked.search(s) and (m := other.search(s))]
            if holding and len(said) == len(holding):
                return f"the cited sentences speak of {said[0].group(0)}, not of what was asked"
    # a sentence that speaks of both sides gives each its own figure: "from a record surplus to a
    # record deficit of $412bn" gives the deficit's
    for x in set(claim.new_numbers):
        beside = [_words_beside(s, m) for s, m in claim.written(x)]
        for asked, other in sides:
            by = [m for b in beside if not asked.search(b) and (m := other.search(b))]
            if beside and len(by) == len(beside):
                return f"{fmt([x])} is written beside {by[0].group(0)}, not beside what was asked"
    return None


def _words_beside(sentence: str, figure: re.Match[str]) -> str:
    """The three words before a figure and the two after it: "a record deficit of $412bn last year"."""
    before = re.findall(r"[\w’'-]+", sentence[:figure.start()])[-3:]
    after = re.findall(r"[\w’'-]+", sentence[figure.end():])[:2]
    return " ".join([*before, figure.group(0), *after])


#: a question that asks who: the figures its answer carries (what "Rod Eddington, chief
#: executive, said" of the quarter) are no answer to it, and not checked as one
_ASKS_WHO = re.compile(r"^\s*(?:who|whom|whose)\b", re.I)
#: words that say how a quantity moved, not which one: "By how much will recruitment costs rise?"
#: is not answered from "Maternity pay is to rise by £1,400"
_CHANGE = content_words("rise rises rising rose risen fall falls falling fell fallen increase increased "
                        "increases decrease decreased decreases grow grew grown growth drop dropped climb "
                        "climbed jump jumped gain gained cut cuts change changed")


#: words that say what kind of quantity is asked, not of what: "How much did the Dome cost to
#: build?" is not answered from "the Dome cost taxpayers £28.7m to maintain and sell"
_KIND = content_words("cost costs price prices worth value amount total sum spend spent pay pays paid")


#: "How many of the X did/have ...?": a part of X, told by what the rest of the question says of it
_PART_OF = re.compile(r"^\s*how many of (?:the|its|their|his|her|those|these)\s+.+?\s+((?:did|do|does|were|"
                      r"was|are|is|have|has|had|will|would|could|can)\b.*)$", re.I)


def figure_on_the_topic(claim: Claim) -> str | None:
    """Each figure of the reply comes from a sentence (or follows one) that shares a word with
    the question: "By how much did passenger numbers fall?" is not answered from a sentence on
    the fuel surcharge. The article's common words count ("fuel costs"), but not the name it is
    about throughout ("How large is BA's debt?" is not answered from "BA's ... extra £250m"), nor
    the word for how a quantity moved (_CHANGE), nor one that only says what kind of quantity it
    is (_KIND), when the question has other words. Nor, when the question asks how many of some
    things did something, the words that name those things: their own number is all of them."""
    asked = content_words(claim.question) - (claim.common & name_stems(claim.question)) - _CHANGE
    # ("How much did it make?": "made" says too little; "Who ...?" asks for no figure)
    if not claim.new_numbers or len(asked) < 2 or _ASKS_WHO.match(claim.question):
        return None
    asked = asked - _KIND or asked  # "cost to build" is not answered by a cost to maintain
    part = _PART_OF.match(claim.question)  # "How many of the submitted books did not make the top
    if part and content_words(part.group(1)) & asked:  # 10?": "the 301 submitted" is all of them
        asked &= content_words(part.group(1))
    # ... the words themselves in any form ("released" is "release", "die" "died"), not only
    # their first five letters: "shareholders" is not "shares"
    # (and as content_words writes them: "Finnish" is "finland")
    words = {w for w in content_words(claim.question, WORD_LETTERS) if w[:5] in asked}.union(
        *(r for stem, r in stem_roots(claim.question, WORD_LETTERS).items() if stem in asked))
    # a sentence naming every one of two or more names the question names is about them ("How
    # much did Rosneft pay for Yugansk?": "Rosneft bought the Yugansk unit for $9.3bn")
    named = name_stems(claim.question)
    # and the words of money the question names are its topic too ("against the euro")
    money_words = _all_words(claim.question) - content_words(claim.question)
    for x in claim.new_numbers:
        holding = claim.holding_with_the_one_before(x)
        if holding and not any(words & (roots(w, WORD_LETTERS) | content_words(w, WORD_LETTERS))
                               or money_words & _all_words(w)
                               or asked & deeds(w) - content_words(w) for w in holding) \
                and not any(names_every_one(named, w) for w in holding):
            return f"{fmt([x])} is stated in a sentence about something the question does not ask about"
    return None


def figure_told_where_the_question_is(claim: Claim) -> str | None:
    """A figure is not read from a cited sentence when another cited sentence, with a figure of
    its own, tells at least two more of the question's words and every one that sentence tells
    (with the one before, when it refers back to it):
    "What share of people rely entirely on mobiles?" is not answered by 54% from "54% of those
    asked in a poll for a mobile firm do not have another address book" when the next sentence
    says "A fifth rely entirely on mobiles"."""
    if not claim.new_numbers or _ASKS_WHO.match(claim.question):
        return None
    q = claim.question
    asked = (content_words(q) | deeds(q)) - claim.common - name_stems(q) - _KIND - _CHANGE - _TIME_ASKED

    def told(text: str) -> set[str]:
        return asked & (content_words(text) | deeds(text))

    for x in set(claim.new_numbers):
        here = set().union(*map(told, claim.holding_read_back(x)))
        for other in claim.cited_sentences:
            if x not in stated(other) and stated(other) - stated(q) and len(told(other) - here) >= 2 \
                    and here <= told(other):
                return (f"{fmt([x])} is stated in a sentence that tells less of the question than one "
                        f"with another figure")
    return None


#: a verb that only helps another, or reports: it asks for no deed of its own
_HELPING = deeds("be been being get got say said says told tell")
_AFTER_HELPER = re.compile(rf"\b{AUXILIARY}\s+(?:not\s+)?(?:[A-Z][\w’'-]*\s+)*([a-z]{{3,}})"
                           r"(?:\s+([a-z]{3,}))?\b")


def _deeds_asked(question: str) -> set[str]:
    """The deeds a "how many/much" question asks about: its verbs in the past ("voted", "made",
    "died") and the words after a helper ("did Rosneft pay", "are living"; not "living wills";
    two words, as the first may be the subject: "did broadband rise").

    >>> sorted(_deeds_asked("How many people have made living wills?"))
    ['make']
    >>> sorted(_deeds_asked("How much did Rosneft pay?")), sorted(_deeds_asked("How much did sales rise?"))
    (['pay'], ['rise', 'sale'])
    """
    words = [w for w in re.findall(r"[a-z][a-z’'-]+", question) if is_past_verb(w) or w.endswith("ied")]
    words += [w for first, then in _AFTER_HELPER.findall(question)
              for w in ((first,) if is_verb(first) or not then else (first, then))]
    return set().union(*map(deeds, words)) - _HELPING if words else set()


#: "What would control orders replace?": a question that ends on the deed whose object it asks,
#: after a subject of a few words ("What could happen to parents who ... their children?" does not)
_ASKS_WHAT_IS_DONE = re.compile(rf"^\s*what\s+{AUXILIARY}\s+(?:[\w’'-]+\s+){{1,4}}([a-z]{{3,}})\s*\?*\s*$",
                                re.I)


def _what_is_done(question: str) -> set[str]:
    """The deed whose object a "What ... <verb>?" question asks ("What would control orders
    replace?"): its last word, unless that only helps ("do") or is no deed ("by")."""
    what = _ASKS_WHAT_IS_DONE.match(question)
    return deeds(what.group(1)) - _HELPING - deeds("do does done") if what else set()


def answer_of_the_deed_asked(claim: Claim) -> str | None:
    """"How many MPs voted for the amendment?" is not answered by 91 from "Ninety one MPs have
    signed a petition backing the amendment" when the next sentence tells the vote, without a
    figure ("MPs could vote on it later"); nor "What would control orders replace?" by "house
    arrest" from "which as well as house arrest could impose curfews" when the next sentence
    tells what they replace: the answer's sentence tells another deed than the one asked, which
    a cited sentence tells without it (and, for words, with no word of the answer's sentences: a
    sentence that goes on about the same thing may tell the answer after the deed: "Brown
    announced plans. The plans include a rise in child benefit"). (Sentences of passages not
    cited do not count: "pay" and "bought", "offering" and "bid" tell one deed in other words,
    and reading every passage shown refused such right answers.)"""
    cited = claim.cited_sentences
    # (what answers: its sentences, and the cited sentences that hold it, which tell nothing without it)
    if claim.new_numbers and re.search(r"\bhow (?:many|much)\b", claim.question, re.I):
        asked = _deeds_asked(claim.question)
        answers = [(fmt([x]), claim.holding_read_back(x), [s for s in cited if x in stated(s)])
                   for x in set(claim.new_numbers)]
    elif not claim.new_numbers and (asked := _what_is_done(claim.question)):
        words = claim.new_words - claim.common
        holding = [s for s in cited if words & content_words(s)]
        said = set().union(*map(content_words, holding)) - content_words(claim.question) - claim.common
        answers = [("the answer", holding, [s for s in cited if said & content_words(s)])]
    else:
        return None
    for answer, holding, with_it in answers if asked else ():
        if not holding or any(asked & deeds(s) for s in holding):
            continue
        if any(asked & deeds(s) for s in cited if s not in with_it):
            return (f"{answer} is told in a sentence that tells no {', '.join(sorted(asked))}; "
                    f"another cited sentence tells it without the answer")
    return None


#: a share a sentence gives as how much something moved: "had risen by 60%", "up 60%"
_MOVED_BY = re.compile(r"\b(?:(?:rose|risen|rising|rises|fell|fallen|falling|falls|grew|grown|growing|grows|"
                       r"increased|decreased|dropped|jumped|climbed|declined|gained)\s+(?:by\s+)?"
                       r"|\b(?:up|down)\s+)(?:some\s+|about\s+|almost\s+|nearly\s+|over\s+)?"
                       r"(\d[\d.,]*\s*(?:%|per ?cent))", re.I)
#: "What share of users had broadband?" asks for a level ("By how much ..." and "How much did it
#: rise?" ask for a change: _CHANGE words)
_ASKS_A_LEVEL_SHARE = re.compile(r"^\s*what\s+(?:\w+\s+)?(?:share|percentage|proportion|fraction)\s+of\b",
                                 re.I)


def share_not_a_change(claim: Claim) -> str | None:
    """"What share of Europe's internet audience were high speed users twelve months ago?" is not
    answered by 60% from "the number of people with fast internet access had risen by 60% over
    the past year": a share asked as a level is not read from a figure the passages give only as
    how much something moved."""
    if not claim.new_numbers or not _ASKS_A_LEVEL_SHARE.match(claim.question) \
            or content_words(claim.question) & _CHANGE:
        return None
    for x in set(claim.new_numbers):
        moved = [m for s in claim.sentences_holding(x) for m in _MOVED_BY.finditer(s)
                 if x in stated(m.group(1))]
        if moved and len(moved) == len(claim.written(x)):
            return f"{fmt([x])} is how much something moved, and the question asks for a share"
    return None


#: "What share of GDP ...?", "By how much ...?": a figure asked without "how many" or "the rate"
_ASKS_SHARE = re.compile(r"^\s*(?:by\s+how\b|what\s+(?:\w+\s+)?(?:percentage|share|proportion|fraction|"
                         r"figure|number|amount|rate|sum)\b)", re.I)


def _answering_clause(claim: Claim, asked: set[str]) -> str | None:
    """The reply's first clause when it answers in the question's words and more clauses follow,
    for a question that asks for no figure or time: a figure stated only after it is a detail the
    reply adds, not its answer ("Agriculture is the main economic activity, representing 45% of
    GDP"); None otherwise."""
    q = claim.question
    if _ASKS_QUANTITY.search(q) or _ASKS_FIGURE.match(q) or _ASKS_SHARE.match(q) or _ASKS_TIME.search(q):
        return None
    pieces = clauses(strip_markers(claim.reply))
    return pieces[0] if len(pieces) > 1 and asked & content_words(pieces[0]) else None


#: the words a passage writes for what "How old/far/tall ...?" asks: "aged 30 to 40", "5km away"
_MEASURED_AS = {"old": "age aged", "far": "distance away", "long": "length", "tall": "height",
                "high": "height", "heavy": "weight", "deep": "depth", "big": "size", "large": "size",
                "fast": "speed"}


def _measured_as(question: str) -> set[str]:
    """The words for the measure a "How old ...?" question asks: {"age", "aged"}."""
    how = re.search(r"\bhow\s+(\w+)", question, re.I)
    return content_words(_MEASURED_AS.get(how.group(1).lower(), "")) if how else set()


#: a clause that opens with a participle: ", comprising 16% of the total", ", valued at $500m"
#: (not a comparison: ", compared to a 6% rise last year" tells of another figure)
_PARTICIPLE = re.compile(r"^\s*(?:[a-z]+ing|(?!compared\b)[a-z]+ed\s+(?:at|to|by|as|from))\b")
#: a phrase a sentence opens with that sets where the rest holds: "Outside the field of ID theft"
_SCOPE = re.compile(rf"^\s*(?:{PREPOSITION}|among|during|after|before|within|beyond)\b", re.I)
#: a clause that only says who reports the rest: "official figures suggest", "he said"
_REPORTING = re.compile(r"^\s*(?:[\w’'-]+\s+){0,4}(?:said|says|say|told|added|adds|suggests?|suggested|"
                        r"shows?|showed|indicates?|indicated|reports?|reported|estimates?|estimated)\s*[.!?]?\s*$"
                        r"|^\s*according to\b", re.I)


_MONTH_WORDS = content_words(" ".join(MONTHS))


def figure_from_the_clause_asked(claim: Claim) -> str | None:
    """A figure is not read from a clause that shares no word with the question while another
    clause of its sentence does: "By how much did cargo revenue rise?" is not answered by 4.3%
    from "Turnover was up 4.3% to £1.97bn, further benefiting from a rise in cargo revenue". The
    words of a measure asked count as the question's: "aged 30 to 40" tells "How old ...?"."""
    # (a month the question names tells the clauses apart, however often the article names it)
    asked = (content_words(claim.question) | _measured_as(claim.question)) - (claim.common - _MONTH_WORDS)
    if not claim.new_numbers or len(asked) < 2 or _ASKS_WHO.match(claim.question):
        return None
    answering = _answering_clause(claim, asked)
    years = _years_asked(claim.question)
    unasked: list[tuple[float, list[str]]] = []  # figures of clauses the question does not ask about
    for x in sorted(set(claim.new_numbers), key=claim.new_numbers.index):
        if (answering is not None and x not in stated(answering)) or _counts_a_thing_asked(claim, x):
            continue  # a detail
        elsewhere = []  # for each sentence stating x: whether only its other clauses match
        clauses_of_x = []
        for sentence in claim.sentences_holding(x):
            pieces = clauses(sentence)  # (", who won in 44.10 seconds" tells of the name before it)
            # (", comprising 16% of the total" tells of the clause before it; a phrase the sentence
            # opens with, "Outside the field of ID theft, ...", sets where the rest holds; "official
            # figures suggest" only says who tells the rest, and counts neither way)
            scope = pieces[0] if _SCOPE.match(pieces[0]) and not stated(pieces[0]) else ""
            holding = [f"{_told_of(pieces, i)} {pieces[i - 1] if i and _PARTICIPLE.match(c) else ''} "
                       f"{c} {scope}" for i, c in enumerate(pieces) if x in stated(c)]
            # (a year the question names, stated in x's clause, asks for that clause: "How many
            # were made in 2003?" reads 45 from "..., compared with 45 in 2003")
            if not holding or any(asked & (content_words(c) | deeds(c)) or (stated(c) - {x}) & years
                                  for c in holding):  # "won": "win"
                elsewhere.append(False)
                continue
            clauses_of_x += [c for c in pieces if x in stated(c)]
            elsewhere.append(any(asked & content_words(c) for c in pieces
                                 if x not in stated(c) and not _REPORTING.match(c) and c != scope))
        if elsewhere and all(elsewhere):
            unasked.append((x, clauses_of_x))
            continue
        other = (_clause_asked_with_its_own_figure(claim, x) or _clause_of_the_time_asked(claim, x)
                 or _compared_for_the_one_asked(claim, x))
        if other:
            return f"{fmt([x])} is stated in another clause than the one the question asks about ({other})"
    # A figure of another clause that the reply gives after one of the clause asked, with that
    # clause's words, is its context, no answer: "Its sales were 5% higher, compared to a 6% rise
    # last year" for "How much higher were its sales?"
    first = claim.new_numbers[0]
    reply = content_words(claim.reply)
    for x, pieces in unasked:
        if x == first or not any(content_words(c) <= reply for c in pieces):
            return f"{fmt([x])} is stated in a clause the question does not ask about"
    return None


def _counts_a_thing_asked(claim: Claim, x: float) -> bool:
    """Whether the reply gives `x`, not its first figure, as the count of a thing the question
    names ("growth of 3.1% in 2006 for the 30 member countries" for "What growth is forecast for
    the OECD countries in 2006?"): a detail of what was asked, no answer to it."""
    if not claim.new_numbers or x == claim.new_numbers[0]:
        return False
    reply, asked = strip_markers(claim.reply), content_words(claim.question)
    return any(x in stated(m.group(0)) and content_words(" ".join(reply[m.end():].split()[:2])) & asked
               for m in _A_FIGURE.finditer(reply))


#: words that ask for a figure of some kind, which tell no clause from another
_FIGURE_KINDS = roots("share percentage proportion fraction part rate number amount figure total")
#: a second figure's clause in a sentence: "..., with almost 12% coming from ...", "while 13% ..."
#: (not what a figure is "compared with": "rose 10% compared with 2003" is one clause)
_SECOND_FIGURE = re.compile(r"(?<!\bcompared),?\s+(?:with|while|whereas)\s+"
                            r"(?=(?:[\w’'-]+\s+){0,3}?[$£€¥]?\d)", re.I)


_OF_WHICH = re.compile(r"^\s*(?:(?:of|in|for|from|by|to)\s+)?(?:which|whom|whose|who)\b", re.I)


def _years_asked(question: str) -> set[float]:
    """The years a question asks of ("How many were made in 2003?"; not the year of a date, "in
    the three months to 31 December 2004")."""
    return {float(y) for y in re.findall(r"\b(?:in|during)\s+((?:19|20)\d\d)\b", question, re.I)}


def _clause_asked_with_its_own_figure(claim: Claim, x: float) -> str:
    """Another clause of x's sentence that holds every word the question asks with (in any
    form; not its past verbs, nor the kind of figure asked), and a figure of its own, where x's
    clause lacks two of them: "What share came from false claims on existing credit?" is not
    answered by the 16.5% of "Misusing someone's identity to claim new credit cards comprised
    16.5% of the total, with almost 12% coming from false claims on existing credit"; the other
    clause's text, or ""."""
    asked = roots(" ".join(w for w in re.findall(r"[\w’'-]+", claim.question)
                           if content_words(w) - claim.common and not is_past_verb(w))) - _FIGURE_KINDS
    if len(asked) < 3:
        return ""
    for sentence in claim.sentences_holding(x):
        pieces = [p for c in clauses(sentence) for p in _SECOND_FIGURE.split(c)]
        # (", of which six months are paid" tells of the clause before it)
        mine = [roots(c) | (roots(pieces[i - 1]) if i and _OF_WHICH.match(c) else set())
                for i, c in enumerate(pieces) if x in stated(c)]
        if not mine or min(len(asked - r) for r in mine) < 2 \
                or any((stated(c) - {x}) & _years_asked(claim.question) for c in pieces if x in stated(c)):
            continue  # (x's clause holds the year asked: "..., compared with 45 in 2003")
        for c in pieces:
            if x not in stated(c) and stated(c) and asked <= roots(c):
                return c.strip()
    return ""


def _compared_for_the_one_asked(claim: Claim, x: float) -> str:
    """A clause that compares x with a figure of its own for another thing, the thing the
    question asks of, while x's clause does not name all of it: "How many instruction sequences can
    Intel chips carry out?" is not answered by the 10 of "they can carry out 10 instruction
    sequences, compared with two for current Intel chips"; that clause's text, or ""."""
    asked = content_words(claim.question)
    for sentence in claim.sentences_holding(x):
        pieces = clauses(sentence)
        for before, c in pairwise(pieces):
            thing = _FOR_A_THING.search(c)
            whom = content_words(thing.group(1)) if thing else set()
            if (_COMPARING.match(c) and whom and whom <= asked and x in stated(before) and x not in stated(c)
                    and stated(c) and whom - content_words(before)):
                return c.strip()
    return ""


#: what a compared figure is told for: "compared with two for current Intel chips"
_FOR_A_THING = re.compile(r"\bfor\s+([^,;]+?)\s*[.!?]?$", re.I)


#: a time before the story's a question asks a figure of, which tells one clause's figure from
#: another's: "a year earlier", "last year" (not a year: "Reporting its results for 2004, the
#: airline made £75m" opens with the year for the whole sentence)
_TIME_OF_A_FIGURE = re.compile(r"\b(?:a|one|the)\s+year\s+(?:earlier|before|ago)\b"
                               r"|\b(?:last|previous|prior)\s+(?:years?|months?|weeks?|quarters?|seasons?)\b",
                               re.I)


def _time_words(text: str) -> set[str]:
    """The roots of the words of `text` but stopwords."""
    return {root(w) for w in re.findall(r"[A-Za-z]+", text) if w.lower() not in STOPWORDS}


def _clause_of_the_time_asked(claim: Claim, x: float) -> str:
    """Another clause of x's sentence, with a figure of its own, that tells the time the question
    asks of, where x's clause does not: "How much did its sales rise a year earlier?" is not
    answered by the 3% of "The company saw a 3% rise in December sales, less than the 4.3% rise
    seen a year earlier", nor "How many were made in 2003?" by the 27 of "27 were made last year,
    compared with 45 in 2003"; that clause's text, or ""."""
    asked = [m.group(0) for m in _TIME_OF_A_FIGURE.finditer(claim.question)]
    years = _years_asked(claim.question)
    for sentence in claim.sentences_holding(x) if asked or years else []:
        pieces = clauses(sentence)
        tells = [all(_time_words(t) <= _time_words(c) for t in asked) and years <= stated(c) for c in pieces]
        mine = [i for i, c in enumerate(pieces) if x in stated(c)]
        # (", securing 6,000 votes fewer" goes on with the clause before it, and its time)
        if not mine or any(tells[i] or (i and _PARTICIPLE.match(pieces[i]) and tells[i - 1]) for i in mine):
            continue
        for c, told in zip(pieces, tells):
            if told and x not in stated(c) and set(stated(c)) - set(stated(" ".join(asked))) - years:
                return c.strip()
    return ""


# (not the "if" of "see if", "ask if", "as if": whether, or a likeness)
_IF = re.compile(r"(?<!\bsee )(?<!\bsees )(?<!\bseen )(?<!\bask )(?<!\basked )(?<!\bknow )(?<!\bwonder )"
                 r"(?<!\bcheck )(?<!\bdecide )(?<!\bsure )(?<!\bunclear )(?<!\bas )\b(?:if|unless)\b", re.I)
_SUPPOSES = re.compile(r"\b(?:if|unless|would|could|might)\b", re.I)


def figure_not_supposed(claim: Claim) -> str | None:
    """A figure told as a condition ("if we can sell laptops in quantities of one million")
    is no fact: "How many laptops has the ministry ordered?" is not answered by it, unless the
    question supposes too ("How many would it have to sell?"). The figure counts as supposed
    when every cited clause stating it states it after an "if" or "unless"."""
    if _SUPPOSES.search(claim.question):
        return None
    for x in set(claim.new_numbers):
        clauses = [c for s in claim.sentences_holding(x) for c in re.split(r"[,;:](?!\d)", s)
                   if x in stated(c)]
        supposed = [c for c in clauses if (m := _IF.search(c)) and x in stated(c[m.end():])
                    and x not in stated(c[:m.start()])]
        if clauses and len(supposed) == len(clauses):
            return f"{fmt([x])} is told only as a condition (\"{supposed[0].strip()[:60]}\")"
    return None


#: a sentence that says what it leaves untold: "although it didn't say who", "would not name the
#: buyer", "declined to say how much", "an undisclosed sum", "an unnamed company"
_UNTOLD = re.compile(r"\b(?:did|does|do|would|will|could|has|have|had)\s*(?:not|n[’']t)\s+|\bwon[’']t\s+|"
                     r"\b(?:declined|refused)\s+to\s+", re.I)
_UNTOLD_WHAT = re.compile(r"(?:say|said|name|disclose|reveal|identify|specify|confirm)\s+"
                          r"(?:(who|which|how much|how many|when|where)\b|"
                          r"(?:the|its|their|his|her)\s+([a-z]+))?", re.I)
_UNTOLD_WORD = re.compile(r"\b(undisclosed|unnamed|unidentified|unspecified)\s+([a-z]+)", re.I)
#: what each kind of question asks, as the untold may say it
_UNTOLD_KINDS = (
    (re.compile(r"^\s*(?:who|whom|whose|which|what (?:company|firm|group|person|country|bank|buyer)\b)",
                re.I),
     {"who", "which", "name", "identity", "buyer", "bidder", "company", "firm", "partner", "unnamed",
      "unidentified"}),
    (re.compile(r"^\s*(?:how much|what (?:was |is |will be )?(?:the )?(?:price|sum|amount|value|cost|fee))\b",
                re.I),
     {"how much", "price", "sum", "amount", "value", "cost", "fee", "terms", "undisclosed", "unspecified"}),
    (re.compile(r"^\s*how many\b", re.I), {"how many", "number"}),
    (re.compile(r"^\s*(?:when|what (?:date|day|time))\b", re.I), {"when", "date", "timing", "time"}),
    (re.compile(r"^\s*where\b", re.I), {"where", "location", "place"}),
)


def _untold(sentence: str) -> set[str]:
    """What `sentence` says it does not tell: the question words and nouns of "didn't say who",
    "would not disclose the price", "an undisclosed sum" ("name" where it names no word).

    >>> sorted(_untold("It will sell 10% to another firm, although it didn't say who."))
    ['who']
    >>> sorted(_untold("Acme bought it for an undisclosed sum.")), _untold("He did not say much.")
    (['sum', 'undisclosed'], set())
    """
    out: set[str] = set()
    for m in _UNTOLD.finditer(sentence):
        what = _UNTOLD_WHAT.match(sentence, m.end())
        if what:
            word = what.group(1) or what.group(2)
            out.add(word.lower() if word else "name" if what.group(0).lower().startswith("name") else "")
    for m in _UNTOLD_WORD.finditer(sentence):
        out |= {m.group(1).lower(), m.group(2).lower().rstrip("s")}
    return out - {""}


def told_to_be_untold(claim: Claim) -> str | None:
    """A question that the article says it cannot answer ("Which company will buy the other 10%?"
    of "... sell 10% of its stake to another overseas company, although it didn't say who") is
    refused, not answered from another sentence: the shown sentence that shares most of the
    question's words, and at least half of them, says that what the question asks is untold
    (who, how much, when, where). A reply whose new words that sentence holds ("another overseas
    company") only repeats it."""
    kinds = next((k for pattern, k in _UNTOLD_KINDS if pattern.match(claim.question)), None)
    asked = content_words(claim.question) - claim.common
    if kinds is None or len(asked) < 2:
        return None
    scored = [(len(asked & content_words(s)), s) for s in claim.shown_sentences]
    most = max((n for n, _ in scored), default=0)
    for n, sentence in scored:
        untold = _untold(sentence) & kinds if n == most and n * 2 >= len(asked) else set()
        if untold and not (claim.new_words <= content_words(sentence)  # (it only repeats that sentence)
                           and set(claim.new_numbers) <= stated(sentence)):
            return f"the article says it does not tell this ({', '.join(sorted(untold))})"
    return None


def words_from_passages(claim: Claim) -> str | None:
    """Most of the reply's new words (those not in the question) come from the cited passages:
    an answer from the model's own knowledge ("Paris") fails."""
    share = _word_share(claim, [n - 1 for n in claim.cited])
    if share < MIN_NEW_WORD_SHARE:
        return f"only {share:.0%} of its new words are in the cited passages"
    return None


_NEGATION = re.compile(r"\b(?:not|no|never|none|nobody|nothing|neither|nor|cannot|without)\b|n[’']t\b",
                       re.I)


def negation_from_passages(claim: Claim) -> str | None:
    """A reply that denies something ("No Russian soldiers have died") rests on a cited passage
    that denies something too: the passage's words in a negated sentence claim what it does not
    say. (A passage's negation the reply leaves out is not caught here; a denial the question
    makes itself, "For how long had the dollar not been so high?", is the question's.)"""
    if not _NEGATION.search(strip_markers(claim.reply)) or _NEGATION.search(claim.question):
        return None
    if any(_NEGATION.search(p) for p in claim.cited_text):
        return None
    return "the answer denies something, and no cited passage denies anything"


#: a figure asked of those a word is denied of: "How many ... are not British?", "What share ... has
#: Defra not paid?" (not a helper verb: "had the dollar not been so high")
_ASKS_OF_THE_DENIED = re.compile(r"^\s*(?:how (?:many|much)|what (?:\w+\s+)?(?:share|percentage|proportion|"
                                 r"number|amount|fraction))\b.*?\b(?:not|n[’']t)\s+(?!(?:be|been|being)\b)"
                                 r"([a-z][\w-]+)", re.I)


def figure_of_the_denied(claim: Claim) -> str | None:
    """"How many of the dancers are not British?" is not answered by 2 from "two out of 16 dancers
    are British", nor "What share has Defra not paid?" by 97% from "Defra had paid 97%": a figure
    asked of those a word is denied of comes from a sentence that denies it too, not from one
    that says it of them (the complement is not worked out here)."""
    asked = _ASKS_OF_THE_DENIED.match(claim.question)
    if not asked or not claim.new_numbers:
        return None
    word = deeds(asked.group(1)) | content_words(asked.group(1))
    for x in claim.new_numbers:
        holding = [c for c in claim.clauses_holding(x) if word & (deeds(c) | content_words(c))]
        if holding and not any(_NEGATION.search(c) for c in holding):
            return (f"{fmt([x])} is told of those {asked.group(1)}, and the question asks of those not "
                    f"{asked.group(1)}")
    return None


#: a verb a sentence denies, and what follows it: "did not play in the FA Cup win over Colchester"
_DENIED = re.compile(r"\b(?:(?:did|does|do|has|have|had|was|were|is|are|will|would|could|can)\s*"
                     r"(?:not|n[’']t)|never|no longer)\s+(?:been\s+|be\s+)?([a-z]+)\b([^,;:.!?]*)", re.I)


def negation_kept(claim: Claim) -> str | None:
    """A reply that affirms what a cited sentence denies leaves out its negation: "Ferguson plays
    in the FA Cup win over Colchester" where the passage says he "did not play in the FA Cup win
    over Colchester". The reply says the denied verb and at least two of the words after it."""
    reply = strip_markers(claim.reply)
    if _NEGATION.search(reply) or _NEGATION.search(claim.question):
        return None
    said, done = content_words(reply), deeds(reply)
    for sentence in claim.cited_sentences:
        for m in _DENIED.finditer(sentence):
            after = content_words(m.group(2))
            if deeds(m.group(1)) & done and len(after & said) >= 2:
                return f"the cited passage says the opposite: {m.group(0).strip()}"
        for m in _NOT_TOLD_IF.finditer(sentence):  # what is not confirmed is not known
            left_open = content_words(m.group(1))  # (most of its words said again)
            if len(left_open & said) >= max(2, len(left_open) / 2):
                return f"the cited passage leaves it open: {m.group(0).strip()}"
    return None


#: what a sentence leaves open: "designers would not confirm if Windows was among those tested"
_NOT_TOLD_IF = re.compile(r"\b(?:not|n[’']t|never|declined to|refused to)\s+(?:yet\s+)?(?:confirm|say|reveal|"
                          r"disclose|specify|know|knows|known|indicate|decided|clear)\s+(?:if|whether)\b"
                          r"([^,;:.!?]*)", re.I)


_TO_OR_BY = re.compile(r"\b(to|by)\s+(?:the\s+)?((?:[A-Z][\w’'-]*\s*)+)")


def _roles(text: str) -> dict[str, set[str]]:
    """The stems of the names `text` puts after "to" (who something went to) and after "by"
    (who did it, in the passive): {"to": ..., "by": ...}."""
    out: dict[str, set[str]] = {"to": set(), "by": set()}
    for m in _TO_OR_BY.finditer(text):
        out[m.group(1).lower()] |= set(tokenize(m.group(2)))
    return out


_NAME_RUN = r"((?:[A-Z][\w’'-]*\s+)*[A-Z][\w-]*)"
#: "Wentworth's assistant": whose the thing is, then the thing
_OWNER_FIRST = re.compile(rf"{_NAME_RUN}[’']s\s+(?:[a-z-]+\s+)?([a-z-]+)")
#: "an assistant to sculptor Henry Moore", "adviser to the Treasury": the thing, then whose (not "of":
#: "the capital of Makhachkala" is Makhachkala)
_OWNER_AFTER = re.compile(rf"\b([a-z-]+)\s+to\s+(?:the\s+)?(?:[a-z-]+\s+){{0,2}}?{_NAME_RUN}")


def _owners(text: str) -> dict[str, tuple[str, set[str]]]:
    """Whose each thing is in `text`, by the thing's stem: the thing as written, and the stems
    of every name `text` gives it to ("Howard's letter to Blair": both)."""
    out: dict[str, tuple[str, set[str]]] = {}
    for owner, thing in [*_OWNER_FIRST.findall(text), *[(o, t) for t, o in _OWNER_AFTER.findall(text)]]:
        if tokenize(thing):
            out.setdefault(tokenize(thing)[0], (thing, set()))[1].update(name_stems(owner))
    return out


def roles_kept(claim: Claim) -> str | None:
    """Who did what to whom stays as the passage has it: "Michael Howard has written to Tony
    Blair" does not say that Blair wrote to Howard. A name the reply puts after "to" (or "by")
    that the passage has elsewhere, while the passage puts there another name the reply has
    elsewhere, is a swapped role. So is whose a thing is: "Henry Moore was Wentworth's
    assistant" does not rest on "Wentworth worked as an assistant to Henry Moore"."""
    reply = strip_markers(claim.reply)
    mine, owners = _roles(reply), _owners(reply)
    have = name_stems(reply)
    for sentence in claim.cited_sentences:
        theirs = _roles(sentence)
        in_both = have & name_stems(sentence)
        for role in ("to", "by"):
            moved_in = (mine[role] - theirs[role]) & in_both
            moved_out = (theirs[role] - mine[role]) & in_both
            if moved_in and moved_out:
                return (f"the answer swaps who is who: the passage has {', '.join(sorted(moved_out))} after "
                        f"\"{role}\", the answer {', '.join(sorted(moved_in))}")
        for stem, (_, whose) in _owners(sentence).items():
            thing, given = owners.get(stem, ("", set()))
            said = given & in_both
            if said and whose & in_both and not said & whose:
                return (f"the answer swaps whose {thing} it is: the passage has {', '.join(sorted(whose))}, "
                        f"the answer {', '.join(sorted(said))}")
    return _doer_not_receiver(claim)


#: the one a deed was done to, after its verb: "awarded the contracts to a Canadian company"
_RECEIVER = re.compile(r"^[^,;:.]*?\bto\s+((?:(?:a|an|the|and)\s+|[A-Z][\w’'-]*\s*|[a-z]+\s+(?=[A-Z]))+"
                           r"(?:[a-z]+)?)")


def _doer_not_receiver(claim: Claim) -> str | None:
    """"Who awarded the contracts?" is not answered by the ones they were awarded to: "The
    ministry has awarded the contracts to a Canadian and a Turkish company" does not make the
    companies the doers."""
    asked = _DEED.match(claim.question)
    if not asked or re.search(r"\b(?:to|whom)\b", claim.question, re.I):
        return None
    deed = deeds(asked.group("deed"))
    given = content_words(strip_markers(claim.reply)) - content_words(claim.question) - deed
    if not deed or not given:
        return None
    for sentence in claim.cited_sentences:
        for m in re.finditer(r"[A-Za-z]+", sentence):
            if not deeds(m.group(0)) & deed:
                continue
            to = _RECEIVER.match(sentence[m.end():])
            if to and given <= content_words(to.group(1)) and not given & content_words(sentence[:m.start()]):
                return f"the answer gives the ones it was done to ({to.group(1).strip()}), not who did it"
    return None


def _all_words(text: str) -> set[str]:
    """The stems of a text's words but stopwords, the words of quantities included ("dollar":
    "To which currency is it pegged?" is answered by "the dollar")."""
    return {t for t in tokenize(text) if t not in STOPWORDS and not t[0].isdigit()}


_YES_OR_NO = re.compile(r"\s*(?:is|are|was|were|do|does|did|can|could|has|have|had|will|would|should|must|"
                        r"may)\b", re.I)


#: words that hedge or frame a claim and answer no "who", "which" or "what": "Other stars are
#: expected to join" names no star, "The teams will be officially announced" no one announcing
_HEDGES = _all_words("expected expects expecting likely unlikely set due planned plans hoped hopes going "
                     "officially formally also still reportedly currently probably possibly finally now soon "
                     "already later")
_WHICH_TIME = _all_words("next coming past")  # "next week"
#: words that name nothing in particular: "She started doing other things" names no pastime
_VAGUE = _all_words("thing things something anything everything stuff other others else various")
_ASKS_NAMING = re.compile(r"^\s*(?:who|whom|which|what)\b", re.I)
_ASKS_WHO_OR_WHICH = re.compile(r"^\s*(?:who|whom|which)\b", re.I)


#: what before a month makes it a time, not a name ("in November", not "Theresa May")
_TIME_PHRASE = re.compile(r"\b(?:in|on|by|since|until|from|last|next|this|early|late|mid)[\s-]+$", re.I)


#: a name of letters and digits ("g7", "mp3", "a380") or letters joined by "&" ("r&b", "at&t"), in
#: small letters
_CODE = re.compile(r"\b(?=[a-z]*\d)(?=\d*[a-z])[a-z\d]+\b|\b[a-z]{1,4}&[a-z]{1,4}\b")


def says_something_new(claim: Claim) -> str | None:
    """The reply states something beyond the question's own words: "In which region of Mars did
    it land?" is not answered by "Mars [4]" (a question of yes or no excepted). What a "who",
    "which" or "what" question asks for is no hedge ("Which stars will join?" is not answered by
    "Other stars are expected to join"), and what "who" or "which" asks for no time it did not ask
    ("Who will announce the teams?" not by "The teams will be officially announced this week"), nor
    a manner ("Which lenders withdrew products?" not by "Lenders withdrew products temporarily in
    November"), nor words that name nothing in particular ("What did she start doing instead?" not
    by "She started doing other things"). A verb in another form is no new word ("For which film
    did she win?" is not answered by "She won for her film"); a denial is ("What did he say about
    regrets?" is answered by "He has no regrets")."""
    reply = strip_markers(claim.reply)
    asked = deeds(claim.question)  # ("won" repeats "win"; a code of letters and digits is a word: "G7")
    new = {w for w in _all_words(reply) - _all_words(claim.question) if not deeds(w) or deeds(w) - asked}
    new |= set(_CODE.findall(reply.lower())) - set(_CODE.findall(claim.question.lower()))
    if _NEGATION.search(reply) and not _NEGATION.search(claim.question):  # "He said he has no regrets"
        new.add("not")
    if _ASKS_NAMING.match(claim.question):
        new -= _HEDGES | _VAGUE
    if _ASKS_WHO_OR_WHICH.match(claim.question) and not _TIME.search(claim.question):  # (not "In which
        # month ...?"; and not "Theresa May": a time in capitals may be a name)
        times = " ".join(m.group(0) for m in _TIME.finditer(reply)
                         if m.group(0).islower() or _TIME_PHRASE.search(reply[:m.start()]))
        manner = " ".join(re.findall(r"\b[a-z]+ly\b", reply))  # "withdrew products temporarily"
        new -= _all_words(times) | _all_words(manner) | _WHICH_TIME
    # ("Which instruments did he play?" is not answered by "He played three instruments")
    counted = _all_words(" ".join(w for w in reply.split() if numbers(w) and not is_ordinal(w)))
    if new and new <= counted and _ASKS_WHO_OR_WHICH.match(claim.question) \
            and not _ASKS_QUANTITY.search(claim.question):
        return "the question asks which, and the answer only tells how many"
    if _YES_OR_NO.match(claim.question) or new:
        return None
    if set(numbers(reply)) - stated(claim.question):  # (a number of a name too: "Channel 4")
        return None
    return "the answer only repeats the question's words"


_ASKS_QUANTITY = re.compile(r"\bhow (many|much|far|old)\b", re.I)
# "How much will it cost?", "How much did they pay?": the verb asks for money ("By how much did
# fuel costs rise?" may be answered with a percentage); not a verb of a relative clause ("How much
# is the part of the leave that is paid?")
_ASKS_MONEY = re.compile(r"\bhow much\b(?:(?!\b(?:that|which|who|whose)\b).)*"
                         r"\b(?:cost|pay|paid|spend|spent|worth)\b"
                         r"|^\s*what\s+(?:is|was|are|were|will be)\s+the\s+(?:\w+\s+)?"
                         r"(?:value|cost|price)\s+of\b",
                         re.I)  # "What was the total value of the loans?"
_PERCENT = re.compile(r"\d\s*(?:%|per ?cent\b)", re.I)
#: "By what percentage ...?", "What per cent of ...?" (not "how many percentage points")
_ASKS_PERCENTAGE = re.compile(r"\b(?:what|which)\s+(?:percentage|per ?cent)\b(?!\s+points?\b)", re.I)
#: a share given otherwise than as a percentage: "a fifth", "half", "one in three", "two out of five"
_SHARE_OF = re.compile(r"\b(?:half|quarters?|thirds?|fifths?|tenths?|majority|minority)\b"
                       r"|\b[\w-]+\s+(?:in|out of)\s+(?:every\s+)?"
                       r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|twenty|hundred)\b", re.I)
#: "What is the current interest rate?", "What was the price of a barrel?": a noun of a figure as the
#: thing asked (not "What is the rate policy?")
_FIGURE_NOUNS = ("rate price cost number amount total sum percentage proportion population age value "
                 "salary wage fee fare charge surcharge temperature distance height length weight speed "
                 "capacity turnover revenue profit loss deficit debt income earning worth time score").split()
_FIGURE_NOUN = rf"(?:{'|'.join(_FIGURE_NOUNS)})s?"
#: "At what rate is it growing?", "At what price?" (not "At what time?": states_a_time asks for that)
_AT_WHAT_FIGURE = re.compile(rf"^\s*at\s+what\s+(?!time\b|age\b)({_FIGURE_NOUN})\b", re.I)
#: "What are the additional fees for?" asks what they pay for, not how much they are
_ASKS_PURPOSE = re.compile(r"\bfor\s*\??\s*$", re.I)
#: "What is their income in pounds?" asks for a sum of money, in that currency
_IN_CURRENCY = re.compile(rf"\bin\s+{QUALIFIED_CURRENCY}", re.I)
#: the currencies a sum asked in one may be given in: sterling in pounds or pence
_GIVEN_AS = {"pounds": {"pound", "pence"}, "sterling": {"pound", "pence"}, "pence": {"pound", "pence"}}
_ASKS_FIGURE = re.compile(rf"^\s*what\s+(?:is|was|are|were|will be|has been|had been)\s+"
                          rf"(?:the\s+|[^?]*?[’']s\s+)(?:[\w’'-]+\s+){{0,3}}?({_FIGURE_NOUN})"
                          r"(?=\s*(?:\?|$)|\s+(?:of|for|in|at|on|per|now|today|paid|charged)\b)", re.I)


#: "By how many percentage points ...?": a count asked in percentages
_ASKS_POINTS = re.compile(r"\bhow many\s+(?:percentage\s+)?points\b", re.I)


def asks_points(question: str) -> bool:
    return bool(_ASKS_POINTS.search(question))


def states_the_quantity_asked(claim: Claim) -> str | None:
    """"How many/much/far/old" and "what is the rate/price/..." are answered with a quantity
    ("The current interest rate is rising" states none, nor does "the fall in 2004" answer "How
    many were made in 2004?": the question's own figures are none), "how many" with a count, not only
    with percentages ("How many people work for BA?" is not answered by "a 2% rise"; "how many
    percentage points" is), and "how
    much did it cost" or "what was the value of" with a sum of money ("150 miles of barriers" is
    no price), in the currency
    asked ("What were the shares worth in euros?" is not answered by "44p ($0.85)"), and "by
    what percentage" with a share ("rose by 5 million visitors" gives none). ("What are
    the additional fees for?" asks no figure.)"""
    figure = _ASKS_FIGURE.match(claim.question) or _AT_WHAT_FIGURE.match(claim.question)
    if figure and not claim.new_numbers and not _ASKS_PURPOSE.search(claim.question):
        return f"the question asks for a figure (the {figure.group(1).lower()}), and the answer states none"
    currency = _IN_CURRENCY.search(claim.question)
    if currency:
        given = {c for c, _ in money(claim.reply)}
        if not given:
            return "the question asks for a sum of money, and the answer states none"
        asked = currency.group(1).lower()
        if not given & _GIVEN_AS.get(asked, {asked.rstrip("s")}):
            return f"the question asks for a sum in {asked}, and the answer gives {', '.join(sorted(given))}s"
    if claim.numbers and _ASKS_MONEY.search(claim.question) and not money(claim.reply):
        return "the question asks for a sum of money, and the answer states none"
    if claim.new_numbers and _ASKS_PERCENTAGE.search(claim.question) \
            and not (_PERCENT.search(claim.reply) or _SHARE_OF.search(claim.reply)):
        return "the question asks for a percentage, and the answer states none"
    asks = _ASKS_QUANTITY.search(claim.question)
    if not asks:
        return None
    if not claim.new_numbers and not (asks.group(1).lower() == "many"
                                      and (_counts_one(claim) or _ONCE.search(claim.reply))):
        return f"the question asks how {asks.group(1).lower()}, and the answer states no quantity"
    if asks.group(1).lower() == "many" and claim.numbers and not asks_points(claim.question) \
            and len(_PERCENT.findall(strip_markers(claim.reply))) >= len(claim.numbers):
        return "the question asks how many, and the answer states only percentages"
    return None


#: a span of years a figure counts, no one's age: "has taught for over 48 years", "30 years ago"
_SPAN_BEFORE = re.compile(r"\b(?:for|after|within|over|in)\s+(?:(?:over|more than|almost|nearly|about|some|"
                          r"around|just|the past|the last|the next)\s+)*$", re.I)
_YEARS_AFTER = re.compile(r"^[\s-]*years?\b(?![\s-]*old)(\s+(?:ago|later|earlier|on)\b)?", re.I)


def age_not_a_span(claim: Claim) -> str | None:
    """"How old is she?" is not answered by "48 years old" from "who has taught ballet for over 48
    years": a figure every cited sentence writes as a span of years is no age; nor by a share or a
    sum of money ("40%")."""
    if not _ASKS_AGE.search(claim.question):
        return None
    if claim.new_numbers and not numbers(_NO_TIME.sub(" ", strip_markers(claim.reply))):
        return "the question asks an age, and the answer gives only shares or sums of money"
    for x in claim.new_numbers:
        spans = [bool(after and (after.group(1) or _SPAN_BEFORE.search(sentence[:m.start()])))
                 for sentence, m in claim.written(x) for after in [_YEARS_AFTER.match(sentence[m.end():])]]
        if spans and all(spans):
            return f"{fmt([x])} counts years of a span, and the question asks an age"
    return None


#: a name and the age after it, between commas: "Nick Wood, 41, from York"
_NAME_AND_AGE = re.compile(r"((?:[A-Z][\w’'-]*\s+)*[A-Z][\w’'-]*),\s*(\d{1,3})(?:,|\.(?!\d))")
_STATES_AGE = re.compile(r"\b(?:years?[ -]old|aged)\b", re.I)
_ASKS_AGE_NOW = re.compile(r"\bhow old (?:is|are)\b|\b(?:is|are) \d+\s*\??\s*$", re.I)


def age_of_each_named(claim: Claim) -> str | None:
    """"Which three protesters are 34?" is not answered by "Richard Wakeham, Robert Thame and Nick
    Wood are 34 years old" from "... Richard Wakeham, 34, from York, and former royal chef Nick
    Wood, 41": an age the reply gives a name whose cited sentence writes another age after that
    name is another's."""
    reply = strip_markers(claim.reply)
    ages = set(numbers(reply))
    if not ages or not (_ASKS_AGE_NOW.search(claim.question) or _STATES_AGE.search(reply)):
        return None  # ("At what age did she give up ballet?" asks another age than hers now)
    told = [(name_stems(m.group(1)), m.group(2))
            for s in claim.cited_sentences for m in _NAME_AND_AGE.finditer(s)]
    for run in re.findall(_NAME_RUN, reply):
        stems = name_stems(run)
        for named, age in told:
            if stems and stems <= named and float(age) not in ages:
                return f"the passages give {run} the age {age}"
    return None


#: an ordinal before the word it ranks: "the first bid", "his 3rd title"
_ORDINAL_OF = re.compile(rf"\b({ORDINAL.pattern})\s+([a-z][\w-]*)", re.I)
#: "When was the power first used?": a deed asked by its first time
_FIRST_DONE = re.compile(r"\bfirst\s+([a-z]+)\b", re.I)


def of_the_ordinal_asked(claim: Claim) -> str | None:
    """"How much was their first bid?" is not answered where the passages tell of "a third bid"
    and of no first one: the thing asked by its place in an order, when the passages rank that
    thing only otherwise, is not in them. Nor is "When was the power first used?" answered from
    "the 13th time the power has been used since 1947": a count of times since a year tells no
    first time."""
    for asked in _ORDINAL_OF.finditer(claim.question):
        kind = content_words(asked.group(2))
        told = {ordinal_value(m.group(1)) for m in _ORDINAL_OF.finditer(claim.shown_text)
                if content_words(m.group(2)) & kind}
        if told and ordinal_value(asked.group(1)) not in told:
            return f"the passages tell of no {asked.group(0).lower()}, only of others of its kind"
    done_first = _FIRST_DONE.search(claim.question)  # "When was the power first used?": its first time
    if done_first and (done_first.group(1).endswith("ed") or is_verb(done_first.group(1))) \
            and not re.search(r"\bfirst\b", claim.shown_text, re.I):
        times = {ordinal_value(m.group(1)) for m in _ORDINAL_OF.finditer(claim.shown_text)
                 if m.group(2).lower() == "time"}
        if times - {1}:
            return "the passages count the times it was done since, and tell of no first time"
    return None


#: the words that tell an earlier version of a thing, and a newer one ("old" is also of an age: "six
#: months old")
_OLD_VERSION = re.compile(r"\b(?:original|previous|former|earlier|prior)\b", re.I)
_NEW_VERSION = re.compile(r"\b(?:new|revised|latest|current|updated|amended)\b", re.I)


def figure_of_the_version_asked(claim: Claim) -> str | None:
    """"What was the previous British record?" is not answered by 7.96 seconds from "setting a new
    mark of 7.96 seconds", nor "When was the original convention signed?" by June 2003 from "the
    revised UN Convention ... of June 2003": a figure asked of an earlier version of a thing comes
    from no clause that tells it of a newer one and not of an earlier. (Not the other way round: "the
    current rate" may be read from "from a previous 4.5% to 4.75%".)"""
    if not _OLD_VERSION.search(claim.question):
        return None
    for x in claim.new_numbers:
        holding = claim.clauses_holding(x)
        newer = [_NEW_VERSION.search(c) for c in holding]
        if holding and all(n and not _OLD_VERSION.search(c) for n, c in zip(newer, holding)):
            return f"{fmt([x])} is told of the {newer[0].group(0).lower() if newer[0] else ''} one"
    return None


#: "How many times ...?" answered "twice"
_ONCE = re.compile(r"\b(?:once|twice|thrice)\b", re.I)
#: "one robot", "one new robot": a count of one of a thing (`LONE_ONE` tells a count from a pronoun)
_ONE_THING = re.compile(LONE_ONE.pattern + r"\s+([a-z-]+(?:\s+[a-z-]+)?)", re.I)


def _counts_one(claim: Claim) -> bool:
    """The reply counts one of what "How many ...?" asks of ("The team taught one robot", or just
    "One."), as a cited passage does."""
    asked = content_words(claim.question)

    def ones(text: str) -> set[str]:
        return {w for m in _ONE_THING.finditer(text) for w in content_words(m.group(1)) & asked}
    said = strip_markers(claim.reply)
    counted = asked if re.fullmatch(r"\W*(?:only\s+|just\s+)?one\W*", said, re.I) else ones(said)  # "One."
    return bool(counted & set().union(*map(ones, claim.cited_text)))


#: "When ...?", "In what year ...?", "Until what date ...?" (not "In what time did she win?": a figure)
#: "What time did Brizzel run in Athens?" asks a race's time, a figure, as "In what time ...?" does
_RACE_TIME = (r"\s*what time (?:did|does|do|will|has|had|have)\s[^?]*?\b(?:run|ran|clock|clocked|record|"
              r"recorded|post|posted|swim|swam|achieve|achieved|cycle|cycled)\b")
_ASKS_TIME = re.compile(rf"^(?!\s*in (?:what|which) time\b)(?!{_RACE_TIME})\s*(?:when\b|"
                        rf"(?:{PREPOSITION} |before |after )?(?:what|which) (?:date|day|year|time)\b)", re.I)
_ASKS_DATE = re.compile(rf"^\s*(?:{PREPOSITION} |before |after )?(?:what|which) (?:date|day)\b", re.I)
_ASKS_YEAR = re.compile(rf"^\s*(?:{PREPOSITION} |before |after )?(?:what|which) year\b", re.I)
#: "At what time ...?", "What time did the polls open?" (not "In what time did she win?": a figure)
_ASKS_CLOCK = re.compile(r"^\s*(?:(?:at|by|until|from|since|before|after) )?(?:what|which) time\b", re.I)
#: a time of day ("at 10:30", "7pm", "at noon", "in the morning", "1400 GMT"), or a race's ("in 29
#: minutes", "9.87 seconds")
_CLOCK = re.compile(r"\d[:.]\d|\d\s*(?:hours?|hrs?|minutes?|mins?|seconds?|secs?)\b|"
                    r"\b\d{1,2}\s*(?:am|pm|a\.m\.|p\.m\.)|\bo[’']clock\b|\b(?:noon|midday|midnight|dawn|dusk|sunrise|sunset|morning|"
                    r"afternoon|evening|night|overnight|gmt|bst|cet|est)\b", re.I)
_YEAR = re.compile(r"\b(?:1\d|20)\d\d(?:s|’s|'s)?\b|\b(?:last|this|next|previous|that|the same|a)\s+year\b",
                   re.I)
#: a day: "9 April", "on Sunday", "yesterday" (not "at its April meeting": a month names no day)
_WEEKDAY = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
_DAY = re.compile(rf"\b(?:[12]?\d|3[01])(?:st|nd|rd|th)?\b(?!\s*%)|\b{_WEEKDAY}\b|"
                  r"\b(?:today|yesterday|tomorrow|tonight)\b", re.I)  # (not "the 400th anniversary")
#: a day of a month: "3 September", "September 3rd"
_DAY_OF_MONTH = re.compile(rf"\b(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{'|'.join(MONTHS)})\b|"
                           rf"\b(?:{'|'.join(MONTHS)})\s+(?P<e>\d{{1,2}})(?:st|nd|rd|th)?\b", re.I)
_TIME = re.compile(
    r"\d|" + _DAY.pattern + rf"|\b(?:{'|'.join(MONTHS)}|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\b"
    r"|\b(?:now|ago|soon|recently|later|earlier|week|weeks|month|months|year|years|day|"
    r"days|hour|hours|decade|century|morning|evening|night|spring|summer|autumn|winter|weekend)\b"
    r"|\bthe\s+(?:nineteen-?)?(?:twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\b"
    r"|\bthe\s+[’']?\d0s\b"
    r"|\b(?:before|after|until|till|since|during|ahead of|closer to|in time for)\s+(?:the|a|an|its|his|"
    r"her|their)\b"  # a time set by an event: "closer to the election", "after the vote"
    r"|\b(?:sooner rather than later|as soon as possible|immediately|without delay)\b", re.I)  # urgency


#: (asked first, or after a phrase: not "What percentage worried how long it would take?")
_ASKS_LENGTH = re.compile(r"(?:^|,)\s*(?:for\s+)?how long\b", re.I)
#: a period or a length: a number of units of time or distance ("13 weeks", "a three-day
#: celebration", "an hour and a half", "1.2km", "800-mile"), or a time it lasts to or from ("until
#: Friday", "since 2003"), or one told against another ("twice as long", "three times longer"); a
#: date ("9 April") is when, not how long
_LENGTH = re.compile(
    r"\b(?:until|till|since|through|throughout|all|whole|ever)\b|"
    r"\b(?:twice|half|(?:\w+|\d+(?:\.\d+)?)\s+times)\s+(?:as\s+long|longer)\b|"
    r"\bfor\s+(?:seconds|minutes|hours|days|weeks|months|years|decades|centuries|ages)\b|"  # "for years"
    r"(?:\d|\b(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|"
    r"fifty|sixty|hundred|half|several|few|many|some|couple|more|less|dozen)\b)[\d.,]*(?:\s*|-)"
    r"(?:(?:and|a|an|half|of|or|more|than|-)(?:\s+|-)){0,3}"
    r"(?:second|minute|hour|day|night|week|fortnight|month|year|decade|centur(?:y|ie)|season|term|"
    r"mile|km|kilomet(?:re|er)|met(?:re|er)|m|yard|feet|foot|ft|inch|cm|mm|lap)s?\b", re.I)
#: words that place a time only against the present: "The cellars were recently excavated" tells
#: no "when"; with a time they may ("later in the summer", "earlier this year")
_VAGUE_TIME = re.compile(r"\b(?:now|(?<!as )soon(?! as)|recently|lately|(?<!rather than )later|earlier)\b",
                         re.I)
#: a sum of money, a share or a figure in thousands is no time ("It will cost $150" and "carried
#: out on 1,313 people" tell no "when")
_NO_TIME = re.compile(r"[$£€¥]\s*\d[\d,.]*(?:\s*(?:m|bn|k|million|billion)\b)?|\d[\d,.]*\s*(?:%|per ?cent\b)"
                      r"|\b\d{1,3}(?:,\d{3})+\b", re.I)
#: "When can handlers stop the gun?" asks on what condition, and "if it is aimed off-range" tells it
#: (not "When did/will it happen?": a time)
_ASKS_CONDITION = re.compile(r"^\s*when\s+(?:can|could|may|might|must|should|do|does)\b", re.I)
_CONDITION = re.compile(r"\b(?:if|when|whenever|unless|once|as soon as)\b", re.I)
_ASKS_PLACE = re.compile(rf"^\s*(?:where\b|(?:{PREPOSITION} )?(?:what|which) "
                         r"(?:place|city|town|country|venue)\b)", re.I)


def states_a_time(claim: Claim) -> str | None:
    """"When ...?" is answered with a time: a date, a day, a period, a time set by an event ("after the
    vote"), not "recently" alone; "Lyman fell on the verge of falling" answers no "when". "On
    what date ...?" is answered with a day ("within hours" and "at its April meeting" are none),
    "In which year ...?" with a year ("in September" is none), "At what time ...?" with a time of
    day ("on Friday" is none). "How long ...?" is answered with a period or a length ("13 weeks",
    "until Friday", "1.2km"), not with what the passage says of the thing ("Labour plans a
    rise") nor with a date ("on 9 April in Dublin"). A sum of money or a share is no time ("It
    will cost $150"), and a date's day is written as a day in a cited passage ("the three months
    to September" gives no "September 3rd"); "When can handlers stop the gun?" may be answered by
    a condition ("if it is aimed off-range"). And "Where ...?" is not answered with a time alone
    ("held on Tuesday")."""
    reply = _NO_TIME.sub(" ", strip_markers(claim.reply))
    if _ASKS_LENGTH.search(claim.question) and not _LENGTH.search(reply):
        return "the question asks how long, and the answer states no period or length"
    if _ASKS_DATE.search(claim.question) and not _DAY.search(reply):
        return "the question asks for a date, and the answer states no day"
    day = _DAY_OF_MONTH.search(reply) if _ASKS_DATE.search(claim.question) else None
    if day and not any(re.search(rf"(?<![\d.,]){day.group('d') or day.group('e')}(?:st|nd|rd|th)?\b", t)
                       for t in claim.cited_text):
        return f"the day it gives ({day.group(0)}) is written as no day in the cited passages"
    if _ASKS_YEAR.search(claim.question) and not _YEAR.search(reply):
        return "the question asks for a year, and the answer states none"
    if _ASKS_CLOCK.search(claim.question) and not _CLOCK.search(reply):
        return "the question asks for a time of day, and the answer states none"
    if _ASKS_TIME.search(claim.question) and not _TIME.search(_VAGUE_TIME.sub(" ", reply)) and not (
            _ASKS_CONDITION.match(claim.question) and _CONDITION.search(reply)):
        return "the question asks when, and the answer states no time"
    untimed = content_words(_TIME.sub(" ", _SOURCE_SAYS.sub(" ", reply))) - asked_words(claim.question)
    if _ASKS_PLACE.match(claim.question) and claim.new_words and not untimed:
        return "the question asks where, and the answer tells only when"
    return None


#: a word after one of these describes the noun that follows ("the struggling Scots")
_DETERMINER_BEFORE = re.compile(r"\b(?:the|a|an|his|her|its|their|our|my|your|these|those)\s+$", re.I)
#: ... when a noun follows it (no preposition: "ahead of the | meeting of G7 ministers" tells of a deed)
_NOUN_AFTER = re.compile(r"\s+(?!(?:of|in|at|on|for|to|by|with|from|and|or)\b)[\w’']", re.I)
#: a word joined to a name: "London-based", "US-led"
_NAMED_COMPOUND = re.compile(r"[A-Z][\w’']*-\w")


def _verb_phrases(sentence: str) -> list[str]:
    """A sentence cut before each word that reads as a verb: "... the pain of | losing his title
    in Athens by | winning a fourth World Championship crown" (not after "where": "his work in
    Cambodia where he set up two schools" is one; nor before an -ing word that ends a list: "studied
    the piano, cello and singing at the Lausanne Conservatory" is one; nor before a word that
    describes a noun: one after "the", "his" ... ("held out hope for the struggling Scots"), or
    one joined to a name ("by Zurich and London-based Xstrata", "the Paris based think tank")).

    >>> _verb_phrases("He studied the piano, cello and singing at the Conservatory.")
    ['He', 'studied the piano, cello and singing at the Conservatory.']
    >>> _verb_phrases("Woodward held out hope for the struggling Scots, not London-based players.")
    ['Woodward', 'held out hope for the struggling Scots, not London-based players.']
    >>> _verb_phrases("The Paris based think tank said it believed the economy would grow.")
    ['The Paris based think tank said it', 'believed the economy would grow.']
    """
    cuts = [m.start() for m in re.finditer(r"[\w’'-]+", sentence) if m.start() and is_verb(m.group(0))
            and not re.search(r"\bwhere\s+(?:[\w’'-]+\s+){0,2}$", before := sentence[:m.start()])
            and not (m.group(0).endswith("ing") and re.search(r"(?:\band|\bor|,)\s*$", before))
            and not (_DETERMINER_BEFORE.search(before) and _NOUN_AFTER.match(sentence[m.end():]))
            and not _NAMED_COMPOUND.match(m.group(0))
            and not (m.group(0) in ("based", "born") and re.search(r"\b[A-Z][\w’'-]*\s+$", before))]
    pieces = (sentence[i:j].strip() for i, j in zip([0, *cuts], [*cuts, len(sentence)]))
    return [p for p in pieces if p]


_PLACE_KINDS = content_words("place city town country venue")
#: "Where is she from?", "Which city does he come from?": where someone comes from
#: (of a place: "Which university is he from?" asks whom he works for, not where he was born)
_ASKS_ORIGIN = re.compile(r"^\s*(?:where|(?:from\s+)?(?:which|what)\s+(?:place|city|town|village|country|"
                          r"nation|region|state|county|province|island|area|part))\s+"
                          r"(?:is|was|are|were|does|do|did)\b[^?]*\bfrom\s*\??\s*$", re.I)
_WHEREABOUTS = re.compile(r"\b(?:in|at|into|to|near|around|inside)\s+(?:the\s+)?$", re.I)
#: the names a reply gives as a place: "held in Athens", "to the Athens Games"
_AT_PLACE = re.compile(r"\b(?:in|at|to|near|from|on)\s+(?:(?:the|a|an)\s+)?((?:[A-Z][\w’'-]*\s*)+)")


def _places_given(claim: Claim) -> set[str]:
    """The stems of the names the reply gives as a place (after "in", "at", ..., or the whole of
    a reply of a few words), less the question's words."""
    reply = strip_markers(claim.reply)
    located = " ".join(_AT_PLACE.findall(reply)) or (reply if len(reply.split()) <= 4 else "")
    return name_stems(located) - content_words(claim.question)


#: the end of a phrase whose deed is told in the passive next ("The first call was | made in New
#: York"): what it names is what the deed, and its place, were done to
_PASSIVE_DONE_TO = re.compile(r"\b(?:was|were|is|are|been|being|be)$")


def place_from_the_clause_asked(claim: Claim) -> str | None:
    """"Where will the world championships be held?" is not answered by a place that goes with
    another verb of the sentence than the words the question asks about: "losing his Olympic
    title in Athens by winning a fourth World Championship crown" does not hold them in Athens.
    Nor is "Where was the dinner held?" answered by a place from passages that tell nothing of a
    dinner, when another passage does ("The pair were at a Manhattan library." against "Later, at
    a gala dinner, ..."); the text just before them counts ("Kilroy Silk attacked with slurry",
    the headline over "slurry thrown over him by a protester in Manchester", tells of the attack)."""
    if not _ASKS_PLACE.match(claim.question):
        return None
    asked = content_words(claim.question) - claim.common - name_stems(claim.question)
    places = _places_given(claim)
    if not asked or not places:
        return None
    holding_place = [s for s in claim.cited_sentences if places & name_stems(s)]
    # what was there: not "held", nor the kind of place asked for ("Which city ...?"), nor where
    # someone comes from (origin_not_whereabouts); the article's common words count
    about = set() if _ASKS_ORIGIN.match(claim.question) else (
        content_words(claim.question) - name_stems(claim.question) - _LIGHT_VERBS - _PLACE_KINDS)

    def tells(text: str) -> bool:
        return bool(about & (content_words(text) | deeds(text)))

    if about and holding_place and not any(tells(text) for text in claim.cited_context) \
            and any(tells(text) for text in claim.passages):
        return "the place is told in a passage about something else than what the question asks"
    cut = [(phrases, [p for k, p in enumerate(phrases) if places & name_stems(p)
                      or (k + 1 < len(phrases) and places & name_stems(phrases[k + 1])
                          and _PASSIVE_DONE_TO.search(p))])
           for phrases in map(_verb_phrases, holding_place)]
    cut = [(phrases, holding) for phrases, holding in cut if holding]
    if not cut or any(any(asked & (content_words(p) | deeds(p)) for p in holding)
                      or not any(asked & (content_words(p) | deeds(p)) for p in phrases if p not in holding)
                      for phrases, holding in cut):
        return None
    return "the place goes with another deed than the one the question asks about"


#: a place in a reply: after a preposition of place ("in Geneva", "outside the hotel"), or
#: written as one word ("Geneva-based", "abroad")
_PLACE_WORDS = (r"in|at|to|near|from|on|inside|outside|across|along|off|over|under|between|beyond|behind|"
                r"around|throughout|within|into|onto|towards?|by|for")
#: the words after a preposition, up to the next one ("for bankruptcy protection | in a US court"),
#: or a word that says a place itself; or a name the reply says a thing is ("The site is Greenwich")
_PLACED = re.compile(rf"\b(?:{_PLACE_WORDS})\s+((?:(?!(?:{_PLACE_WORDS})\b)[\w’'-]+\s*){{1,4}})"
                     r"|[\w’'-]+-(?:based|born)\b|\b(?:abroad|overseas|home|here|there|nationwide|locally|"
                     r"worldwide|elsewhere|everywhere|nowhere|upstairs|downstairs)\b"
                     r"|\b(?:is|are|was|were)\s+(?-i:[A-Z])", re.I)
#: "Where did the dollar stand?", "Where did she finish?", "Where are they in the table?": a level
#: or a rank, not a place
_WHERE_LEVEL = re.compile(r"^\s*where\s+(?:did|does|do|will|would|is|was|are|were)\b.*\b(?:stand|stood|end|"
                          r"ended|close|closed|finish|finished|settle|settled|rank|ranked|table|standings|"
                          r"rankings?|charts?)\b", re.I)


#: "Where was the call made from?" asks whence: a way, a goal or a doer ("across the network",
#: "to the head office", "by Ernie Wise") is not where it came from
_ASKS_WHENCE = re.compile(r"\bfrom\s*\??\s*$", re.I)
_NOT_WHENCE = frozenset("to towards toward into onto across along by for throughout".split())


#: a reply that is a name and nothing else: "Manchester High School for Girls"
_A_NAME = re.compile(r"(?:the\s+)?[A-Z][\w’'-]*(?:,?\s+(?:[A-Z][\w’'-]*|of|for|the|and|de|du|la|le))*")


def states_a_place(claim: Claim) -> str | None:
    """"Where is the company based?" is answered with a place: not by "The Forward Sports Fund
    is the company he used to buy his stake": no words after "in", "at", ... that the question
    does not have (those of "used to buy his stake" are all its own), nor a name said to be the
    thing ("The site is Greenwich"), and more than a few words (a reply of a few words, "Geneva",
    or a name alone, is the place). "Where did the dollar stand?" asks a level, not a place."""
    if not re.match(r"^\s*where\b", claim.question, re.I) or _WHERE_LEVEL.match(claim.question):
        return None
    reply = _SOURCE_SAYS.sub(" ", strip_markers(claim.reply)).strip()
    if len(reply.split()) <= 4 or _A_NAME.fullmatch(reply.rstrip(" .")):
        return None
    asked = asked_words(claim.question)
    whence = _ASKS_WHENCE.search(claim.question)
    for m in _PLACED.finditer(reply):
        if m.group(1) is not None and (_DAY_OF_MONTH.search(m.group(1)) or (
                whence and m.group(0).split()[0].lower() in _NOT_WHENCE)):
            continue  # (a date is no place: "on 1 January 1985")
        if m.group(1) is None or content_words(m.group(1)) - asked or re.search(r"\d", m.group(1)):
            return None
    return "the question asks where, and the answer gives no place"


def _place_contexts(claim: Claim) -> list[tuple[str, str]]:
    """The text of a cited sentence before each word of a place the reply gives, and from it on;
    not around a people's word ("Shares in Irish oil company Petrel"), which tells where one is
    from, not where one is."""
    places = _places_given(claim)
    return [(s[:m.start()], s[m.start():]) for s in claim.cited_sentences for m in re.finditer(r"[\w’'-]+", s)
            if set(tokenize(m.group(0))) & places and not is_demonym(m.group(0))]


def _before_places(claim: Claim) -> list[str]:
    """The text of a cited sentence before each word of a place the reply gives (`_place_contexts`)."""
    return [before for before, _ in _place_contexts(claim)]


def origin_not_whereabouts(claim: Claim) -> str | None:
    """"Where is she from?" is not answered by where she is now: "training at her base in
    Australia" says she is in Australia, not from there ("from Cork", "the Cork runner", "Cork's
    Ann Lee", "the Cork-born athlete" say it). Refused when the cited sentences write the place
    only after "in", "at", "to" or "near"; nor by the place of another person the sentence names
    before it, where it names the one asked only after it ("John Holliday, a huntsman from
    Ledbury, Herefordshire, ... and former royal chef Nick Wood, 41": Herefordshire is not Nick
    Wood's)."""
    if not _ASKS_ORIGIN.match(claim.question):
        return None
    around = _place_contexts(claim)
    if around and all(_WHEREABOUTS.search(b) for b, _ in around):
        return "the cited passages tell of being in the place, not of coming from it"
    asked = name_stems(claim.question)
    # (not a place written before the name it is of: "Slovenia's Jolanda Ceplak")
    owners = [_owner_before(b) for b, place in around
              if not asked & name_stems(b) and not _OWNED_AFTER.match(place)]
    if asked and around and len(owners) == len(around) and all(owners):
        return f"the place is told of {owners[0]}, named before it, not of the one asked"
    return None


_OWNED_AFTER = re.compile(r"[\w-]*(?:[’']s?|-born)(?!\w)")


#: a name run after a preposition or "of" names a place or a body, not the one a place is of
_NO_OWNER = re.compile(r"\b(?:in|at|to|near|from|on|of|the|for|with|by)\s+$", re.I)


def _owner_before(before: str) -> str:
    """The name of a person that the text before a place names last, where the place tells of it
    ("John Holliday, 37, a huntsman from Ledbury, | Herefordshire"): a run of capitalised words not
    after a preposition; "" when there is none.

    >>> _owner_before("The other protesters are John Holliday, 37, a huntsman from Ledbury, ")
    'John Holliday'
    >>> _owner_before("The ") + _owner_before("Born in ")
    ''
    """
    runs = [m for m in _NAME_RUNS.finditer(before)
            if not _NO_OWNER.search(before[:m.start()]) and (m.start() or " " in m.group(0))]
    return runs[-1].group(0) if runs else ""


#: what a name's affiliation writes before a place: "Peter Smith of the University of Arizona in
#: Tucson, Arizona" (the place of the university, not of what he did)
_OF_AFFILIATION = re.compile(r"[A-Z][\w’'-]*\s+of\s+(?:the\s+)?"
                             r"(?:[A-Z][\w’'-]*,?\s+(?:of\s+|in\s+|at\s+)?)*$")
#: where someone is from, works or lives ("Where does she work?", "Where is the firm based?"): a
#: passage says it with the name alone ("Paul Sheard of Lehman Brothers in Tokyo", "Slovenia's
#: Jolanda Ceplak")
_BELONGS = ("come comes came work works worked working base based live lives lived located study studies "
            "studied teach teaches taught headquartered")
_ASKS_BELONGING = re.compile(rf"\b(?:from|{'|'.join(_BELONGS.split())})\b", re.I)
_BELONGING = content_words(_BELONGS) | deeds(_BELONGS)


def place_of_the_deed_not_of_the_doer(claim: Claim) -> str | None:
    """"Where did Peter Smith make his statement?" is not answered by the place of his
    university ("said Peter Smith of the University of Arizona in Tucson ... in a statement on
    NASA's website"): a place the cited sentences write only in a name's affiliation ("X of Y")
    tells where someone belongs, which answers "Where does he work?" or "Where is he from?", not
    where a deed was done."""
    q = claim.question
    if not _ASKS_PLACE.match(q) or _ASKS_BELONGING.search(q):
        return None
    # ("In which city is Peter Smith's university?" asks where a thing is: no deed)
    if not re.search(r"\b(?:did|does|do|will|would|can|could)\b", q, re.I) \
            and not any(is_verb(w) for w in re.findall(r"[\w’'-]+", q)[1:]):
        return None
    before = _before_places(claim)
    if before and all(_OF_AFFILIATION.search(b) for b in before):
        return "the place is where someone belongs, told in a name's affiliation, not where it was done"
    return None


#: words that ask for a time and name nothing that happened ("On which day ...?", "When did it
#: happen?", "When did it last rise?")
_TIME_ASKED = content_words("when date day year time happen happened occur occurred take place took "
                            "last first next ever again")


#: the names of a question, each a run of capitalised words ("Richard and Judy" is one)
_NAME_RUNS = re.compile(r"\b[A-Z][\w’'-]*(?:\s+(?:(?:and|&|of|the)\s+)?[A-Z][\w’'-]*)*")


#: whom a question is about, the name after its verb's helper: "When did [Viotti] first conduct ...?"
_SUBJECT_AFTER_AUX = re.compile(r"\b(?:did|does|do|was|were|is|are|has|have|had|will)\s+(?:the\s+)?"
                                r"(?:[A-Z][\w’'-]*\s+)*[A-Z][\w’'-]*")


def _named_by_its_noun(name: str, question: str, sentences: list[str]) -> bool:
    """Whether the question writes `name` after a noun it stands beside ("the nickname Oscar",
    "the film Wings") and one of `sentences` names it by that noun ("adopted the nickname in 1939")."""
    noun = re.search(rf"\bthe\s+([a-z]+)\s+{re.escape(name)}\b", question)
    return noun is not None and any(re.search(rf"\bthe\s+{noun.group(1)}\b", s) for s in sentences)


def time_of_what_was_asked(claim: Claim) -> str | None:
    """"When did the Hutton Inquiry begin?" is not answered by the time of another event told
    in a sentence that names the inquiry ("On Monday Beith warned that ... could harm ... the
    Hutton Inquiry"): the cited sentences that hold most of what the reply adds to the question
    (or those next to them) share with the question a word beyond its names and the article's
    common words, or hold every word of it beyond its names but a light verb: in a short story
    "record" or "meeting" may be common, and "On which day did she set the record?" is answered
    by "broke her own world record ... on Saturday", "On which day was the meeting held?" by
    "Sunday's meeting"."""
    if not _ASKS_TIME.search(claim.question):
        return None
    # what the deed was done to, named after whom the question is about ("When did Viotti first
    # conduct the Berlin Philharmonic?"), is named where the time is told (or by its initials: "IE"),
    # not only in the passage's other sentences (the year of his first prize); names before the
    # subject ("At which year's Brit Awards did Busted win?") may be told by the time itself
    subject = _SUBJECT_AFTER_AUX.search(claim.question)
    after = claim.question[subject.end():] if subject else ""
    named = [r for r in _NAME_RUNS.findall(after)
             if tokenize(r) and not _named_by_its_noun(r, after, claim.adding)]
    found = [set(tokenize(r)) & content_words(s) or acronyms(r) & set(tokenize(s))
             for r in named for s in claim.adding]
    # (or the deed is told done to a name there, another of the same: "joined the Gunners")
    deed = deeds(after)
    otherwise = [m for s in claim.adding for m in re.finditer(r"\b([a-z]+)\s+(?:the\s+)?[A-Z]", s)
                 if deed & deeds(m.group(1))]
    if claim.adding and named and not any(found) and not otherwise:
        return f"the time is told in a sentence that does not name {named[0]}"
    words = content_words(claim.question) - name_stems(claim.question) - _TIME_ASKED
    asked = words - claim.common
    if not (asked and claim.adding) or _dated_by_its_owner(claim):
        return None
    # a clause naming every one of the question's names, with a time, tells when they met: "When
    # do England play Italy?" is answered by "England face a match against Italy on 12 March"
    # (two names apart, not one joined by "and": "the Richard and Judy book club")
    runs = [set(tokenize(r)) for r in _NAME_RUNS.findall(claim.question.split(maxsplit=1)[-1])]
    if len(runs) >= 2 and any(all(r <= content_words(c) for r in runs) and _TIME.search(c)
                              for s in claim.adding for c in clauses(s)):
        return None
    shared = [words & (content_words(s) | deeds(s)) for s in claim.adding]
    if not any(asked & found or (found and words - found <= _LIGHT_VERBS) for found in shared):
        return "the time is told in a sentence about something else than what the question asks"
    return None


#: what asks for a deadline: "By when ...?", "When must ...?", "When is it due?", or for what is
#: expected ("When should he be back playing?" is answered by "by March")
_ASKS_DEADLINE = re.compile(r"^\s*(?:by|until|before)\b|\b(?:must|deadline|due|has to|have to|had to|"
                            r"needs? to|required|should|expected|expects?)\b", re.I)
#: the words of a time (a day, a month, a year) and what before it makes it a deadline: "by
#: midday on Monday", "by the end of March", "by 5 May"
_TIME_WORD = re.compile(rf"\b(?:{_WEEKDAY}|{'|'.join(MONTHS)}|"
                        r"(?:1[89]|20)\d\d)\b", re.I)
_BY_TIME = re.compile(r"\bby\s+(?:the\s+)?(?:(?:end|middle|start|beginning)\s+of\s+|midday\s+|noon\s+|"
                      r"mid-|early\s+|late\s+)?(?:on\s+)?(?:the\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?)?$",
                      re.I)


def time_not_a_deadline(claim: Claim) -> str | None:
    """"On which day will the strike ballot be held?" is not answered by "Monday" from "recall the
    notice by midday on Monday or face a strike ballot": a time that the cited sentences give
    only as a deadline ("by ...") tells by when something must be done, not when a thing
    happens. It answers a question that asks for a deadline ("By when ...?", "When must ...?")."""
    if not _ASKS_TIME.search(claim.question) or _ASKS_DEADLINE.search(claim.question):
        return None
    times = {m.group(0).lower() for m in _TIME_WORD.finditer(strip_markers(claim.reply))}
    text = " ".join(claim.cited_text)
    found = {t: [m.start() for m in re.finditer(rf"\b{t}\b", text, re.I)] for t in times}
    if found and all(found.values()) and all(_BY_TIME.search(text[:i]) for at in found.values() for i in at):
        return f"the passage gives {', '.join(sorted(times))} as a deadline, not as when it happens"
    return None


#: verbs that say little of the deed, which another verb says: "set" a record is "broke" it
_LIGHT_VERBS = content_words("set held hold holds take took taken make made get got give gave")


#: a time given as a limit: "within three years of the Games closing", "within 30 days"
_WITHIN = re.compile(r"\bwithin\s+(?:the\s+)?(?:next\s+|first\s+)?(?:[\w.-]+\s+){0,2}"
                     r"(?:hours?|days?|weeks?|months?|years?|decades?)\b", re.I)
_AUX_WORDS = set(re.findall(r"[a-z]+", AUXILIARY)) | {"be", "been", "being", "only", "not"}


def time_not_a_limit(claim: Claim) -> str | None:
    """"When will the board make its decision?" is not answered by "within three years" from
    "Olympic decisions can only be challenged within three years of the Games closing": a limit
    the cited sentences set on a deed ("within ...") tells when that deed may be done; it answers
    "when" only of that deed, the verb before it (or of a limit asked: "By when ...?"). A question
    whose only verb says little ("make its decision") is matched by its other words."""
    if not _ASKS_TIME.search(claim.question) or _ASKS_DEADLINE.search(claim.question) \
            or not _WITHIN.search(strip_markers(claim.reply)):
        return None
    words = re.findall(r"[A-Za-z][\w’'-]*", claim.question)
    asked = {d for w in words if w.lower() not in _AUX_WORDS and is_verb(w) for d in deeds(w)} - _LIGHT_VERBS
    asked = asked or content_words(claim.question) - name_stems(claim.question) - claim.common
    limited = []
    for sentence in claim.cited_sentences:
        for m in _WITHIN.finditer(sentence):
            before = sentence[:m.start()].split()[-5:]
            verbs = [w for w in before if w.lower() not in _AUX_WORDS and is_verb(w)]
            if not verbs or deeds(verbs[-1]) & asked:
                return None
            limited.append(verbs[-1])
    if limited:
        return f"the passage gives the time as a limit on another deed ({limited[0]}), not when it happens"
    return None


#: "Capra's 1946 movie": a year between a name's possessive and a noun dates the owner's thing
_POSSESSIVE = re.compile(r"\b([A-Z][\w-]*)[’']s\b")
_OWNER_YEAR = re.compile(_POSSESSIVE.pattern + r"\s+((?:1\d|20)\d\d)\s+[a-z]")


def _dated_by_its_owner(claim: Claim) -> bool:
    """"In which year was Frank Capra's film made?" -> "1946", from "Frank Capra's 1946 movie":
    a year the reply gives stands between the possessive of a name the question also puts in the
    possessive and a noun, in a cited sentence."""
    owners = set(_POSSESSIVE.findall(claim.question))
    return any(m.group(1) in owners and float(m.group(2)) in claim.new_numbers
               for s in claim.cited_sentences for m in _OWNER_YEAR.finditer(s))


# "how many months ..." asks for a measure, not a count of people or things (content_words drops
# the words of money and shares, "pounds" or "percent", and "second" with the ordinals, itself)
_UNIT_WORDS = content_words(" ".join([*TIME_UNITS, "centuries", "times", "points"]))
#: the thing "how many" counts, after initials that qualify it: "How many US consumers ...?"
#: counts consumers ("How many Russians arrive?" Russians)
_HOW_MANY = re.compile(r"\bhow many\s+(?:(?-i:[A-Z]{2,4})\s+(?=(?-i:[a-z])))?([\w’'-]+)", re.I)
# "how many went/crossed ..." asks about no thing: a verb follows
_VERB = re.compile(r"(?:ed|went|came|left|fled|fell|got|ran|made|took|saw|stay|stayed|live|work)$", re.I)


#: a clause that compares with the clause before it: "(slightly) higher than ...", "compared with ..."
_COMPARING = re.compile(r"^\s*(?:[a-z]+ly\s+)?(?:(?:higher|lower|more|less|fewer|bigger|smaller|larger|"
                        r"greater|above|below|up|down)\s+(?:than|from|on)|compared|against)\b", re.I)
_SPAN_OF_TIME = re.compile(rf"\b([\w.,]+)-(?:{'|'.join(TIME_UNITS)})s?\b", re.I)


_RANK = re.compile(r"\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|"
                   r"\d+(?:st|nd|rd|th))\b", re.I)


def counts_what_was_asked(claim: Claim) -> str | None:
    """"How many <things>" is answered by a number that a clause of a cited sentence states
    about those things: "How many people work for BA?" is not answered by "13,000 jobs were
    cut", nor "How many kilometres long?" by "125 miles", nor "How many exemptions?" by "100,000
    public bodies, subject to various exemptions". The thing is the word after "how many" (unless a
    verb or a stopword follows "how many", or the article keeps using it). Nor are people or
    things counted by a reply whose numbers all measure time, money or shares ("How many women
    took leave?" is not answered by "six of the 12 months were paid"). How many times is also
    told as occasions."""
    asked = _HOW_MANY.search(claim.question)
    if not asked or not claim.new_numbers or _VERB.search(asked.group(1)):
        return None
    stems = set(tokenize(asked.group(1)))  # "how many months", "how many pounds" ask for a measure
    # (a figure the passages give as a sum of money is one, written bare or not: "40m" of "£40m")
    sums = {v for text in claim.cited_text for _, v in money(text)}
    if not (stems & _UNIT_WORDS or stems - content_words(asked.group(1))) and (
            measures(claim.reply) or all(x in sums for x in claim.new_numbers)):
        return f"the question asks how many {asked.group(1)}, and the answer measures time, money or a share"
    part = _part_for_the_whole(claim, content_words(asked.group(1)))
    if part:
        return part
    things = content_words(asked.group(1)) - claim.common
    if not things:
        return None
    deeds_asked = _deeds_asked(claim.question)
    # (a span of time the reply writes onto a word measures it, counts nothing: "a 9-year low of 77,000")
    reply = strip_markers(claim.reply)
    spans = {x for m in _SPAN_OF_TIME.finditer(reply) for x in numbers(m.group(1))}
    # (a rank or a year counts nothing: "four number ones since their first hit in 2002")
    ranks = set(claim.new_numbers) - set(numbers(_RANK.sub(" ", reply))) | {
        float(y) for y in re.findall(r"\b(?:in|since|from|until|by)\s+((?:19|20)\d\d)\b", reply)}
    for x in claim.new_numbers:
        if x in spans | ranks:
            continue
        # (a clause comparing with the one before tells of the same thing: "New loans rose to 83,000,
        # slightly higher than November's low of 77,000")
        holding = [f"{pieces[i - 1] if i and _COMPARING.match(c) else ''} {c}"
                   for s in claim.sentences_holding(x) for pieces in [clauses(s)]
                   for i, c in enumerate(pieces) if x in stated(c)]
        also = _ALSO_COUNTING if things == content_words("times") else set()
        scored = things <= _SCORED and any(x in numbers(m.group(0))
                                           for c in holding for m in _SCORE.finditer(c))
        # (a count of a deed's nouns is told by the deed too: "votes" by "MPs voted 272 219"; and
        # people by what they did: "How many people died?" by "the disaster in which 96 died")
        told = things | also | (deeds_asked if things <= _PERSONS else set())
        if holding and not scored and not any(told & (content_words(c) | deeds(c)) for c in holding):
            return f"{fmt([x])} is not stated about {', '.join(sorted(things))}"
    return None


def _part_for_the_whole(claim: Claim, things: set[str]) -> str | None:
    """A figure that counts a part of a whole the sentence also states ("1.1m of the UK's 1.6m
    Muslims are of voting age") answers how many of those things there are only if the question
    asks for that part: for its words ("voting age")."""
    asked = content_words(claim.question)
    for x in claim.new_numbers:
        for s in claim.sentences_holding(x):
            parts = [m for m in _PART_OF_WHOLE.finditer(s) if x in stated(m["part"])]
            cut = [s[a:b] for a, b in zip([0] + [m.end("part") for m in parts],
                                          [m.start() for m in parts] + [len(s)], strict=True)]
            if x in stated(" ".join(cut)):
                continue  # (stated as a whole too: "16 principals ..., compared to 16 of the 21")
            for m in parts:
                rest = content_words(m["rest"])
                if things & rest and not (rest - things) & asked:
                    return f"{fmt([x])} counts only those of {m['whole']} {m['rest'].strip()}"
    return None


#: "1.1m of the UK's 1.6m Muslims are of voting age": a part, the whole, and what tells them apart
_A_COUNT = r"\d[\d,]*(?:\.\d+)?(?:m|k|bn)?(?:\s+(?:million|thousand|billion))?"
_PART_OF_WHOLE = re.compile(rf"(?P<part>{_A_COUNT})\s+of\s+(?:\S+\s+){{0,3}}?(?P<whole>{_A_COUNT})\s+"
                            r"(?P<rest>[^.;:,]+)", re.I)
#: the words that count people without naming who they are: "How many people died?"
_PERSONS = content_words("people persons person")
#: a count asked in one word and told in another: "How many times ...?" - "on three occasions"
_ALSO_COUNTING = content_words("occasions instances")
#: a game's score ("a 45-6 humiliation of France") counts what the game scores
_SCORE = re.compile(r"\b\d{1,3}-\d{1,3}\b")
_SCORED = content_words("points goals runs tries")


#: "How many net cafes are there in China?", "How many staff does BA have?": all there are
_ASKS_ALL = re.compile(r"^\s*how many\s+(?:.+?\s+(?:are|were|is)\s+there\b|"
                       r".+?\s+(?:does|do|did)\s+.+?\s+(?:have|employ|own|operate|run)\b|.+?\s+exist|"
                       r"[\w’'-]+(?:\s+[\w’'-]+)?\s+(?:are|were|is)\s+in\b)", re.I)
#: what may stand between a verb and the number it governs ("closed some 1,200 cafes")
_BEFORE_FIGURE = {"the", "a", "an", "about", "some", "over", "nearly", "almost", "around", "roughly", "more",
                  "than", "up", "to", "at", "least", "only", "just", "another"}
#: verbs that tell how many there are ("rose to 5,000", "reached", "totalled", "employed")
_TELLS_ALL = deeds("rose fell increased decreased grew dropped climbed jumped gained reached totalled "
                   "totaled numbered employed included counted had")
#: a part of the figure that follows: "53% of the near-", "two in five of the"
_PART_OF_IT = re.compile(r"(?:\d\s*(?:%|per ?cent)|\b(?:\d+|[a-z]+)\s+(?:in|out of)\s+(?:\d+|[a-z]+)|"
                         r"\b(?:half|most|many|some|all|none|few))\s+of\s+(?:the\s+)?"
                         r"(?:near|nearly|about|some|almost)?[\s-]*$", re.I)
_DONE_TO = re.compile(r"\s+(?:[\w’'-]+\s+){0,3}?(?:were|was|have been|had been|has been|are being|"
                      r"were being)\s+([\w’'-]+)", re.I)


def _acting_verb(sentence: str, m: re.Match, asked: set[str]) -> str:
    """The verb of `sentence` that acts on the figure `m` (see `count_of_all_asked`), or ""."""
    before = re.findall(r"[\w’'-]+", sentence[:m.start()].lower())[-6:]
    while before and before[-1] in _BEFORE_FIGURE:
        before.pop()
    verb = before[-1] if before else ""
    # ("offering voluntary redundancy to about 30 reporters": the verb two words back)
    acting = next((w for w in before[::-1][:3] if is_verb(w)), "") if not is_verb(verb) else ""
    # "12,575 cafes were shut", not "53% of the 400,000 complaints were internet-related"
    # (that is said of a part of them)
    part = _PART_OF_IT.search(sentence[:m.start()])
    done_to = None if part else _DONE_TO.match(sentence[m.end():])
    verb = done_to.group(1).lower() if done_to else acting or verb
    acts = verb and is_verb(verb) and not _SAYING.fullmatch(verb) and not deeds(verb) & (asked | _TELLS_ALL)
    return verb if acts else ""


#: "one of his hotels", "three of the firm's staff": some of them, not how many there are
_SOME_OF_THEM = re.compile(r"\s+of\s+(?:the|his|her|its|their|our|these|those|[\w-]+[’']s?)\s", re.I)
#: "How many of the city's theatres does it run?" asks for some of them
_ASKS_A_PART = re.compile(r"^\s*how many of\b", re.I)


def count_of_all_asked(claim: Claim) -> str | None:
    """"How many net cafes are there in China?" is not answered by "Chinese authorities closed
    12,575 net cafes" or "The 12,575 cafes were shut", nor "How many journalists does the FT
    employ?" by "offering voluntary redundancy to about 30 reporters": a number that a verb of the
    passage acts on ("closed", "shut", "sold", "offering ... to") counts those it was done to, not
    all there are, unless the question asks about that deed. A figure the passage also states
    plainly counts all: "two out of 16 dancers are British, compared to 16 of the 21 in 1985".
    Nor is it answered by a figure of some of them: "one of his hotels"."""
    if not _ASKS_ALL.match(claim.question):
        return None
    asked = deeds(claim.question)
    for x in claim.new_numbers:
        written = claim.written(x)
        # (a share counts nothing: "53% of the near-400,000 complaints" answers with 400,000)
        if all("%" in m.group(0) or re.match(r"\s*per ?cent\b", sentence[m.end():], re.I)
               for sentence, m in written):
            continue
        if not _ASKS_A_PART.match(claim.question) \
                and all(_SOME_OF_THEM.match(sentence, m.end()) for sentence, m in written):
            return f"{written[0][1].group(0)} counts some of them, and the question asks how many there are"
        verbs = [(m.group(0), _acting_verb(sentence, m, asked)) for sentence, m in written]
        if verbs and all(verb for _, verb in verbs):
            figure, verb = verbs[0]
            return f"{figure} counts those {verb}, and the question asks how many there are"
    return None


#: "Who is the role?", "What is the thing ...?" / "What is Hewitt's thing?" (not "What was wrong ...?")
_WHO_OR_WHAT_IS = re.compile(r"^\s*(?:(who)|what)\s+(?:is|was|are|were|has been|had been|will be)\s+"
                             r"((?(1)|(?:the\s|[^?]*?[’']s\s)).+?)\s*\??\s*$", re.I)
#: a deed told as others tell it: "said to have remarked", "thought to be hiding"
_HEDGED_DEED = re.compile(r"(?:said|thought|believed|reported|understood|known|alleged|rumoured|rumored|"
                          r"claimed|supposed|expected)\s+to\b", re.I)
#: nouns that ask for a thing without naming it ("What is Hewitt's job?", "What is the name of ...?")
_ASKING_NOUNS = content_words("name names surname title job role position profession occupation post number "
                              "amount total figure size level reason cause purpose point result outcome "
                              "effect impact view opinion response reaction message aim goal main exact "
                              "current latest new full kind type sort known called dubbed nicknamed "
                              "event discipline")


#: a kin the passages name from the other side: "Otis Ferry, the son of Bryan Ferry" names Otis's
#: father (or mother: which one, the words do not tell)
_PARENTS, _CHILDREN = "father mother parent", "son daughter child children"
_KIN_CONVERSE = {w: content_words(other) for ws, other in ((_PARENTS, _CHILDREN), (_CHILDREN, _PARENTS))
                 for w in content_words(ws)}


#: a word before a role that makes it another role: the deputy prime minister is not the prime minister
_QUALIFIED = re.compile(r"\b(deputy|vice|former|acting|assistant|shadow|ex|junior|interim|associate|honorary)"
                        r"[\s-]+$", re.I)


#: words before a role that make it one hoped for, not held: "his ambition to be leader", "hoped to
#: be elected party leader", "is set to become chairman"
_HOPED_FOR = re.compile(r"\b(?:to|would|could|might|may|will)\s+(?:be|become)\s+"
                        r"(?:(?:elected|named|appointed|made|chosen|the|a|an|its|their|his|her|party|new|"
                        r"next)\s+){0,3}$", re.I)


def role_in_passages(claim: Claim) -> str | None:
    """"Who is the project manager?" is answered from a passage that names that role, and "What
    is the maximum penalty for ...?" from one that names a penalty: most of the words of the
    thing asked for (beyond the names, which about_the_question checks, and the words that ask
    without naming, like "name" or "reason") are in the cited passages or just before them. A
    role they write only with a word that makes it another ("Deputy Prime Minister John
    Prescott") does not name "the Prime Minister", nor one written only as hoped for ("he hoped
    to be elected party leader") "the leader" someone is or was."""
    asked = _WHO_OR_WHAT_IS.match(claim.question)
    if not asked or _HEDGED_DEED.match(asked.group(2)):  # ("Who is said to have remarked ...?" asks a deed)
        return None
    ends = r",|;| who | that | which "
    if not asked.group(1):  # "What is the penalty for ...": the thing ends where its complement begins
        ends += r"| (?:of|for|in|on|at|to|by|from|with|since|near|when|after|before) "
    phrase = re.split(ends, asked.group(2))[0]  # the thing, not what follows
    named_as = re.match(r"(?:the\s+)?(?:\w+\s+)?(?:name|names|title)\s+of\s+(.+)", asked.group(2), re.I)
    if named_as and not asked.group(1):  # "What is the name of the radio disc jockey?": the disc jockey
        phrase = re.split(ends, named_as.group(1))[0]
    bare = re.sub(r"^the\s+", "", phrase, flags=re.I)
    before = [text[:m.start()] for text in claim.cited_context
              for m in re.finditer(rf"\b{re.escape(bare)}\b", text, re.I)]
    qualifiers = [q.group(1).lower() if (q := _QUALIFIED.search(b)) else "" for b in before]
    if qualifiers and all(qualifiers):
        return f"the cited passages name only a {qualifiers[0]} {bare}"
    if before and claim.new_names and all(_INDEFINITE.search(b) for b in before) \
            and not _named_beside(claim, bare):
        return f"the cited passages write the {bare} only after \"a\" or \"an\", and name none"
    if asked.group(1) and (apart := _title_written_apart(bare, claim.cited_context)):
        return apart
    title = content_words(phrase) - name_stems(phrase) - _ASKING_NOUNS  # (words the story keeps using too)
    # the role's first word as written ("chair" of "the chair of the club"), wherever it stands
    first = next((w for w in re.findall(r"[a-z]+", phrase.lower()) if content_words(w) & title), None)
    hoped = [bool(_HOPED_FOR.search(text[:m.start()])) for text in claim.cited_context
             for m in re.finditer(r"[A-Za-z]+", text) if m.group(0).lower() == first]
    if asked.group(1) and hoped and all(hoped) and not re.search(r"\bwill\b", claim.question, re.I):
        return "the cited passages name the role only as one hoped for"
    role = title - claim.common
    if asked.group(1) and (other := _another_title(claim, title) or _title_of_another_body(claim, phrase)):
        return f"the cited passages give the answer the title {other}, not the one asked"
    if claim.new_numbers:  # a figure is the price it is asked for, whether or not "price" is written
        role -= content_words(" ".join(_FIGURE_NOUNS))
    if not role:
        return None
    have = claim.context_words
    done = set().union(*(deeds(t) - content_words(t.lower()) for t in claim.cited_context))  # "the winning
    # time": "won in 7:39" (only the verbs' forms: deeds reads capitals as words too)
    found = role & have | {w for word in re.findall(r"[a-z]+", phrase.lower()) if deeds(word) & done
                           for w in content_words(word)}
    found |= {w for w in role if _WRITTEN_ALSO.get(w, set()) & have}  # "Ex Labour minister": former
    # "Otis Ferry, the son of Bryan Ferry": Otis's father (the name before the kin is the one asked)
    for w in role - found:
        kin = [m for text in claim.cited_context for m in re.finditer(r"[a-z]+", text)
               if _KIN_CONVERSE.get(w, set()) & content_words(m.group(0))
               and name_stems(claim.question) & name_stems(_owner_before(text[:m.start()]))]
        found |= {w} if kin else set()
    # "Who is the head of the Federal Reserve?": its chairman is (not "the chief executive": a
    # title with a word beyond the leader's is that title)
    if role & _GENERIC_LEADERS and not role - _GENERIC_LEADERS - found:
        answer = claim.new_names
        body = name_stems(claim.question)  # named with the title and the body in one sentence
        if any(_LEADERS & words and answer & words and body <= words for text in claim.cited_context
               for a, b in sentence_spans(text) for words in [content_words(text[a:b])]):
            found |= role & _GENERIC_LEADERS
    if len(found) * 2 < len(role):
        missing = ", ".join(sorted(role - found))
        return f"the cited passages do not name what the question asks for ({missing})"
    head = re.split(r"\s(?:of|for|in|at|on|with|from|responsible)\b", bare)[0].split()[-1]
    # a long head word is written whole ("Commission" shares only its first letters with "commissioner")
    if asked.group(1) and len(head) >= 8 and not head.endswith("ing") and content_words(head) & role \
            and not _written_whole(head, " ".join(claim.cited_context)):
        return f"the cited passages never write {head}"
    return None


_INDEFINITE = re.compile(r"\b(?:a|an|another)\s+$", re.I)


#: the words that set a name after what it names: "a Windows virus called Bofra"
_CALLED = r"(?:called|named|dubbed|known\s+as)"


def _named_beside(claim: Claim, role: str) -> bool:
    """Whether the cited passages set a name of the answer beside the role it is asked by, where
    they write it only as "a ..." ("John Smith, an MI6 officer", "an MI6 officer, John Smith", "a
    Windows virus called Bofra"): "Martin Mubanga claimed that an MI6 officer played a key role"
    names no officer."""
    for text in claim.cited_context:
        for run in re.finditer(_NAME_RUN, text):
            if name_stems(run.group(1)) & claim.new_names and (
                    re.match(rf",?\s+(?:a|an|another)\s+{re.escape(role)}\b", text[run.end():], re.I)
                    or re.search(rf"\b{re.escape(role)},?\s+(?:{_CALLED}\s+)?(?:the\s+)?$",
                                 text[:run.start()], re.I)):
                return True
    return False


def _written_whole(word: str, text: str) -> bool:
    """Whether `text` writes `word`, or its plural, as a word: "commissioners" is "commissioner",
    "Commission" is not.

    >>> _written_whole("commissioner", "the European Commission"), _written_whole("chairman", "two chairmen")
    (False, True)
    """
    forms = {word, word + "s", word + "es", re.sub(r"y$", "ies", word), re.sub(r"man$", "men", word)}
    return any(re.search(rf"\b{re.escape(f)}\b", text, re.I) for f in forms)


def _title_written_apart(title: str, cited: list[str]) -> str:
    """"Who is the Foreign Secretary?" is not answered from passages that write "Foreign Office"
    and "Home Secretary", never "Foreign Secretary": a title of two or more capitalised words is
    written whole in the cited passages, in any case, when they write each of its words."""
    words = title.split()
    if len(words) < 2 or not all(re.fullmatch(r"[A-Z][a-z]+", w) for w in words):
        return ""
    text = " ".join(cited)
    if re.search(rf"\b{re.escape(title)}\b", text, re.I) or not all(_written_whole(w, text) for w in words):
        return ""
    return f"the cited passages write {', '.join(words)} apart, never the {title}"


def _small_title(before: str) -> list[str]:
    """The words in small letters that end `before`, when they are a whole title before a name:
    ["Shadow", "home", "secretary"] of "... views. Shadow home secretary" (its first word may open
    the sentence); none when the title goes on further back ("Speaker of Putin's puppet
    parliament": a name or "of" before it) or there are no such words ("named").

    >>> _small_title("His views. Shadow home secretary"), _small_title("Speaker of Putin's puppet parliament")
    (['Shadow', 'home', 'secretary'], [])
    """
    words = before.split()
    lead: list[str] = []
    for i in range(len(words) - 1, -1, -1):
        w = words[i]
        opens = i == 0 or words[i - 1].endswith((".", "!", "?", ":", '"', "”"))
        if not re.fullmatch(r"[a-z][\w’'-]*", w) and not (opens and re.fullmatch(r"[A-Z][a-z]+", w)):
            return [] if re.match(r"[A-Z]", w) else lead  # (a name before: the title goes on)
        if w.lower() == "of":
            return []
        if w in STOPWORDS or is_past_verb(w) or not tokenize(w):  # ("named", "the")
            return lead
        lead.insert(0, w)
        if opens:
            return lead
    return lead


#: a title in small letters set after a name: ", assistant clerk of the archives,"
_APPOSITIVE_TITLE = re.compile(r",\s+(?:the\s+)?((?:[a-z][\w’'-]*\s+){0,3}?[a-z][\w’'-]*)(?=\s+of\b|,|\.)")


def _another_title(claim: Claim, role: set[str]) -> str:
    """The title the cited passages write before the answer's name when it is another of the
    role's kind: "First Minister Rhodri Morgan" for "Who is the health minister?" ("minister"
    shared, "first" and "health" not), "Shadow home secretary David Davis" for "Who is the shadow
    health secretary?", "David Prior, assistant clerk of the archives" for "Who is the head
    clerk?"; "" when any title before the name holds the role asked
    ("Health Minister Brian Gibbons", "Chancellor Gordon Brown" for the chancellor of the
    exchequer), or none is written."""
    answer = claim.new_names
    if not role or not answer:
        return ""
    titles = []
    for text in claim.cited_context:
        for run in re.finditer(r"(?:[A-Z][\w’'-]*\s+)*[A-Z][\w’'-]*", text):
            words = run.group(0).split()
            first = next((i for i, w in enumerate(words) if tokenize(w) and set(tokenize(w)) <= answer), None)
            if first == 0:  # a title partly in small letters: "Shadow home secretary David Davis"
                lead = _small_title(text[:run.start()])
                words, first = lead + words, len(lead)
            title = {t for w in words[:first] for t in tokenize(w)  # ("First Minister": "first" counts)
                     if (t not in STOPWORDS or is_ordinal(t)) and w.lower().rstrip(".") not in TITLES}
            if first and title & role:
                titles.append((title, " ".join(words[:first])))
            # or after it, set off by a comma: "David Prior, assistant clerk of the archives"
            after = _APPOSITIVE_TITLE.match(text, run.end()) if first is not None else None
            set_off = set(tokenize(after.group(1))) - STOPWORDS if after else set()
            if after and set_off & role:
                titles.append((set_off, after.group(1)))
    if not titles or any(not role - title for title, _ in titles):
        return ""
    other = [written for title, written in titles if title - role]
    return other[0] if len(other) == len(titles) else ""


def _title_of_another_body(claim: Claim, phrase: str) -> str:
    """The role asked, as the cited passages write it before the answer's name, when a name they
    give it is another body's than the question's: "Magpies manager Graeme Souness" does not
    make him "the Celtic manager"; "" when the role is written with the question's body, or with
    no name ("Chairman Freddy Shepherd")."""
    body = name_stems(phrase)
    role = content_words(phrase) - body - _ASKING_NOUNS
    answer = claim.new_names
    if not body or not role or not answer:
        return ""
    others = []
    for text in claim.cited_context:
        for m in re.finditer(r"(?:[A-Z][\w’'-]*\s+)*[A-Z][\w’'-]*", text):
            if not set(tokenize(m.group(0))) & answer:
                continue
            words = text[:m.start()].split()[-4:]
            at = next((i for i, w in enumerate(words) if content_words(w) & role), None)
            if at is None:
                continue
            named = at  # the body: the names right before the role ("Magpies manager")
            while named > 0 and words[named - 1][:1].isupper() and words[named - 1][-1] not in ",;:.":
                named -= 1
            written = " ".join(words[named:at])
            owners = name_stems("x " + written)
            if owners & body or owners & acronyms(phrase) or body & acronyms(written):  # ("BA" and
                return ""  # "British Airways" are one body)
            if owners - content_words(claim.question):
                others.append(" ".join(words[named:at + 1]))
    return others[0] if others else ""


#: words for whoever leads a body ("head") that any title of a leader fills ("chairman")
_GENERIC_LEADERS = content_words("head chief leader boss")
#: the other words a passage writes for a word of a role: an "ex" minister is a former one
_WRITTEN_ALSO = {w: content_words(others) for words, others in (("former", "ex previous erstwhile"),)
                 for w in content_words(words)}
_LEADERS = _GENERIC_LEADERS | content_words("chairman chairwoman chair president director governor")


#: "What is Hewitt's job?", "Which job is Brown to be offered?", "What position does he hold?"
_ASKS_ROLE = re.compile(r"^\s*(?:what|which)\b.*?\b(?:job|role|position|profession|occupation|post)\b", re.I)
#: where a role's name ends in a reply: "director [of the programme]", "adviser [to the Treasury]"
_ROLE_ENDS = re.compile(r"\s+(?:of|for|at|in|on|to|with|from|who|since|until)\s+|[,;:.!?(\[]")


def role_named_in_passages(claim: Claim) -> str | None:
    """A job asked for is one the cited passages name: the head word of the reply's role (its
    last word before "of", "to", ...: "minister" in "Deputy Prime Minister of England") is
    in them. "Patricia Hewitt is a government official" is no answer from a passage that says
    "a shared goal across government" and names no official."""
    if not _ASKS_ROLE.match(claim.question):
        return None
    reply = strip_markers(claim.reply).strip()
    copula = re.search(r"\b(?:is|was|are|were|be|been|became|becomes|as|holds?|held|had|has)\s+", reply)
    role = reply[copula.end():] if copula else reply
    # ("... holds the position of Chairman", "a job as a teacher")
    role = re.sub(r"^(?:(?:an?|the|his|her|their|its)\s+)?(?:(?:job|role|position|post|profession|occupation)"
                  r"\s+(?:of|as)\s+)?(?:(?:an?|the)\s+)?", "", role, flags=re.I)
    phrase = _ROLE_ENDS.split(role)[0]
    head = tokenize(phrase)[-1:]
    if not head or head[0] not in content_words(phrase):
        return None
    have = claim.context_words
    if head[0] not in have:
        return f"the cited passages name no {phrase.split()[-1]}"
    # "Clarke is a politician" from "imposed by judges and not politicians": a job the passages
    # write only of many is no one's they name
    word = phrase.split()[-1].lower()
    written = [m.group(0).lower() for text in claim.cited_context
               for m in re.finditer(rf"\b{re.escape(word)}(?:e?s)?\b", text, re.I)]
    if not word.endswith("s") and written and word not in written:
        return f"the cited passages write {word} only of many"
    # "Livingstone is a Tory MP" from "Tory MP Boris Johnson": the passages give it to another
    title = re.sub(r"^(?:[A-Z][\w’'-]*[’']s\s+)?(?:(?:an?|the)\s+)?", "", phrase.strip())
    named = [name_stems(run.group(1)) if run else set() for text in claim.cited_context
             for m in re.finditer(rf"\b{re.escape(title)}\s+", text, re.I)
             for run in [re.match(_NAME_RUN, text[m.end():])]]
    asked = name_stems(claim.question)
    if len(title.split()) > 1 and named and all(n and not n & asked for n in named):
        return f"the cited passages give the title {title} to someone else"
    return None


_QUOTE = re.compile(r"[“”\"]|(?<!\w)['‘’]|['‘’](?!\w)")
_SPEECH = (r"say|said|says|tell|told|report|reported|announce|announced|warn|warned|claim|claimed|"
           r"describe|described|tweet|tweeted|call|called|write|wrote|state|stated|admit|admitted|"
           r"estimate|estimated|predict|predicted|think|believe|mean|meant|add|added|explain|explained")
#: verbs that ask what was said without naming it: "How did he say he felt?", "What did she say happened?"
_ASKING_VERBS = content_words("feel feels felt feeling think thinks thought happen happens happened")
#: words that name what was said of only as news: "How did he say he felt about the news?"
_NEWS_WORDS = content_words("news announcement")
#: a word that tells someone said something ("said", "claims", "insisted", "according to")
_SAYS = re.compile(rf"\b(?:{_SPEECH}|insist|suggest|argue|urge|accuse|stress|note|comment|repl|respond|deny|"
                   r"denied|confirm|agree|promise|vow|pledge|acknowledge|conclude|remark|complain|criticis|"
                   r"criticiz|praise|hint|maintain|declare|forecast|reveal|concede|demand|ask|spokes|"
                   r"statement|interview|speech|letter|quot)\w*|\baccording to\b", re.I)
_SPEAKER = re.compile(rf"^\s*(?:what|how|why|when|whom?|which \w+)\s+(?:did|does|do|has|have|had)\s+([^,]+?)"
                      rf"\s+(?:{_SPEECH})\b(?!\s+(?:on|for|off)\b)"  # ("call on Congress to" asks a deed)
                      r"|\baccording to\s+(.+?)\s*(?:[,?]|$)", re.I)


def _speaker_window(text: str, spans: list[tuple[int, int]], i: int) -> str:
    """The text outside quotation marks around the i-th sentence of `text` where its speaker is
    named: the sentence after names the speaker of a quotation ending there ("'...,' says
    Oleg."), not of what the narrator says before a quotation ("The government was keen to play
    it down. 'It is a minor adjustment,' said Takenaka."); "'...,' he said." names its speaker a
    sentence earlier, 'He added: "..."' where the quotations before it opened: back over the
    sentences that say "he" and, once one does or the sentence, naming no one, is itself inside
    one, over those inside a quotation (news text often leaves one unclosed); and a quotation goes
    on to where its speaker is named."""
    sentence = text[slice(*spans[i])]
    inside = leaves_a_quote_open(text[:spans[i][0]])
    quoted = bool(_QUOTE.search(sentence)) or inside
    first, last = max(0, i - 1), min(i + int(quoted), len(spans) - 1)
    # (a sentence in a quotation left open that names someone is the narrator's)
    pronouns, chasing = 0, refers_back(sentence) or opens_quoted(sentence) or (inside and not names(sentence))
    while first > 0 and pronouns < BACK_SENTENCES:
        if refers_back(text[slice(*spans[first])]):
            first, pronouns, chasing = first - 1, pronouns + 1, True
        elif chasing and (leaves_a_quote_open(text[:spans[first][0]])
                          or opens_quoted(text[slice(*spans[first])])):
            first -= 1
        else:
            break
    while leaves_a_quote_open(text[spans[first][0]:spans[last][1]]) and last + 1 < len(spans):
        last += 1
    return unquoted(text[spans[first][0]:spans[last][1]])  # who speaks, not whom they name


#: a share of some people who speak, written before them: "one in five broadband users", "half of
#: voters" (a sentence may give the share alone: "One in five even admitted ...")
_SHARE_SPEAKING = re.compile(r"^\s*((?:one|two|three|four|five|\d+)\s+in\s+(?:\w+)|"
                             r"(?:a\s+)?(?:half|quarter|third)|(?:the\s+)?(?:majority|minority)|"
                             r"\d+(?:\.\d+)?%)\s", re.I)


def attributed_to_the_speaker(claim: Claim) -> str | None:
    """When the question names who said something ("What did Kazakhstan's president say?",
    "according to the ministry"), the cited sentence that holds the answer, the one just before
    or after it ("'...,' says Oleg."; back to where a "he" is named, through the quotations
    before it: 'Tom said: "A. B." He added: "C."', or through the paragraphs of a speech
    before one that opens with a quotation mark), or the rest of the quotation it is in, names
    that speaker outside quotation marks (in "May said: 'Blair is recycling it'" Blair says
    nothing): most of the speaker's words are there. "Mr Underwood's friend" is "my friend" in
    a quotation of Mr Underwood's. A figure that interior ministry officials
    gave is not what the president said."""
    asked = _SPEAKER.search(claim.question)
    if not asked:
        return None
    # (not the verb that leads to the saying: "Which words did Mr Johnson use to describe ...?")
    who = re.sub(r"\s+[a-z]+\s+to$", "", asked.group(1)) if asked.group(1) else asked.group(2)
    named = content_words(who) - TITLES  # ("Ms" is no one's name)
    nums, words = set(claim.numbers), claim.new_words

    def adds(sentence: str) -> bool:  # holds the reply's figures or half its new words
        return bool(nums & stated(sentence) or (words and len(words & content_words(sentence)) * 2
                                                >= len(words)) or not (nums or words))
    holding = [s for s in claim.cited_sentences if adds(s)]
    if asked.group(1) and named and holding and all(named & naming_words(s) and not _SAYS.search(s)
                                                    and not _QUOTE.search(s) for s in holding):
        return f"the cited passages tell of {who}, not what {who} said"  # the narrator's words
    speaker = named - claim.common
    if not speaker:  # (one the whole article keeps naming, or quoting, may say anything in it)
        return None
    share = _SHARE_SPEAKING.match(who)
    if share and any(re.search(rf"\b{re.escape(share.group(1))}\b", s, re.I) for s in holding):
        return None  # "One in five even admitted ...": the share of those the question names
    # a person's name ("Ed Balls", "Sir Digby Jones") is named by the surname alone: "Mr Balls"
    person = re.fullmatch(r"(?:[A-Z][\w’'-]*\s+)+([A-Z][\w’'-]*)", who.strip())
    surname = set(tokenize(person.group(1))) - claim.common if person else set()
    kin = re.fullmatch(r"(.+?)[’']s\s+([a-z]+)", who.strip())  # "Mr Underwood's friend"
    best = 0
    for text in claim.cited_context:
        spans = sentence_spans(text)
        for i, (a, b) in enumerate(spans):
            sentence = text[a:b]
            if not adds(sentence):
                continue
            have = naming_words(_speaker_window(text, spans, i))
            best = max(best, len(speaker & have), len(speaker) if surname and surname <= have else 0)
            if kin and re.search(rf"\bmy\s+{kin.group(2)}\b", sentence, re.I) and (
                    content_words(kin.group(1)) - TITLES <= have):
                best = len(speaker)  # "my friend said" in Underwood's words: Mr Underwood's friend
    if best * 2 <= len(speaker):
        return f"the cited passages do not attribute it to {who}"
    topic = _TOPIC.search(claim.question)
    about = content_words(topic.group(1)) - claim.common - speaker if topic else set()
    have = set().union(*(content_words(t) for t in claim.cited_text))
    if about and len(about & have) * 2 < len(about):
        return f"the cited passages do not say what was said about {topic.group(1) if topic else ''}"
    said = claim.question[asked.end():] if asked.group(1) else ""  # "... say [the first attempt proved]?"
    what = (content_words(said) - name_stems(claim.question) - claim.common - speaker - _ASKING_VERBS
            - _NEWS_WORDS)
    if what and claim.adding and not any(what & content_words(w) for w in claim.adding):
        return f"the answer comes from words that do not speak of {said.strip(' ?')}"
    return None



#: "Who said support from the DCA has been lacking?", "Who warned that ...?"
_ASKS_WHO_SAID = re.compile(rf"^\s*who\s+(?:has\s+|had\s+)?(?:{_SPEECH})\b\s*(?:that\s+)?(.+)$", re.I)


def said_by_the_speaker_given(claim: Claim) -> str | None:
    """"Who said support from the DCA has been lacking?" is answered by the one the article
    names as the speaker of those words: the sentences shown that hold most of the words said
    name, outside quotation marks and around them (as `attributed_to_the_speaker` reads it), the
    names or words the reply gives ("The MPs found that ..." does not rest on a quotation of
    Alan Beith's that "support and guidance ... has been lacking")."""
    asked = _ASKS_WHO_SAID.match(claim.question)
    if not asked:
        return None
    said = content_words(asked.group(1)) - claim.common
    given = (name_stems(claim.reply) or content_words(claim.reply)) - content_words(claim.question) \
        - content_words(_SPEECH.replace("|", " ")) - TITLES
    if len(said) < 2 or not given or _named_as_their_speaker(claim, said, given):
        return None
    return "the article does not name the one the answer gives as the speaker of those words"


def _named_as_their_speaker(claim: Claim, said: set[str], given: set[str]) -> bool:
    """Whether the sentences shown that hold most of the words `said` name, outside quotation
    marks and around them, one of the names or words `given` as their speaker (True when no
    sentence holds them)."""
    found: list[tuple[int, str, str]] = []  # (words said it holds, the text naming its speaker, it)
    for text in [" ".join([b, p, a]).strip() for p, (b, a) in zip(claim.passages, claim.surroundings)]:
        spans = sentence_spans(text)
        for i, (a, b) in enumerate(spans):
            held = len(said & content_words(text[a:b]))
            if held * 2 > len(said):
                found.append((held, _speaker_window(text, spans, i), text[a:b]))
    most = max((n for n, _, _ in found), default=0)
    best = [(w, sentence) for n, w, sentence in found if n == most]
    # (or the sentence itself tells who said it, quoting another: '"Eddie told me how tough ..."')
    return not best or any(given & (naming_words(w) | _speakers_told(sentence)) for w, sentence in best)


#: a reply that gives words as a name's: "President Bush responded by stating that ..."
_NAME_SAID = re.compile(rf"{_NAME_RUN}(?:\s+[\w’'-]+){{0,6}}?\s+(?:{_SPEECH}|stating|saying)\s+"
                        r"(?:that\s+)?(.+)")


def words_of_the_speaker_named(claim: Claim) -> str | None:
    """A reply that gives words as someone's ("President Bush responded by stating that huge
    deficits could have severe consequences") rests on sentences that name that speaker for
    them, not on another's ("Alan Greenspan has warned that ... huge deficits ... could have
    severe consequences")."""
    m = _NAME_SAID.search(strip_markers(claim.reply))
    if not m or len(m.group(1).split()) < 2:  # (a name of two words: "One in five admitted ..." is none)
        return None
    given = name_stems(m.group(1)) - claim.common - TITLES
    said = content_words(m.group(2)) - claim.common
    if len(said) < 3 or not given or _named_as_their_speaker(claim, said, given):
        return None
    return f"the passages do not give those words as {m.group(1)}'s"


#: what a question compares by: "Which group has more members?" (not "more than", "more likely")
_COMPARED_BY = re.compile(r"\b(?:more|most|fewer|fewest|less|least)\s+(?!than\b|likely\b|often\b)"
                          r"([a-z][\w-]+)", re.I)


def compared_by_a_thing_told(claim: Claim) -> str | None:
    """"Which of the two groups has more members?" is not answered where no passage shown tells
    of members: the thing a question compares by is in the passages, in some form."""
    m = _COMPARED_BY.search(claim.question)
    if not m or is_verb(m.group(1)) or not content_words(m.group(1)):
        return None
    shown = claim.shown_text
    if content_words(m.group(1)) & content_words(shown) or roots(m.group(1)) & roots(shown):
        return None
    return f"no passage shown tells of {m.group(1)}, which the question compares by"


#: a name that a verb of saying follows: "Eddie in particular told me"
_TOLD_BY = re.compile(rf"{_NAME_RUN}(?:\s+[a-z]+){{0,2}}\s+(?:{_SPEECH})\b")


def _speakers_told(sentence: str) -> set[str]:
    """The stems of the names a verb of saying follows in `sentence`, quoted or not.

    >>> sorted(_speakers_told('"Eddie in particular told me how tough it was."'))
    ['eddie']
    """
    return {t for m in _TOLD_BY.finditer(sentence) for t in name_stems(m.group(1))}

#: the noun of "Which three things ...?" follows its count; no preposition is a deed ("Which two
#: people outside Google ...?")
_NO_DEED = (r"(?:outside|inside|within|without|among|between|from|with|into|over|under|about|above|below|"
            r"after|before|during|across|against|along|around|behind|beyond|near|than|also|only|then|besides|"
            r"beside|except|excluding|including|unlike|despite)\b")
#: a name set aside before the deed: "Which company besides Intel plans ...?"
_BESIDES_A_NAME = (r"(?:besides|beside|except|excluding|other than|apart from)\s+(?:the\s+)?"
                   r"(?:(?-i:[A-Z])[\w’'-]*\s+)+")
#: "Who presents ...?", "Which company built ...?", "Who will replace ...?"; not "Which political
#: parties are named?"
_DEED = re.compile(rf"^\s*(?:who|which (?:(?P<count>{COUNT_WORD})\w+|(?!{COUNT_WORD})\w+))\s+"
                   rf"(?:{_BESIDES_A_NAME})?(?!{_NO_DEED})"
                   rf"(?:(?P<modal>will|would|can|could|should|shall|may|might|must)\s+"
                   rf"(?!be\b)|(?!{AUXILIARY}))(?P<deed>[a-z]{{3,}})\b(?!\s+{AUXILIARY})", re.I)
_SAYING = re.compile(rf"\b(?:{_SPEECH}|calls|criticis\w*|criticiz\w*|dismiss\w*|condemn\w*|prais\w*|urg\w*|"
                     r"ask\w*|den(?:y|ies|ied)|reject\w*|welcom\w*|accus\w*|blam\w*|defend\w*|question\w*|"
                     r"insist\w*|argu\w*|suggest\w*|promis\w*|vow\w*|demand\w*|respond\w*|repl(?:y|ies|ied|ying)|comment\w*|"
                     r"speak\w*|spoke|talk\w*|interview\w*|quot\w*|gave|giv\w*|provid\w*|publish\w*|"
                     r"releas\w*|issu\w*|put|puts)\b", re.I)  # who gave a figure said it
_OF = re.compile(r"((?:[A-Z][\w’'-]*\s+)+)of\s+((?:the\s+)?(?:[A-Z][\w’'-]*\s*)+)")
#: "the mark set by another Ethiopian, Berhane Adera": who did the deed, after "by" (a lookahead, so
#: that "created by A which was started by B" finds both)
_DONE_BY = re.compile(r"(?=\b([a-z]+)\s+by\s+([^.;]+))")
#: "Who wrote ...?" asks for a deed, though writing is also a way of saying
_WRITES = re.compile(r"writ\w*|wrote", re.I)
#: who gives out something says it ("Who published the figures?"), but who publishes or releases
#: a work named by its title does a deed ("Who publishes Small Island?")
_ISSUES = re.compile(r"publish\w*|releas\w*|issu\w*", re.I)
_A_NAME_NEXT = re.compile(r"\s+(?-i:[A-Z])")
#: a work "by" its author: "The Long Road by Ann Lee", "based on Red Sky, a novel by Ann Lee",
#: "a story, Red Sky, by Ann Lee": the phrase before "by", back to a verb or a preposition, names
#: the work; not a deed done "by" someone ("was directed by Ann Lee", "turned into a play by ...")
_BY_NAME = re.compile(r"\bby\s+((?:[A-Z][\w’'-]*\s*)+)")
_BEFORE_WORK = re.compile(r".*\b(?:on|into|in|of|for|from|to|at|with|as|is|was|are|were|be|been|has|have|"
                          r"had)\s", re.I | re.S)
_DONE = re.compile(r"(?:ed|en|made|built|bought|sold|won|held|led|run|taken|given|paid|kept|brought)"
                   r"\W*$", re.I)


def _work_by(sentence: str) -> list[tuple[str, str]]:
    """Each work the sentence says is "by" someone, and that someone's name."""
    out = []
    for m in _BY_NAME.finditer(sentence):
        before = sentence[:m.start()]
        cut = _BEFORE_WORK.match(before)
        work = before[cut.end():] if cut else before
        if work.strip() and not _DONE.search(work):
            out.append((work, m.group(1)))
    return out


#: words that say a deed without its verb: who "won" is a "winner", or "earned" a prize or was
#: "named" best actor; who "plays" a part is its "actress" or "star"; who "wrote" a book its "author"
_DEED_SAID_AS = {
    verb: content_words(words) for verb, words in (
        ("win", "winner winners earn earned earns take took takes named awarded received scooped collected"),
        ("write", "author authors writer writers"),
        ("play", "actor actors actress actresses star stars starring starred cast"),
        ("present", "presenter presenters host hosts hosted"),
        ("direct", "director directors"),
        ("produce", "producer producers"),
        ("buy", "buyer buyers"),
        ("lead", "leader leaders"),
        ("found", "founder founders"))}
#: "the Smart Tags feature from Microsoft", "new research from the Royal Academy of Dance": who made,
#: built, released or carried out a thing, by the name after "from" (the words before it name the thing)
_MAKING = deeds("make build develop create design produce release launch carry conduct publish commission")
_FROM_MAKER = re.compile(r"((?:[\w’'-]+\s+){1,4})from\s+((?:the\s+)?(?:[A-Z][\w’'-]*\s*)+)")
#: the deeds of whoever a work is by ("Who made the epic Platoon?": "Oliver Stone's epic Platoon")
_AUTHORING = deeds("write make direct compose design")
#: "Alice Lee's The Long Road", "Tom Hale's autobiography Feel": a name's work, by its title
_OWNERS_WORK = re.compile(r"([A-Z][\w’'-]*)(?:[’']s|s[’'])\s+(?:[a-z-]+\s+){0,2}[A-Z]")
#: "Ann Lee has seen her book Red Sky win": the work of the name before "her", by its title
_HER_WORK = re.compile(r"\b(?:her|his|their)\s+(?:[a-z-]+\s+)?(?:book|novel|album|film|play|song|single|"
                       r"memoir|autobiography|collection|poem|biography|story)\s+(?-i:[A-Z])", re.I)


#: where one deed's words end and another's begin: "... include Ann Lee's Red Sky and Tom Hale's
#: Feel", "The Producers was named best musical, Ann Lee was best actress"
_ANOTHER_DEED = re.compile(r";|\s+and\s+|,\s+(?=(?:[A-Z][\w’'-]*\s+)+(?:was|were|is|are|has|had)\b)")


def _deed_in_other_words(deed: set[str], rest: set[str], answer: set[str], sentence: str) -> bool:
    """A part of a sentence that says the deed asked without its verb, names the answer and what
    the question asks about (no other part more of it): "Who plays the lead?": "Lead actress
    Laura Kelly"; "Who won the best actor prize?": "the play earned a best actor prize for Tom
    Hale". Who "wrote" (or made, directed ...) a work is also the name after "by" ("The History
    Boys by Alan Bennett") or before a title ("Alice Lee's The Long Road", "Oliver Stone's
    Vietnam epic Platoon")."""
    pieces = _ANOTHER_DEED.split(sentence)
    most = max(len(rest & content_words(p)) for p in pieces)  # the part most about what is asked
    for piece in pieces:
        words = content_words(piece)
        if not rest & words or len(rest & words) < most or not answer & name_stems(piece):
            continue
        if any(deed & deeds(verb) and said & words for verb, said in _DEED_SAID_AS.items()):
            return True
        if deed & _MAKING and any(rest & content_words(m.group(1)) and answer & name_stems(m.group(2))
                                  for m in _FROM_MAKER.finditer(piece)):
            return True
        if deed & _AUTHORING and (
                any(rest & content_words(work) and answer & name_stems(name)
                    for work, name in _work_by(piece))
                or any(answer & name_stems(m.group(1)) for m in _OWNERS_WORK.finditer(piece))
                or any(answer & name_stems(piece[:m.start()]) for m in _HER_WORK.finditer(piece))):
            return True
    return False


def _agents(deed: set[str], sentence: str) -> list[tuple[str, set[str]]]:
    """Who the sentence says did the deed, told in the passive: the words after its "by", and the
    stems of the names among their first five ("started by former browser maker Netscape")."""
    return [(m.group(2), name_stems(" ".join(m.group(2).split()[:5])))
            for m in _DONE_BY.finditer(sentence) if deed & deeds(m.group(1))]


def _deed_of_another(deed: set[str], rest: set[str], answer: set[str], sentence: str) -> bool:
    """The sentence writes the deed, but what the question asks about goes with another verb
    before it, and the deed with words of its own: "Who won the Olympic 100m?" is not answered by
    "... the pain of losing his Olympic 100m title in Athens by winning a fourth World
    Championship crown" (but "Who starred in Disney's film?" is, by "she saw Disney's film
    starring Julie Andrews")."""
    if any(answer & agent for _, agent in _agents(deed, sentence)):
        return False
    words = re.findall(r"[\w’'-]+", sentence)
    at_deed = [i for i, w in enumerate(words) if deed & deeds(w)]
    at_rest = [i for i, w in enumerate(words) if rest & content_words(w)]
    if not at_deed or not at_rest or max(at_rest) > at_deed[0] \
            or answer & name_stems(" ".join(words[at_deed[0] + 1:at_deed[0] + 5])):
        return False
    # (a relative clause between them tells the deed of what is asked: "a service in St George's
    # Chapel at which the Archbishop will preside")
    if _RELATIVE_WORD.search(" ".join(words[max(at_rest) + 1:at_deed[0]])):
        return False
    return any(is_verb(w) and not deed & deeds(w) for w in words[max(0, min(at_rest) - 4):min(at_rest)])


_RELATIVE_WORD = re.compile(r"\b(?:which|where|whom|whose)\b", re.I)


#: an -ing word after a determiner describes and does nothing: "the leading Federation"
_ATTRIBUTIVE = re.compile(r"\b(?:the|a|an|its|our|their|his|her|my|your)\s+[a-z]+ing\b", re.I)


def _deeds_done(sentence: str) -> set[str]:
    """The deeds a sentence writes, less the -ing words that only describe ("the winning goal")."""
    return deeds(_ATTRIBUTIVE.sub(" ", sentence))


def _doer(reply: str, deed: set[str]) -> set[str]:
    """The stems of the names a reply gives as who did the deed: those after "by" when the
    deed is told in the passive, else those before the deed where there are any ("Ann Lee will
    present the Booker Prize": Ann Lee, not the prize), else all its names."""
    words = list(re.finditer(r"[\w’'-]+", reply))
    at = next((m for m in words if deed & deeds(m.group(0))), None)
    if at is None:
        return name_stems(reply)
    passive = re.search(r"\b(?:is|was|are|were|be|been|being)\s+(?:[a-z]+ly\s+)?$", reply[:at.start()])
    by = re.search(r"\bby\s+([^.;,]+)", reply[at.end():])
    if passive and by:
        return name_stems(" ".join(by.group(1).split()[:5]))
    return name_stems(reply[:at.start()]) or name_stems(reply)


def _subject_after_the_modal(question: str, word: str) -> bool:
    """Whether the word after "Who will ..." / "Which site could ..." starts the question's
    subject, so that it asks what that subject does to someone, not who does a deed: a name
    ("Which team will Arsenal face?"), a plural ("Which feature could users disable?"; a verb
    after a modal takes no -s), or a question that ends on its preposition ("Which site could
    online libraries find they are directing users to?")."""
    plural = word.endswith("s") and not word.endswith(("ss", "us"))
    return word[0].isupper() or plural or bool(_STRANDED.search(question))


def names_from_passages(claim: Claim) -> str | None:
    """The names a reply to "Who ...?", "Whose ...?" or "Which company ...?" gives are in the
    passages it cites (or the text around them), a country by any of its names: "Whose book did
    Levy beat?" is not answered by "Susan Fletcher beat Levy's book" from a passage that tells only
    of Levy's book, nor "What are the names of the two security groups?" by a name made up."""
    if not (_ASKS_WHO.match(claim.question) or _ASKS_NAMED.match(claim.question)):
        return None
    have = claim.context_words
    missing = claim.new_names - have - _countries_named_otherwise(claim.reply, have)
    for run in re.findall(_NAME_RUN, strip_markers(claim.reply)):
        if name_stems(run.split()[-1]) <= have:  # a first name the passages leave out:
            missing -= name_stems(run)  # "Alan Greenspan" for their "Mr Greenspan"
    if missing:
        return f"the cited passages do not name {', '.join(sorted(missing))}"
    return None


def deed_not_words(claim: Claim) -> str | None:
    """"Who presents GMTV's Sunday programme?" is not answered from "Ms Hewitt told GMTV's
    Sunday programme", nor "Who won the Grand Prix?" from "At the Grand Prix, Claxton left
    Shevchenko trailing in sixth": when the question asks who did a deed that is no saying, the
    cited sentences that name the answer write that deed (in any form: "won" is "win"), or the
    answer claims what they do not say. A name that belongs to what the question asks about
    ("Mike Powell of Dresdner Kleinwort" for "Which analyst works for Dresdner Kleinwort?") says
    it without the deed, and so do other words for it (`_deed_in_other_words`).
    Writing is a deed here, though also a way of saying: "Who wrote the new songs?" is not
    answered by a name from the list of guests. And a passage that says who did it ("the mark set
    by Berhane Adera") is not read as saying another did ("Who set the mark?" -> "Dibaba")."""
    done_to = _DONE_TO_WHOM.match(claim.question)  # (a deed is no name: "Who is Busted's frontman?")
    if done_to and done_to["deed"].islower() and is_past_verb(done_to["deed"]) \
            and not _SAYING.fullmatch(done_to["deed"]):
        return _deed_done_to(claim, done_to["deed"])
    perfect = _PERFECT_DEED.match(claim.question)  # "Which club has made bids ...?"
    readings = {m.group("deed"): m for m in (_DEED.match(claim.question), _deed_asked(claim.question),
                                             perfect if perfect and is_past_verb(perfect["deed"]) else None)
                if m and m.group("deed").islower()}
    failures = [_deed_unwritten(claim, m) for m in readings.values()]
    return failures[-1] if failures and all(failures) else None


def _deed_unwritten(claim: Claim, asked: re.Match[str]) -> str | None:
    """What `deed_not_words` finds wrong, with the question's deed read as `asked` says."""
    work = _ISSUES.fullmatch(asked["deed"]) and _A_NAME_NEXT.match(claim.question[asked.end():])
    if _SAYING.fullmatch(asked["deed"]) and not _WRITES.fullmatch(asked["deed"]) and not work:
        return None
    if asked["count"] and not is_past_verb(asked["deed"]):  # "Which two EU countries bordering ...?"
        return None  # (the noun may be of several words: the deed is known only when it is a past)
    if asked["modal"] and _subject_after_the_modal(claim.question, asked["deed"]):
        return None
    deed, rest = deeds(asked["deed"]), content_words(claim.question[asked.end():])
    answer = _doer(strip_markers(claim.reply), deed) - content_words(claim.question)
    naming = [s for s in claim.cited_sentences if answer & name_stems(s)]
    if deed and naming:
        for s in naming:
            for by, agent in _agents(deed, s):
                if agent and not agent & answer:
                    return f"the cited passage says who {asked['deed']}: {by.split(',')[0].strip()}"
    doing = [s for s in naming if deed & _deeds_done(s)]
    if doing and all(_deed_of_another(deed, rest, answer, s) for s in doing):
        return f"the cited passage says who {asked['deed']} something else than what the question asks"
    if not deed or not naming or any(deed & _deeds_done(s) or _deed_in_other_words(deed, rest, answer, s)
                                     for s in naming):
        return None
    if any(answer & content_words(m.group(1)) and rest & content_words(m.group(2))
           for s in naming for m in _OF.finditer(s)):
        return None
    if deed & _MAKING:  # "a third bid from Rangers" tells who made it, and it is not the answer
        made = [m for s in naming for m in _FROM_MAKER.finditer(s) if rest & content_words(m.group(1))]
        if made and not any(answer & name_stems(m.group(2)) for m in made):
            return f"the cited passage says who {asked['deed']} it: {made[0].group(0).strip()}"
    if any(_SAYING.search(unquoted(s)) for s in naming):
        return f"the cited passages say who spoke, not who {asked['deed']}"
    return f"the cited sentences naming the answer do not say who {asked['deed']}"


#: "started by former browser maker Netscape": who did a deed told in the passive (not "created by
#: the Foundation which was started ...": the Foundation is also what was done to)
_BY_AGENT = re.compile(r"\bby\s+(?:(?:the|a|an)\s+)?(?:[a-z-]+\s+){0,3}(?:[A-Z][\w’'-]*\s*)++"
                       r"(?!,?\s*(?:which|who|that)\s+(?:was|were|is|are|has|had)\b)")
#: "When was Netscape founded?", "How much was Yukos sold for?": a deed done to the names asked of
_DONE_TO_THE_NAMED = re.compile(r"\b(?:was|were|is|are|has been|have been|had been|will be)\s+"
                                r"(?P<who>(?:the\s+)?(?:[A-Z][\w’'-]*\s+)+)(?:(?:him|her|it|them)sel(?:f|ves)\s+)?"
                                r"(?P<deed>[a-z]{3,})\b")
_BE_DONE = r"\b(?:was|were|is|are|been|be)\s+"


def done_to_the_one_asked(claim: Claim) -> str | None:
    """"In which year was Netscape founded?" is not answered from "the Mozilla Foundation, which
    was started by Netscape back in 1998": where the cited sentences that hold what the reply adds
    name whom the question says the deed was done to only after a "by", as who did a deed, they
    tell of another's deed."""
    asked = _DONE_TO_THE_NAMED.search(claim.question)
    if not asked or not is_past_verb(asked["deed"]):
        return None
    who = name_stems(asked["who"]) - claim.common
    nums, words = set(claim.new_numbers), claim.new_words
    holding = [s for s in claim.cited_sentences if who & name_stems("x " + s)
               and (nums & stated(s) if nums else words & content_words(s))]
    if not who or not holding:
        return None
    named, deed = asked["who"].strip(), asked["deed"]
    if not any(who & name_stems("x " + _BY_AGENT.sub(" ", s)) for s in holding):
        return f"the cited passages name {named} only as who did a deed, not as {deed}"
    # (and for a figure, as another thing than the one the deed was done to: "Twenty stations were
    # fined $550,000 after complaints about Janet Jackson's show" fined the stations)
    if not (nums and re.match(r"\s*how (?:much|many)\b", claim.question, re.I)):
        return None
    done = [m for s in holding for m in re.finditer(rf"([^,;:]*?){_BE_DONE}{deed}\b", s)]
    if done and len(done) >= len(holding) and not any(who & name_stems("x " + m.group(1)) for m in done):
        return f"the cited passages say {done[0].group(1).strip()} {deed}, not {named}"
    return None


#: "Who replaced Howard Flight?": who did a deed to the name after the verb
_WHO_DID_IT_TO = re.compile(rf"^\s*who\s+(?!{AUXILIARY}\b)(?P<deed>[a-z]{{3,}})\s+"
                            r"(?P<whom>(?:[A-Z][\w’'-]*\s*)+)", re.I)


#: a name at the head of a reply and the word after it: "Hutu militias", "Howard Flight was"
_NAME_HEADING = re.compile(r"\W*(?:the\s+)?(?:[A-Z][\w’'-]*\s+)+(?P<noun>[a-z][\w’'-]*)")


def doer_not_the_one_done_to(claim: Claim) -> str | None:
    """"Who replaced Howard Flight?" is not answered by "Howard Flight was sacked for his gaffe":
    a reply that names nobody new and tells of the one the deed was done to, as its subject,
    names no doer. (A name that heads a noun of its own tells of others: "Hutu militias killed
    the Tutsis and moderate Hutus".)"""
    asked = _WHO_DID_IT_TO.match(claim.question)
    if not asked or not asked["deed"].islower() or claim.new_names:
        return None
    whom = name_stems("x " + asked["whom"])
    reply = strip_markers(claim.reply)
    first = name_stems("x " + " ".join(reply.split()[:3]))
    headed = _NAME_HEADING.match(reply)
    if headed and not is_verb(headed["noun"]) \
            and not content_words(headed["noun"]) <= content_words(asked["whom"]):
        return None
    if whom and whom & first:
        return f"the answer tells of {asked['whom'].strip()}, not who {asked['deed']} them"
    return None


#: a deed told as done before now: "a song only previously performed there by Ray Charles"
_DONE_BEFORE = re.compile(r"\b(?:previously|formerly|already|earlier)\s+(?P<deed>[a-z]{3,})\b"
                          r"(?:\s+[a-z]+){0,2}?\s+by\s+(?P<by>[^,;:.]+)")
_DID_BEFORE = re.compile(r"(?P<by>(?:[A-Z][\w’'-]*\s+)*[A-Z][\w’'-]*)\s+(?:previously|formerly|once|already)"
                         r"\s+(?P<deed>[a-z]{3,})\b")


def deed_done_before(claim: Claim) -> str | None:
    """"Who will perform at the Super Bowl?" is not answered by a name whose cited sentences tell
    only that it did so before: "a song only previously performed there by Ray Charles"."""
    asked = _DEED.match(claim.question)
    if not asked or (asked["modal"] or "").lower() not in ("will", "shall"):
        return None
    deed = deeds(asked["deed"])
    for run in re.findall(_NAME_RUN, strip_markers(claim.reply)):
        name = name_stems(run) & claim.new_names
        naming = [s for s in claim.cited_sentences if name & name_stems(s)]
        before = [m for s in naming for pattern in (_DONE_BEFORE, _DID_BEFORE) for m in pattern.finditer(s)
                  if is_past_verb(m["deed"]) and deed & deeds(m["deed"]) and name & name_stems(m["by"])]
        if name and naming and len(before) == len(naming):
            return f"the passages tell that {run.strip()} {before[0]['deed']} before, not that they will"
    return None


#: "Which songs will Paul McCartney perform ...?": a question that asks the object of a name's deed
_OBJECT_ASKED = re.compile(r"^\s*which\s+(?:[a-z-]+\s+){0,2}?(?P<noun>[a-z-]+)\s+"
                           r"(?:will|would|did|does|do|can|could|has|have|had)\s+(?:(?-i:[A-Z])[\w’'-]*\s+)+(?P<deed>[a-z]+)\b(?P<rest>[^?]*)",
                           re.I)
_COMPANION = r"\b(?:with|alongside|beside|against)\s+(?:the\s+)?"


def object_not_a_companion(claim: Claim) -> str | None:
    """"Which songs will McCartney perform?" is not answered by "McCartney will perform with
    Janet Jackson": a name the answer gives only as one the deed is done with or against is not
    what the deed is done to."""
    asked = _OBJECT_ASKED.match(claim.question)
    if not asked or re.search(_COMPANION, asked["rest"], re.I):
        return None
    reply = strip_markers(claim.reply)
    runs = [m for m in re.finditer(_NAME_RUN, reply) if name_stems(m.group(1)) & claim.new_names]
    if runs and all(re.search(_COMPANION + r"$", reply[:m.start()], re.I) for m in runs):
        return f"the answer names {runs[0].group(1)} as one to {asked['deed']} with, not the {asked['noun']}"
    return None


#: what follows a deed that has no object: the question's end, or a time or a place
_NO_OBJECT = re.compile(r"\s*(?:\?|$|(?:in|on|at|after|before|during|since|until|last|this|next|"
                        r"yesterday|today|early|earlier|late|later)\b)", re.I)


def doer_named(claim: Claim) -> str | None:
    """"Who leaked the Budget?" is not answered from "Tory MP Ann Lee asked how measures had been
    leaked to the Standard": where the cited sentences naming the answer write the deed only in the
    passive, with no "by", they say what was done, not who did it. A deed asked with no object
    ("Which operators launched in the UK?") is done by what the passive says was done ("One2One was
    launched")."""
    asked = _deed_asked(claim.question)
    if not asked or _NO_OBJECT.match(claim.question[asked.end():]):
        return None
    deed = deeds(asked["deed"])
    answer = _doer(strip_markers(claim.reply), deed) - content_words(claim.question)
    doing = [s for s in claim.cited_sentences if answer & name_stems(s) and deed & _deeds_done(s)]
    if doing and all(_done_by_no_one_named(deed, s) for s in doing):
        return f"the cited passages say what was {asked['deed']}, not by whom"
    return None


#: a deed asked in the perfect, with the groups of `_DEED`: "Which club has made bids for him?"
_PERFECT_DEED = re.compile(r"^\s*(?:who|which\s+[\w-]+)\s+(?:has|have|had)\s+(?:already\s+|just\s+|ever\s+)?"
                           r"(?P<count>)(?P<modal>)(?P<deed>[a-z]{3,})\b", re.I)  # ("has already dropped")


def _deed_asked(question: str) -> re.Match[str] | None:
    """The deed a "Who ...?" or "Which ...?" question asks who did; of "Which previous chancellor
    resigned ...?" it is "resigned", not "chancellor", and of "Which internet monitoring firm
    charted ...?" "charted": the first past verb after a noun of two or three words.
    (`_DEED` alone reads "chancellor"; `deed_not_words` tries both readings.)"""
    asked = _DEED.match(question)
    if not asked or asked["modal"] or is_past_verb(asked["deed"]):
        return asked
    for n in (2, 3):  # the words of the noun
        longer = re.match(rf"^\s*which\s+(?P<count>)(?P<modal>)(?:[\w-]+\s+){{{n}}}(?P<deed>[a-z]{{3,}})\b",
                          question, re.I)  # (with the groups of `_DEED`, empty)
        if longer and is_past_verb(longer["deed"]):
            return longer
    return asked


#: what comes between "been" and its verb in the passive: adverbs, quotation marks, commas
_PASSIVE_BEFORE = re.compile(r"\b(?:is|was|are|were|be|been|being)(?:[\s,\"“”'‘’]+(?:[a-z]+ly|or|and|at|"
                             r"least|not|never|also|just|still|already|since|then))*[\s,\"“”'‘’]+$", re.I)


def _done_by_no_one_named(deed: set[str], sentence: str) -> bool:
    """Whether a sentence writes the deed only in the passive with no "by": "measures had been
    'clearly leaked to the Standard'" says what was leaked, not who leaked it."""
    found = [m for m in re.finditer(r"[A-Za-z]+", sentence) if deed & deeds(m.group(0))]
    return bool(found) and all(_PASSIVE_BEFORE.search(sentence[:m.start()])
                               and not re.search(r"\bby\b", sentence[m.end():]) for m in found)


#: "Who was sacked as health minister?": who a deed was done to
_DONE_TO_WHOM = re.compile(r"^\s*who\s+(?:was|were|is|are|has been|have been|had been|will be)\s+"
                           r"(?P<deed>[a-z]{3,})\b", re.I)


def _deed_done_to(claim: Claim, verb: str) -> str | None:
    """"Who was sacked as health minister?" is not answered by a name whose cited sentences do
    not write that deed (nor say it in other words): "First Minister Rhodri Morgan told BBC
    Wales he had agreed with Ms Hutt ..." sacks nobody."""
    deed, rest = deeds(verb), content_words(claim.question) - content_words(verb)
    answer = claim.new_names
    naming = [s for s in claim.cited_sentences if answer & name_stems(s)]
    if not deed or not naming or any(deed & _deeds_done(s) or _deed_in_other_words(deed, rest, answer, s)
                                     for s in naming):
        return None
    return f"the cited sentences naming the answer do not say who was {verb}"


#: "Which body is he a member of?", "Which firm does she work for?": a question ending on its
#: preposition asks for what follows that word and preposition
_STRANDED = re.compile(r"^\s*(?:which|what)\b.*\b([a-z]{3,})\s+(of|for|to|with|at|in|on|from|by|about)"
                       r"\s*\?\s*$", re.I)
#: what two sides do with each other: "Rangers signed an agreement with Umbro" is Umbro's agreement
#: with Rangers too
_WITH_EACH_OTHER = content_words("agreement agreements deal deals contract contracts partnership alliance "
                                 "treaty talks merger merge merged meeting met married marry partnered")


def object_of_the_phrase_asked(claim: Claim) -> str | None:
    """"Which body is Frankie Fredericks now a member of?" is not answered by "the IAAF" when
    the cited sentence says "Fredericks, now a member of the Athletes' Commission": where a cited
    sentence writes the question's last word and preposition, the answer names what follows."""
    asked = _STRANDED.search(claim.question)
    new = claim.new_words
    if not asked or not new:
        return None
    word, preposition = deeds(asked.group(1)) | content_words(asked.group(1)), asked.group(2)
    # the reply's own "link to X": X is what was asked for, not the question's subject
    # ("Which sites can AutoLink link to?" is not answered by "Google can link to AutoLink")
    subject, said = name_stems(claim.question), content_words(claim.question)
    own = rf"([\w’'-]+)\s+{preposition}\s+((?:the\s+)?(?:[A-Z][\w’'-]*\s*)+)"
    # ("remnants of Coudenberg Palace" names more; an agreement with Umbro is Umbro's with them)
    for m in re.finditer(own, strip_markers(claim.reply)):
        if word & (deeds(m.group(1)) | content_words(m.group(1))) and name_stems(m.group(2)) & subject \
                and content_words(m.group(2)) <= said \
                and not (preposition == "with" and word & _WITH_EACH_OTHER):
            return (f"the answer puts {m.group(2)}, whom the question asks about, after "
                    f"\"{m.group(1)} {preposition}\"")
    # (none after it: "a new scheme was being looked at" tells it before; and a quantity word is
    # an answer too: "amounted to just over a third")
    objects = [o for s in claim.cited_sentences
               for m in re.finditer(rf"([\w’'-]+)\s+{preposition}\b", s, re.I)
               if word & (deeds(m.group(1)) | content_words(m.group(1)))
               for o in [" ".join(s[m.end():].split()[:8])] if _all_words(re.split(r"[.;:!?]", o)[0])]
    new = new | (_all_words(strip_markers(claim.reply)) - _all_words(claim.question))  # (not the cached set)
    if objects and not any(new & _all_words(o) for o in objects):
        return f"the cited sentence says {asked.group(1)} {preposition} something else than the answer"
    return None


_WHOLE_YEAR = re.compile(r"\b(?:(?:whole|full|entire|all)(?: of)?(?: the)? (?:year|\d{4})|full-year|"
                         r"annual(?:ly)?|yearly|(?:for|in|during) (?:the year )?\d{4}\b)", re.I)
_PART_OF_YEAR = re.compile(
    r"\b(?:(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|\d{1,2}) months?|quarter(?:ly)?|"
    r"half[- ]year(?:ly)?|(?:first|second) half|Q[1-4]|H[12]|(?:in|for|during) (?:january|february|"
    r"march|april|may|june|july|august|september|october|november|december))\b", re.I)


def figure_for_the_period_asked(claim: Claim) -> str | None:
    """A figure asked for a whole year ("for the whole of 2004", "annual") does not come from a
    sentence that gives it for part of a year ("the three months to 31 December 2004", "in
    January"), unless that sentence speaks of the whole year too."""
    if not claim.new_numbers or not _WHOLE_YEAR.search(claim.question):
        return None
    one_year = YEAR.search(claim.question)  # "in 2003": not a rate of every year
    for x in set(claim.new_numbers):
        holding = claim.sentences_holding(x)
        if holding and all(_PART_OF_YEAR.search(s) and not _WHOLE_YEAR.search(s) for s in holding):
            return f"{fmt([x])} is given for part of a year, and the question asks about a whole year"
        if one_year and holding and all(_PER_YEAR.search(s) and not YEAR.search(s) for s in holding):
            return f"{fmt([x])} is given as a rate a year, and the question asks about {one_year.group(0)}"
    return None


#: a rate of any year: "growing by 6% a year"
_PER_YEAR = re.compile(r"\b(?:a|per|each|every)\s+year\b|\bannually\b", re.I)


#: a time told relative to the story's own: "last year", "in previous years", "the past three seasons"
_RELATIVE_TIME = re.compile(r"\b(?:last|this|next|previous|past|coming|recent|following)(?:\s+\w+)?\s+"
                            r"(?:years?|months?|weeks?|days?|seasons?|decades?|weekends?|quarters?)\b", re.I)


#: a time before the story's own: a sentence that tells no time speaks of the story's present
_BEFORE_NOW = re.compile(r"(?:last|previous|past)\b", re.I)


#: a time word that is part of a name tells no time: "the Whitbread Novel of the Year Award"
_OF_THE_YEAR = re.compile(r"\bof\s+the\s+(?-i:Year|Month|Decade|Season)\b", re.I)


def told_for_the_time_asked(claim: Claim) -> str | None:
    """What a question asks of a time ("Who decorated the tree last year?") is not answered from a
    sentence that tells of another ("Artists who decorated the tree in previous years include
    Tracey Emin in 2002"): the cited sentences holding most of what the reply adds, when they
    tell a time relative to the story's own, tell the one asked; and when they tell none, they
    speak of the story's present, not of "last year"."""
    asked = _RELATIVE_TIME.search(claim.question)
    if not asked or _ASKS_TIME.search(claim.question):
        return None
    new = claim.new_words
    scored = [(len(new & content_words(s)), s) for s in claim.cited_sentences]
    most = max((n for n, _ in scored), default=0)
    told = [m.group(0) for n, s in scored if n == most and n for m in _RELATIVE_TIME.finditer(s)]
    if told and not any(content_words(t) == content_words(asked.group(0)) for t in told):
        return f"the cited passages tell of {told[0]}, and the question asks about {asked.group(0)}"
    if _BEFORE_NOW.match(asked.group(0)) and claim.adding and not any(
            _TIME.search(_OF_THE_YEAR.sub(" ", w)) for w in claim.adding):
        return f"the cited passages tell no time, and the question asks about {asked.group(0)}"
    return None


#: a question of the present: "What limit would he vote for now?", "... each day now?"
_ASKS_NOW = re.compile(r"\b(?:now|currently|at present|these days|nowadays)\b", re.I)
#: a clause that tells of a time before the present or after it: "he had previously voted for a
#: 22-week limit", "projects aim to produce 100,000 barrels per day"
_NOT_NOW = re.compile(r"\b(?:previously|formerly|in the past|used to|once|ago|aims?|aimed|plans?|planned|"
                      r"intends?|intended|targets?|will|would|expected|hopes?|hoped)\b", re.I)


def figure_of_the_present_asked(claim: Claim) -> str | None:
    """"What limit would Kennedy vote for now?" is not answered by 22 weeks from "he had
    previously voted for a 22-week limit", nor "How many barrels does Iraq produce now?" by
    "projects aim to produce 100,000 barrels per day": a figure asked of the present comes from a
    clause that does not tell it of a past or of a plan (or that also says "now")."""
    if not _ASKS_NOW.search(claim.question) or not claim.new_numbers:
        return None
    for x in claim.new_numbers:
        holding = claim.clauses_holding(x)
        if holding and all(_NOT_NOW.search(c) and not _ASKS_NOW.search(c) for c in holding):
            when = _NOT_NOW.search(holding[0])
            return f"{fmt([x])} is told of another time than now ({when.group(0) if when else ''})"
    return None


#: a question that asks where a span or a change ends, or where it starts
_ASKS_END = re.compile(r"\b(?:until|till|up to|to)\s+(?:what|which|when)\b", re.I)
_ASKS_START = re.compile(r"\b(?:from|since)\s+(?:what|which|when)\b", re.I)
#: the word before a figure that makes it a span's start ("for three years from 1987", "up from
#: 34 million") or its end ("from £2.50 to £4", "until 1990")
_HEDGE_BEFORE = r"(?:about|around|some|nearly|almost|just|over|under|only)?\s*[$£€¥]?$"
_STARTS_AT = re.compile(r"\b(?:from|since)\s+" + _HEDGE_BEFORE, re.I)
_ENDS_AT = re.compile(r"\b(?:to|until|till)\s+" + _HEDGE_BEFORE, re.I)


def figure_of_the_end_asked(claim: Claim) -> str | None:
    """"Until which year did he play in the series?" is not answered by 1987 from "for three years
    from 1987", nor "What is the surcharge now?" by £2.50 from "raised from £2.50 to £4": a figure
    asked of a span's end (or of now) is not one the cited sentences write only as its start, and
    one asked of its start ("From what level ...?") not one they write only as its end, unless
    the reply too tells it as that end ("revised down from 157,000 to 133,000")."""
    q = claim.question
    if _ASKS_START.search(q):
        wrong, told = _ENDS_AT, "where it ends"
    elif _ASKS_END.search(q) or _ASKS_NOW.search(q):
        wrong, told = _STARTS_AT, "where it starts"
    else:
        return None
    for x in set(claim.new_numbers):
        places = claim.written(x)
        # (a reply that itself tells it as that end, "from 157,000 to 133,000", tells both)
        told_so = any(wrong.search(claim.reply[:m.start()]) for m in _figures_of(x, claim.reply))
        if places and all(wrong.search(s[:m.start()]) for s, m in places) and not told_so:
            return f"{fmt([x])} is told as {told}, and the question asks the other end"
    return None


#: "How much does a litre of fuel cost?", "How much a week ...?", "... per leg": the unit a price
#: is asked for ("how much of a rise" asks for none)
_PER_UNIT = re.compile(r"\bhow much\b.*?(?<!\bof )\b(?:a|an|per|each)\s+([a-z][\w-]*)", re.I)


def figure_for_the_unit_asked(claim: Claim) -> str | None:
    """A price asked for one unit ("How much did a litre of fuel cost?") comes from a sentence
    that names that unit ("£102.80 a week"), not from a sum for something else ("surcharge
    revenues - £160m"); or from one that refers back to a sentence naming it ("0.22 litres per
    capita. This compares with 59 litres in France")."""
    asked = _PER_UNIT.search(claim.question)
    if not asked or not claim.new_numbers:
        return None
    unit = set(tokenize(asked.group(1)))
    for x in set(claim.new_numbers):
        holding = claim.holding_read_back(x)
        if unit and holding and not any(unit & set(tokenize(s)) for s in holding):
            return f"the question asks for the figure of one {asked.group(1)}, and {fmt([x])} is not"
    return None


#: the noun a "which" asks for, past a count ("which two parties")
_WHICH_NOUN = re.compile(r"\b(?:which|what)\s+(?:(?:two|three|four|five|six|\d+)\s+)?"
                         r"(?!(?:is|was|are|were|did|does|do|has|have|had|kind|type|sort)\b)([a-z]{3,})\b",
                         re.I)


#: a kind and the things of it that follow: "a number of businesses, including ..."
_KIND_INCLUDING = re.compile(r"\b([a-z]+),?\s+(?:including|such as|like|notably|especially|among them)\b",
                             re.I)
#: the items of a list: "barbary, Corsican and mouflon sheep, blackbuck antelope and wild pigs"
_LIST_ITEM = re.compile(r"\s*(?:,|;|\band\b|\bor\b)\s*|[.!?:]\s*$", re.I)


def choice_from_passages(claim: Claim) -> str | None:
    """"In which region ...?" answered "in the northern region": the word that makes the
    choice, just before the question's noun in the reply, is in the cited passages; "the
    constituency of Labour" rests on passages that write of a constituency; and "Which antelope
    can be shot?" is not answered by "mouflon sheep" from a list of sheep and antelope."""
    asked = _WHICH_NOUN.search(claim.question)
    if not asked:
        return None
    noun = asked.group(1).lower()
    reply = strip_markers(claim.reply)
    have = claim.context_words
    for m in re.finditer(rf"\b([\w’'-]+)\s+{re.escape(noun)}(?:s|es)?\b", reply, re.I):
        chosen = content_words(m.group(1)) - content_words(claim.question)
        # (a verb chooses nothing: "saw sales growth of 8%" where the passage writes "had seen")
        if chosen and not chosen & have and not (
                is_verb(m.group(1)) and deeds(m.group(1)) & deeds(" ".join(claim.cited_context))):
            return f"the {noun} it names ({m.group(1)}) is not in the cited passages"
    kind = content_words(noun)
    said = content_words(reply)
    if not kind & said and asked.group(0).lower().startswith("which"):
        # ("Which antelope?" is not answered by "mouflon sheep" from a list of both; a kind is
        # written in small letters: "Texas Parks and Wildlife Department" is one name)
        for sentence in claim.cited_sentences:
            if any(content_words(m.group(1)) & kind for m in _KIND_INCLUDING.finditer(sentence)):
                continue  # ("businesses, including the Odeon chain and the Pinewood studios")
            heads = [content_words(item.split()[-1]) for item in _LIST_ITEM.split(sentence)
                     if item.split() and item.split()[-1].islower()]
            others = set().union(*(h for h in heads if h and not h & kind)) & said
            if kind in heads and others:
                return f"the answer names {', '.join(sorted(others))} of the list, not the {noun}"
    of = re.search(rf"\b{re.escape(noun)}(?:s|es)?\s+(?:of|called|named)\s+(?:the\s+)?([\w’'-]+)", reply,
                   re.I)
    if (of and content_words(of.group(1)) - content_words(claim.question) and not kind & have
            and not kind & _ASKING_NOUNS):  # "the position of chairman": "position" asks for one
        return f"the cited passages call nothing a {noun} ({of.group(1)} is not)"
    return None


_NAME_PART = re.compile(r"\b([A-Z][\w-]+)[’']s\s+(surname|last name|family name|full name|first name|"
                        r"given name|middle name)\b", re.I)


def states_the_name_asked(claim: Claim) -> str | None:
    """"What is Oleg's surname?" is answered with a name written next to Oleg ("Oleg Petrov"),
    not with what the passage says of him."""
    asked = _NAME_PART.search(claim.question)
    if not asked:
        return None
    person, part = asked.group(1), asked.group(2).lower()
    beside = (rf"\b{re.escape(person)}\s+[A-Z]" if part != "first name" and part != "given name"
              else rf"\b[A-Z][\w-]+\s+{re.escape(person)}\b")
    if re.search(beside, strip_markers(claim.reply)):
        return None
    return f"the answer gives no {part} beside {person}"


#: a word between "which" and the kind it asks ("which private equity firm"), not a verb or article
#: ("What was the airline's profit?" asks no airline; "What kind of firm ...?" asks a kind, no name)
_MODIFIER = (r"(?!(?:is|was|are|were|do|does|did|has|have|had|will|would|can|could|the|a|an|kinds?|types?|"
             r"sorts?)\b)")
#: "Which company ...?", "In which country ...?", "Which private equity firm ...?": kinds of thing
#: that go by a proper name (not "department": a firm's is "its publications department")
_ASKS_NAMED = re.compile(rf"^\s*(?:{PREPOSITION} )?(?:which|what)\s+(?:{_MODIFIER}[\w’'-]+\s+){{0,2}}"
                         r"(?:company|companies|"
                         r"firm|country|countries|nation|city|cities|town|newspaper|organi[sz]ation|charity|team|"
                         r"club|university|bank|party|agency|airline|manufacturer|broadcaster|state|ministry|"
                         r"ministries|union|station|magazine|museum|hospital|court)s?\b"
                         r"|^\s*what\s+(?:is|was|are|were)\s+the\s+(?:full\s+)?(?:names?|titles?)\s+of\b",
                         re.I)
#: "At which theatre ...?": kinds of place whose name, or the sentence that gives it, says the kind
#: ("the National Theatre", "Parken stadium"); "London's West End" is no theatre
_WRITTEN_WITH_NAME = re.compile(rf"^\s*(?:{PREPOSITION} )?(?:which|what)\s+(theat(?:re|er)|stadium|hotel|"
                                r"airport|hospital|museum|gallery|prison|station|church|cathedral)s?\b", re.I)
#: "In which country ...?" is answered with a country's name, not a city's
_ASKS_COUNTRY = re.compile(rf"^\s*(?:{PREPOSITION} )?(?:which|what)\s+(?:country|countries|nation|nations)\b",
                           re.I)
#: "Which club does he play for?": a body that no country is (a team may be a country's)
_ASKS_BODY = re.compile(rf"^\s*(?:{PREPOSITION} )?(?:which|what)\s+(club|company|firm|newspaper|university|"
                        r"bank|airline|broadcaster|magazine|charity|band)\b", re.I)
#: "What is the name of the Leeds museum?": the thing named, by its last word ("museum")
_NAME_OF = re.compile(r"^\s*what\s+(?:is|was|are|were)\s+the\s+(?:full\s+)?names?\s+of\s+[^?]*?([a-z]+)"
                      r"(?:\s+(?:who|that|which|where)\b[^?]*)?\s*\??\s*$", re.I)
#: a web address names a thing too ("huaral.org")
_ADDRESS = re.compile(r"\b[\w-]+\.(?:org|com|net|gov|edu|info|co|uk)\b", re.I)


#: "What is the robot called?": the name of a thing the question names only by its kind (not
#: "What was the Macintosh named after?", nor "What was Busted's debut album called?": "self-titled")
_ASKS_WHAT_IT_IS_CALLED = re.compile(r"^\s*(?i:what)\s+(?:is|was|are|were)\s+the\s+(?:[a-z-]+\s+){1,3}"
                                     r"(?:called|named|known\s+as)\b(?!\s+after)")


def names_the_kind_asked(claim: Claim) -> str | None:
    """"Which company will make the processor?" is answered with a name ("Intel"), not with
    what a passage says of companies ("The manufacturers of the components will make money"),
    and "What was the name of the shell company?" not with "a little-known shell company": the
    reply names something the question does not. A kind of place that is written with its name
    is called so where the name is: "At which theatre is it playing?" is not answered by
    "London's West End". A country is named by a country's name: "St Etienne" is no country. And
    "What is the name of the Leeds museum?" is not answered by "The Leeds museum is where the
    mayor spoke": what follows "is" there is no name; nor "What is the robot called?" by "the
    unnamed robot". A name that ends in one the question gives
    is that one in full, no answer: "John Underwood" names no friend of Mr Underwood."""
    if not (_ASKS_NAMED.match(claim.question) or _WRITTEN_WITH_NAME.match(claim.question)
            or _ASKS_WHAT_IT_IS_CALLED.match(claim.question)):
        return None
    reply = strip_markers(claim.reply)
    asked = {t for n in names("x " + claim.question) for t in tokenize(n)}
    # (a name that ends in one the question gives is that one in full: "John Underwood" is no name
    # of Mr Underwood's friend)
    full = {t for run in re.findall(_NAME_RUN, reply) if set(tokenize(run.split()[-1])) & asked
            for t in tokenize(run)}
    named = name_stems(reply) - full - content_words(claim.question)
    if not named and not _ADDRESS.search(reply):
        return "the question asks which one by name, and the answer names none"
    if _ASKS_COUNTRY.match(claim.question) and not names_a_country(reply):
        return "the question asks which country, and the answer names no country"
    body = _ASKS_BODY.match(claim.question)
    if body and all(country_names(run) for run in _NAME_RUNS.findall(reply) if name_stems(run) & named):
        return f"the question asks which {body.group(1).lower()}, and the answer names only a country"
    name_of = _NAME_OF.match(claim.question)
    if name_of and re.search(rf"(?i:\b{re.escape(name_of.group(1))}\w*\b)[^.]*?\b(?:is|was|are|were)\s+"
                             r"(?!(?:called|named|known|titled)\b)(?!(?:the|a|an)\s+[A-Z])[a-z]", reply):
        return f"the answer says what the {name_of.group(1).lower()} is, not its name"
    kind = _WRITTEN_WITH_NAME.match(claim.question)
    if kind and named and not any(named & name_stems(s) and content_words(kind.group(1)) & content_words(s)
                                  for s in claim.cited_sentences):
        return f"no cited sentence calls what the answer names a {kind.group(1).lower()}"
    return None




#: the verbs of speaking to someone, each said of the same deed
_SPEAKING = deeds("speak spoke speaks talk talked talks")
_SPOKE = re.compile(r"\b(?:say|said|says|tell|told|tells|speak|spoke|speaks|talk|talked|talks)\b", re.I)


#: words that ask what the story itself names: "Which three clubs are named in the story?"
_IN_THE_STORY = re.compile(r"\b(?:(?:named|mentioned|cited|listed|referred\s+to)\s+)?(?:in|by)\s+the\s+"
                           r"(?:story|article|text|piece)\b", re.I)


def named_with_what_was_asked(claim: Claim) -> str | None:
    """"Which club was Bates formerly chairman of?" is not answered by a name from a passage that
    tells nothing of a chairman ("Ken Bates has completed his takeover of Leeds United"), nor
    "Which company does Sainsbury run?" by one that tells nothing of running: a cited passage
    holding the name the answer gives (or the text around it) holds a word of what the question
    tells of the thing asked, in any form ("moving" is "move"). Its names, its kind, and a
    clause that only picks the thing out ("the court that threw out the claim") do not count,
    nor where someone comes from or works, which a passage says with the name alone; speaking to
    someone is said in many verbs ("Which agency did he speak to?": "he told the Reuters news
    agency")."""
    asked = _ASKS_NAMED.match(claim.question)
    if not asked:
        return None
    question = re.split(r"\s(?:that|which|who|whose)\s", claim.question[asked.end():])[0]
    question = _IN_THE_STORY.sub(" ", question)  # "named in the story" asks what it names
    told = ((content_words(question) | deeds(question)) - name_stems(claim.question) - claim.common
            - _LIGHT_VERBS - _ASKING_NOUNS - _BELONGING - TITLES)
    answer = claim.new_names
    texts = [t for t in claim.cited_context if answer & name_stems(t)]
    holding = [content_words(t) | deeds(t) for t in texts]
    if told & _SPEAKING and any(_SPOKE.search(t) for t in texts):
        told -= _SPEAKING  # "speak to" the agency Underwood "told": one deed in other words
    if not told or not holding or any(w.startswith(t) or t.startswith(w) for words in holding
                                      for w in words if len(w) >= 3 for t in told):
        return None
    return f"the passages naming the answer tell nothing of {', '.join(sorted(told))}"


_TOPIC = re.compile(r"\b(?:say|said|tell|told|tweet|tweeted|write|wrote|warn|warned|think|thought)\s+about"
                    r"\s+(.+?)\s*\??\s*$", re.I)


def figure_of_the_year_asked(claim: Claim) -> str | None:
    """"How many reports did it receive in 2003?" is not answered by a figure of passages that
    give other years (2004) and never the one asked, nor by one that every sentence stating it
    tells of another year ("Five million visitors made it the most visited museum in 2004") or of
    now, when the passages shown give years later than the one asked ("There are now 5,700
    members" is not the count of 1939)."""
    if not claim.new_numbers:
        return None
    years, given = set(YEAR.findall(claim.question)), set(YEAR.findall(claim.shown_text))
    if years and given and not years & given:
        return (f"the passages shown give {', '.join(sorted(given))}, and the question asks about "
                f"{', '.join(sorted(years))}")
    asked = _years_asked(claim.question)
    # a sentence that says "now" tells of a time after every year the passages shown give
    now_is_later = bool(asked and given) and max(asked) < max(float(y) for y in given)
    for x in set(claim.new_numbers) if asked else ():
        told = [{float(y) for y in YEAR.findall(s)} or ({math.inf} if now_is_later and _ASKS_NOW.search(s)
                                                          else set()) for s in claim.sentences_holding(x)]
        if told and all(t and not t & asked and x not in t for t in told):
            told_years = sorted(set().union(*told) - {math.inf})
            when = fmt(told_years) if told_years else "now"
            return f"{fmt([x])} is told of {when}, and the question asks of {fmt(sorted(asked))}"
    return None


#: a time a sentence tells: a time of day, a day, a month, a year ("in morning trade", "on Monday")
_ANOTHER_TIME = re.compile(rf"\b(?:today|yesterday|tomorrow|tonight|morning|afternoon|evening|overnight|"
                           rf"{_WEEKDAY}|{'|'.join(MONTHS)}|(?:this|last|next)\s+(?:week|month|year)|"
                           r"(?:19|20)\d\d)\b", re.I)
#: a month a question asks of, written as a name ("in June"; not the modal "may")
_MONTH_NAME = re.compile(rf"(?<=\s)(?-i:{'|'.join(m.capitalize() for m in MONTHS)})\b")


def figure_of_the_month_asked(claim: Claim) -> str | None:
    """"At what price did Umbro shares list in June?" is not answered by 115.5 pence from "Shares
    in Umbro were up 1.76% at 115.5 pence in morning trade" when another sentence shown tells of
    June ("since listing on the London Stock Exchange in June"): a figure asked of a month comes
    from a sentence that names it (or one it refers back to), when another one shown does and the
    figure's own sentences tell another time; one that tells none speaks of the story's present,
    which may be that month ("The gain was below market expectations of 190,000 new jobs" in a
    story of January's jobs)."""
    months = set(_MONTH_NAME.findall(claim.question))
    if not months or not claim.new_numbers:
        return None
    month = re.compile(rf"\b(?:{'|'.join(months)})\b")
    elsewhere = [s for s in claim.shown_sentences if month.search(s)]
    for x in set(claim.new_numbers):
        holding = claim.holding_read_back(x)
        if holding and elsewhere and all(_ANOTHER_TIME.search(s) for s in holding) \
                and not any(month.search(s) for s in holding):
            return f"{fmt([x])} is told in a sentence that does not name {', '.join(sorted(months))}"
    return None


#: a figure told of all there is: "The total cost of fraud was $546m" (not "16.5% of the total")
_OF_ALL = re.compile(r"(?<!\bof )\b(?:the|a)\s+(?-i:total)\b|\b(?:overall|altogether|all told)\b", re.I)


def figure_of_all_not_of_a_part(claim: Claim) -> str | None:
    """"How much did internet auction fraud cost consumers?" is not answered by "The total cost of
    fraud was $546m" when another passage shown tells of internet auctions: a total is no figure of
    a part the question names and its sentence does not."""
    q = claim.question
    if not claim.new_numbers or _OF_ALL.search(q):
        return None
    asked = content_words(q) - claim.common - _ASKING_NOUNS - _KIND
    others = set().union(*(content_words(p) for i, p in enumerate(claim.passages, 1) if i not in claim.cited))
    for x in set(claim.new_numbers):
        holding = claim.sentences_holding(x)
        if holding and all(_OF_ALL.search(s) for s in holding) and not YEAR.fullmatch(fmt([x])):
            missing = (asked & others) - set().union(*(content_words(s) for s in holding))
            if missing:
                return f"{fmt([x])} is a total, and the question asks of {', '.join(sorted(missing))}"
    return None


#: a question that asks of each one: "how much was each station fined?", "per pupil", "on average"
_ASKS_EACH = re.compile(r"\b(?:each|per|apiece|average|individually)\b", re.I)
_TOLD_OF_EACH = re.compile(r"\b(?:each|per|apiece|average|a head|a piece|every)\b", re.I)
_PLURAL = re.compile(r"\b([a-z][\w-]*s)\b")


def _counted_group(sentence: str, x: float, asked: set[str]) -> str:
    """The counted group of things `asked` of that `sentence` tells `x` of ("20 stations" in
    "Twenty stations were fined $550,000"), or "" when it tells of none, or of each one."""
    if _TOLD_OF_EACH.search(sentence):
        return ""
    for clause in (c for c in clauses(sentence) if x in stated(c)):
        words = clause.split()
        for i, w in enumerate(words):
            if _PLURAL.fullmatch(w) and content_words(w) & asked:
                counts = [n for t in words[max(0, i - 4):i] for n in numbers(t) if n > 1 and n != x]
                if counts:
                    return f"{fmt(counts[:1])} {w}"
    return ""


def figure_of_each_not_of_all(claim: Claim) -> str | None:
    """"On average, how much was each station fined?" is not answered by $550,000 from "Twenty
    stations were fined $550,000": a figure told of a counted group of the things the question asks
    of each of, in a sentence that tells of no one each, is theirs together."""
    if not claim.new_numbers or not _ASKS_EACH.search(claim.question):
        return None
    asked = content_words(claim.question) - claim.common
    for x in set(claim.new_numbers):
        groups = [_counted_group(s, x, asked) for s in claim.sentences_holding(x)]
        if groups and all(groups):
            return f"{fmt([x])} is told of {groups[0]} together, not of each"
    return None


def figure_of_a_thing_told(claim: Claim) -> str | None:
    """A reply that gives a figure of a thing no passage shown tells of gives none: "18% of
    complaints concerned telephone scams", two of its words the question's and in no passage, in
    any form (its verbs and prepositions aside)."""
    if not claim.new_numbers:
        return None
    asked = {w.lower() for w in re.findall(r"[A-Za-z][\w’'-]+", claim.question)}
    shown = claim.shown_text
    have, have_words = roots(shown) | _FIGURE_KINDS, content_words(shown)
    untold = sorted({w.lower() for w in re.findall(r"[A-Za-z][\w’'-]+", strip_markers(claim.reply))
                     if w.lower() in asked and content_words(w) - claim.common - _ASKING_NOUNS
                     and not (is_verb(w) or is_past_verb(w) or content_words(w) & have_words
                              or roots(w) & have or re.fullmatch(PREPOSITION + r"|before|after", w, re.I))})
    if len(untold) >= 2:
        return f"no passage shown tells of {', '.join(untold)}"
    # or one, that the reply writes beside its figure: "a 1.8% unemployment rate", "unemployment of 1.8%"
    # (a thing, not a measure: "23 years old", "the winning time was 7:39")
    reply = strip_markers(claim.reply)
    things = [w for w in untold if len(w) > 5 and not w.endswith("ing")]
    beside = [w for w in things for m in _A_FIGURE.finditer(reply)
              if re.match(rf"\W*(?:[\w’'-]+\s+)?{re.escape(w)}\b", reply[m.end():], re.I)
              or re.search(rf"\b{re.escape(w)}\s+(?:[\w’'-]+\s+)?(?:of|at|was|is)\s+$", reply[:m.start()],
                           re.I)]
    if beside:
        return f"no passage shown tells of {beside[0]}, which the answer gives its figure"
    return None


#: what a sentence adds to a figure as extra to it: "$150 with additional fees for meat processing"
_EXTRA = re.compile(r"\b(?:with|and|plus)\s+(?:additional|extra|further|separate)\b|\bplus\b|\bon top of\b|"
                    r"\bexcluding\b|\bnot including\b", re.I)


def figure_not_of_an_extra(claim: Claim) -> str | None:
    """"How much is the fee for meat processing?" is not answered from "Each session will cost
    $150 with additional fees for meat processing": the figure is told of what the sentence names
    before it, and the thing asked comes only after it, as something extra to the figure."""
    asked = _things(claim.question) | (content_words(claim.question) - claim.common - _ASKING_NOUNS)
    figures = set(claim.new_numbers)
    for sentence in claim.cited_sentences:
        for m in _A_FIGURE.finditer(sentence):
            if not stated(m.group(0)) & figures:
                continue
            after = sentence[m.end():]
            extra = _EXTRA.search(after)
            if (extra and asked & content_words(after[extra.start():])
                    and not asked & content_words(sentence[:m.start()])):
                return (f"{m.group(0)} is told of what comes before it; what is asked comes after it, "
                        "as an extra")
    return None


#: "How many public bodies are ready?": how many of some things are in some state, or had
#: something done to them ("were killed")
_ASKS_HOW_MANY_ARE = re.compile(r"^\s*how many\s+(.+?)\s+(?:are|were|is|was|will be|would be|have been|"
                                r"had been)\s+(?!there\b)(.+)$", re.I)


def count_of_those_asked(claim: Claim) -> str | None:
    """"How many public bodies are ready for the Act?" is not answered by the 100,000 of
    "information held by about 100,000 public bodies": a number of the things asked about, from
    a sentence (or the one before it) that does not say the state the question asks of them
    ("ready"), while another passage shown does, counts them all, not those the question asks."""
    m = _ASKS_HOW_MANY_ARE.match(claim.question)
    if not m or not claim.new_numbers:
        return None
    head = re.findall(r"[\w’'-]+", m.group(2))[0]  # the state: "ready" of "ready for the Act" (no deed:
    # "approved")
    asked = content_words(head) - content_words(m.group(1)) - name_stems(claim.question)
    if not asked or is_verb(head):
        return None

    def tells(text: str) -> bool:
        return bool(asked & (content_words(text) | deeds(text)))

    for x in claim.new_numbers:
        holding = claim.holding_with_the_one_before(x)
        if holding and not any(map(tells, holding)) and any(map(tells, claim.passages)):
            return (f"{fmt([x])} counts all the {m.group(1).strip()}, from a sentence that says nothing "
                    f"of their being {m.group(2).strip(' ?')}")
    return None


_ASKS_WHOSE = re.compile(rf"^\s*(?:{PREPOSITION}\s+)?whose\b", re.I)
#: the names of months and days, which name no one
_CALENDAR = content_words(" ".join(MONTHS) + " monday tuesday wednesday thursday friday saturday sunday")


def names_an_owner(claim: Claim) -> str | None:
    """"Whose lending figures show the rise?" is answered with a name or an owner ("the Bank of
    England's", "the analysts'", "benefits for retirees", or "Retirees" alone), not by "The
    figures show the rise in lending in December"."""
    asked = _ASKS_WHOSE.match(claim.question)
    if not asked:
        return None
    reply = strip_markers(claim.reply)
    if name_stems(reply) - name_stems(claim.question) - _CALENDAR or re.search(r"\w[’']s?\b", reply):
        return None
    thing = "|".join(map(re.escape, re.findall(r"[\w-]+", claim.question[asked.end():])[:2])) or "-"
    owner = re.search(rf"\b(?:{thing})\s+(?:for|of)\s+(?:the\s+)?([\w-]+)", reply, re.I)  # (its first words)
    if (owner and content_words(owner.group(1)) - content_words(claim.question)) or (
            len(reply.split()) <= 3 and content_words(reply) - content_words(claim.question)):
        return None
    return "the question asks whose, and the answer names no one"

RULES: tuple[Callable[[Claim], str | None], ...] = (
    numbers_supported, money_in_its_currency, cites_a_passage, says_something_new, told_to_be_untold,
    as_what_was_asked, about_the_question, of_the_one_asked, another_than_the_one_named, roles_kept,
    words_from_passages, negation_from_passages, negation_kept, figure_of_the_denied,
    states_the_quantity_asked, age_not_a_span, age_of_each_named, of_the_ordinal_asked,
    figure_of_the_version_asked, number_about_the_question, of_the_side_asked, figure_not_of_the_compared,
    figure_of_the_owner_asked, figure_of_the_place_asked, figure_not_supposed, figure_not_of_an_extra,
    counts_what_was_asked, count_of_all_asked, count_of_those_asked, figure_of_each_not_of_all,
    figure_on_the_topic, figure_told_where_the_question_is, answer_of_the_deed_asked, share_not_a_change,
    figure_of_the_year_asked, figure_of_the_month_asked, year_asked_in_passages, figure_of_all_not_of_a_part,
    figure_of_a_thing_told, figure_from_the_clause_asked, figure_for_the_period_asked,
    told_for_the_time_asked, figure_of_the_present_asked, figure_of_the_end_asked, figure_for_the_unit_asked,
    states_a_time, time_of_what_was_asked, time_not_a_deadline, time_not_a_limit, states_a_place,
    place_from_the_clause_asked, origin_not_whereabouts, place_of_the_deed_not_of_the_doer, role_in_passages,
    role_named_in_passages, attributed_to_the_speaker, said_by_the_speaker_given, words_of_the_speaker_named,
    compared_by_a_thing_told, choice_from_passages, states_the_name_asked, names_the_kind_asked,
    named_with_what_was_asked, deed_not_words, deed_done_before, object_not_a_companion, doer_named,
    doer_not_the_one_done_to, done_to_the_one_asked, object_of_the_phrase_asked, names_from_passages,
    names_an_owner)
RULE_NAMES = tuple(r.__name__ for r in RULES)


def _countries_named_otherwise(reply: str, words: set[str]) -> set[str]:
    """The stems of the countries the reply names that `words` name by another of their names
    ("the UK" where a passage writes "Britain")."""
    return {stem for run in re.findall(_NAME_RUN, reply)
            if any(other <= words for other in country_names(run)) for stem in name_stems(run)}


def _word_share(claim: Claim, ids: list[int]) -> float:
    new_words = claim.new_words
    if not new_words:
        return 1.0
    have = set().union(*(content_words(claim.passages[i]) for i in ids))
    forms = set().union(*(roots(claim.passages[i]) for i in ids))  # "axed" for "axing"
    whole = set().union(*(content_words(claim.passages[i], WORD_LETTERS) for i in ids))
    found = {w for w in new_words if w in have or claim.reply_roots.get(w, set()) & forms}
    found -= {w for w, fine in claim.longer_words.items() if not fine <= whole}
    found |= new_words & _countries_named_otherwise(claim.reply, have)
    found |= new_words & _units_written_short(claim.reply, [claim.passages[i] for i in ids])
    return len(found) / len(new_words)


#: units a passage writes short on a figure ("about 300m", "a 5km walk"; not after a currency sign:
#: "£300m" is millions)
_UNIT_SHORT = {"metre": "m", "meter": "m", "kilometre": "km", "kilometer": "km", "centimetre": "cm",
               "centimeter": "cm", "millimetre": "mm", "millimeter": "mm", "kilogram": "kg",
               "kilogramme": "kg", "foot": "ft", "feet": "ft"}
_UNIT_WRITTEN = re.compile(rf"(\d[\d,.]*)\s*({'|'.join(_UNIT_SHORT)})s?\b", re.I)


def _units_written_short(reply: str, passages: list[str]) -> set[str]:
    """The stems of the units the reply spells out on a figure that the passages write with the
    unit's short form: "300 meters" for "stretches for about 300m".

    >>> sorted(_units_written_short("about 300 meters long", ["it stretches for about 300m"]))
    ['meter']
    >>> _units_written_short("300 meters", ["it cost £300m"])
    set()
    """
    out: set[str] = set()
    for m in _UNIT_WRITTEN.finditer(reply):
        short = _UNIT_SHORT[m.group(2).lower()]
        figure = re.escape(m.group(1).rstrip(".,"))
        if any(re.search(rf"(?<![$£€¥\d.,]){figure}\s?{short}\b", p) for p in passages):
            out |= content_words(m.group(0))
    return out


def resolve_citations(claim: Claim, use_numbers: bool = True) -> tuple[list[int], str]:
    """The passages the reply rests on (1-based) and how they were found: the marked ones that
    hold its numbers; else the best passage holding all its numbers and words. A number the
    question states needs no passage ("Who resisted the idea at first?" -> "... at first")."""
    nums = claim.new_numbers if use_numbers else []
    pass_nums = [stated(p) for p in claim.passages]

    def supports(i: int) -> bool:
        return all(x in pass_nums[i] for x in nums)

    candidates = [i for i in range(len(claim.passages)) if supports(i)]
    # the passage holding all the numbers, when the markers fall short: the one with most of the
    # names the reply adds ("the AAAs title" rests on the passage naming the AAAs, not on one that
    # says "won"), then most of its words, then one that names (or follows) whom the question is
    # about ("How old is Sarah Claxton?" -> "25 years old" rests on the "25-year-old" after "Sarah
    # Claxton", not on another), then most of the reply's words but the question's names (those are
    # in many passages): "WebSideStory charted the number of Firefox users" rests on the passage where
    # WebSideStory charted them, not on one that only quotes it; "Reyes is under contract at Arsenal"
    # on the one that tells of a contract, not on one naming Reyes and Arsenal
    names = claim.new_names
    said = content_words(strip_markers(claim.reply)) - name_stems(claim.question)

    def context(i: int) -> str:
        return " ".join([claim.surroundings[i][0], claim.passages[i], claim.surroundings[i][1]])

    def rank(i: int) -> tuple[int, float, bool, int, int]:
        return (len(names & content_words(claim.passages[i])), _word_share(claim, [i]),
                bool(claim.about & naming_words(context(i))),  # as about_the_question asks
                len(said & content_words(claim.passages[i])), -i)

    best = max(candidates, key=rank, default=None)
    marked = parse_markers(claim.reply, len(claim.passages))
    cited = [n for n in marked if supports(n - 1)]
    if (cited and best is not None and _word_share(claim, [n - 1 for n in cited]) < MIN_NEW_WORD_SHARE
            and _word_share(claim, [best]) >= MIN_NEW_WORD_SHARE):
        # a misplaced marker: the words are in another passage holding the numbers too
        return [best + 1], f"the cited passage lacks its words; [{best + 1}] holds them"
    if (cited and best is not None and claim.about and _word_share(claim, [best]) == 1.0
            and claim.about & naming_words(context(best))
            and not any(claim.about & naming_words(context(n - 1)) for n in cited)):
        # a marker on a passage about something else, where another holds the words and is about
        # what the question asks ("One2One is now T Mobile [3]", [3] telling of "Mobiles")
        return [best + 1], f"the cited passage is not about {', '.join(sorted(claim.about))}; [{best + 1}] is"
    if cited:
        return cited, "cited by the model"
    # facts from several passages ("412 [1] and 98,000 [2]"): each marked passage holds some of
    # the numbers, and together they hold all of them
    shared = [n for n in marked if pass_nums[n - 1] & set(nums)]
    if shared and all(any(x in pass_nums[n - 1] for n in shared) for x in nums):
        return shared, "cited by the model, each passage holding some of its numbers"
    if best is None:
        return [], ""
    if marked:
        return [best + 1], f"the cited passage lacks {fmt(nums)}; [{best + 1}] holds them"
    # unmarked: the passage naming most of its names, among those holding most of its new words
    # ("The Telegraph Group is mulling the sale of ... retailer Littlewoods" rests on the passage
    # with "retailer Littlewoods", not on the one naming the Telegraph Group)
    # (and first the passages holding the reply's quotations as written: 'Keys said she was "very
    # excited"' rests on the passage quoting her, not on the headline naming Alicia Keys)
    quoted = [q.lower() for q in _QUOTATION.findall(strip_markers(claim.reply))]
    best = max(candidates, key=lambda i: (_word_share(claim, [i]) >= MIN_NEW_WORD_SHARE,
                                          all(q in claim.passages[i].lower() for q in quoted), rank(i)))
    return [best + 1], f"[{best + 1}] holds its numbers and words"


#: a quotation in a reply: '"very excited"'
_QUOTATION = re.compile(r"[“\"]([^“”\"]{3,})[”\"]")


def check(reply: str, question: str, passages: list[str], surroundings: list[tuple[str, str]] | None = None,
          common: frozenset[str] = frozenset(), skip: Collection[str] = ()) -> Verdict:
    """Verify `reply` against the numbered `passages` (see the module docstring)."""
    unknown = set(skip) - set(RULE_NAMES)
    if unknown:
        raise ValueError(f"unknown rules {sorted(unknown)}; the rules are {', '.join(RULE_NAMES)}")
    common = known_by_last_name(question, common)
    claim = Claim(reply, question, passages, surroundings or [("", "")] * len(passages), common)
    cited, how = resolve_citations(claim, use_numbers="numbers_supported" not in skip)
    claim = Claim(reply, question, passages, claim.surroundings, common, cited)
    for rule in RULES:
        if rule.__name__ in skip:
            continue
        failure = rule(claim)
        if failure is not None:
            return Verdict(False, tuple(cited), rule.__name__, failure)
    return Verdict(True, tuple(cited), "", how)


# -- citations -------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Citation:
    """A cited passage: `source_text[start:end] == text`; `quote_start:quote_end` is the sentence
    in it that best supports the answer (what the UI highlights)."""

    number: int
    text: str
    start: int
    end: int
    source: str  # the article's id
    title: str  # the article's headline
    quote_start: int
    quote_end: int


def cite(number: int, passage: Passage, article: Article, reply: str) -> Citation:
    """The citation of `passage` as [number], its quote the sentence sharing most of the reply's
    numbers, then words."""
    nums = set(numbers(reply))
    words = content_words(reply)

    def support(span: tuple[int, int]) -> tuple[int, int]:
        s = article.text[span[0]:span[1]]
        return (len(nums & stated(s)), len(words & content_words(s)))

    best = max(sentence_spans(article.text, passage.start, passage.end), key=support)
    return Citation(number, passage.text, passage.start, passage.end, passage.source, article.title,
                    *best)


def with_markers(reply: str, cited: Collection[int]) -> str:
    """The reply without the model's markers, the verified ones put before its final stop:
    "About 98,000 [3]." with cited [1] -> "About 98,000 [1]."."""
    shown = strip_markers(reply).rstrip()
    marks = "".join(f"[{n}]" for n in cited)
    return (shown[:-1] + " " + marks + shown[-1]) if shown[-1:] in ".!?" else f"{shown} {marks}"
