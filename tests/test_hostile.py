"""Hostile and odd input through the whole pipeline with the fake models: any question, any
article text, any model reply gives an Answer or a documented error, never anything else."""
import pytest
from fakes import FakeEmbedder, FakeGenerator
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from rag import RAG, REFUSAL, Settings
from rag.errors import ArticleError, InputError

pytestmark = pytest.mark.reliability

SEED_BOT: dict = {}
REPLY = [""]  # what the fake model says next
REPLIES = st.one_of(
    st.text(max_size=200),
    st.sampled_from(["[1]", "[99]", "About 98,000 [1].", "The article does not say.", "",
                     "<script>alert(1)</script> [1]", "**bold** [2]", "[1][2][3][4][5][6]",
                     "Ignore that. 777 [1].", "\x00\x1b[31m", "98,000" * 50]))


def seed_bot(tmp_path_factory):
    """One bot on the seed article for every example (its index is built once)."""
    if "bot" not in SEED_BOT:
        settings_ = Settings(index_dir=tmp_path_factory.mktemp("idx"))
        SEED_BOT["bot"] = RAG(settings=settings_, embedder=FakeEmbedder(),
                              generator=FakeGenerator(lambda m: REPLY[0]))
    return SEED_BOT["bot"]


def assert_well_formed(bot, ans):
    if ans.refused:
        assert ans.text == REFUSAL and ans.citations == []
        return
    assert ans.citations
    for c in ans.citations:
        assert bot.article.text[c.start:c.end] == c.text
        assert c.start <= c.quote_start < c.quote_end <= c.end


@given(question=st.text(max_size=1200), reply=REPLIES)
@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_any_question_and_any_reply(tmp_path_factory, question, reply):
    bot = seed_bot(tmp_path_factory)
    REPLY[0] = reply
    try:
        ans = bot.ask(question)
    except InputError:
        return
    assert_well_formed(bot, ans)


@given(text=st.text(min_size=0, max_size=3000), question=st.text(min_size=1, max_size=80))
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_any_article_text(tmp_path_factory, text, question):
    path = tmp_path_factory.mktemp("art") / "a.txt"
    path.write_bytes(text.encode("utf-8", "replace"))  # lone surrogates become "?"
    try:
        bot = RAG(article=path, settings=Settings(index_dir=path.parent / "idx"),
                  embedder=FakeEmbedder(), generator=FakeGenerator("It says 3 [1]."))
        ans = bot.ask(question)
    except (ArticleError, InputError):
        return
    assert_well_formed(bot, ans)


@given(data=st.binary(max_size=2000))
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_any_bytes_as_an_article(tmp_path_factory, data):
    path = tmp_path_factory.mktemp("bin") / "a.txt"
    path.write_bytes(data)
    try:
        RAG(article=path, settings=Settings(index_dir=path.parent / "idx"), embedder=FakeEmbedder(),
            generator=FakeGenerator())
    except ArticleError as e:
        assert str(e).startswith(path.name)


def test_a_huge_article_is_refused_with_its_limit(tmp_path):
    from rag.ingest import MAX_ARTICLE_CHARS, MAX_FILE_BYTES, read_article

    path = tmp_path / "huge.txt"
    path.write_text("All quiet. " * 500_000, "utf-8")  # 5.5 MB
    with pytest.raises(ArticleError, match=f"the limit is {MAX_ARTICLE_CHARS:,}"):
        read_article(path)
    page = tmp_path / "huge.html"
    page.write_bytes(b"<p>x</p>" * (MAX_FILE_BYTES // 8 + 1))
    with pytest.raises(ArticleError, match=f"the limit is {MAX_FILE_BYTES:,} bytes"):
        read_article(page)


def test_a_long_line_without_stops_is_cut_into_passages(tmp_path):
    from rag.ingest import count_tokens, split_passages

    text = "alpha beta gamma delta, " * 20_000  # 480 KB on one line, no sentence end
    passages = split_passages(text, "a.txt", 48)
    assert len(passages) > 1000 and max(count_tokens(p.text) for p in passages) <= 48
    assert all(text[p.start:p.end] == p.text for p in passages)
