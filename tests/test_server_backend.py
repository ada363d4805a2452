"""The answer model behind `rag serve-llm` (llama-cpp-python's OpenAI-compatible server on a free
loopback port), used through RAG_LLM_URL: cited answers with exact offsets."""
import os
import socket
import subprocess
import sys
import time

import pytest

from rag import RAG, Settings

pytestmark = pytest.mark.slow


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def llm_url():
    import httpx

    port = free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith("RAG_LLM")}
    proc = subprocess.Popen([sys.executable, "-m", "rag.cli", "serve-llm", "--port", str(port)],
                            env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    assert proc.stdout is not None
    printed = proc.stdout.readline()
    url = f"http://127.0.0.1:{port}/v1"
    assert f"RAG_LLM_URL={url} RAG_LLM_MODEL=rag" in printed
    deadline = time.time() + 600
    while True:  # wait for the state "serving", not for a time
        try:
            if httpx.get(f"{url}/models", timeout=5).status_code == 200:
                break
        except httpx.HTTPError:
            pass
        assert proc.poll() is None and time.time() < deadline, "the model server did not start"
        time.sleep(1)
    yield url
    proc.terminate()
    proc.wait(timeout=60)
    proc.stdout.close()


@pytest.mark.parametrize("question, needle", [
    ("How many Russians entered Kazakhstan?", "98,000"),
    ("Who is Finland's foreign minister?", "Haavisto"),
])
def test_smoke_questions_through_the_server(llm_url, real_models, question, needle):
    embedder, _ = real_models
    bot = RAG(settings=Settings.from_env(llm_url=llm_url, llm_model="rag"), embedder=embedder)
    answer = bot.ask(question)
    assert needle in answer.text and not answer.refused and answer.citations
    for c in answer.citations:
        assert bot.article.text[c.start:c.end] == c.text
        assert needle in c.text or needle in bot.article.text[c.quote_start:c.quote_end]
    assert answer.trace.completion_tokens  # (this server does not report prompt tokens in a stream)


def test_refusal_through_the_server(llm_url, real_models):
    embedder, _ = real_models
    bot = RAG(settings=Settings.from_env(llm_url=llm_url, llm_model="rag"), embedder=embedder)
    assert bot.ask("What is the capital of Australia?").refused
