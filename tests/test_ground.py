import pytest

from rag.ground import check, names, numbers, parse_markers, strip_markers


@pytest.mark.parametrize("text, expected", [
    ("53,000", [53000]), ("53000", [53000]), ("fifty-three thousand", [53000]),
    ("1.5 hours", [1.5]), ("15 hours", [15]), ("one-and-a-half hours", [1.5]),
    ("a tenth of the visas", [0.1]), ("three children", [3]), ("98 thousand", [98000]),
    ("1.5 million", [1_500_000]), ("one official said", []), ("one hundred", [100]),
    ("the 35-year-old", [35]), ("Sept. 27, 2022", [27, 2022]), ("over 2,000 [3]", [2000]),
    ("its eighth month", [8]), ("two and a half", [2.5]),
])
def test_numbers(text, expected):
    assert numbers(text) == [float(x) for x in expected]


def test_one_point_five_is_not_fifteen():
    assert 15.0 not in numbers("1.5") and 1.5 not in numbers("15")


@pytest.mark.parametrize("text, n, expected", [
    ("About 98,000 [2].", 4, [2]), ("[1][3] and [1]", 4, [1, 3]), ("[1, 2]", 4, [1, 2]),
    ("[Passage 2]", 4, [2]), ("[5] and [0]", 4, []), ("no marker", 4, []), ("[2 and 3]", 3, [2, 3]),
])
def test_parse_markers(text, n, expected):
    assert parse_markers(text, n) == expected


def test_strip_markers():
    assert strip_markers("About 98,000 [2].") == "About 98,000."


PASSAGES = [
    "The Interior Ministry of Georgia said over 53,000 Russians have entered the country.",
    "Media reports also said another 3,000 Russians entered Mongolia.",
    "Foreign minister Pekka Haavisto spoke for Finland.",
]


def test_check_accepts_a_grounded_answer():
    result = check("About 3,000 entered Mongolia [2].", "How many went to Mongolia?", PASSAGES)
    assert result.ok and result.cited == [2]


def test_check_rejects_a_number_in_no_passage():
    result = check("About 98,000 entered Mongolia [2].", "How many went to Mongolia?", PASSAGES)
    assert not result.ok and "98000" in result.reason


def test_check_moves_a_citation_to_the_passage_with_the_number():
    result = check("About 3,000 entered Mongolia [1].", "How many went to Mongolia?", PASSAGES)
    assert result.ok and result.cited == [2]


def test_check_cites_an_unmarked_answer():
    result = check("Pekka Haavisto.", "Who is Finland's foreign minister?", PASSAGES)
    assert result.ok and result.cited == [3]


def test_check_rejects_general_knowledge():
    result = check("The capital of France is Paris [1].", "What is the capital of France?", PASSAGES)
    assert not result.ok


def test_check_rejects_a_passage_about_another_country():
    result = check("Pekka Haavisto said so [3].", "What did Latvia's minister say?", PASSAGES)
    assert not result.ok and "latvi" in result.reason


def test_check_rejects_a_number_stated_about_another_country():
    passage = ["The Finnish Border Guard said over 43,000 arrived. Another 3,000 entered Mongolia. "
               "They queued for 30 hours."]
    wrong = check("43,000 went to Mongolia [1].", "How many went to Mongolia?", passage)
    assert not wrong.ok and "43000" in wrong.reason
    assert check("3,000 went to Mongolia [1].", "How many went to Mongolia?", passage).ok
    # a sentence that names nothing may carry the number (it follows the one that does)
    assert check("They queued for 30 hours [1].", "How long did the queue for Mongolia last?", passage).ok


def test_names():
    assert names("How many Russians went to Latvia? And Finland?") == ["Russians", "Latvia", "Finland"]
