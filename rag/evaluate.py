"""Measure the bot on gold question/answer pairs: answer accuracy, refusals, citations,
retrieval and unsupported numbers, with no network and no model as judge.

A gold item is one JSON object a line: id, question, answers (every acceptable form),
answerable, category, evidence (sentences copied verbatim from the article), split; and for a
question that needs several facts, at_least (how many of the answers must all be there: the
items of a list, the parts; an item's other names are joined by "|": "Food and Agriculture
Organisation|FAO") and may_state (numbers the answer may show besides the answer: the
operands of a sum). A gold set
is a gold file and the article it asks about; `evals/gold/sets.json` names the sets.
"""

from __future__ import annotations

import json
import os
import platform
import re
import statistics
import string
import time
from collections import Counter, defaultdict
from dataclasses import asdict, dataclass, field
from pathlib import Path

from .config import CHECKOUT
from .errors import RagError
from .text import names, numbers, quantities, share_percents, stated, strip_markers

# the checkout's evals/ folder (or ./evals for an installed package)
ROOT = CHECKOUT or Path(".")
SETS_FILE = ROOT / "evals" / "gold" / "sets.json"
SEED_GOLD = ROOT / "evals" / "gold" / "seed.jsonl"  # what the benchmarks ask
DEFAULT_REPORT = ROOT / "evals" / "reports"
EVAL_SPLIT_ENV = "RAG_EVAL_SPLIT"  # "test": `pytest evals/` asks only the held-out items
RECALL_KS = (1, 3, 5, 10)  # searched for each; the deepest also gives the rank of the evidence


def machine() -> str:
    """The CPU that timings come from: its model, cores and widest vector extension (llama.cpp runs
    about three times slower with AVX2 alone than with AVX-512)."""
    try:
        info = Path("/proc/cpuinfo").read_text()
    except OSError:
        info = ""
    model = next((line.split(":", 1)[1].strip() for line in info.splitlines()
                  if line.startswith("model name")), platform.processor() or platform.machine())
    simd = "AVX-512" if "avx512f" in info else "AVX2" if "avx2" in info else "no AVX2"
    return f"{model}, {os.cpu_count()} cores, {simd}"


@dataclass(frozen=True)
class GoldSet:
    name: str
    article: Path
    gold: Path
    source: str = ""
    group: str = ""  # sets reported together ("multi-fact": questions that need several facts)


def gold_sets(names: list[str] | None = None) -> list[GoldSet]:
    """The gold sets of `evals/gold/sets.json` (all, or those named), paths resolved."""
    try:
        table = json.loads(SETS_FILE.read_text("utf-8"))
    except (OSError, ValueError) as e:
        raise RagError(f"cannot read {SETS_FILE}: {e}") from None
    unknown = set(names or []) - set(table)
    if unknown:
        raise RagError(f"no gold set {sorted(unknown)}; the sets are {', '.join(table)}")
    return [GoldSet(n, ROOT / v["article"], SETS_FILE.parent / v["gold"], v.get("source", ""),
                    v.get("group", ""))
            for n, v in table.items() if not names or n in names]


def held_out_only() -> bool:
    """Whether `pytest evals/` asks only the held-out items (RAG_EVAL_SPLIT=test, what `make test`
    does to stay short on a slow CPU; `make eval` asks every item)."""
    return os.environ.get(EVAL_SPLIT_ENV, "") == "test"


