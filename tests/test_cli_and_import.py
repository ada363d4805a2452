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


@pytest.mark.slow
def test_library_commands(tmp_path, monkeypatch, capsys):
    """rag add / list / remove with the real embedder: a web page and a PDF in, a bad file adds
    nothing, removal by id."""
    from articles import FERRY, html_page, pdf_bytes, write

    monkeypatch.setenv("RAG_INDEX_DIR", str(tmp_path / "idx"))
    assert main(["list"]) == 0 and "the library is empty" in capsys.readouterr().out
    page = write(tmp_path, "ferry.html", html_page("Ferry braves the storm", FERRY))
    pdf = write(tmp_path, "rail.pdf", pdf_bytes(["Rail news", "The night train left at nine and "
                                                 "carried 200 people to the coast."]))
    scan = write(tmp_path, "scan.pdf", pdf_bytes([]))
    assert main(["add", str(page), str(scan)]) == 2  # the bad one stops both
    assert "no text layer" in capsys.readouterr().err
    assert main(["add", str(page), str(pdf)]) == 0
    out = capsys.readouterr().out
    assert "added: “Ferry braves the storm”" in out and "added: “Rail news”" in out
    assert main(["add", str(page)]) == 0 and "already in the library" in capsys.readouterr().out
    assert main(["list"]) == 0
    listed = capsys.readouterr().out.splitlines()
    assert {line.split("  ")[-1] for line in listed} == {"Ferry braves the storm", "Rail news"}
    ferry_id = next(line.split()[0] for line in listed if "Ferry" in line)
    assert main(["remove", ferry_id]) == 0 and "removed" in capsys.readouterr().out
    assert main(["list"]) == 0 and "Ferry" not in capsys.readouterr().out
    assert main(["remove", ferry_id]) == 2 and "no article" in capsys.readouterr().err
