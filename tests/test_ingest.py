import pytest

from rag.errors import ArticleError
from rag.ingest import count_tokens, read_article, split_passages
from rag.text import sentence_spans


def test_passages_are_exact_spans_of_the_article(article_text):
    passages = split_passages(article_text, "a.txt", max_tokens=48)
    assert len(passages) > 50
    for p in passages:
        assert article_text[p.start:p.end] == p.text
        assert p.text == p.text.strip() and "\n" not in p.text
    assert [p.id for p in passages] == list(range(len(passages)))


def test_every_sentence_is_in_a_passage(article_text):
    passages = split_passages(article_text, "a.txt", max_tokens=48)
    joined = " ".join(p.text for p in passages)
    for needle in ("another 3,000 Russians entered Mongolia",
                   "Viktor Zakarov, a 35-year-old scientist from Saint Petersburg",  # a photo caption
                   "Source: Read Full Article"):
        assert needle in joined


def test_passages_respect_the_token_budget_unless_one_sentence_is_longer(article_text):
    for budget in (24, 48, 96):
        for p in split_passages(article_text, "a.txt", max_tokens=budget):
            sentences = sentence_spans(article_text, p.start, p.end)
            assert count_tokens(p.text) <= budget or len(sentences) == 1


def test_passages_never_cross_a_paragraph():
    text = "Short one.\nShort two.\n\nShort three."
    assert [p.text for p in split_passages(text, "a.txt", max_tokens=500)] == [
        "Short one.", "Short two.", "Short three."]


@pytest.mark.parametrize("name, content, message", [
    ("empty.txt", b"  \n\n ", "empty"),
    ("latin1.txt", "caf\xe9 na\xefve".encode("latin-1"), "not UTF-8"),
    ("article.pdf", b"%PDF-1.4", "not a readable PDF"),
    ("article.docx", b"PK", "must be a .txt, .md, .html, .htm, .pdf file"),
    ("page.html", b"<html><script>alert(1)</script><body><nav>Home</nav></body></html>", "no article text"),
])
def test_bad_articles_give_clear_errors(tmp_path, name, content, message):
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(ArticleError, match=message):
        read_article(path)


def test_missing_article(tmp_path):
    with pytest.raises(ArticleError, match="no such file"):
        read_article(tmp_path / "nope.txt")


def test_markdown_and_bom_are_read(tmp_path):
    path = tmp_path / "a.md"
    path.write_bytes("\ufeff# Title\n\nBody text.".encode("utf-8"))
    assert read_article(path).text == "# Title\n\nBody text."
