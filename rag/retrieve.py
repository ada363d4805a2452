"""Find the passages for a question: dense (FAISS) and lexical (BM25) rankings fused by rank.

Dense search finds paraphrases; BM25 finds the exact names and numbers a question shares with
the article ("Mongolia", "3,000"), which small embedding models blur. Reciprocal rank fusion
adds 1/(60 + rank) from each ranking, so neither score scale has to be calibrated.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass

from .index import Embedder, Index
from .ingest import Passage

RRF_K = 60
DENSE_CANDIDATES = 30

STOPWORDS = frozenset("""
a about above after again all also am an and any are as at be been being but by can could did do
does doing during each few for from had has have having he her here hers him his how i if in into
is it its itself just many me more most much my no nor not of off on once only or other our out
over own same she should so some such than that the their them then there these they this those
through to too under until up very was we were what when where which while who whom why will with
would you your said say says tell according article
""".split())

# A question that asks for a quantity is answered by a passage that states one.
_QUANTITY = re.compile(r"\bhow (?:many|much|far|long|old|big|large)\b|\bnumber of\b|\bwhat (?:share|"
                       r"fraction|percentage|proportion)\b", re.I)

# Adjective and people forms of country names, so "Finnish" finds "Finland" (a stemmer's
# exception list: general English, not this article's).
DEMONYMS = {
    "finnish": "finland", "finn": "finland", "georgian": "georgia", "russian": "russia",
    "ukrainian": "ukraine", "latvian": "latvia", "lithuanian": "lithuania", "kazakh": "kazakhstan",
    "kazakhstani": "kazakhstan", "mongolian": "mongolia", "german": "germany", "french": "france",
    "british": "britain", "uk": "britain", "english": "england", "american": "america",
    "usa": "america", "estonian": "estonia", "polish": "poland", "pole": "poland",
    "norwegian": "norway", "swedish": "sweden", "swede": "sweden", "turkish": "turkey",
    "armenian": "armenia", "chinese": "china", "belarusian": "belarus", "israeli": "israel",
    "chechen": "chechnya", "dagestani": "dagestan", "japanese": "japan", "korean": "korea",
}

_TOKEN = re.compile(r"\d+(?:[.,]\d+)*|[^\W\d_]+")


def tokenize(text: str) -> list[str]:
    """Lowercase words, plural s dropped, cut to 5 letters (a crude stemmer: Mongolia/Mongolian, cross/crossed),
    stopwords dropped, numbers without thousands separators.

    >>> tokenize("How many Russians crossed into Mongolia? About 3,000 Finns.")
    ['russi', 'cross', 'mongo', '3000', 'finla']
    """
    out = []
    for tok in _TOKEN.findall(text.lower()):
        if tok[0].isdigit():
            out.append(re.sub(r",(?=\d{3}\b)", "", tok).rstrip(".,"))
        elif tok not in STOPWORDS and len(tok) > 1:
            if len(tok) > 3 and tok.endswith("s") and not tok.endswith("ss"):
                tok = tok[:-1]
            out.append(DEMONYMS.get(tok, tok)[:5])
    return out


class BM25:
    """Okapi BM25 over the passages, in memory (it takes milliseconds to build)."""

    def __init__(self, texts: list[str], k1: float = 1.2, b: float = 0.75) -> None:
        self.docs = [Counter(tokenize(t)) for t in texts]
        self.lengths = [sum(d.values()) for d in self.docs]
        self.avg = sum(self.lengths) / max(1, len(self.docs))
        df = Counter(term for d in self.docs for term in d)
        n = len(self.docs)
        self.idf = {t: math.log(1 + (n - f + 0.5) / (f + 0.5)) for t, f in df.items()}
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


@dataclass(frozen=True)
class Hit:
    passage: Passage
    score: float  # fused score
    dense: float  # cosine of the question and the passage


class Retriever:
    def __init__(self, index: Index, embedder: Embedder) -> None:
        self.index = index
        self.embedder = embedder
        self.bm25 = BM25([p.text for p in index.passages])
        from .ground import numbers

        self.has_number = [bool(numbers(p.text)) for p in index.passages]

    def search(self, query: str, k: int, context: str = "") -> list[Hit]:
        """The k best passages for `query`. A question for a quantity ("how many") also ranks
        the lexical matches that state a number. `context` (an earlier question of the conversation)
        adds rankings for the two together, so "And to Finland?" still finds its passages."""
        queries = [query] + ([f"{context} {query}"] if context else [])
        vecs = self.embedder.embed(queries)
        rankings, cosine = [], {}
        for q, vec in zip(queries, vecs):
            dense = self.index.search(vec, DENSE_CANDIDATES)
            if q is query:
                cosine = dict(dense)
            rankings.append([i for i, _ in dense])
            lexical = self.bm25.rank(q)
            rankings.append(lexical)
            if _QUANTITY.search(query):
                rankings.append([i for i in lexical if self.has_number[i]])
        fused = rrf(rankings)[:k]
        return [Hit(self.index.passages[i], s, cosine.get(i, 0.0)) for i, s in fused]
