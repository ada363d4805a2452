"""The gold files themselves: well formed, each evidence sentence verbatim in its article (as the
bot reads it: a web page's extracted text), enough unanswerable and held-out items."""
from collections import Counter

import pytest

from rag.ingest import read_article

MIN_ITEMS = {"seed": (80, 20, 15)}  # set: (items, unanswerable, held out); others: (30, 8, 8)


def test_gold_items_are_well_formed(sets):
    for s, gold in sets:
        article = read_article(s.article).text
        assert not [i for i, n in Counter(g["id"] for g in gold).items() if n > 1]
        for g in gold:
            assert g["question"].strip() and g["category"] and g["split"] in ("dev", "test")
            assert 1 <= g.get("at_least", 1) <= max(1, len(g["answers"])), g["id"]
            if g["answerable"]:
                assert g["answers"] and g["evidence"], g["id"]
                for e in g["evidence"]:
                    assert e in article, (s.name, g["id"], e)
            else:
                assert g["answers"] == [] and g["evidence"] == []
        if not s.group:
            n_items, n_unanswerable, n_test = MIN_ITEMS.get(s.name, (30, 8, 8))
            assert len(gold) >= n_items, s.name
            assert sum(not g["answerable"] for g in gold) >= n_unanswerable, s.name
            assert sum(g["split"] == "test" for g in gold) >= n_test, s.name


MULTI_KINDS = ("comparison", "arithmetic", "list", "parts", "attribution")


def test_the_multi_fact_questions_cover_every_kind(sets):
    """At least 30 questions over several articles, 6 of each kind, 6 unanswerable, 8 held out."""
    gold = [g for s, items in sets if s.group == "multi-fact" for g in items]
    kinds = Counter(g["category"] for g in gold)
    assert len(gold) >= 30 and len({s.article for s, _ in sets if s.group == "multi-fact"}) >= 3
    assert all(kinds[k] >= 6 for k in MULTI_KINDS), kinds
    assert set(kinds) <= {*MULTI_KINDS, "unanswerable"}
    assert sum(not g["answerable"] for g in gold) >= 6
    assert sum(g["split"] == "test" for g in gold) >= 8


def test_ids_are_unique_across_sets(sets):
    ids = [g["id"] for _, gold in sets for g in gold]
    assert not [i for i, n in Counter(ids).items() if n > 1]


@pytest.mark.parametrize("name", ["ba_fuel_prices", "phoenix_mars"])
def test_the_other_sets_are_of_other_articles(sets, name):
    seed = next(s for s, _ in sets if s.name == "seed")
    other = next(s for s, _ in sets if s.name == name)
    assert read_article(other.article).id != read_article(seed.article).id
