"""The gold files themselves: well formed, each evidence sentence verbatim in its article (as the
bot reads it: a web page's extracted text), enough unanswerable and held-out items."""
from collections import Counter

import pytest

from rag.ingest import read_article

MIN_ITEMS = {"seed": (80, 20, 15)}  # set: (items, unanswerable, held out); others: (30, 8, 8)


def test_gold_items_are_well_formed(sets):
    for s, gold in sets:
        article = read_article(s.article).text
        n_items, n_unanswerable, n_test = MIN_ITEMS.get(s.name, (30, 8, 8))
        assert len(gold) >= n_items, s.name
        assert not [i for i, n in Counter(g["id"] for g in gold).items() if n > 1]
        for g in gold:
            assert g["question"].strip() and g["category"] and g["split"] in ("dev", "test")
            if g["answerable"]:
                assert g["answers"] and g["evidence"], g["id"]
                for e in g["evidence"]:
                    assert e in article, (s.name, g["id"], e)
            else:
                assert g["answers"] == [] and g["evidence"] == []
        assert sum(not g["answerable"] for g in gold) >= n_unanswerable, s.name
        assert sum(g["split"] == "test" for g in gold) >= n_test, s.name


def test_ids_are_unique_across_sets(sets):
    ids = [g["id"] for _, gold in sets for g in gold]
    assert not [i for i, n in Counter(ids).items() if n > 1]


@pytest.mark.parametrize("name", ["ba_fuel_prices", "phoenix_mars"])
def test_the_other_sets_are_of_other_articles(sets, name):
    seed = next(s for s, _ in sets if s.name == "seed")
    other = next(s for s, _ in sets if s.name == name)
    assert read_article(other.article).id != read_article(seed.article).id
