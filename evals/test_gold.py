"""The gold file itself: well formed, and every evidence sentence is in the article verbatim."""
from collections import Counter

from rag.config import DEFAULT_ARTICLE


def test_gold_items_are_well_formed(gold):
    article = DEFAULT_ARTICLE.read_text("utf-8")
    assert len(gold) >= 80
    assert not [i for i, n in Counter(g["id"] for g in gold).items() if n > 1]
    for g in gold:
        assert g["question"].strip() and g["category"] and g["split"] in ("dev", "test")
        if g["answerable"]:
            assert g["answers"] and g["evidence"], g["id"]
            for e in g["evidence"]:
                assert e in article, (g["id"], e)
        else:
            assert g["answers"] == [] and g["evidence"] == []
    assert sum(not g["answerable"] for g in gold) >= 20
    assert sum(g["split"] == "test" for g in gold) >= 15
