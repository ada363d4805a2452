import pytest
from fakes import FakeEmbedder, FakeGenerator

from rag.config import DEFAULT_ARTICLE
from rag.index import load_or_build
from rag.ingest import read_article
from rag.retrieve import BM25, Retriever, rrf


def test_rrf_rewards_agreement():
    fused = rrf([[1, 2, 3], [3, 1], [1]])
    assert [i for i, _ in fused] == [1, 3, 2]


def test_bm25_ranks_the_matching_document_first():
    bm = BM25(["the cat sat", "another 3,000 Russians entered Mongolia", "dogs bark"])
    assert bm.rank("how many went to Mongolia?") == [1]
    assert bm.rank("3000") == [1]


@pytest.fixture(scope="module")
def retriever(tmp_path_factory):
    emb = FakeEmbedder()
    index = load_or_build(read_article(DEFAULT_ARTICLE), tmp_path_factory.mktemp("idx"), emb, 48)
    return Retriever([index], emb)


@pytest.mark.parametrize("question, needle", [
    ("how many went to Mongolia", "3,000 Russians entered Mongolia"),
    ("How many Russians entered Kazakhstan?", "98,000"),
    ("How long is Finland's eastern border?", "800-mile"),
])
def test_names_and_numbers_find_their_passage(retriever, question, needle):
    hits = retriever.search(question, 4)
    assert len(hits) == 4
    assert any(needle in h.passage.text for h in hits)


def test_context_adds_the_previous_question(retriever):
    hits = retriever.search("And to Mongolia?", 4, context="How many Russians went to Georgia?")
    assert any("Mongolia" in h.passage.text for h in hits)


def test_a_heading_is_never_retrieved(settings):
    """A web page's headings ("Sources", "Related stories") and link labels ("Read Full Article")
    answer nothing: never given to the model."""
    from rag import RAG
    from rag.ingest import article_from_text

    bot = RAG(settings=settings, embedder=FakeEmbedder(), generator=FakeGenerator())
    story = bot.add(article_from_text("Lander news\n\nThe lander sent its last signal on 2 November.\n\n"
                                      "Sources\n\nRelated stories\n\nThe mission cost 420 million "
                                      "dollars.\n\n"
                                      "Source: Read Full Article"))
    r = bot.retriever(story.id)
    assert {"Sources", "Related stories", "Source: Read Full Article"} <= {p.text for p in r.passages}
    found = [h.passage.text for h in r.search("Sources and related stories", 10)]
    assert found and "Sources" not in found and "Related stories" not in found
    authors = [h.passage.text for h in r.search("Who wrote the full article?", 10)]
    assert "Source: Read Full Article" not in authors


def test_the_one_passage_holding_a_rare_word_of_the_question_is_kept(settings):
    """"Who was sacked as mayor of Leeds?": the one passage with "sacked" is among the hits,
    though the passages naming the mayor of Leeds outrank it in both rankings."""
    from rag import RAG
    from rag.ingest import article_from_text

    paragraphs = [f"The mayor of Leeds opened the {w} centre, the mayor of Leeds said." for w in
                  ("arts", "sports", "health")]
    paragraphs += [f"Buses to the {w} run every hour from the station." for w in
                   ("park", "river", "market", "castle", "museum", "zoo", "beach", "airport")]
    paragraphs.append("On his first day, after Ann Lee was sacked, he began work.")
    bot = RAG(settings=settings, embedder=FakeEmbedder(), generator=FakeGenerator())
    r = bot.retriever(bot.add(article_from_text("Leeds news\n\n" + "\n\n".join(paragraphs))).id)
    assert any("sacked" in h.passage.text for h in r.search("Who was sacked as mayor of Leeds?", 3))
