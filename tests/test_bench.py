"""The benchmark's bookkeeping, on made-up timings (the real run is `make bench`)."""
import importlib.util
import json
from pathlib import Path

from rag.config import DEFAULT_ARTICLE

_SCRIPT = Path(__file__).parent.parent / "bench" / "bench.py"
_spec = importlib.util.spec_from_file_location("bench_script", _SCRIPT)
assert _spec and _spec.loader
bench = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(bench)
analyse, naive_chunks, summarize, write = bench.analyse, bench.naive_chunks, bench.summarize, bench.write


def test_naive_chunks_are_paragraphs_of_about_80_words():
    chunks = naive_chunks(DEFAULT_ARTICLE.read_text("utf-8"))
    sizes = [len(c.split()) for c in chunks]
    assert 28 <= len(chunks) <= 38 and 70 <= sum(sizes) / len(sizes) <= 95


def call(first, total, prompt=300, cached=100, completion=10):
    return {"first_token_s": first, "total_s": total, "prompt_tokens": prompt, "cached_tokens": cached,
            "completion_tokens": completion}


def test_comparisons_leave_out_questions_refused_before_the_model(tmp_path):
    rows = [{"id": "a", "pipeline": {**call(1.1, 1.5), "attempts": 1, "llm_s": 1.48, "not_llm_s": 0.02},
             "raw warm": call(1.0, 1.4), "raw cold": call(2.0, 2.4, cached=0), "naive": call(2.5, 3.0)},
            {"id": "b", "pipeline": {**call(3.0, 3.5), "attempts": 2, "llm_s": 3.48, "not_llm_s": 0.02},
             "raw warm": call(1.0, 1.4), "raw cold": call(2.0, 2.4, cached=0), "naive": call(2.5, 3.0)},
            {"id": "refused", "pipeline": {**call(0.01, 0.01, 0, 0, 0), "attempts": 0, "llm_s": 0.0,
                                           "not_llm_s": 0.01}, "naive": call(2.5, 3.0)}]
    result = {"date": "d", "machine": "m", "model": "x.gguf", "settings": {}, "rows": rows,
              "startup": {"first_answer_byte_s": 6, "exit_s": 7, "peak_rss_mb": 1},
              "load_s": 4, "index_build_s": 1, "rss_mb": {}, "peak_rss_mb": 1,
              "variants": {"n": 1, "as configured": summarize([call(2.0, 2.4)])}, "scaling": [
                  {"factor": 1, "passages": 10, "build_s": 1, "retrieve_ms": 5, "index_mb": 1,
                   "vectors_mb": 1, "process_rss_mb": 1},
                  {"factor": 10, "passages": 100, "build_s": 9, "retrieve_ms": 6, "index_mb": 9,
                   "vectors_mb": 9, "process_rss_mb": 2}]}
    analyse(result)
    assert result["refused_before_model"] == 1 and result["retried"] == 1
    assert result["summary"]["pipeline"]["n"] == 2 and result["summary"]["pipeline, all questions"]["n"] == 3
    assert result["ratios"]["pipeline/raw warm first_token_s, one attempt"] == 1.1
    assert result["ratios"]["pipeline/raw cold first_token_s"] == round(2.05 / 2.0, 2)
    md, js = write(result, tmp_path / "results")
    assert json.loads(js.read_text())["ratios"] == result["ratios"]
    assert "| raw warm |" in md.read_text() and (tmp_path / "results-scaling.png").stat().st_size > 0


def test_scaling_splits_a_corpus_over_the_article_limit_into_articles(make_bot, monkeypatch):
    """The article x100 is more than one article may hold: the bench indexes it as a library."""
    monkeypatch.setattr(bench, "MAX_ARTICLE_CHARS", 2 * len(make_bot().article.text) + 10)
    [one, five] = bench.scaling(make_bot(), factors=(1, 5))
    assert (one["articles"], five["articles"]) == (1, 3)
    assert five["passages"] == 5 * one["passages"] and five["build_s"] > 0
