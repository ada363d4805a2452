"""The library: articles added once, listed with titles, removed; questions across articles."""
import json

import pytest
from articles import FERRY, html_page, write
from fakes import FakeEmbedder, FakeGenerator

from rag import RAG
from rag.errors import ArticleError
from rag.ground import Claim, about_the_question
from rag.ingest import article_from_text, read_article
from rag.library import ALL, Library


@pytest.fixture
def library(tmp_path):
    return Library(tmp_path / "indexes", FakeEmbedder(), 48)


def test_an_article_is_indexed_once_and_listed_with_its_title(library, tmp_path):
    page = write(tmp_path, "ferry.html", html_page("Ferry braves the storm", FERRY))
    first = library.add(read_article(page))
    again = library.add(read_article(page))
    assert first.built and not again.built and first.path == again.path
    [entry] = library.entries()
    assert (entry.title, entry.name, entry.id) == ("Ferry braves the storm", "ferry.html",
                                                   first.article.id)
    assert entry.words == first.article.words and entry.added[:2] == "20"
    # what is stored is the extracted text: citations point into it, not into the HTML
    assert (entry.path / "article.txt").read_text("utf-8") == first.article.text
    assert library.get(entry.id[:6]).article.text == first.article.text


def test_find_by_id_title_or_file_name_and_clear_errors(library):
    a = library.add(article_from_text("Ferry news\nThe ferry sailed.", "a.txt")).article
    library.add(article_from_text("Rail news\nThe train left.", "b.txt"))
    assert library.find(a.id[:5]).id == a.id
    assert library.find("ferry news").id == a.id and library.find("a.txt").id == a.id
    with pytest.raises(ArticleError, match="no article 'bus' in the library"):
        library.find("bus")


def test_remove_takes_the_article_and_its_index_away(library):
    a = library.add(article_from_text("Ferry news\nThe ferry sailed.")).article
    b = library.add(article_from_text("Rail news\nThe train left.")).article
    removed = library.remove(a.id)
    assert removed.title == "Ferry news"
    assert [e.id for e in library.entries()] == [b.id]
    assert not removed.path.exists()
    with pytest.raises(ArticleError):
        library.get(a.id)


def test_a_damaged_manifest_is_skipped_not_fatal(library):
    a = library.add(article_from_text("Ferry news\nThe ferry sailed.")).article
    b = library.add(article_from_text("Rail news\nThe train left.")).article
    manifest = library.find(a.id).path / "manifest.json"
    manifest.write_text("{not json", "utf-8")
    assert [e.id for e in library.entries()] == [b.id]


def test_another_embedder_s_indexes_are_not_listed(library, tmp_path):
    library.add(article_from_text("Ferry news\nThe ferry sailed."))
    other = FakeEmbedder()
    other.name = "another-model"
    assert Library(tmp_path / "indexes", other, 48).entries() == []


def test_a_bad_file_adds_nothing(make_bot, tmp_path):
    bot = make_bot()
    before = bot.library.entries()
    for name, content in (("scan.html", "<html><nav>Home</nav></html>"), ("x.pdf", b"%PDF-1.4")):
        with pytest.raises(ArticleError):
            bot.add(write(tmp_path, name, content))
    assert bot.library.entries() == before
    assert not [p for p in bot.library.index_dir.iterdir() if p.name.startswith(".")]


def _answer_with(number: str):
    """A model that answers with the line of the prompt holding `number`, citing it."""
    def reply(messages):
        for line in messages[-1]["content"].splitlines():
            if number in line and line.startswith("["):
                return f"{number} [{line[1]}]."
        return "The article does not say."
    return reply


def test_asking_one_article_of_the_library(settings, tmp_path):
    bot = RAG(settings=settings, embedder=FakeEmbedder(), generator=FakeGenerator(_answer_with("412")))
    ferry = bot.add(write(tmp_path, "ferry.html", html_page("Ferry braves the storm", FERRY)))
    ans = bot.ask("How many passengers did the ferry carry?", scope=ferry.id)
    assert not ans.refused and ans.citations[0].source == ferry.id
    assert ans.citations[0].title == "Ferry braves the storm"
    c = ans.citations[0]
    assert ferry.text[c.start:c.end] == c.text and "412" in ferry.text[c.quote_start:c.quote_end]
    # the bot's own article (the seed) is not searched for that question
    assert all(h.passage.source == ferry.id for h in ans.passages)


