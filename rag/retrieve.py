"""Find the passages for a question: dense (FAISS) and lexical (BM25) rankings fused by rank.

Dense search finds paraphrases; BM25 finds the exact names and numbers a question shares with
the article ("Mongolia", "3,000"), which small embedding models blur. Reciprocal rank fusion
adds 1/(60 + rank) from each ranking, so neither score scale has to be calibrated.

A retriever searches one article or several at once (asking across a library); it also owns
what is known of them as a whole: their vocabulary, the stems too common to tell one passage
from another, and each passage's neighbour.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from .index import Embedder, Index
from .ingest import Passage
from .text import STOPWORDS, acronyms, leaves_a_quote_open, numbers, opens_quoted, refers_back, tokenize

RRF_K = 60
DENSE_CANDIDATES = 30
QUOTE_PASSAGES = 3  # followed to find where a quotation a passage opens ends
BACK_PASSAGES = 3  # followed back to find who the "he" of the passage before is
COMMON_SHARE = 0.25  # a stem in more than this share of the passages names nothing in particular
#: a passage of at most this many words and no figure is a web page's heading ("Sources",
#: "Related stories"): it answers nothing, so it is never given to the model
HEADING_WORDS = 2
#: nor is a web page's link or label copied with its text ("Source: Read Full Article")
_LINK_LABEL = re.compile(r"^\W*(?:sources?:\s*)?(?:read (?:the )?(?:full|more)(?: article| story)?|"
                         r"continue reading|click here(?: to \w+)?(?: more)?|advertisement|"
                         r"share this(?: article)?)\W*$", re.I)

# A question that asks for a quantity is answered by a passage that states one.
_QUANTITY = re.compile(r"\bhow (?:many|much|far|long|old|big|large)\b|\bnumber of\b|\bwhat (?:share|"
                       r"fraction|percentage|proportion)\b", re.I)


class BM25:
    """Okapi BM25 over the passages, in memory (it takes milliseconds to build)."""

    def __init__(self, texts: list[str], k1: float = 1.2, b: float = 0.75) -> None:
        self.docs = [Counter(tokenize(t)) for t in texts]
        self.lengths = [sum(d.values()) for d in self.docs]
        self.avg = sum(self.lengths) / max(1, len(self.docs))
        self.df = Counter(term for d in self.docs for term in d)  # passages holding each stem
        n = len(self.docs)
        self.idf = {t: math.log(1 + (n - f + 0.5) / (f + 0.5)) for t, f in self.df.items()}
        self.k1, self.b = k1, b

    def scores(self, query: str) -> list[float]:
        terms = [t for t in tokenize(query) if t in self.idf]
        out = []
        for doc, length in zip(self.docs, self.lengths):
            s = 0.0
            for t in terms:
                f = doc.get(t, 0)
                if f:
                    s += self.idf[t] * f * (self.k1 + 1) / (
                        f + self.k1 * (1 - self.b + self.b * length / self.avg))
            out.append(s)
        return out

    def rank(self, query: str) -> list[int]:
        """Ids of the passages that share a term with the query, best first."""
        scores = self.scores(query)
        return [i for i in sorted(range(len(scores)), key=lambda i: -scores[i]) if scores[i] > 0]


def rrf(rankings: list[list[int]], k: int = RRF_K) -> list[tuple[int, float]]:
    """Reciprocal rank fusion: (id, score), best first.

    >>> rrf([[1, 2, 3], [3, 1]])[:2]
    [(1, 0.03252247488101534), (3, 0.032266458495966696)]
    """
    scores: dict[int, float] = {}
    for ranking in rankings:
        for rank, i in enumerate(ranking, 1):
            scores[i] = scores.get(i, 0.0) + 1.0 / (k + rank)
    return sorted(scores.items(), key=lambda kv: (-kv[1], kv[0]))


def _keep_firsts(fused: list[tuple[int, float]], firsts: list[int], k: int) -> list[tuple[int, float]]:
    """The fused ranking with each ranker's first choice within the top k: a passage that one
    ranker puts first and the other low (the one passage naming "chairman and chief
    executive", phrased unlike the question) is not pushed out by passages middling in both.

    >>> _keep_firsts([(1, .9), (2, .8), (3, .7), (4, .1)], [4], 3)
    [(1, 0.9), (2, 0.8), (4, 0.1), (3, 0.7)]
    """
    chosen = [i for i, _ in fused[:k]]
    for first in dict.fromkeys(firsts):
        evictable = [i for i in chosen if i not in firsts]
        if first in chosen or not evictable:
            continue
        chosen.remove(evictable[-1])
        chosen.append(first)
    score = dict(fused)
    return [(i, score[i]) for i in chosen] + [(i, s) for i, s in fused if i not in chosen]


@dataclass(frozen=True)
class Hit:
    passage: Passage
    score: float  # fused score
    dense: float  # cosine of the question and the passage


class Retriever:
    def __init__(self, indexes: Sequence[Index], embedder: Embedder) -> None:
        import faiss

        self.indexes = list(indexes)
        self.embedder = embedder
        self.passages = [p for index in self.indexes for p in index.passages]
        self._headlines = {index.article.id: index.article.title for index in self.indexes}
        self._at = {(p.source, p.id): i for i, p in enumerate(self.passages)}
        if len(self.indexes) == 1:
            self.vectors = self.indexes[0].vectors
        else:  # one flat index over all the articles' vectors (a few thousand rows at most)
            self.vectors = faiss.IndexFlatIP(self.indexes[0].vectors.d)
            for index in self.indexes:
                self.vectors.add(index.vectors.reconstruct_n(0, index.vectors.ntotal))
        self.bm25 = BM25([p.text for p in self.passages])
        self.has_number = [bool(numbers(p.text)) for p in self.passages]
        self.says_something = [(len(p.text.split()) > HEADING_WORDS or has) and not _LINK_LABEL.match(p.text)
                               for p, has in zip(self.passages, self.has_number)]
        #: every stem of the articles, and the initials of their names ("us" for United States)
        self.vocabulary = frozenset(self.bm25.df).union(*(acronyms(p.text) for p in self.passages))
        #: stems in more than a quarter of the passages (Russia in the seed article), and in
        #: more than one (in an article of a few passages, a name in one is not common)
        self.common = frozenset(t for t, n in self.bm25.df.items()
                                if n > len(self.passages) * COMMON_SHARE and n > 1)

    def around(self, passage: Passage) -> tuple[str, str]:
        """The article's text around `passage`: its headline, which names what the whole story is
        about ("Labour plans ..." over a passage that says "since we were elected"), and the
        passage just before it (none for the first, which holds the headline), where a phrase like
        "its foreign minister" finds what "its" is, with the passages before that one while each
        names its subject only as "he" or "they" (at most BACK_PASSAGES: "He vowed ..." over
        "The Russian leader declared ..." is Putin, named a passage earlier) or each opens with a
        quotation mark, a paragraph of a speech ('"We worked tirelessly ...' under 'Gerald Krasner said: "This
        deal ...'); and, when `passage` leaves a quotation open, the passages after it up to the
        one that closes it (at most QUOTE_PASSAGES), where '...," said Doug McCuistion' names who
        is quoted."""
        earlier: list[str] = []
        while len(earlier) < BACK_PASSAGES and (not earlier or refers_back(earlier[0])
                                                 or opens_quoted(earlier[0])):
            at = self._at.get((passage.source, passage.id - len(earlier) - 1))
            if at is None:
                break
            earlier.insert(0, self.passages[at].text)
        before = " ".join(earlier)
        headline = self._headlines.get(passage.source, "")
        if before and headline not in before:
            before = f"{headline}{'' if headline[-1:] in '.!?' else '.'} {before}"
        after: list[str] = []
        text = passage.text
        while leaves_a_quote_open(text) and len(after) < QUOTE_PASSAGES:
            at = self._at.get((passage.source, passage.id + len(after) + 1))
            if at is None:
                break
            after.append(self.passages[at].text)
            text = " ".join([passage.text, *after])
        return before, " ".join(after)

    def read_with_before(self, source: str, start: int) -> str:
        """The passage of `source` that starts at `start`, after the text before it (`around`)."""
        passage = next(p for p in self.passages if p.source == source and p.start == start)
        return f"{self.around(passage)[0]} {passage.text}".strip()

    def _dense(self, vec, k: int) -> list[tuple[int, float]]:
        """(position, cosine) of the k nearest passages, best first."""
        scores, ids = self.vectors.search(vec.reshape(1, -1), min(k, len(self.passages)))
        return [(int(i), float(s)) for i, s in zip(ids[0], scores[0]) if i >= 0]

    def _only_holding_a_rare_word(self, query: str) -> list[int]:
        """The one passage holding a word of the question that no other passage holds ("sacked"
        in "Who was sacked as health minister?"), which BM25 may rank below passages that hold
        two commoner words of it ("health minister") and the dense ranking low."""
        rare = {t for t in tokenize(query) if self.bm25.df.get(t) == 1 and t not in STOPWORDS}
        held = [i for i, d in enumerate(self.bm25.docs) if rare & d.keys() and self.says_something[i]]
        return held if len(held) == 1 else []

    def search(self, query: str, k: int, context: str = "") -> list[Hit]:
        """The k best passages for `query`. A question for a quantity ("how many") also ranks
        the lexical matches that state a number. `context` (an earlier question of the conversation)
        adds rankings for the two together, so "And to Finland?" still finds its passages. A
        heading ("Sources") is never among them."""
        queries = [query] + ([f"{context} {query}"] if context else [])
        vecs = self.embedder.embed(queries)
        rankings, cosine = [], {}
        n_own = 0  # the rankings of the question itself
        for q, vec in zip(queries, vecs):
            dense = self._dense(vec, DENSE_CANDIDATES)
            if q is query:
                cosine = dict(dense)
            rankings.append([i for i, _ in dense if self.says_something[i]])
            lexical = [i for i in self.bm25.rank(q) if self.says_something[i]]
            rankings.append(lexical)
            if _QUANTITY.search(query):
                rankings.append([i for i in lexical if self.has_number[i]])
            if q is query:
                n_own = len(rankings)
        firsts = [r[0] for r in rankings[:n_own] if r]
        firsts += self._only_holding_a_rare_word(query)
        fused = _keep_firsts(rrf(rankings), firsts, k)
        return [Hit(self.passages[i], s, cosine.get(i, 0.0)) for i, s in fused[:k]]
