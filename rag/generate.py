"""The answer model: a llama.cpp GGUF chat model behind a one-method interface.

`LlamaGenerator` formats the messages with the model's own chat template and streams the reply
at temperature 0. llama.cpp keeps the key/value cache of the previous prompt, and reuses the
longest common prefix with the next one, so the fixed instructions that start every prompt are
computed once per process, not once per question.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol


class Generator(Protocol):
    def generate(self, messages: list[dict], max_tokens: int) -> Iterator[str]:
        """Stream the assistant's reply to chat `messages`, piece by piece."""
        ...


@dataclass
class Usage:
    """What the last `generate` call cost, filled in as it runs."""

    prompt_tokens: int = 0
    cached_tokens: int = 0  # prompt tokens whose key/value cache was reused
    completion_tokens: int = 0


def cached_prefix(llm, tokens: list[int]) -> int:
    """How many leading `tokens` a llama.cpp `Llama` already holds in its key/value cache."""
    cached = 0
    for a, b in zip(llm.input_ids[: llm.n_tokens], tokens):
        if a != b:
            break
        cached += 1
    return cached


class LlamaGenerator:
    """A llama.cpp model. Loading takes a second or two; it happens on the first `generate`."""

    def __init__(self, model_path: str | Path, n_ctx: int = 2048, n_threads: int = 2,
                 n_batch: int = 512, flash_attn: bool = True) -> None:
        self.model_path = Path(model_path)
        self.params = dict(n_ctx=n_ctx, n_threads=n_threads, n_threads_batch=n_threads,
                           n_batch=n_batch, flash_attn=flash_attn)
        self._llm = None
        self._formatter = None
        self.usage = Usage()

    @property
    def llm(self):
        if self._llm is None:
            from llama_cpp import Llama

            self._llm = Llama(model_path=str(self.model_path), verbose=False, seed=0, **self.params)
        return self._llm

    def load(self) -> None:
        _ = self.llm

    def format(self, messages: list[dict]) -> tuple[str, list[str]]:
        """The prompt text the model's chat template makes of `messages`, and its stop strings."""
        if self._formatter is None:
            from llama_cpp.llama_chat_format import Jinja2ChatFormatter

            llm = self.llm
            template = llm.metadata.get("tokenizer.chat_template")
            if not template:
                from .errors import ModelError

                raise ModelError(f"{self.model_path} has no chat template; use a chat (instruct) model")
            token = lambda i: llm.detokenize([i], special=True).decode("utf-8", "replace") if i >= 0 else ""
            self._formatter = Jinja2ChatFormatter(template, eos_token=token(llm.token_eos()),
                                                  bos_token=token(llm.token_bos()))
        result = self._formatter(messages=messages)
        stop = result.stop if isinstance(result.stop, list) else [result.stop] if result.stop else []
        return result.prompt, stop

    def tokenize(self, prompt: str) -> list[int]:
        return self.llm.tokenize(prompt.encode("utf-8"), add_bos=False, special=True)

    def generate(self, messages: list[dict], max_tokens: int) -> Iterator[str]:
        prompt, stop = self.format(messages)
        tokens = self.tokenize(prompt)
        llm = self.llm
        usage = self.usage = Usage(prompt_tokens=len(tokens), cached_tokens=cached_prefix(llm, tokens))
        for chunk in llm.create_completion(tokens, max_tokens=max_tokens, temperature=0.0, top_k=1,
                                           stop=stop, stream=True, seed=0):
            piece = chunk["choices"][0]["text"]
            if piece:
                usage.completion_tokens += 1
                yield piece
