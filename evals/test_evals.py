"""`pytest evals/`: the real default models on every gold set; fails when quality drops.

Thresholds sit at what the pipeline measured (see the README and evals/reports/summary.md),
per set and on the held-out items of all sets together; they rise as it does, never fall.
With RAG_EVAL_SPLIT=test (`make test`) only the held-out items are asked, and only the
thresholds of the held-out items are held (HELD_OUT)."""
import pytest

from rag.evaluate import held_out_only

pytestmark = pytest.mark.slow

THRESHOLDS = {  # set: {metric: (at least / at most, value)}; measured 2026-11-26 in the comments
    "seed": {
        "accuracy": (">=", 0.95),  # 0.977 (84/86)
        "refusal_rate": (">=", 0.92),  # 0.960 (24/25)
        "wrong_refusal_rate": ("<=", 0.04),  # 0.012
        "citation_precision": (">=", 0.85),  # 0.907
        "citation_recall": (">=", 0.70),
        "recall@5": (">=", 0.95),  # 0.965
        "mrr": (">=", 0.80),
        "unsupported_numbers": ("<=", 0),
    },
    "ba_fuel_prices": {
        "accuracy": (">=", 0.94),  # 0.971 (34/35)
        "refusal_rate": (">=", 0.84),  # 0.923 (12/13); 0.846 before the clause rule
        "wrong_refusal_rate": ("<=", 0.06),  # 0.029
        "citation_precision": (">=", 0.95),  # 1.000
        "recall@5": (">=", 0.96),  # 1.000
        "unsupported_numbers": ("<=", 0),
    },
    "phoenix_mars": {
        "accuracy": (">=", 0.87),  # 0.917 (22/24)
        "refusal_rate": (">=", 0.87),  # 0.900 (9/10)
        # 0.083 (2/24), 0.000 before: a declined question is no longer forced from whole passages
        # (ph-city right before, ph-website wrong before; and ph-u-rocket's made-up answer refused)
        "wrong_refusal_rate": ("<=", 0.13),
        "citation_precision": (">=", 0.95),  # 1.000
        "recall@5": (">=", 0.95),  # 1.000
        "unsupported_numbers": ("<=", 0),
    },
    "multi-fact": {  # the *_multi sets together: questions that need several facts
        "accuracy": (">=", 0.85),  # 0.878 (43/49); before multi.py: 0.371 (on 35)
        "refusal_rate": (">=", 0.88),  # 1.000 (10/10); before: 0.667
        "wrong_refusal_rate": ("<=", 0.06),  # 0.020
        "unsupported_numbers": ("<=", 0),  # a computed number counts when its arithmetic holds
    },
    "multi-fact held out": {  # the test split of the *_multi sets
        "accuracy": (">=", 0.80),  # 0.846 (22/26)
        "refusal_rate": (">=", 0.75),  # 1.000 (4/4)
        "wrong_refusal_rate": ("<=", 0.08),  # 0.038
        "unsupported_numbers": ("<=", 0),
    },
    "held_out": {  # the test split of the three simple sets together
        "accuracy": (">=", 0.90),  # 0.930 (40/43)
        "refusal_rate": (">=", 0.89),  # 0.947 (18/19)
        # 0.070 (3/43), 0.023 before: a declined question is no longer forced from whole passages
        # (Phoenix: one right answer and one wrong one became refusals; see phoenix_mars)
        "wrong_refusal_rate": ("<=", 0.10),
        "unsupported_numbers": ("<=", 0),
    },
    "fresh": {  # blind held-out items, written 2026-11-26 before that day's code ran on them
        "accuracy": (">=", 0.78),  # 0.857 (12/14)
        "refusal_rate": (">=", 0.66),  # 0.778 (7/9): made-up claims from the passage's words pass
        "wrong_refusal_rate": ("<=", 0.08),  # 0.071
        "unsupported_numbers": ("<=", 0),
    },
    "new story": {  # an unseen story of another kind (BBC politics), blind, all held out; 2026-11-26
        "accuracy": (">=", 0.87),  # 0.917 (22/24); 0.833 before the shorter answers; 0.792 at first
        "refusal_rate": (">=", 0.70),  # 0.800 (8/10); 0.700 before
        "wrong_refusal_rate": ("<=", 0.09),  # 0.042 (1/24); 0.125 before
        "unsupported_numbers": ("<=", 0),
    },
    "multi-fact new story": {  # the several-fact questions about it (7 answerable, 1 not)
        "accuracy": (">=", 0.28),  # 0.429 (3/7): lists on this story fail
        "wrong_refusal_rate": ("<=", 0.43),  # 0.286
        "unsupported_numbers": ("<=", 0),
    },
}


# the rows a held-out-only run measures
HELD_OUT = ("held_out", "multi-fact held out", "fresh", "new story", "multi-fact new story")


@pytest.mark.parametrize("name, metric", [(n, m) for n, ms in THRESHOLDS.items() for m in ms])
def test_threshold(reports, name, metric):
    if held_out_only() and name not in HELD_OUT:
        pytest.skip("only the held-out items were asked (RAG_EVAL_SPLIT=test); `make eval` asks all")
    by_set, held_out, groups = reports
    if name == "held_out":
        values = held_out
    elif name == "multi-fact held out":
        values = groups["multi-fact"].by_split["test"]
    else:
        values = (groups.get(name) or by_set[name]).metrics
    op, bound = THRESHOLDS[name][metric]
    value = values[metric]
    assert (value >= bound) if op == ">=" else (value <= bound), \
        f"{name}: {metric} = {value:.3f}, want {op} {bound}"


def test_every_set_has_thresholds(sets):
    """Each simple set has its own; the sets of a group are held to the group's."""
    assert {s.group or s.name for s, _ in sets} | set(HELD_OUT) == set(THRESHOLDS)


def test_every_item_has_a_verdict_and_timings(reports, asked):
    by_set, _, _ = reports
    for s, items in asked:
        assert [r.id for r in by_set[s.name].items] == [g["id"] for g in items]
        for r in by_set[s.name].items:
            assert r.why and "total_s" in r.timings
