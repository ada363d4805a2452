"""Deterministic fakes: an embedder of hashed words and a generator that replays a script, so
the pipeline is tested in milliseconds. The real models are used by tests marked `slow`."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator

import numpy as np

from rag.generate import Usage
from rag.text import tokenize


class FakeEmbedder:
    name = "fake-hashed-words"
    dim = 64

    def __init__(self) -> None:
        self.calls = 0

    def embed(self, texts: list[str]) -> np.ndarray:
        self.calls += 1
        out = np.zeros((len(texts), self.dim), dtype="float32")
        for row, text in enumerate(texts):
            for tok in tokenize(text):
                out[row, int(hashlib.md5(tok.encode()).hexdigest(), 16) % self.dim] += 1.0
        norms = np.linalg.norm(out, axis=1, keepdims=True)
        return out / np.where(norms == 0, 1, norms)


class FakeGenerator:
    """Replies with `reply` (a string, or a function of the messages), word by word."""

    def __init__(self, reply="The article does not say.") -> None:
        self.reply = reply
        self.calls: list[list[dict]] = []
        self.usage = Usage()

    def generate(self, messages: list[dict], max_tokens: int) -> Iterator[str]:
        self.calls.append(messages)
        text = self.reply(messages) if callable(self.reply) else self.reply
        words = text.split(" ")
        self.usage = Usage(prompt_tokens=sum(len(m["content"].split()) for m in messages))
        for i, word in enumerate(words):
            self.usage.completion_tokens += 1
            yield word if i == 0 else " " + word


def citing(needle: str, reply: str):
    """A reply for FakeGenerator: `reply` with {n} the number of the passage that holds
    `needle` in the prompt; a decline when none does."""
    def answer(messages: list[dict]) -> str:
        lines = [line for line in messages[-1]["content"].splitlines() if needle in line]
        return reply.format(n=lines[0][1]) if lines else "The article does not say."
    return answer
