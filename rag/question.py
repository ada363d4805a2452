"""What a user asked, made ready for retrieval: checked, a follow-up made whole, and the names
the article never uses found before any model runs.

History is the conversation so far as plain chat messages, {"role": "user" | "assistant",
"content": str}, oldest first; the UI and CLI keep the plain answer text there.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

from .errors import InputError
from .text import PREPOSITION, YEAR, country_names, names, tokenize

#: a follow-up this short that names something new only swaps the subject ("And to Finland?")
FOLLOW_UP_WORDS = 6


@dataclass(frozen=True)
class Question:
    text: str  # what is searched for and asked; a follow-up rewritten as a whole question
    asked: str  # what the user typed, whitespace tidied
    previous_question: str = ""  # the previous turn, when `text` still depends on it
    previous_answer: str = ""
    unknown_names: tuple[str, ...] = ()  # names and years in `text` that the article never uses


def validate(question: object, max_chars: int) -> str:
    """The question with its whitespace tidied, or InputError saying what is wrong."""
    if not isinstance(question, str):
        raise InputError(f"the question must be text, got {type(question).__name__}")
    q = question.strip()
    if not q:
        raise InputError("the question is empty")
    if len(q) > max_chars:
        raise InputError(f"the question is {len(q):,} characters long; the limit is {max_chars:,}")
    bad = [c for c in q if unicodedata.category(c) in ("Cc", "Cf") and c not in "\t\n\r"]
    if bad:
        raise InputError(f"the question holds control characters ({', '.join(map(repr, bad[:3]))})")
    return " ".join(q.split())


def last_turn(history: Sequence[dict] | None) -> tuple[str, str]:
    """The previous question and answer of a conversation of plain chat messages."""
    question = answer = ""
    for msg in history or ():
        content = msg.get("content")
        if not isinstance(content, str):
            raise InputError("history messages must be {'role': ..., 'content': str}")
        if msg.get("role") == "user":
            question, answer = content, ""
        elif msg.get("role") == "assistant":
            answer = content
    return question, answer


# A fragment that leans on the previous question: "And to Finland?", "What about Latvia?",
# "Finland?"; a whole question ("How many Russians entered Kazakhstan?") is not one.
_FRAGMENT = re.compile(rf"\s*(?:and\b|what about\b|how about\b|(?!(?:{PREPOSITION}\s+)?(?:how|what|who|whom|"
                       r"whose|which|when|where|why|is|are|was|were|do|does|did|can|could|will|would|has|"
                       r"have|had|should)\b))", re.I)


_LEANS_ON_CONTEXT = re.compile(
    r"\b(?:it|its|it's|they|them|their|theirs|he|him|his|she|her|hers|this|that|these|those|"
    r"there|then|same|also|too|else|other|another|former|latter|why)\b|^\s*(?:and|but|so)\b", re.I)


def standalone(question: str, previous: str, common: frozenset[str]) -> str:
    """A short follow-up fragment that only swaps the subject ("And to Finland?" after "How many
    Russians went to Georgia?") becomes the previous question with the names swapped. Names
    made of `common` stems (the article's constant subject) do not count.

    >>> standalone("And to Finland?", "How many Russians went to Georgia?", frozenset({"russi"}))
    'How many Russians went to Finland?'
    >>> standalone("How many entered Kazakhstan?", "How many went to Georgia?", frozenset())
    'How many entered Kazakhstan?'
    >>> standalone("On what date is the Budget?", "Who is the CBI director general?", frozenset())
    'On what date is the Budget?'
    """
    new = [n for n in names(" " + question) if not set(tokenize(n)) <= common]
    old = [n for n in names(previous) if not set(tokenize(n)) <= common]
    if (not previous or not new or not old or len(question.split()) > FOLLOW_UP_WORDS
            or not _FRAGMENT.match(question)):
        return question
    return previous.replace(old[0], new[0], 1)


_US_DOLLARS = re.compile(r"\b(US|U\.S\.|American)\s+dollars?\b")


def prepare(question: object, history: Sequence[dict] | None, max_chars: int,
            vocabulary: frozenset[str], common: frozenset[str]) -> Question:
    """Check `question` and make it ready to search for, given the article's `vocabulary` (its
    stems) and its `common` stems."""
    asked = validate(question, max_chars)
    prev_q, prev_a = last_turn(history)
    text = standalone(asked, prev_q, common)
    if text != asked or not _LEANS_ON_CONTEXT.search(asked):
        # the rewritten question carries the context itself, and a question with no word that
        # points back ("its", "there", "also"...) needs none: the previous turn is left out of
        # the search and the prompt (fewer tokens to compute, no pull towards the old topic)
        prev_q = prev_a = ""
    # (the dollar's own country names no subject: "What is it worth in US dollars?")
    dollar = {m.start(1) for m in _US_DOLLARS.finditer(text)}
    unknown = tuple(n for n in names(text) if not set(tokenize(n)) <= vocabulary
                    and not any(other <= vocabulary for other in country_names(n))
                    and not any(text.find(n, at) == at for at in dollar))
    # and a year it never writes: "How much more did the 2001 outbreak cost than the 1967 one?"
    unknown += tuple(y for y in YEAR.findall(text) if y not in vocabulary)
    return Question(text, asked, prev_q, prev_a, unknown)
