"""`pytest evals/`: the real default models on every gold set; fails when quality drops.

Thresholds sit at what the pipeline measured (see the README and evals/reports/summary.md),
per set and on the held-out items of all sets together; they rise as it does, never fall."""
import pytest

pytestmark = pytest.mark.slow

THRESHOLDS = {  # set: {metric: (at least / at most, value)}; measured 2026-11-26 in the comments
    "seed": {
        "accuracy": (">=", 0.90),  # 0.938 (76/81)
        "refusal_rate": (">=", 0.90),  # 0.955 (21/22)
        "wrong_refusal_rate": ("<=", 0.05),  # 0.037
        "citation_precision": (">=", 0.80),  # 0.849
        "citation_recall": (">=", 0.70),
        "recall@5": (">=", 0.95),  # 0.963
        "mrr": (">=", 0.80),
        "unsupported_numbers": ("<=", 0),
    },
    "ba_fuel_prices": {
        "accuracy": (">=", 0.90),  # 0.938 (30/32)
        "refusal_rate": (">=", 0.70),  # 0.800 (8/10)
        "wrong_refusal_rate": ("<=", 0.07),  # 0.031
        "citation_precision": (">=", 0.95),  # 1.000
        "recall@5": (">=", 0.96),  # 1.000
        "unsupported_numbers": ("<=", 0),
    },
    "phoenix_mars": {
        "accuracy": (">=", 0.81),  # 0.864 (19/22)
        "refusal_rate": (">=", 0.87),  # 0.875 (7/8); 1.000 in the run before
        "wrong_refusal_rate": ("<=", 0.05),  # 0.000
        "citation_precision": (">=", 0.95),  # 1.000
        "recall@5": (">=", 0.95),  # 1.000
        "unsupported_numbers": ("<=", 0),
    },
    "multi-fact": {  # the *_multi sets together: questions that need several facts
        "accuracy": (">=", 0.68),  # 0.743 (26/35); before multi.py: 0.371
        "refusal_rate": (">=", 0.88),  # 1.000 (9/9); before: 0.667
        "wrong_refusal_rate": ("<=", 0.15),  # 0.086
        "unsupported_numbers": ("<=", 0),  # a computed number counts when its arithmetic holds
    },
    "held_out": {  # the test split of every simple set together
        "accuracy": (">=", 0.81),  # 0.848 (28/33)
        "refusal_rate": (">=", 0.81),  # 0.909 (10/11)
        "wrong_refusal_rate": ("<=", 0.07),  # 0.030
        "unsupported_numbers": ("<=", 0),
    },
}


@pytest.mark.parametrize("name, metric", [(n, m) for n, ms in THRESHOLDS.items() for m in ms])
def test_threshold(reports, name, metric):
    by_set, held_out, groups = reports
    values = held_out if name == "held_out" else (groups.get(name) or by_set[name]).metrics
    op, bound = THRESHOLDS[name][metric]
    value = values[metric]
    assert (value >= bound) if op == ">=" else (value <= bound), \
        f"{name}: {metric} = {value:.3f}, want {op} {bound}"


def test_every_set_has_thresholds(sets):
    """Each simple set has its own; the sets of a group are held to the group's."""
    assert {s.group or s.name for s, _ in sets} | {"held_out"} == set(THRESHOLDS)


def test_every_item_has_a_verdict_and_timings(reports, sets):
    by_set, _, _ = reports
    for s, items in sets:
        assert [r.id for r in by_set[s.name].items] == [g["id"] for g in items]
        for r in by_set[s.name].items:
            assert r.why and "total_s" in r.timings