def load_gold(path: str | Path = SEED_GOLD) -> list[dict]:
    path = Path(path)
    try:
        lines = path.read_text("utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as e:
        raise RagError(f"cannot read the gold file {path}: {e}") from None
    items = []
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
        except json.JSONDecodeError as e:
            raise RagError(f"{path}:{n}: not JSON ({e.msg})") from None
        missing = {"id", "question", "answers", "answerable"} - set(item)
        if missing:
            raise RagError(f"{path}:{n}: missing {sorted(missing)}")
        item.setdefault("category", "all")
        item.setdefault("evidence", [])
        item.setdefault("split", "dev")
        items.append(item)
    if not items:
        raise RagError(f"{path} holds no gold items")
    return items


# -- matching -----------------------------------------------------------------------------------

def normalize(text: str) -> str:
    """Lowercase, no punctuation, no articles, one space: "The Kazbegi (crossing)!" -> "kazbegi crossing"."""
    text = strip_markers(text).lower().replace("’", "'")
    text = "".join(" " if c in string.punctuation or c in "‘’“”–—" else c for c in text)
    return " ".join(w for w in text.split() if w not in ("a", "an", "the"))


# the words next to "or" ("Georgia or Finland", "Kazakhstan or to Georgia"): the options offered
_OPTIONS = re.compile(r"([\w’'-]+)\s+or\s+(?:(?:to|in|at|on|by|for|from|with|the|a|an)\s+)*([\w’'-]+)", re.I)


def answer_matches(answer: str, gold: list[str], question: str = "", at_least: int = 1,
                   may_state: list[str] | tuple[str, ...] = ()) -> bool:
    """At least `at_least` gold forms are in the answer (a list or a question of parts names
    several); numbers are compared as numbers, and when the gold holds numbers, an answer that
    also states another number (one not in the question, nor in `may_state`: the operands of a
    sum, and the evidence sentences, whose other figures an answer may repeat: "100 cafes in 38
    countries" for "In how many countries?") is wrong. When the question itself offers the gold
    ("Georgia or Finland?"), the gold must come before the other names it offers (those joined
    by "or", not every name in it).

    >>> answer_matches("Georgia took more than Finland", ["Georgia"], "Georgia or Finland?")
    True
    >>> answer_matches("Finland took more than Georgia", ["Georgia"], "Georgia or Finland?")
    False
    >>> answer_matches("BA said sales would be better", ["better"], "Did BA say better or worse?")
    True
    >>> answer_matches("The FAO and the WFP", ["Food and Agriculture Organisation|FAO", "WFP"], at_least=2)
    True
    >>> answer_matches("45,000: 98,000 against 53,000", ["45,000"], may_state=["98,000", "53,000"])
    True
    >>> answer_matches("33% [1]", ["a third"]), answer_matches("30% [1]", ["a third"])
    (True, False)
    """
    text, q = f" {normalize(answer)} ", f" {normalize(question)} "
    have = stated(answer)

    def present(form: str) -> bool:
        return any(present_as(name) for name in form.split("|"))

    def present_as(form: str) -> bool:
        want = numbers(form)
        if want:  # ("33%" gives "a third")
            return all(x in have for x in want) or bool(share_percents(form) & have)
        needle = f" {normalize(form)} "
        if needle not in text:
            return False
        if needle in q:
            offered = {o for pair in _OPTIONS.findall(question) for o in pair}
            others = [f" {normalize(n)} " for n in names(question) if n in offered]
            at = text.index(needle)
            return not any(o != needle and o not in needle and o in text and text.index(o) < at
                           for o in others)
        return True

    found = [form for form in gold if present(form)]
    if not found or len(found) < at_least:
        return False
    if not any(numbers(form) for form in gold):
        return True
    allowed = stated(question) | {x for f in [*found, *may_state] for x in stated(f)}
    return all(v in allowed or w in allowed for v, w in quantities(answer))


def matches_gold(answer: str, item: dict) -> bool:
    """Whether `answer` gives the gold item's answer (`answer_matches` with its own settings).

    >>> item = {"answers": ["38"], "question": "In how many countries?",
    ...         "evidence": ["100 cafes in 38 countries"]}
    >>> matches_gold("100 cafes are in 38 countries [1].", item), matches_gold("38 countries, 5 cities", item)
    (True, False)
    """
    return answer_matches(answer, item["answers"], item["question"], item.get("at_least", 1),
                          [*item.get("may_state", ()), *item.get("evidence", ())])


def token_f1(answer: str, gold: list[str]) -> tuple[float, float]:
    """SQuAD-style (exact match, F1), best over the gold forms."""
    pred = normalize(answer).split()
    best_em, best_f1 = 0.0, 0.0
    for form in (name for item in gold for name in item.split("|")):
        ref = normalize(form).split()
        best_em = max(best_em, float(pred == ref))
        common = sum((Counter(pred) & Counter(ref)).values())
        if common:
            p, r = common / len(pred), common / len(ref)
            best_f1 = max(best_f1, 2 * p * r / (p + r))
    return best_em, best_f1


def evidence_spans(article: str, evidence: list[str]) -> list[tuple[int, int]]:
    spans = []
    for e in evidence:
        at = article.find(e)
        if at < 0:
            raise RagError(f"evidence not found verbatim in the article: {e[:60]!r}")
        spans.append((at, at + len(e)))
    return spans


def _overlaps(start: int, end: int, spans: list[tuple[int, int]]) -> list[int]:
    """Which evidence spans the passage [start, end) overlaps."""
    return [i for i, (s, e) in enumerate(spans) if s < end and start < e]


# -- running ------------------------------------------------------------------------------------

@dataclass
class ItemResult:
    id: str
    question: str
    category: str
    split: str
    answerable: bool
    gold: list[str]
    answer: str
    refused: bool
    citations: list[dict]
    check: str
    correct: bool  # answerable: right answer; unanswerable: refused
    why: str
    cited_evidence: list[bool]  # per citation: holds an evidence sentence
    unsupported_numbers: list[float]
    retrieval_rank: int | None  # rank of the first retrieved passage with evidence, 1-based
    retrieval_full_at: int | None  # least k of RECALL_KS whose top k holds every evidence sentence
    em: float
    f1: float
    timings: dict = field(default_factory=dict)
    raw: str = ""  # the model's reply before the check: what a rule change would judge
    shown: list[str] = field(default_factory=list)  # the passages the model read, [1] first


@dataclass
class Report:
    items: list[ItemResult]
    metrics: dict
    by_category: dict
    by_split: dict
    settings: dict

    def summary_markdown(self) -> str:
        m = self.metrics
        rows = [
            ("answer accuracy (answerable)", f"{m['accuracy']:.3f}", f"{m['n_answerable']} items"),
            ("right and citing the evidence", f"{m['right_and_cited']:.3f}", ""),
            ("unanswerable refused", f"{m['refusal_rate']:.3f}", f"{m['n_unanswerable']} items"),
            ("answerable wrongly refused", f"{m['wrong_refusal_rate']:.3f}", ""),
            ("citation precision", f"{m['citation_precision']:.3f}", "cited passages holding evidence"),
            ("citation recall", f"{m['citation_recall']:.3f}", "answerable items citing evidence"),
            ("retrieval recall@1 / @3 / @5 / @10",
             " / ".join(f"{m[f'recall@{k}']:.3f}" for k in RECALL_KS), "every evidence sentence"),
            ("retrieval MRR", f"{m['mrr']:.3f}", ""),
            ("unsupported numbers", str(m["unsupported_numbers"]),
             "numbers in no cited passage nor the question"),
            ("exact match / token F1", f"{m['em']:.3f} / {m['f1']:.3f}", "SQuAD-style, secondary"),
            ("time to first token, median / p90", f"{m['first_token_median_s']:.2f} / "
             f"{m['first_token_p90_s']:.2f} s", ""),
            ("full answer, median / p90", f"{m['total_median_s']:.2f} / {m['total_p90_s']:.2f} s", ""),
        ]
        lines = ["| metric | value | note |", "|---|---|---|"]
        lines += [f"| {a} | {b} | {c} |" for a, b, c in rows]
        return "\n".join(lines)


def _retrieval(bot, item: dict, spans: list[tuple[int, int]], scope: str | None
               ) -> tuple[int | None, int | None]:
    """The rank of the first passage holding evidence in the deepest search, and the least k of
    RECALL_KS whose search for k passages (what the model would get with top_k = k) holds every
    evidence sentence."""
    if not spans:
        return None, None
    retriever = bot.retriever(scope)
    searches = {k: retriever.search(item["question"], k) for k in RECALL_KS}
    deepest = searches[RECALL_KS[-1]]
    first = next((n for n, h in enumerate(deepest, 1) if _overlaps(h.passage.start, h.passage.end, spans)),
                 None)
    for k, hits in searches.items():
        found = {i for h in hits for i in _overlaps(h.passage.start, h.passage.end, spans)}
        if len(found) == len(spans):
            return first, k
    return first, None


def run_item(bot, item: dict, scope: str | None = None) -> ItemResult:
    """One gold item asked of `scope` (an article id; None: the bot's article)."""
    article = bot.library.get(scope).article if scope else bot.article
    spans = evidence_spans(article.text, item["evidence"]) if item["answerable"] else []
    rank, full_at = _retrieval(bot, item, spans, scope)
    ans = bot.ask(item["question"], scope=scope)
    cited_ev = [bool(_overlaps(c.start, c.end, spans)) for c in ans.citations]
    cited_nums = set().union(*(stated(c.text) for c in ans.citations)) if ans.citations else set()
    # a number code computed counts as supported when its arithmetic holds and every operand is
    # in a cited passage
    derived = {x for c in ans.computed if c.holds() and all(set(numbers(o)) <= cited_nums for o in c.operands)
               for x in numbers(c.result)}
    # a number the question states is the user's, not a claim ("The article does not say how many
    # A321 aircraft ..." for one part of a two-part question)
    asked = stated(item["question"])
    unsupported = [] if ans.refused else [x for x in numbers(ans.text)
                                          if x not in cited_nums | derived and x not in asked]
    em, f1 = token_f1(ans.text, item["answers"]) if item["answerable"] and not ans.refused else (0.0, 0.0)
    if not item["answerable"]:
        correct = ans.refused
        why = "refused" if ans.refused else "answered a question the article does not answer"
    elif ans.refused:
        correct, why = False, f"wrongly refused ({ans.check})"
    elif matches_gold(ans.text, item):
        correct, why = True, "gold answer found"
    else:
        correct, why = False, "gold answer not in the reply"
    return ItemResult(
        item["id"], item["question"], item["category"], item["split"], item["answerable"],
        item["answers"], ans.text, ans.refused, [asdict(c) for c in ans.citations], ans.check,
        correct, why, cited_ev, unsupported, rank, full_at, em, f1,
        {k: round(v, 3) if isinstance(v, float) else v for k, v in ans.trace.to_dict().items()},
        ans.raw_text, [h.passage.text for h in ans.passages])


def percentile(values: list[float], q: float) -> float:
    if not values:
        return 0.0
    values = sorted(values)
    return values[min(len(values) - 1, int(q * len(values)))]


def metrics(items: list[ItemResult]) -> dict:
    ans = [r for r in items if r.answerable]
    una = [r for r in items if not r.answerable]
    cited = [c for r in ans if not r.refused for c in r.cited_evidence]
    ttft = [r.timings["first_token_s"] for r in items if "first_token_s" in r.timings]
    total = [r.timings["total_s"] for r in items if "total_s" in r.timings]
    ratio = lambda num, den: num / den if den else 0.0
    out = {
        "n": len(items), "n_answerable": len(ans), "n_unanswerable": len(una),
        "accuracy": ratio(sum(r.correct for r in ans), len(ans)),
        "right_and_cited": ratio(sum(r.correct and any(r.cited_evidence) for r in ans), len(ans)),
        "refusal_rate": ratio(sum(r.refused for r in una), len(una)),
        "wrong_refusal_rate": ratio(sum(r.refused for r in ans), len(ans)),
        "citation_precision": ratio(sum(cited), len(cited)),
        "citation_recall": ratio(sum(any(r.cited_evidence) for r in ans), len(ans)),
        "mrr": ratio(sum(1 / r.retrieval_rank for r in ans if r.retrieval_rank), len(ans)),
        "unsupported_numbers": sum(len(r.unsupported_numbers) for r in items),
        "em": ratio(sum(r.em for r in ans), len(ans)),
        "f1": ratio(sum(r.f1 for r in ans), len(ans)),
        "first_token_median_s": statistics.median(ttft) if ttft else 0.0,
        "first_token_p90_s": percentile(ttft, 0.9),
        "total_median_s": statistics.median(total) if total else 0.0,
        "total_p90_s": percentile(total, 0.9),
    }
    for k in RECALL_KS:
        out[f"recall@{k}"] = ratio(sum(bool(r.retrieval_full_at and r.retrieval_full_at <= k)
                                       for r in ans), len(ans))
    return out


def run_eval(bot, gold: list[dict], progress=None, scope: str | None = None) -> Report:
    results = []
    started = time.perf_counter()
    for n, item in enumerate(gold, 1):
        r = run_item(bot, item, scope)
        results.append(r)
        if progress:
            mark = "ok  " if r.correct else "FAIL"
            progress(f"[{n}/{len(gold)}] {mark} {r.id}: {r.answer[:90]}")
    s = bot.settings
    article = bot.library.get(scope).article if scope else bot.article
    return _report(results, {"llm": s.llm_path, "top_k": s.top_k, "passage_tokens": s.passage_tokens,
                             "article": article.title, "wall_s": round(time.perf_counter() - started, 1)})


def evaluate_sets(bot, sets: list[tuple[GoldSet, list[dict]]], progress=None,
                  folder: str | Path | None = None) -> tuple[dict[str, Report], dict, dict[str, Report]]:
    """Every set asked of its own article (added to the bot's library): writes <folder>/<set>.md
    and .json and summary.md; returns the reports by set, the metrics of the held-out items of
    the simple sets together, and one report per group of sets (the multi-fact questions)."""
    by_set = {}
    for s, items in sets:
        scope = bot.add(s.article).id
        by_set[s.name] = run_eval(bot, items, progress, scope)
        write_report(by_set[s.name], s.name, folder)
    simple = [s.name for s, _ in sets if not s.group]
    held_out = metrics([r for n in simple for r in by_set[n].items if r.split == "test"])
    groups = {g: group_report([by_set[s.name] for s, _ in sets if s.group == g])
              for g in sorted({s.group for s, _ in sets if s.group})}
    write_summary(by_set, held_out, groups, folder)
    return by_set, held_out, groups


def group_report(reports: list[Report]) -> Report:
    """The reports of several sets as one (the multi-fact questions over every article)."""
    return _report([r for rep in reports for r in rep.items],
                   {"articles": [rep.settings.get("article") for rep in reports]})


def _report(results: list[ItemResult], settings: dict) -> Report:
    groups = defaultdict(list)
    splits = defaultdict(list)
    for r in results:
        groups[r.category].append(r)
        splits[r.split].append(r)
    by_cat = {c: {"n": len(rs), "correct": sum(r.correct for r in rs),
                  "score": sum(r.correct for r in rs) / len(rs)} for c, rs in sorted(groups.items())}
    by_split = {s: metrics(rs) for s, rs in sorted(splits.items())}
    return Report(results, metrics(results), by_cat, by_split, settings)


def write_report(report: Report, name: str, folder: str | Path | None = None) -> tuple[Path, Path]:
    """Write <folder>/<name>.md (for people) and .json (for tools); returns both paths."""
    base = Path(folder or DEFAULT_REPORT) / name
    base.parent.mkdir(parents=True, exist_ok=True)
    md_path, json_path = base.with_suffix(".md"), base.with_suffix(".json")
    data = {"metrics": report.metrics, "by_category": report.by_category,
            "by_split": report.by_split, "settings": report.settings,
            "items": [asdict(r) for r in report.items]}
    json_path.write_text(json.dumps(data, ensure_ascii=False, indent=1), "utf-8")
    lines = [f"# Eval report ({time.strftime('%Y-%m-%d %H:%M')})", "",
             f"Settings: {report.settings}", "", report.summary_markdown(), "",
             "## By category", "", "| category | correct | score |", "|---|---|---|"]
    lines += [f"| {c} | {v['correct']}/{v['n']} | {v['score']:.2f} |" for c, v in report.by_category.items()]
    lines += ["", "## By split (dev: used while tuning; test: held out)", "",
              "| split | accuracy | refusal | wrong refusal | recall@5 |", "|---|---|---|---|---|"]
    lines += [f"| {s} | {m['accuracy']:.3f} | {m['refusal_rate']:.3f} | {m['wrong_refusal_rate']:.3f} "
              f"| {m['recall@5']:.3f} |" for s, m in report.by_split.items()]
    lines += ["", "## Items", "", "| | id | question | answer | cited | why | rank | s |",
              "|---|---|---|---|---|---|---|---|"]
    for r in report.items:
        cites = ", ".join(f"[{c['number']}]{'✓' if ok else '✗'}"
                          for c, ok in zip(r.citations, r.cited_evidence))
        cell = lambda t: re.sub(r"\s+", " ", str(t)).replace("|", "\\|")
        lines.append(f"| {'✅' if r.correct else '❌'} | {r.id} | {cell(r.question)} | {cell(r.answer)} "
                     f"| {cites} | {cell(r.why)} | {r.retrieval_rank or '-'} "
                     f"| {r.timings.get('total_s', '')} |")
    md_path.write_text("\n".join(lines) + "\n", "utf-8")
    return md_path, json_path


def write_summary(reports: dict[str, Report], held_out: dict, groups: dict[str, Report] | None = None,
                  folder: str | Path | None = None) -> Path:
    """<folder>/summary.md: one row per gold set, the held-out items of the simple sets together,
    and each group of sets (with its held-out items, and per kind of question)."""
    path = Path(folder or DEFAULT_REPORT) / "summary.md"
    path.parent.mkdir(parents=True, exist_ok=True)
    groups = groups or {}
    rows = [(name, r.metrics) for name, r in reports.items()] + [("held out (simple sets)", held_out)]
    for g, rep in groups.items():
        rows += [(f"{g} (all)", rep.metrics)] + [(f"{g} held out", m) for s, m in rep.by_split.items()
                                                  if s == "test"]
    lines = [f"# Evals ({time.strftime('%Y-%m-%d %H:%M')}, {machine()})", "",
             "| set | answerable | right | right and cited | unanswerable | refused | wrong refusals "
             "| citation precision | recall@5 | unsupported numbers | answer median s |",
             "|---|---|---|---|---|---|---|---|---|---|---|"]
    lines += [f"| {n} | {m['n_answerable']} | {m['accuracy']:.3f} | {m['right_and_cited']:.3f} "
              f"| {m['n_unanswerable']} "
              f"| {m['refusal_rate']:.3f} | {m['wrong_refusal_rate']:.3f} | {m['citation_precision']:.3f} "
              f"| {m['recall@5']:.3f} | {m['unsupported_numbers']} | {m['total_median_s']:.2f} |"
              for n, m in rows]
    for g, rep in groups.items():
        lines += ["", f"## {g}, by kind of question", "",
                  "| kind | right (or refused) | answer median s | tokens computed, median |",
                  "|---|---|---|---|"]
        for kind, v in rep.by_category.items():
            items = [r for r in rep.items if r.category == kind]
            total = [r.timings["total_s"] for r in items if "total_s" in r.timings]
            computed = [r.timings.get("prompt_tokens", 0) - r.timings.get("cached_tokens", 0)
                        for r in items if "prompt_tokens" in r.timings]
            lines.append(f"| {kind} | {v['correct']}/{v['n']} ({v['score']:.2f}) "
                         f"| {statistics.median(total) if total else 0:.2f} "
                         f"| {statistics.median(computed) if computed else 0:.0f} |")
    path.write_text("\n".join(lines) + "\n", "utf-8")
    return path