def test_asking_across_all_articles_finds_each_article_s_facts(settings, tmp_path):
    bot = RAG(settings=settings, embedder=FakeEmbedder(), generator=FakeGenerator(
        lambda m: _answer_with("412")(m) if "ferry" in m[-1]["content"].split("Question:")[1]
        else _answer_with("98,000")(m)))
    ferry = bot.add(write(tmp_path, "ferry.html", html_page("Ferry braves the storm", FERRY)))
    sources = set()
    for question in ("How many passengers did the ferry carry?",
                     "How many Russians entered Kazakhstan?"):
        ans = bot.ask(question, scope=ALL)
        assert not ans.refused, ans.verdict
        for c in ans.citations:
            assert bot.library.get(c.source).article.text[c.start:c.end] == c.text
            sources.add(c.source)
    assert sources == {ferry.id, bot.article.id}


def test_facts_from_two_passages_are_cited_each_from_its_own():
    from rag.ground import check

    passages = ["The ferry carried 412 passengers.", "Trains carried 98,000 people."]
    verdict = check("The ferry carried 412 [1]; trains 98,000 [2].", "How many did each carry?",
                    passages)
    assert verdict.ok and verdict.cited == (1, 2)
    wrong = check("The ferry carried 413 [1]; trains 98,000 [2].", "How many did each carry?",
                  passages)
    assert not wrong.ok and wrong.rule == "numbers_supported"


def test_a_passage_s_neighbour_is_from_its_own_article(settings, tmp_path):
    bot = RAG(settings=settings, embedder=FakeEmbedder(), generator=FakeGenerator())
    ferry = bot.add(article_from_text("Ferry news\nThe ferry sailed with 412 passengers."))
    r = bot.retriever(ALL)
    first_of_ferry = next(p for p in r.passages if p.source == ferry.id and p.id == 0)
    assert r.around(first_of_ferry) == ("", "")
    second = next(p for p in r.passages if p.source == ferry.id and p.id == 1)
    assert r.around(second) == (first_of_ferry.text, "")


def test_a_passage_is_read_under_its_article_s_headline(settings):
    """The headline names what the whole story is about: a later passage is read under it (the
    first passage holds it already)."""
    bot = RAG(settings=settings, embedder=FakeEmbedder(), generator=FakeGenerator())
    body = "\n\n".join(f"Paragraph {n} says that the plans were announced on a Sunday programme "
                       "and that mothers will be paid for longer than they are now." for n in range(6))
    story = bot.add(article_from_text(f"Labour plans pay rise\n\n{body}"))
    r = bot.retriever(story.id)
    assert len(r.passages) >= 3
    assert r.around(r.passages[2])[0] == f"Labour plans pay rise. {r.passages[1].text}"
    assert not r.around(r.passages[1])[0].startswith("Labour plans pay rise.")


def test_a_passage_after_one_that_says_he_is_read_back_to_where_he_is_named(settings):
    """"The Russian leader declared ..." follows "He vowed ...", which follows "Putin announced
    ...": who it is stands two passages back; a passage that names its own subject stops there."""
    filler = "in a long speech in front of a large crowd of supporters in the capital city today"
    paragraphs = [f"Olga Petrova opened the fair {filler}.", f"Putin announced the annexation {filler}.",
                  f"He vowed to smash the West {filler}.", f"The Russian leader declared victory {filler}."]
    bot = RAG(settings=settings, embedder=FakeEmbedder(), generator=FakeGenerator())
    r = bot.retriever(bot.add(article_from_text("Speech news\n\n" + "\n\n".join(paragraphs))).id)
    leader = next(p for p in r.passages if p.text.startswith("The Russian leader"))
    before = r.around(leader)[0]
    assert "Putin announced" in before and "He vowed" in before and "Olga" not in before
    named = next(p for p in r.passages if p.text.startswith("He vowed"))
    assert "Putin announced" in r.around(named)[0] and "Olga" not in r.around(named)[0]


