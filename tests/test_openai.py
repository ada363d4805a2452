"""The OpenAI-compatible generator against a small fake server on loopback: a good stream, and
each fault a real server shows, reported as a clear ModelError."""
import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import ClassVar

import pytest

from rag.errors import ModelError
from rag.generate import OpenAIGenerator

MESSAGES = [{"role": "system", "content": "s"}, {"role": "user", "content": "u"}]


def chunk(text):
    return "data: " + json.dumps({"choices": [{"delta": {"content": text}}]}) + "\n\n"


class Handler(BaseHTTPRequestHandler):
    mode = "good"
    seen: ClassVar[list] = []

    def log_message(self, *args):
        pass

    def do_GET(self):
        body = json.dumps({"data": [{"id": "rag"}]}).encode()
        self.send_response(200)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_POST(self):
        request = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        Handler.seen.append((self.path, request, self.headers.get("Authorization")))
        mode = Handler.mode
        if self.path != "/v1/chat/completions":
            return self._plain(404, "Not Found")
        if mode == "wrong model" or request["model"] != "rag":
            return self._plain(404, json.dumps({"error": f"The model `{request['model']}` does not exist"}))
        if mode == "key" and self.headers.get("Authorization") != "Bearer s3cret":
            return self._plain(401, "Unauthorized")
        self.send_response(200)
        self.send_header("Content-Type", "text/event-stream")
        self.end_headers()
        if mode == "slow":
            time.sleep(3)
        if mode == "garbage":
            self.wfile.write(b"data: {not json\n\n")
            return
        self.wfile.write((chunk("About ") + chunk("98,000 [1].")).encode())
        if mode == "closes":
            return  # no [DONE]: the connection ends midway
        usage = {"choices": [], "usage": {"prompt_tokens": 42, "completion_tokens": 2}}
        self.wfile.write(("data: " + json.dumps(usage) + "\n\ndata: [DONE]\n\n").encode())

    def _plain(self, code, text):
        body = text.encode()
        self.send_response(code)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


@pytest.fixture(scope="module")
def server():
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}/v1"
    httpd.shutdown()
    httpd.server_close()


@pytest.fixture(autouse=True)
def good_mode():
    Handler.mode = "good"
    Handler.seen.clear()


def test_a_good_stream(server):
    gen = OpenAIGenerator(server, "rag")
    assert "".join(gen.generate(MESSAGES, 80)) == "About 98,000 [1]."
    path, request, _ = Handler.seen[-1]
    assert path == "/v1/chat/completions"
    assert request["temperature"] == 0 and request["stream"] and request["messages"] == MESSAGES
    assert gen.usage.prompt_tokens == 42 and gen.usage.completion_tokens == 2


@pytest.mark.parametrize("mode, url, model, message", [
    ("good", None, "nope", "does not serve the model 'nope'; it serves rag"),
    ("good", "root", "rag", "should end in /v1"),
    ("garbage", None, "rag", "not an OpenAI chat completion"),
    ("closes", None, "rag", "closed the answer midway"),
    ("key", None, "rag", "refused the key"),
])
def test_faults_are_clear_errors(server, mode, url, model, message):
    Handler.mode = mode
    base = server.removesuffix("/v1") if url == "root" else server
    with pytest.raises(ModelError, match=message):
        list(OpenAIGenerator(base, model).generate(MESSAGES, 80))


def test_a_key_is_sent(server):
    Handler.mode = "key"
    assert "98,000" in "".join(OpenAIGenerator(server, "rag", api_key="s3cret").generate(MESSAGES, 80))
    assert Handler.seen[-1][2] == "Bearer s3cret"


def test_a_slow_server_times_out(server):
    Handler.mode = "slow"
    with pytest.raises(ModelError, match="did not answer in time"):
        list(OpenAIGenerator(server, "rag", timeout=1).generate(MESSAGES, 80))


def test_a_server_that_is_down(monkeypatch):
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]  # nothing listens here once closed
    gen = OpenAIGenerator(f"http://127.0.0.1:{port}/v1", "rag", retries=1)
    with pytest.raises(ModelError, match="cannot reach the answer model server"):
        list(gen.generate(MESSAGES, 80))


def test_a_half_answer_is_never_shown_as_fact(server, settings):
    """The pipeline with a server that closes mid-answer: an error, not a checked answer."""
    import dataclasses

    from fakes import FakeEmbedder

    from rag import RAG

    Handler.mode = "closes"
    bot = RAG(settings=dataclasses.replace(settings, llm_url=server, llm_model="rag"),
              embedder=FakeEmbedder())
    stream = bot.stream("How many Russians entered Kazakhstan?")
    with pytest.raises(ModelError, match="midway"):
        for _ in stream:
            pass
    assert stream.answer is None
