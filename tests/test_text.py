"""The shared text helpers: quantities, markers, names and stems."""
import pytest

from rag.text import (
    content_words,
    measures,
    names,
    numbers,
    parse_markers,
    sentence_spans,
    stated,
    strip_markers,
    tokenize,
    unquoted,
)


@pytest.mark.parametrize("text, expected", [
    ("53,000", [53000]), ("53000", [53000]), ("fifty-three thousand", [53000]),
    ("1.5 hours", [1.5]), ("15 hours", [15]), ("one-and-a-half hours", [1.5]),
    ("a tenth of the visas", [0.1]), ("three children", [3]), ("98 thousand", [98000]),
    ("1.5 million", [1_500_000]), ("one official said", []), ("one hundred", [100]),
    ("the 35-year-old", [35]), ("Sept. 27, 2022", [27, 2022]), ("over 2,000 [3]", [2000]),
    ("its eighth month", [8]), ("two and a half", [2.5]),
    # money, scales and percentages as the business pages write them
    ("£75m ($141m)", [75e6, 141e6]), ("$1.13bn", [1.13e9]), ("£600m", [600e6]), ("€5k", [5000]),
    ("76%", [76]), ("3% to 3.5%", [3, 3.5]), ("274.5 pence", [274.5]), ("£2.50", [2.5]),
    ("$300 million", [300e6]), ("2 trillion", [2e12]), ("a 100m sprint", [100]), ("5km", [5]),
    ("Rs 5bn", [5e9]),
    # fractions: each ends its number, but for a scale after it or a period's ordinal before it
    ("one half, one quarter", [0.5, 0.25]), ("a quarter|25%|one quarter", [0.25, 25, 0.25]),
    ("two and a half million", [2.5e6]), ("the third quarter", [3]), ("half a million", [5e5]),
    # a digit in a name is no quantity ("the ITV1 show", "the M25"), but a relay's legs are
    ("the ITV1 show", []), ("the M25", []), ("the 4x100m relay", [4, 100]), ("US$5bn", [5e9]),
])
def test_numbers(text, expected):
    assert numbers(text) == [float(x) for x in expected]


def test_a_scaled_figure_supports_its_value_and_its_figure_as_written():
    assert stated("a profit of £75m") == {75e6, 75.0}
    assert stated("98,000 crossed") == {98000.0}


def test_a_figure_with_a_bare_m_may_be_millions_or_metres():
    assert stated("1.1m of the UK's 1.6m Muslims") == {1.1, 1.6, 1.1e6, 1.6e6}
    assert numbers("a 100m sprint") == [100.0]  # read as written; millions only as support
    assert not measures("1.6m [1]")  # a scale on a count is no sum of money
    assert measures("£1.6m [1]")


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


def test_names():
    assert names("How many Russians went to Latvia? And Finland?") == ["Russians", "Latvia", "Finland"]


def test_tokenize_normalises_numbers_and_stems():
    assert tokenize("3,000 Russians entered Mongolia's border") == [
        "3000", "russi", "enter", "mongo", "borde"]


@pytest.mark.parametrize("demonym, country", [
    ("Finnish", "Finland"), ("French", "France"), ("Dutch", "Netherlands"), ("Mongolian", "Mongolia"),
])
def test_demonyms_share_the_country_stem(demonym, country):
    """From a countries package, not a table of one article's places."""
    assert tokenize(demonym) == tokenize(country)


def test_content_words_leave_out_numbers_markers_and_stopwords():
    assert content_words("The others crossed 3,000 [2]") == {"cross"}


def test_the_plural_of_a_stopword_s_ing_form_is_a_noun():
    """"human beings" names something; "being" in "is being built" does not."""
    assert content_words("treat them as human beings") == {"treat", "human", "beings"}
    assert content_words("it is being built") == {"built"}


def test_sentence_split_keeps_abbreviations_and_dates():
    text = "He spoke to U.S. broadcaster CBS. On Tuesday, Sept. 27, 2022 they left! Did they?"
    assert [text[s:e] for s, e in sentence_spans(text)] == [
        "He spoke to U.S. broadcaster CBS.", "On Tuesday, Sept. 27, 2022 they left!", "Did they?"]


def test_names_include_words_with_a_capital_inside():
    assert names("Who runs easyJet and the iPhone line?") == ["easyJet", "iPhone"]


def test_acronyms_of_the_article_s_names():
    from rag.text import acronyms

    assert acronyms("since the attacks in the United States") == {"us"}
    assert acronyms("The minister said so.") == set()


def test_plurals_without_an_s_share_the_singular_stem():
    assert tokenize("women men children") == tokenize("woman man child") == ["woman", "man", "child"]


def test_past_and_ing_forms_share_a_stem():
    assert len({tokenize(w)[0] for w in ("drop", "dropped", "dropping")}) == 1
    assert tokenize("speed united called") == ["speed", "unit", "call"]


def test_a_sentence_keeps_its_closing_quotation_mark():
    text = 'He asked: "Can I go?\'." Then Tom said "Never." She left.'
    assert [text[a:b] for a, b in sentence_spans(text)] == [
        'He asked: "Can I go?\'."', 'Then Tom said "Never."', "She left."]


def test_a_quotation_closes_with_its_own_kind_of_mark():
    assert unquoted('"Ask \'Can I?, \'Why?\'." Tom said.').strip() == "Tom said."
    assert unquoted('"It is \'ours," she said.').strip() == "she said."