def test_a_passage_that_says_it_or_that_business_is_read_back_to_where_it_is_named(settings):
    """"Last year it made ..." follows "However, that business ...", which follows the passage
    naming the business: a question about Deluxe Media finds its name in the text around the
    figure, while a question about another business does not."""
    filler = "according to the figures given out by the group at its meeting with investors today"
    paragraphs = [f"The group also owns Deluxe Media, which makes DVDs, {filler}.",
                  f"However, that business is seen as less successful {filler}.",
                  f"Last year it made profits of £21.5m on a turnover of £392.1m {filler}."]
    bot = RAG(settings=settings, embedder=FakeEmbedder(), generator=FakeGenerator())
    r = bot.retriever(bot.add(article_from_text("Film unit news\n\n" + "\n\n".join(paragraphs))).id)
    profit = next(p for p in r.passages if p.text.startswith("Last year"))
    assert "Deluxe Media" in r.around(profit)[0]
    claim = Claim("Its turnover was £392.1m [1].", "What was Deluxe Media's turnover last year?",
                  [profit.text], [r.around(profit)], frozenset(), [1])
    assert about_the_question(claim) is None
    other = Claim("Its turnover was £392.1m [1].", "What was Pinewood's turnover last year?",
                  [profit.text], [r.around(profit)], frozenset(), [1])
    assert about_the_question(other) is not None


def test_a_paragraph_of_a_speech_is_read_back_to_where_its_speaker_is_named(settings):
    """A speech of several paragraphs opens each with a quotation mark and names its speaker
    only over the first: the figure in the third paragraph is Krasner's, two passages back."""
    filler = "and this was said in a long statement to the press at the ground on Friday morning"
    paragraphs = [f"Bates spoke to the fans {filler}.",
                  f'Outgoing chairman Gerald Krasner said: "This deal ensures the club survives {filler}.',
                  f'"We are content that the club will continue to move forward {filler}.',
                  f'"My board has succeeded in reducing the debt to under £25m {filler}."']
    bot = RAG(settings=settings, embedder=FakeEmbedder(), generator=FakeGenerator())
    r = bot.retriever(bot.add(article_from_text("Takeover news\n\n" + "\n\n".join(paragraphs))).id)
    debt = next(p for p in r.passages if "£25m" in p.text)
    before = r.around(debt)[0]
    assert "Gerald Krasner said" in before and "Bates spoke" not in before
    claim = Claim("Under £25m [1].", "To what level has Krasner's board reduced the debt?",
                  [debt.text], [r.around(debt)], frozenset(), [1])
    assert about_the_question(claim) is None


def test_a_passage_that_opens_a_quotation_is_read_with_the_passages_that_close_it(settings):
    quote = " ".join(f"Sentence {n} of the quotation goes on about the mission and its many findings."
                     for n in range(6))
    text = f'Mission news\nThe lander worked.\n"{quote} It never sleeps," said Doug McCuistion.\nEnd.'
    bot = RAG(settings=settings, embedder=FakeEmbedder(), generator=FakeGenerator())
    r = bot.retriever(bot.add(article_from_text(text)).id)
    opening = next(p for p in r.passages if p.text.startswith('"Sentence 0'))
    closing = next(p for p in r.passages if "said Doug McCuistion" in p.text)
    assert closing.id > opening.id + 1  # the quotation spans three passages or more
    after = r.around(opening)[1]
    assert after.endswith("said Doug McCuistion.") and "End." not in after
    assert r.around(closing)[1] == ""  # it closes its quotation: nothing after


def test_an_unknown_scope_is_a_clear_error(make_bot):
    with pytest.raises(ArticleError, match="no article"):
        make_bot().ask("How many?", scope="nonexistent")


def test_the_json_record_names_the_article(settings, tmp_path):
    bot = RAG(settings=settings, embedder=FakeEmbedder(), generator=FakeGenerator(_answer_with("412")))
    ferry = bot.add(article_from_text("Ferry news\nThe ferry sailed with 412 passengers."))
    record = bot.ask("How many passengers?", scope=ferry.id).to_dict()
    assert record["citations"][0]["title"] == "Ferry news"
    json.dumps(record)
