"""`make bench` (or `python bench/bench.py`, `rag bench`): how fast the pipeline answers, against
the model's own speed on the same prompts.

In one run, on the gold questions:

- pipeline: `RAG.ask`, as users get it (retrieval, prompt, model, grounding check, retries);
- raw: a bare llama.cpp `Llama` call on the very same final prompt, no retrieval, no check,
  its key/value cache kept between questions as llama.cpp does by itself ("raw warm"), and the
  same prompt again after `reset()`, so every token is computed ("raw cold");
- naive: the baseline of ../shared/FACTS.md: paragraphs packed into chunks of about 80 words,
  MiniLM dense top-4 from a flat FAISS index, one plain prompt, a bare `Llama` call.

Then, on the first few prompts only, cold again with one llama.cpp setting changed (flash
attention off, a small batch, the 0.5B model), to show what each choice buys; the start-up of a
new `rag ask` process; the index build; and how build, retrieval and memory grow with the corpus
(the article x1, x10, x100, each copy's numbers varied). Writes <out>.json, <out>.md and
<out>-scaling.png. Timing is reported here, never asserted in tests.
"""

from __future__ import annotations

import json
import os
import platform
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from rag.answer import RAG
from rag.errors import ModelError
from rag.evaluate import load_gold, machine, percentile
from rag.generate import LlamaGenerator, cached_prefix, load_llama
from rag.index import load_or_build
from rag.ingest import MAX_ARTICLE_CHARS, read_article
from rag.prompt import build_messages
from rag.question import Question
from rag.retrieve import Retriever

STARTUP_QUESTION = "How many Russians entered Kazakhstan?"
SCALING_QUESTIONS = ("How many Russians entered Kazakhstan?", "Who is Finland's foreign minister?",
                     "How far is Verkhni Lars from Tbilisi?")


def _stats(values: list[float]) -> dict:
    if not values:
        return {}
    return {"median": round(statistics.median(values), 3), "p90": round(percentile(values, 0.9), 3)}


def _rss_mb() -> float:
    """Resident memory of this process now, in MB."""
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


def _complete(llm, tokens: list[int], max_tokens: int, stop: list[str]) -> dict:
    """One bare llama.cpp completion of `tokens`, streamed and timed."""
    cached = cached_prefix(llm, tokens)
    start = time.perf_counter()
    first, n = None, 0
    for chunk in llm.create_completion(tokens, max_tokens=max_tokens, temperature=0.0, top_k=1,
                                       stop=stop, stream=True, seed=0):
        if chunk["choices"][0]["text"]:
            first = first or time.perf_counter() - start
            n += 1
    total = time.perf_counter() - start
    return {"first_token_s": first or total, "total_s": total, "prompt_tokens": len(tokens),
            "cached_tokens": cached, "completion_tokens": n}


def _cold(llm, tokens: list[int], max_tokens: int, stop: list[str]) -> dict:
    llm.reset()  # forget the key/value cache: every prompt token is computed
    return _complete(llm, tokens, max_tokens, stop)


def naive_chunks(text: str, words: int = 70) -> list[str]:
    """Whole paragraphs packed until a chunk has `words` words: 33 chunks of about 83 words for
    the seed article, the naive baseline of FACTS.md ("30 paragraph chunks of about 80 words")."""
    chunks: list[str] = []
    cur: list[str] = []
    for para in re.split(r"\n\s*\n", text):
        cur += para.split()
        if len(cur) >= words:
            chunks.append(" ".join(cur))
            cur = []
    if cur:
        chunks.append(" ".join(cur))
    return chunks


def startup(question: str = STARTUP_QUESTION) -> dict:
    """A new `rag ask` process, models assembled and index on disk: seconds to the first byte
    of the answer and to exit, and the process's peak memory."""
    start = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-m", "rag.cli", "ask", question],
                            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    assert proc.stdout is not None
    first = proc.stdout.read(1)
    first_s = time.perf_counter() - start
    rest = proc.stdout.read()
    proc.wait()
    total_s = time.perf_counter() - start
    return {"first_answer_byte_s": round(first_s, 2), "exit_s": round(total_s, 2),
            "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024),
            "output": (first + rest).decode("utf-8", "replace").splitlines()[0] if first else "",
            "returncode": proc.returncode}


