"""app.py's safety defaults: loopback unless told, and then only with credentials."""
import importlib.util
from pathlib import Path

import pytest

from rag.errors import RagError

_spec = importlib.util.spec_from_file_location("app", Path(__file__).parent.parent / "app.py")
assert _spec and _spec.loader
app = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(app)


@pytest.mark.parametrize("host, loopback", [
    ("127.0.0.1", True), ("::1", True), ("localhost", True), ("127.0.0.2", True),
    ("0.0.0.0", False), ("192.168.1.5", False), ("::", False), ("example.org", False),
])
def test_is_loopback(host, loopback):
    from rag.config import is_loopback

    assert is_loopback(host) is loopback


def test_other_addresses_need_credentials(monkeypatch):
    monkeypatch.delenv("RAG_AUTH", raising=False)
    assert app.credentials("127.0.0.1") is None
    with pytest.raises(RagError, match="RAG_AUTH=user:password"):
        app.credentials("0.0.0.0")
    monkeypatch.setenv("RAG_AUTH", "nopassword")
    with pytest.raises(RagError):
        app.credentials("0.0.0.0")
    monkeypatch.setenv("RAG_AUTH", "ann:s3cret:x")
    assert app.credentials("0.0.0.0") == ("ann", "s3cret:x")


def test_app_refuses_to_listen_openly_without_credentials(monkeypatch, capsys):
    monkeypatch.delenv("RAG_AUTH", raising=False)
    assert app.main(["--host", "0.0.0.0"]) == 2
    assert "RAG_AUTH" in capsys.readouterr().err


def test_app_rejects_a_bad_article_before_starting(tmp_path, capsys):
    assert app.main(["--article", str(tmp_path / "missing.txt")]) == 2
    assert "no such file" in capsys.readouterr().err
