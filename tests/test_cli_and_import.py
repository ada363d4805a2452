import subprocess
import sys

import pytest

from rag.cli import main


def test_import_rag_is_cheap():
    code = ("import sys, rag; heavy = [m for m in ('torch', 'faiss', 'llama_cpp', 'gradio', "
            "'sentence_transformers') if m in sys.modules]; print(heavy)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


@pytest.mark.parametrize("argv, message", [
    (["ask", ""], "the question is empty"),
    (["ask", "x" * 100_000], "characters long"),
    (["ask", "bad\x07question"], "control characters"),
    (["index", "/nonexistent/article.txt"], "no such file"),
])
def test_bad_input_exits_non_zero_with_a_message(capsys, argv, message):
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert message in err and "Traceback" not in err


def test_not_utf8_article(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("RAG_INDEX_DIR", str(tmp_path / "idx"))
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\xff\xfebad")
    assert main(["ask", "--article", str(bad), "What?"]) == 2
    assert "not UTF-8" in capsys.readouterr().err
    assert not (tmp_path / "idx").exists()


def test_bad_setting(monkeypatch, capsys):
    monkeypatch.setenv("RAG_TOP_K", "many")
    assert main(["ask", "What?"]) == 2
    assert "RAG_TOP_K must be an integer" in capsys.readouterr().err


def test_missing_model_says_what_to_set(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("RAG_INDEX_DIR", str(tmp_path / "idx"))
    monkeypatch.setenv("RAG_LLM_PATH", str(tmp_path / "missing.gguf"))
    assert main(["ask", "How many Russians entered Kazakhstan?"]) == 2
    assert "RAG_LLM_PATH" in capsys.readouterr().err
