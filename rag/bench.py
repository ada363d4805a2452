"""`rag bench`: time the pipeline on the gold questions against, in the same run,
(1) raw llama.cpp on the very same final prompts (a bare `Llama` call, no retrieval, no check)
and (2) the naive baseline (80-word paragraph chunks, dense top-4, one plain prompt); then
how index build, retrieval and memory grow with the corpus (x1, x10, x100).
Writes <out>.json and <out>.md (and <out>-scaling.png)."""

from __future__ import annotations

import json
import platform
import resource
import statistics
import time
from pathlib import Path

from .answer import RAG
from .evaluate import load_gold


def _stats(values: list[float]) -> dict:
    values = sorted(values)
    if not values:
        return {}
    return {"median": round(statistics.median(values), 3),
            "p90": round(values[min(len(values) - 1, int(0.9 * len(values)))], 3)}


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _raw(llm, prompt_tokens: list[int], max_tokens: int, stop: list[str]) -> dict:
    """A bare llama.cpp completion of the given prompt, streamed, timed."""
    start = time.perf_counter()
    first, n = None, 0
    for chunk in llm.create_completion(prompt_tokens, max_tokens=max_tokens, temperature=0.0,
                                       top_k=1, stop=stop, stream=True):
        if chunk["choices"][0]["text"]:
            first = first or time.perf_counter() - start
            n += 1
    total = time.perf_counter() - start
    return {"first_token_s": first or total, "total_s": total, "prompt_tokens": len(prompt_tokens),
            "completion_tokens": n}


def _naive_chunks(text: str, words: int = 80) -> list[str]:
    """Paragraphs (blank-line separated) cut into pieces of about `words` words."""
    out = []
    for para in (p.strip() for p in text.split("\n\n")):
        ws = para.split()
        for i in range(0, len(ws), words):
            if ws[i:i + words]:
                out.append(" ".join(ws[i:i + words]))
    return out


def run(limit: int | None = None) -> dict:
    from llama_cpp import Llama

    bot = RAG()
    bot.warm_up()
    gen = bot.generator
    gold = load_gold()[:limit]
    s = bot.settings
    params = dict(gen.params, verbose=False, seed=0)
    raw_llm = Llama(model_path=str(gen.model_path), **params)
    naive_llm = Llama(model_path=str(gen.model_path), **params)

    import faiss

    chunks = _naive_chunks(bot.article.text)
    vecs = bot.embedder.embed(chunks)
    naive_index = faiss.IndexFlatIP(vecs.shape[1])
    naive_index.add(vecs)

    rows = []
    for item in gold:
        q = item["question"]
        ans = bot.ask(q)
        t = ans.timings
        pipe = {"first_token_s": t.get("first_token_s", t["total_s"]), "total_s": t["total_s"],
                "prompt_tokens": t.get("prompt_tokens", 0), "cached_tokens": t.get("cached_tokens", 0),
                "completion_tokens": t.get("completion_tokens", 0), "attempts": t.get("attempts", 0),
                "llm_s": t.get("llm_s", 0.0)}
        pipe["overhead_s"] = pipe["total_s"] - pipe["llm_s"]
        row = {"id": item["id"], "pipeline": pipe}
        if "llm_s" in t:  # the same final prompt through raw llama.cpp
            from .answer import build_messages

            messages = build_messages(ans.question, [h.passage.text for h in ans.passages])
            prompt, stop = gen.format(messages)
            row["raw"] = _raw(raw_llm, gen.tokenize(prompt), s.max_answer_tokens, stop)
        # naive: dense top-4 chunks, one plain prompt, no chat template tricks, no check
        start = time.perf_counter()
        _, ids = naive_index.search(bot.embedder.embed([q]), 4)
        context = "\n\n".join(chunks[i] for i in ids[0])
        messages = [{"role": "user", "content": f"Answer the question using the context.\n\n"
                     f"Context:\n{context}\n\nQuestion: {q}"}]
        prompt, stop = gen.format(messages)
        search_s = time.perf_counter() - start
        naive = _raw(naive_llm, gen.tokenize(prompt), s.max_answer_tokens, stop)
        naive["first_token_s"] += search_s
        naive["total_s"] += search_s
        row["naive"] = naive
        rows.append(row)
        print(f"{item['id']}: pipeline {pipe['first_token_s']:.2f}/{pipe['total_s']:.2f} s, "
              f"naive {naive['first_token_s']:.2f}/{naive['total_s']:.2f} s", flush=True)

    def summary(kind: str) -> dict:
        rs = [r[kind] for r in rows if kind in r]
        gen_tps = [r["completion_tokens"] / max(1e-6, r["total_s"] - r["first_token_s"])
                   for r in rs if r["completion_tokens"] > 1]
        return {"n": len(rs), "first_token_s": _stats([r["first_token_s"] for r in rs]),
                "total_s": _stats([r["total_s"] for r in rs]),
                "prompt_tokens": _stats([r["prompt_tokens"] for r in rs]),
                "completion_tokens": _stats([r["completion_tokens"] for r in rs]),
                "generation_tokens_per_s": _stats(gen_tps)}

    result = {
        "date": time.strftime("%Y-%m-%d"),
        "machine": f"{platform.machine()}, {platform.processor() or 'cpu'}, "
                   f"{__import__('os').cpu_count()} cores, {s.n_threads} llama.cpp threads",
        "model": str(gen.model_path.name),
        "settings": {"top_k": s.top_k, "passage_tokens": s.passage_tokens,
                     "retry_declined": s.retry_declined},
        "pipeline": summary("pipeline"), "raw": summary("raw"), "naive": summary("naive"),
        "overhead_ms": _stats([r["pipeline"]["overhead_s"] * 1000 for r in rows]),
        "overhead_share": _stats([r["pipeline"]["overhead_s"] / r["pipeline"]["total_s"] for r in rows]),
        "peak_rss_mb": round(_peak_mb()),
        "rows": rows,
    }
    med = lambda kind, key: result[kind][key].get("median", 0) or 1e-9  # noqa: E731
    result["ratios"] = {
        f"{a}/{b} {key}": round(med(a, key) / med(b, key), 2)
        for a, b in (("pipeline", "raw"), ("pipeline", "naive"))
        for key in ("first_token_s", "total_s")}
    result["scaling"] = scaling(bot)
    return result


