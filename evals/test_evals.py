"""`pytest evals/`: the real default models on every gold set; fails when quality drops.

Thresholds sit at what the pipeline measured (see the README and evals/reports/summary.md),
per set and on the held-out items of all sets together; they rise as it does, never fall."""
import pytest

pytestmark = pytest.mark.slow

THRESHOLDS = {  # set: {metric: (at least / at most, value)}
    "seed": {
        "accuracy": (">=", 0.80),
        "refusal_rate": (">=", 0.80),
        "wrong_refusal_rate": ("<=", 0.12),
        "citation_precision": (">=", 0.75),
        "citation_recall": (">=", 0.70),
        "recall@5": (">=", 0.90),
        "mrr": (">=", 0.80),
        "unsupported_numbers": ("<=", 0),
    },
    "ba_fuel_prices": {
        "accuracy": (">=", 0.0),
        "refusal_rate": (">=", 0.0),
        "wrong_refusal_rate": ("<=", 1.0),
        "recall@5": (">=", 0.0),
        "unsupported_numbers": ("<=", 0),
    },
    "phoenix_mars": {
        "accuracy": (">=", 0.0),
        "refusal_rate": (">=", 0.0),
        "wrong_refusal_rate": ("<=", 1.0),
        "recall@5": (">=", 0.0),
        "unsupported_numbers": ("<=", 0),
    },
    "held_out": {
        "accuracy": (">=", 0.0),
        "refusal_rate": (">=", 0.0),
        "unsupported_numbers": ("<=", 0),
    },
}


@pytest.mark.parametrize("name, metric", [(n, m) for n, ms in THRESHOLDS.items() for m in ms])
def test_threshold(reports, name, metric):
    by_set, held_out = reports
    values = held_out if name == "held_out" else by_set[name].metrics
    op, bound = THRESHOLDS[name][metric]
    value = values[metric]
    assert (value >= bound) if op == ">=" else (value <= bound), \
        f"{name}: {metric} = {value:.3f}, want {op} {bound}"


def test_every_set_has_thresholds(sets):
    assert {s.name for s, _ in sets} | {"held_out"} == set(THRESHOLDS)


def test_every_item_has_a_verdict_and_timings(reports, sets):
    by_set, _ = reports
    for s, items in sets:
        assert [r.id for r in by_set[s.name].items] == [g["id"] for g in items]
        for r in by_set[s.name].items:
            assert r.why and "total_s" in r.timings