def run(limit: int | None = None, variants_n: int = 20) -> dict:
    import faiss

    result: dict = {"date": time.strftime("%Y-%m-%d %H:%M"),
                    "machine": f"{machine()}, "
                               f"{os.sysconf('SC_PHYS_PAGES') * os.sysconf('SC_PAGE_SIZE') / 2**30:.0f} GiB, "
                               f"{platform.python_implementation()} {platform.python_version()}"}
    result["startup"] = startup()  # first, while this process holds no model
    print(f"start-up: {result['startup']}", flush=True)

    t0 = time.perf_counter()
    bot = RAG()
    bot.warm_up()
    gen = bot.generator
    assert isinstance(gen, LlamaGenerator), "the bench times the in-process llama.cpp model"
    s = bot.settings
    result["load_s"] = round(time.perf_counter() - t0, 2)
    result["rss_mb"] = {"pipeline": round(_rss_mb())}
    with tempfile.TemporaryDirectory() as tmp:  # the article's index, models already loaded
        t0 = time.perf_counter()
        index = load_or_build(bot.article, Path(tmp), bot.embedder, s.passage_tokens)
        Retriever([index], bot.embedder)
        result["index_build_s"] = round(time.perf_counter() - t0, 3)
    result["model"] = gen.model_path.name
    result["settings"] = {"top_k": s.top_k, "passage_tokens": s.passage_tokens,
                          "retry_declined": s.retry_declined, "n_threads": s.n_threads,
                          "max_answer_tokens": s.max_answer_tokens, **gen.params}

    before = _rss_mb()
    raw_llm = load_llama(gen.model_path, **gen.params)
    # the same start as the pipeline's warm_up: the fixed instructions are in its cache
    prompt, stop = gen.format(build_messages(Question("warm up", "warm up"), []))
    _complete(raw_llm, gen.tokenize(prompt), 1, stop)
    result["rss_mb"]["raw (added)"] = round(_rss_mb() - before)
    before = _rss_mb()
    naive_llm = load_llama(gen.model_path, **gen.params)
    chunks = naive_chunks(bot.article.text)
    vecs = bot.embedder.embed(chunks)
    naive_index = faiss.IndexFlatIP(vecs.shape[1])
    naive_index.add(vecs)
    result["rss_mb"]["naive (added)"] = round(_rss_mb() - before)

    rows, prompts = [], []
    for item in load_gold()[:limit]:
        q = item["question"]
        ans = bot.ask(q)
        t = ans.trace.to_dict()
        pipe = {"first_token_s": t.get("first_token_s", t["total_s"]), "total_s": t["total_s"],
                "llm_s": t.get("llm_s", 0.0), "attempts": t.get("attempts", 0),
                "prompt_tokens": t.get("prompt_tokens", 0), "cached_tokens": t.get("cached_tokens", 0),
                "completion_tokens": t.get("completion_tokens", 0)}
        pipe["not_llm_s"] = pipe["total_s"] - pipe["llm_s"]
        row = {"id": item["id"], "refused": ans.refused, "pipeline": pipe}
        if "llm_s" in t:  # the model ran: its first prompt, through a bare Llama
            t0 = time.perf_counter()
            prompt, stop = gen.format(ans.messages)
            tokens = gen.tokenize(prompt)
            # the template and tokenizer run inside llm_s; they are not llama.cpp's compute
            pipe["not_llm_s"] += pipe["attempts"] * (time.perf_counter() - t0)
            prompts.append((tokens, stop))
            row["raw warm"] = _complete(raw_llm, tokens, s.max_answer_tokens, stop)
            row["raw cold"] = _cold(raw_llm, tokens, s.max_answer_tokens, stop)
        start = time.perf_counter()
        _, ids = naive_index.search(bot.embedder.embed([q]), 4)
        context = "\n\n".join(chunks[i] for i in ids[0])
        prompt, stop = gen.format([{"role": "user", "content": "Answer the question using the "
                                    f"context.\n\nContext:\n{context}\n\nQuestion: {q}"}])
        search_s = time.perf_counter() - start
        naive = _complete(naive_llm, gen.tokenize(prompt), s.max_answer_tokens, stop)
        naive["first_token_s"] += search_s
        naive["total_s"] += search_s
        row["naive"] = naive
        rows.append(row)
        print(f"{item['id']}: pipeline {pipe['first_token_s']:.2f}/{pipe['total_s']:.2f} s, raw warm "
              f"{row.get('raw warm', {}).get('total_s', 0):.2f}, "
              f"cold {row.get('raw cold', {}).get('total_s', 0):.2f}, "
              f"naive {naive['total_s']:.2f}", flush=True)
    del naive_llm
    result["rows"] = rows
    analyse(result)

    # One llama.cpp choice changed at a time, on the same prompts, all cold.
    sample = prompts[:variants_n]
    variants = {"as configured": dict(gen.params), "flash attention off": {**gen.params, "flash_attn": False},
                "batch 32": {**gen.params, "n_batch": 32}}
    small = _small_model(s)
    if small:
        variants["0.5B model"] = dict(gen.params, model=small)  # Qwen2.5 models share one tokenizer
    vrows = {}
    del raw_llm
    for name, params in variants.items():
        params = dict(params)
        path = params.pop("model", gen.model_path)
        llm = load_llama(path, **params)
        vrows[name] = summarize([_cold(llm, tok, s.max_answer_tokens, stop) for tok, stop in sample])
        del llm
        print(f"{name}: {vrows[name]['total_s']}", flush=True)
    result["variants"] = {"n": len(sample), **vrows}

    result["scaling"] = scaling(bot)
    result["peak_rss_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
    return result


def analyse(result: dict) -> None:
    """Summaries and ratios from `result["rows"]`. Questions refused before the model runs (a
    name the article never uses) take milliseconds; they count in "pipeline, all questions" but
    not in the comparisons, which use only the questions where the model ran."""
    rows = result["rows"]
    ran = [r for r in rows if "raw warm" in r]
    result["summary"] = {"pipeline, all questions": summarize([r["pipeline"] for r in rows]),
                         "pipeline": summarize([r["pipeline"] for r in ran]),
                         **{k: summarize([r[k] for r in ran]) for k in ("raw warm", "raw cold", "naive")}}
    result["refused_before_model"] = len(rows) - len(ran)
    result["retried"] = sum(r["pipeline"]["attempts"] == 2 for r in ran)
    result["not_llm_ms"] = _stats([1000 * r["pipeline"]["not_llm_s"] for r in ran])
    result["not_llm_share"] = _stats([r["pipeline"]["not_llm_s"] / r["pipeline"]["total_s"] for r in ran])
    med = lambda kind, key: result["summary"][kind][key].get("median") or 1e-9
    result["ratios"] = {f"pipeline/{b} {key}": round(med("pipeline", key) / med(b, key), 2)
                        for b in ("raw warm", "raw cold", "naive") for key in ("first_token_s", "total_s")}
    once = [r for r in ran if r["pipeline"]["attempts"] == 1]  # the same work as the raw call
    for key in ("first_token_s", "total_s"):
        result["ratios"][f"pipeline/raw warm {key}, one attempt"] = round(
            statistics.median(r["pipeline"][key] for r in once)
            / statistics.median(r["raw warm"][key] for r in once), 2) if once else None


def _small_model(settings) -> Path | None:
    from rag.models import resolve_llm

    try:
        return resolve_llm("qwen2.5-0.5b", settings.home)
    except ModelError:  # the extra is not installed: leave that variant out
        return None


def summarize(rs: list[dict]) -> dict:
    """Medians and 90th percentiles of the timings and token counts of timed calls `rs`."""
    def gen_rate(r):
        return (r["completion_tokens"] - 1) / max(1e-6, r["total_s"] - r["first_token_s"])

    def prompt_rate(r):
        return (r["prompt_tokens"] - r.get("cached_tokens", 0)) / r["first_token_s"]

    return {"n": len(rs),
            "first_token_s": _stats([r["first_token_s"] for r in rs]),
            "total_s": _stats([r["total_s"] for r in rs]),
            "prompt_tokens": _stats([r["prompt_tokens"] for r in rs]),
            "computed_prompt_tokens": _stats([r["prompt_tokens"] - r.get("cached_tokens", 0) for r in rs]),
            "completion_tokens": _stats([r["completion_tokens"] for r in rs]),
            "prompt_tokens_per_s": _stats([prompt_rate(r) for r in rs]),
            "generation_tokens_per_s": _stats([gen_rate(r) for r in rs if r["completion_tokens"] > 2])}


def _shifted(text: str, by: int) -> str:
    """`text` with every number increased by `by`."""
    return re.sub(r"\d+", lambda m: str(int(m.group()) + by), text)


def scaling(bot: RAG, factors=(1, 10, 100)) -> list[dict]:
    """The real index build (split, embed, write, hash, load, BM25) and `Retriever.search` on the
    article repeated `f` times, each copy's numbers varied so no two copies are the same text; the
    copies are split into as few articles as the size limit allows (x100 of the seed article is
    two), searched together as a library is."""
    out = []
    text = bot.article.text
    per_article = max(1, MAX_ARTICLE_CHARS // (len(text) + 2))
    with tempfile.TemporaryDirectory() as tmp:
        for f in factors:
            copies = [text] + [_shifted(text, i) for i in range(1, f)]
            t0 = time.perf_counter()
            indexes = []
            for n, at in enumerate(range(0, f, per_article)):
                path = Path(tmp) / f"article-x{f}-{n}.txt"
                path.write_text("\n\n".join(copies[at:at + per_article]), "utf-8")
                indexes.append(load_or_build(read_article(path), Path(tmp) / "indexes", bot.embedder,
                                             bot.settings.passage_tokens))
            retriever = Retriever(indexes, bot.embedder)
            build = time.perf_counter() - t0
            lat = []
            for q in SCALING_QUESTIONS * 3:
                t0 = time.perf_counter()
                retriever.search(q, bot.settings.top_k)
                lat.append(time.perf_counter() - t0)
            disk = sum(p.stat().st_size for index in indexes for p in index.path.iterdir())
            vectors = sum(index.vectors.ntotal * index.vectors.d * 4 for index in indexes)  # float32
            out.append({"factor": f, "articles": len(indexes), "passages": len(retriever.passages),
                        "build_s": round(build, 2), "retrieve_ms": round(1000 * statistics.median(lat), 1),
                        "index_mb": round(disk / 2**20, 2), "vectors_mb": round(vectors / 2**20, 2),
                        "process_rss_mb": round(_rss_mb())})
            print(f"x{f}: {out[-1]}", flush=True)
            del indexes, retriever
    return out


def _fmt(d: dict) -> str:
    return f"{d.get('median', '-')} / {d.get('p90', '-')}" if d else "-"


def write(result: dict, out: str | Path) -> tuple[Path, Path]:
    base = Path(out)
    base.parent.mkdir(parents=True, exist_ok=True)
    js = base.with_suffix(".json")
    js.write_text(json.dumps(result, indent=1), "utf-8")
    st = result["startup"]
    lines = [f"# Benchmark, {result['date']}", "",
             f"Machine: {result['machine']}. Model: {result['model']}.",
             f"Settings: {result['settings']}.", "",
             f"Medians / 90th percentiles, times in seconds, over {len(result['rows'])} gold questions; "
             f"{result['refused_before_model']} were refused before the model ran (a name the article "
             f"never uses), so the comparisons use the {result['summary']['pipeline']['n']} where it ran "
             f"({result['retried']} of them needed the pipeline's second attempt; raw runs only the "
             "first prompt). Token counts of the pipeline are its last attempt's.", "",
             "| | first token | full answer | prompt tokens | computed prompt tokens | answer tokens "
             "| prompt tok/s | generation tok/s |", "|---|---|---|---|---|---|---|---|"]
    for kind, r in result["summary"].items():
        lines.append(f"| {kind} | {_fmt(r['first_token_s'])} | {_fmt(r['total_s'])} | "
                     f"{_fmt(r['prompt_tokens'])} | {_fmt(r['computed_prompt_tokens'])} | "
                     f"{_fmt(r['completion_tokens'])} | {_fmt(r['prompt_tokens_per_s'])} | "
                     f"{_fmt(r['generation_tokens_per_s'])} |")
    lines += ["", "Ratios of medians: " + ", ".join(f"{k} {v}" for k, v in result["ratios"].items()) + ".",
              "", "Not llama.cpp (embedding, search, fusion, prompt, check): "
              f"{_fmt(result['not_llm_ms'])} ms "
              f"per answer, {_fmt(result['not_llm_share'])} of its time.", "",
              f"Start-up of a new `rag ask` process to the first byte of its answer: "
              f"{st['first_answer_byte_s']} s (exit {st['exit_s']} s, peak memory {st['peak_rss_mb']} MB). "
              f"In this process: models loaded and warm in {result['load_s']} s; the article's index "
              f"built in {result['index_build_s']} s with the models loaded.", "",
              f"Memory (resident MB): {result['rss_mb']}; peak of the bench process, all models: "
              f"{result['peak_rss_mb']} MB.", "",
              f"One llama.cpp choice changed, on the first {result['variants']['n']} pipeline prompts, "
              "cold cache:", "", "| variant | first token | full answer | prompt tok/s | generation tok/s |",
              "|---|---|---|---|---|"]
    for name, r in result["variants"].items():
        if name != "n":
            lines.append(f"| {name} | {_fmt(r['first_token_s'])} | {_fmt(r['total_s'])} | "
                         f"{_fmt(r['prompt_tokens_per_s'])} | {_fmt(r['generation_tokens_per_s'])} |")
    lines += ["", "Growth with the corpus (the article repeated, numbers varied):", "",
              "| corpus | passages | index build s | retrieval ms | index on disk MB | vectors in memory MB "
              "| bench process resident MB |", "|---|---|---|---|---|---|---|"]
    lines += [f"| x{r['factor']} | {r['passages']} | {r['build_s']} | {r['retrieve_ms']} | "
              f"{r['index_mb']} | {r['vectors_mb']} | {r['process_rss_mb']} |" for r in result["scaling"]]
    md = base.with_suffix(".md")
    md.write_text("\n".join(lines) + "\n", "utf-8")
    _plot(result["scaling"], base.with_name(base.name + "-scaling.png"))
    return md, js


def _plot(rows: list[dict], path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    n = [r["passages"] for r in rows]
    fig, ax = plt.subplots(1, 3, figsize=(11, 3.3))
    for a, key, label in zip(ax, ("build_s", "retrieve_ms", "index_mb"),
                             ("index build (s)", "retrieval per question (ms)", "index on disk (MB)")):
        a.plot(n, [r[key] for r in rows], "o-")
        a.set(xscale="log", yscale="log", xlabel="passages", ylabel=label)
        a.grid(True, which="both", alpha=0.3)
    fig.tight_layout()
    fig.savefig(path, dpi=100)
    plt.close(fig)


def main(argv: list[str] | None = None) -> int:
    import argparse

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=None, help="use only the first N gold questions")
    parser.add_argument("--variants", type=int, default=20, metavar="N",
                        help="time the llama.cpp variants on the first N prompts (default 20)")
    parser.add_argument("--out", default=str(Path(__file__).parent / "results"),
                        help="results path without suffix")
    args = parser.parse_args(argv)
    result = run(args.limit, args.variants)
    md, js = write(result, args.out)
    print(md.read_text())
    print(f"results: {md}, {js}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