def scaling(bot: RAG, factors=(1, 10, 100)) -> list[dict]:
    """Index build time, retrieval latency and memory for the article repeated with variations."""
    import faiss

    from .ingest import split_passages
    from .retrieve import BM25

    base = split_passages(bot.article.text, "x", bot.settings.passage_tokens)
    out = []
    for f in factors:
        texts = [p.text if i == 0 else f"{p.text} (copy {i})" for i in range(f) for p in base]
        start = time.perf_counter()
        vecs = bot.embedder.embed(texts)
        index = faiss.IndexFlatIP(vecs.shape[1])
        index.add(vecs)
        bm25 = BM25(texts)
        build = time.perf_counter() - start
        lat = []
        for q in ("How many Russians entered Kazakhstan?", "Who is Finland's foreign minister?",
                  "How far is Verkhni Lars from Tbilisi?"):
            t0 = time.perf_counter()
            index.search(bot.embedder.embed([q]), 30)
            bm25.rank(q)
            lat.append(time.perf_counter() - t0)
        out.append({"factor": f, "passages": len(texts), "build_s": round(build, 2),
                    "retrieve_ms": round(1000 * statistics.median(lat), 1),
                    "vectors_mb": round(vecs.nbytes / 2**20, 2), "peak_rss_mb": round(_peak_mb())})
        print(f"x{f}: {out[-1]}", flush=True)
    return out


def write(result: dict, out: str | Path) -> tuple[Path, Path]:
    base = Path(out)
    base.parent.mkdir(parents=True, exist_ok=True)
    base.with_suffix(".json").write_text(json.dumps(result, indent=1), "utf-8")
    fmt = lambda d: f"{d.get('median', '-')} / {d.get('p90', '-')}"  # noqa: E731
    lines = [f"# Benchmark, {result['date']}", "", f"Machine: {result['machine']}. Model: "
             f"{result['model']}. Settings: {result['settings']}.", "",
             "| | first token s (median / p90) | full answer s | prompt tokens | answer tokens "
             "| generation tok/s |", "|---|---|---|---|---|---|"]
    for kind in ("pipeline", "raw", "naive"):
        r = result[kind]
        lines.append(f"| {kind} | {fmt(r['first_token_s'])} | {fmt(r['total_s'])} | "
                     f"{fmt(r['prompt_tokens'])} | {fmt(r['completion_tokens'])} | "
                     f"{fmt(r['generation_tokens_per_s'])} |")
    lines += ["", f"Ratios of medians: {result['ratios']}", "",
              f"Not llama.cpp (embedding, search, fusion, prompt, check): {fmt(result['overhead_ms'])} ms, "
              f"share of the answer {fmt(result['overhead_share'])}. Peak RSS of the bench process "
              f"(three model instances): {result['peak_rss_mb']} MB.", "",
              "| corpus | passages | index build s | retrieval ms | vectors MB | peak RSS MB |",
              "|---|---|---|---|---|---|"]
    lines += [f"| x{r['factor']} | {r['passages']} | {r['build_s']} | {r['retrieve_ms']} | "
              f"{r['vectors_mb']} | {r['peak_rss_mb']} |" for r in result["scaling"]]
    md = base.with_suffix(".md")
    md.write_text("\n".join(lines) + "\n", "utf-8")
    try:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt

        sc = result["scaling"]
        fig, ax = plt.subplots(1, 2, figsize=(9, 3.5))
        ax[0].plot([r["passages"] for r in sc], [r["build_s"] for r in sc], "o-")
        ax[0].set(xscale="log", yscale="log", xlabel="passages", ylabel="index build (s)")
        ax[1].plot([r["passages"] for r in sc], [r["retrieve_ms"] for r in sc], "o-")
        ax[1].set(xscale="log", xlabel="passages", ylabel="retrieval (ms)")
        fig.tight_layout()
        fig.savefig(base.with_name(base.name + "-scaling.png"))
    except ImportError:
        pass
    return md, base.with_suffix(".json")


def main(args) -> int:
    result = run(args.limit)
    md, js = write(result, args.out)
    print(md.read_text())
    print(f"results: {md}, {js}")
    return 0
