"""The answer model: a llama.cpp GGUF chat model behind a one-method interface.

`LlamaGenerator` formats the messages with the model's own chat template and streams the reply
at temperature 0. llama.cpp keeps the key/value cache of the previous prompt, and reuses the
longest common prefix with the next one, so the fixed instructions that start every prompt are
computed once per process, not once per question.
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from .errors import InputError, ModelError


@dataclass
class Usage:
    """What the last `generate` call cost, filled in as it runs."""

    prompt_tokens: int = 0
    cached_tokens: int = 0  # prompt tokens whose key/value cache was reused
    completion_tokens: int = 0


class Generator(Protocol):
    usage: Usage  # of the latest `generate` call

    def generate(self, messages: list[dict], max_tokens: int) -> Iterator[str]:
        """Stream the assistant's reply to chat `messages`, piece by piece."""
        ...


#: how every llama.cpp model of the project is loaded (the pipeline's and the benchmark's)
LLAMA_PARAMS = dict(n_ctx=2048, n_threads=2, n_batch=512, flash_attn=True)


def load_llama(model_path: str | Path, **params):
    """A llama.cpp `Llama` for `model_path`: LLAMA_PARAMS, updated by `params`, quiet, seeded;
    the prompt is processed with as many threads as the answer is generated with."""
    from llama_cpp import Llama

    params = {**LLAMA_PARAMS, **params}
    params.setdefault("n_threads_batch", params["n_threads"])
    try:
        return Llama(model_path=str(model_path), verbose=False, seed=0, **params)
    except ValueError as e:  # llama.cpp's "Failed to load model from file"
        raise ModelError(f"cannot load the answer model {model_path} ({e}); is it a whole GGUF "
                         "file?") from None


def cached_prefix(llm, tokens: list[int]) -> int:
    """How many leading `tokens` a llama.cpp `Llama` already holds in its key/value cache."""
    return cached_prefix_of(llm.input_ids[: llm.n_tokens], tokens)


def cached_prefix_of(held, tokens: list[int]) -> int:
    """The length of the prefix `held` and `tokens` share."""
    cached = 0
    for a, b in zip(held, tokens):
        if a != b:
            break
        cached += 1
    return cached


#: system messages whose tokens and llama.cpp state are kept (the pipeline has three: the
#: instructions, the retry's, the multi-fact one); others are computed as they come
MAX_SAVED_STATES = 4


class LlamaGenerator:
    """A llama.cpp model. Loading takes a second or two; it happens on the first `generate`.

    llama.cpp keeps one key/value cache: the prefix shared with the previous prompt. Prompts
    with another system message (the retry's, the one for multi-fact questions) would make the
    next question compute its instructions again; so the model's state after each system
    message's first use is kept, and loaded when a prompt with that system message follows
    one with another (loading is cheaper than computing a few hundred tokens)."""

    def __init__(self, model_path: str | Path, **params) -> None:
        self.model_path = Path(model_path)
        self.params = {**LLAMA_PARAMS, **params}
        self._llm: Any = None  # a llama_cpp.Llama, loaded on first use
        self._formatter: Any = None
        self._states: dict[tuple[int, ...], Any] = {}  # system message tokens -> llama.cpp state
        self._system_tokens: dict[str, list[int]] = {}  # system message -> its tokens, alone
        self.usage = Usage()

    @property
    def llm(self):
        if self._llm is None:
            self._llm = load_llama(self.model_path, **self.params)
        return self._llm

    def format(self, messages: list[dict]) -> tuple[str, list[str]]:
        """The prompt text the model's chat template makes of `messages`, and its stop strings."""
        if self._formatter is None:
            from llama_cpp.llama_chat_format import Jinja2ChatFormatter

            llm = self.llm
            template = llm.metadata.get("tokenizer.chat_template")
            if not template:
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
        if len(tokens) + max_tokens > self.params["n_ctx"]:
            raise InputError(f"the prompt is {len(tokens):,} tokens, too long for the model's "
                             f"context of {self.params['n_ctx']:,}; lower RAG_TOP_K or "
                             "RAG_PASSAGE_TOKENS, or raise RAG_N_CTX")
        llm = self.llm
        system = tuple(tokens[:self._system_length(messages, tokens)])
        if system and cached_prefix(llm, tokens) < len(system) and system in self._states:
            llm.load_state(self._states[system])
        usage = self.usage = Usage(prompt_tokens=len(tokens), cached_tokens=cached_prefix(llm, tokens))
        for chunk in llm.create_completion(tokens, max_tokens=max_tokens, temperature=0.0, top_k=1,
                                           stop=stop, stream=True, seed=0):
            piece = chunk["choices"][0]["text"]
            if piece:
                usage.completion_tokens += 1
                yield piece
        if system and system not in self._states and len(self._states) < MAX_SAVED_STATES:
            self._states[system] = llm.save_state()

    def _system_length(self, messages: list[dict], tokens: list[int]) -> int:
        """How many leading `tokens` are the system message's (0 without one)."""
        if not messages or messages[0].get("role") != "system":
            return 0
        system = messages[0]["content"]
        alone = self._system_tokens.get(system)
        if alone is None:
            alone = self.tokenize(self.format(messages[:1])[0])
            if len(self._system_tokens) < MAX_SAVED_STATES:
                self._system_tokens[system] = alone
        return cached_prefix_of(alone, tokens)


