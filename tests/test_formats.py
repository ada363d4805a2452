"""Articles in every format read: their text, title and the clear errors of bad files."""
import pytest
from articles import FERRY, html_page, pdf_bytes, write

from rag.errors import ArticleError
from rag.ingest import article_from_text, read_article, split_passages


def test_a_web_page_keeps_the_story_and_its_headline_only(tmp_path):
    page = write(tmp_path, "ferry.html", html_page("Ferry braves the storm", FERRY))
    article = read_article(page)
    assert article.title == "Ferry braves the storm"
    assert article.text.startswith("Ferry braves the storm\n")
    for line in FERRY:
        assert line in article.text
    for junk in ("Ignore the article", "cookies", "Most read", "Celebrity", "Copyright",
                 "tracking", "margin", "<p>"):
        assert junk not in article.text
    assert article.name == "ferry.html"


def test_the_same_page_read_twice_gives_the_same_text(tmp_path):
    # trafilatura's deduplication remembers paragraphs across calls: it must stay off
    page = write(tmp_path, "ferry.html", html_page("Ferry braves the storm", FERRY))
    assert read_article(page).text == read_article(page).text


def test_a_pdf_is_read_from_its_text_layer_lines_joined_into_paragraphs(tmp_path):
    lines = ["Ferry braves the storm", "The ferry Baltic Star carried 412 passengers to",
             "Tallinn on Monday. Its captain said the cross-", "ing took three hours."]
    article = read_article(write(tmp_path, "ferry.pdf", pdf_bytes(lines, title="Ferry news")))
    assert article.title == "Ferry news"
    assert "carried 412 passengers to Tallinn on Monday." in article.text
    assert "the crossing took three hours." in article.text


def test_a_pdf_without_its_metadata_title_takes_its_first_line(tmp_path):
    lines = ["Ferry braves the storm", "The ferry Baltic Star carried 412 passengers to",
             "Tallinn on Monday, its captain said."]
    article = read_article(write(tmp_path, "f.pdf", pdf_bytes(lines)))
    assert article.title == "Ferry braves the storm"
    assert article.text.splitlines()[1] == ("The ferry Baltic Star carried 412 passengers to "
                                            "Tallinn on Monday, its captain said.")


@pytest.mark.parametrize("name, content, message", [
    ("scan.pdf", pdf_bytes([]), "no text layer"),
    ("broken.pdf", pdf_bytes(["Some text."])[:60], "not a readable PDF"),
    ("menu.html", html_page("", [])[:-50], "no article text"),
    ("binary.html", b"<p>\x00\x01\x02</p>", "binary"),
    ("empty.md", b"", "empty"),
])
def test_bad_files_say_what_is_wrong(tmp_path, name, content, message):
    with pytest.raises(ArticleError, match=message):
        read_article(write(tmp_path, name, content))


def test_text_and_markdown_titles_are_their_first_line():
    assert article_from_text("# Ferry news\n\nThe ferry sailed.").title == "Ferry news"
    assert article_from_text("The ferry sailed.\nIt was late.").title == "The ferry sailed."
    long = "word " * 100
    assert article_from_text(long, name="notes.txt").title == "notes"


def test_pasted_text_with_windows_line_ends_keeps_exact_offsets():
    article = article_from_text("Title\r\n\r\nThe ferry sailed.\r\nIt was late.\r\n")
    passages = split_passages(article.text, article.id)
    assert all(article.text[p.start:p.end] == p.text for p in passages)
    assert "\r" not in article.text


def test_the_same_text_is_the_same_article_whatever_its_name(tmp_path):
    a = read_article(write(tmp_path, "a.txt", "The ferry sailed."))
    b = article_from_text("The ferry sailed.", name="pasted text")
    assert a.id == b.id and len(a.id) == 12
