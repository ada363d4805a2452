"""Questions made ready for retrieval: checked, follow-ups made whole, unknown names found."""
import pytest

from rag.errors import InputError
from rag.question import last_turn, prepare, standalone, validate

VOCABULARY = frozenset({"russi", "georg", "finla", "mongo", "minis"})
COMMON = frozenset({"russi"})


@pytest.mark.parametrize("question, message", [
    ("", "empty"), ("   \n\t ", "empty"), ("x" * 100_000, "100,000 characters"),
    ("how many\x00 crossed", "control characters"), (None, "must be text"),
])
def test_bad_questions_raise_clear_errors(question, message):
    with pytest.raises(InputError, match=message):
        validate(question, 1000)


def test_whitespace_is_tidied():
    assert validate("  How   many\ncrossed? ", 1000) == "How many crossed?"


def test_last_turn_reads_plain_messages():
    history = [{"role": "user", "content": "Q1"}, {"role": "assistant", "content": "A1"},
               {"role": "user", "content": "Q2"}]
    assert last_turn(history) == ("Q2", "")
    assert last_turn(history[:2]) == ("Q1", "A1") and last_turn(None) == ("", "")
    with pytest.raises(InputError, match="content"):
        last_turn([{"role": "user", "content": [{"type": "text", "text": "Q"}]}])


def test_a_short_follow_up_that_swaps_the_subject_becomes_whole():
    previous = "How many Russians went to Georgia?"
    assert standalone("And to Finland?", previous, COMMON) == "How many Russians went to Finland?"
    assert standalone("And what did its foreign minister say about it then?", previous, COMMON) == \
        "And what did its foreign minister say about it then?"
    assert standalone("And to Finland?", "", COMMON) == "And to Finland?"


def test_prepare():
    history = [{"role": "user", "content": "How many Russians went to Georgia?"},
               {"role": "assistant", "content": "Over 53,000 [1]."}]
    q = prepare("And to Finland?", history, 1000, VOCABULARY, COMMON)
    assert q.text == "How many Russians went to Finland?" and q.previous_question == ""
    q = prepare("What did its minister say?", history, 1000, VOCABULARY, COMMON)
    assert q.previous_question == history[0]["content"] and q.previous_answer == "Over 53,000 [1]."
    assert prepare("How many went to Armenia?", [], 1000, VOCABULARY, COMMON).unknown_names == ("Armenia",)


def test_a_country_is_known_by_its_other_names_and_its_parts():
    # a story of the Freedom of Information Act in "England, Wales and Northern Ireland" speaks
    # of the UK without writing "UK"; one that names only Georgia does not speak of it
    parts = frozenset({"engla", "wale", "north", "irela"})
    assert prepare("Which parts of the UK does it cover?", [], 1000, parts, COMMON).unknown_names == ()
    states = frozenset({"unit", "state"})
    assert prepare("How many went to the USA?", [], 1000, states, COMMON).unknown_names == ()
    assert prepare("How many went to the UK?", [], 1000, VOCABULARY, COMMON).unknown_names == ("UK",)
    # an article that writes "UK" speaks of Britain
    uk = frozenset({"uk", "lazy"})
    assert prepare("Who called Britain lazy?", [], 1000, uk, COMMON).unknown_names == ()


def test_a_year_the_article_never_writes_is_unknown():
    vocabulary = VOCABULARY | {"2001", "2022"}
    assert prepare("How much more did the 2001 exodus cost than the 1967 one?", [], 1000, vocabulary,
                   COMMON).unknown_names == ("1967",)
    assert prepare("How many left Russia in 2022?", [], 1000, vocabulary, COMMON).unknown_names == ()


@pytest.mark.parametrize("question, previous, expected", [
    ("And to Finland?", "How many Russians went to Georgia?", "How many Russians went to Finland?"),
    ("What about Finland?", "How many Russians went to Georgia?", "How many Russians went to Finland?"),
    # a whole question is asked as it is, however short, whatever came before
    ("How many entered Kazakhstan?", "How many passengers did the Baltic Star carry?",
     "How many entered Kazakhstan?"),
])
def test_only_a_fragment_is_read_as_a_follow_up(question, previous, expected):
    from rag.question import standalone

    assert standalone(question, previous, frozenset({"russi"})) == expected


def test_the_previous_turn_goes_with_a_question_that_points_back_only():
    history = [{"role": "user", "content": "How many Russians went to Georgia?"},
               {"role": "assistant", "content": "Over 53,000 [1]."}]
    leaning = prepare("What did its minister say about them?", history, 1000, VOCABULARY, COMMON)
    assert leaning.previous_question == history[0]["content"]
    whole = prepare("Who is Finland's foreign minister?", history, 1000, VOCABULARY, COMMON)
    assert whole.previous_question == "" and whole.previous_answer == ""


def test_the_dollars_country_is_no_subject():
    # "$5.8bn" is in US dollars: the question names no country the article must write; another
    # currency's country still must be known
    assert prepare("What is the bid worth in US dollars?", [], 1000, VOCABULARY, COMMON).unknown_names == ()
    assert prepare("What is the bid worth in Canadian dollars?", [], 1000, VOCABULARY,
                   COMMON).unknown_names == ("Canadian",)