class OpenAIGenerator:
    """Any server of the OpenAI chat API (`rag serve-llm`, llama.cpp's server, vLLM, Ollama):
    the same messages, streamed, temperature 0. A connection that fails before the answer
    starts is tried again (`retries` times); every other fault is a ModelError that says what
    went wrong, raised where the reply is read, so a half answer is never taken for a whole one.
    """

    def __init__(self, url: str, model: str = "", api_key: str = "", timeout: float = 120.0,
                 retries: int = 2) -> None:
        import httpx

        self.url = url.rstrip("/")
        self.model = model
        self.retries = retries
        headers = {"Authorization": f"Bearer {api_key}"} if api_key else {}
        self._client = httpx.Client(base_url=self.url, headers=headers,
                                    timeout=httpx.Timeout(timeout, connect=10.0))
        self.usage = Usage()

    def generate(self, messages: list[dict], max_tokens: int) -> Iterator[str]:
        import httpx

        body = {"model": self.model, "messages": messages, "max_tokens": max_tokens,
                "temperature": 0.0, "seed": 0, "stream": True,
                "stream_options": {"include_usage": True}}
        self.usage = Usage()
        for attempt in range(self.retries + 1):
            try:
                with self._client.stream("POST", "/chat/completions", json=body) as response:
                    if response.status_code != 200:
                        response.read()
                        raise ModelError(self._refused(response))
                    yield from self._read(response)
                    return
            except httpx.ConnectError as e:
                if attempt == self.retries:
                    raise ModelError(f"cannot reach the answer model server at {self.url} ({e}); is "
                                     "it running? (`rag serve-llm` starts one)") from None
                time.sleep(0.5 * 2**attempt)
            except httpx.TimeoutException:
                raise ModelError(f"the answer model server at {self.url} did not answer in time") from None
            except httpx.HTTPError as e:
                raise ModelError(f"the answer model server at {self.url} failed midway ({e})") from None

    def _read(self, response) -> Iterator[str]:
        """The text pieces of a server-sent event stream of chat completion chunks."""
        done = False
        for line in response.iter_lines():
            if not line.startswith("data:"):
                continue
            data = line[5:].strip()
            if data == "[DONE]":
                done = True
                break
            try:
                chunk = json.loads(data)
                choices = chunk.get("choices") or []
                piece = (choices[0].get("delta") or {}).get("content") or "" if choices else ""
            except (ValueError, AttributeError, IndexError, TypeError):
                raise ModelError(f"the server at {self.url} sent a stream that is not an OpenAI chat "
                                 f"completion: {data[:80]!r}") from None
            if isinstance(chunk.get("usage"), dict):
                self.usage.prompt_tokens = int(chunk["usage"].get("prompt_tokens") or 0)
            if piece:
                self.usage.completion_tokens += 1
                yield piece
        if not done:
            raise ModelError(f"the answer model server at {self.url} closed the answer midway")

    def _refused(self, response) -> str:
        """What to tell the user when the server refused the request."""
        detail = response.text[:200].strip()
        if response.status_code in (401, 403):
            return f"the answer model server at {self.url} refused the key (set RAG_LLM_API_KEY)"
        if response.status_code == 404 and "model" not in detail.lower():
            return f"{self.url} has no /chat/completions: RAG_LLM_URL should end in /v1"
        if "model" in detail.lower():
            served = self.models()
            return (f"the server at {self.url} does not serve the model {self.model!r}"
                    + (f"; it serves {', '.join(served)} (set RAG_LLM_MODEL)" if served else "")
                    + f": {detail}")
        return f"the answer model server at {self.url} answered {response.status_code}: {detail}"

    def models(self) -> list[str]:
        """The names of the models the server offers ([] if it does not say)."""
        try:
            return [m["id"] for m in self._client.get("/models").json().get("data", [])]
        except Exception:
            return []
