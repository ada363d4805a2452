"""`pytest evals/`: the real default models on every gold pair; fails when quality drops.

Thresholds sit just under what the pipeline measured (see the README); a real drop fails."""
import pytest

pytestmark = pytest.mark.slow

THRESHOLDS = {  # metric: (at least / at most, value)
    "accuracy": (">=", 0.80),
    "refusal_rate": (">=", 0.80),
    "wrong_refusal_rate": ("<=", 0.12),
    "citation_precision": (">=", 0.75),
    "citation_recall": (">=", 0.70),
    "recall@5": (">=", 0.90),
    "mrr": (">=", 0.80),
    "unsupported_numbers": ("<=", 0),
}


@pytest.mark.parametrize("metric", THRESHOLDS)
def test_threshold(report, metric):
    op, bound = THRESHOLDS[metric]
    value = report.metrics[metric]
    assert (value >= bound) if op == ">=" else (value <= bound), f"{metric} = {value:.3f}, want {op} {bound}"


def test_every_item_has_a_verdict_and_timings(report, gold):
    assert [r.id for r in report.items] == [g["id"] for g in gold]
    for r in report.items:
        assert r.why and "total_s" in r.timings
