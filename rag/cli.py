"""The `rag` command: a thin layer over the Python API.

    rag ask "How many Russians entered Kazakhstan?" [--json] [--article PATH|ID | --all]
    rag chat [--article PATH|ID | --all]
    rag add PATH... | rag add - < text      (add articles to the library: .txt .md .html .pdf)
    rag list
    rag remove ID
    rag index [PATH] [--rebuild]
    rag eval [--set NAME] [--gold FILE --article PATH]
    rag bench            (from a checkout: runs bench/bench.py)
    rag serve-llm [--host 127.0.0.1] [--port 8000]
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from pathlib import Path

from .errors import RagError


def _bot(args: argparse.Namespace, **kw):
    """The bot with both models loaded (side by side) and the fixed instructions cached, and
    the scope asked for: --all, --article naming a library article, or None (the bot's own
    article: the seed, or --article's file)."""
    from pathlib import Path

    from .answer import RAG
    from .library import ALL

    ref = getattr(args, "article", None)
    is_file = ref is not None and Path(ref).exists()
    bot = RAG(article=ref if is_file else None, llm_path=args.llm, **kw)
    scope = ALL if getattr(args, "all", False) else None
    if ref and not is_file:
        scope = bot.library.find(ref).id
    bot.retriever(scope)  # an unknown article or an empty library fails before the models load
    bot.warm_up()
    return bot, scope


def _library():
    """The library of the current settings, without loading any model."""
    from .config import Settings
    from .index import SentenceEmbedder
    from .library import Library

    s = Settings.from_env()
    return Library(s.index_dir, SentenceEmbedder(s.embed_model), s.passage_tokens)


def cmd_ask(args: argparse.Namespace) -> int:
    """Answer one question, with its cited passages."""
    from .config import Settings
    from .question import validate

    validate(args.question, Settings.from_env().max_question_chars)  # before loading models
    bot, scope = _bot(args)
    if args.json:
        print(json.dumps(bot.ask(args.question, scope=scope).to_dict(), ensure_ascii=False, indent=2))
        return 0
    _show(bot.stream(args.question, scope=scope))
    return 0


def _show(stream) -> None:
    """Print the reply as it streams, then the checked answer where it differs (a refusal, a reply
    asked again), and its citations."""
    streamed = ""
    for piece in stream:
        streamed += piece
        print(piece, end="", flush=True)
    ans = stream.answer
    if not streamed:  # held back: a refusal, or a reply asked again
        print(ans.text, end="")
    print()
    if streamed and ans.text != streamed.strip():
        print(f"  checked: {ans.text}  ({ans.check})")
    for c in ans.citations:
        print(f"  [{c.number}] {c.title} (id {c.source}), chars {c.start}-{c.end}: {c.text}")


def cmd_chat(args: argparse.Namespace) -> int:
    """Chat about the article; follow-up questions are understood. Ctrl-D or an empty line ends."""
    from .errors import InputError

    bot, scope = _bot(args)
    about = ("all articles" if scope == "all"
             else f"“{bot.library.get(scope or bot.article.id).article.title}”")
    print(f"Ask about {about} (an empty line ends).")
    history: list[dict] = []
    while True:
        try:
            question = input("> ")
        except (EOFError, KeyboardInterrupt):
            print()
            return 0
        if not question.strip():
            return 0
        try:
            stream = bot.stream(question, history, scope)
        except InputError as e:
            print(f"error: {e}", file=sys.stderr)
            continue
        _show(stream)
        history += [{"role": "user", "content": question},
                    {"role": "assistant", "content": stream.answer.text}]


def cmd_index(args: argparse.Namespace) -> int:
    """Build (or load and check) the index of an article under indexes/."""
    from .config import Settings
    from .ingest import read_article

    index = _library().add(read_article(args.path or Settings.from_env().article), rebuild=args.rebuild)
    state = "built" if index.built else "loaded"
    print(f"{state} {index.path}: {len(index.passages)} passages of “{index.article.title}”")
    return 0


def cmd_add(args: argparse.Namespace) -> int:
    """Add articles to the library (.txt .md .html .htm .pdf; "-" reads text from stdin)."""
    from .ingest import article_from_text, read_article

    # every file is read and checked before any is added: a bad one adds nothing
    articles = [article_from_text(sys.stdin.read()) if p == "-" else read_article(p) for p in args.paths]
    library = _library()
    for article in articles:
        index = library.add(article)
        state = "added" if index.built else "already in the library"
        print(f"{article.id}  {state}: “{article.title}” ({article.words:,} words, "
              f"{len(index.passages)} passages)")
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    """List the library's articles: id, words, date added, title."""
    entries = _library().entries()
    if not entries:
        print("the library is empty; rag add PATH adds an article")
    for e in entries:
        print(f"{e.id}  {e.words:>7,} words  {e.added[:10]}  {e.title}")
    return 0


def cmd_remove(args: argparse.Namespace) -> int:
    """Remove an article (by id, or its title or file name) and its index from the library."""
    e = _library().remove(args.ref)
    print(f"removed {e.id}: “{e.title}”")
    return 0


def cmd_eval(args: argparse.Namespace) -> int:
    """Run gold question/answer pairs through the bot and write reports: the gold sets of
    evals/gold/sets.json (all, or --set NAME), or --gold FILE about --article."""
    from .evaluate import DEFAULT_REPORT, GoldSet, evaluate_sets, gold_sets, load_gold

    if args.gold:
        sets = [GoldSet("custom", args.article, args.gold)] if args.article else []
        if not sets:
            raise RagError("--gold needs --article: the article its questions are about")
    else:
        sets = gold_sets(args.set)
    golds = [load_gold(s.gold) for s in sets]  # every file is checked before the models load
    args.article = None
    bot, _ = _bot(args)
    by_set, _, _ = evaluate_sets(bot, list(zip(sets, golds)), lambda line: print(line, file=sys.stderr),
                                 args.out)
    folder = Path(args.out or DEFAULT_REPORT)
    for name, report in by_set.items():
        print(f"## {name}\n{report.summary_markdown()}\nreport: {folder / name}.md\n")
    print((folder / "summary.md").read_text("utf-8"))
    return 0


def cmd_bench(args: argparse.Namespace) -> int:
    """Time the pipeline against raw llama.cpp and a naive baseline on the gold questions."""
    import runpy

    from .config import CHECKOUT

    script = CHECKOUT / "bench" / "bench.py" if CHECKOUT else None
    if script is None or not script.is_file():
        raise RagError("rag bench runs from a checkout of the project (it times bench/bench.py)")
    sys.argv = [str(script), *args.bench_args]
    runpy.run_path(str(script), run_name="__main__")
    return 0


def cmd_serve_llm(args: argparse.Namespace) -> int:
    """Serve the answer model over the OpenAI chat API (llama-cpp-python's server), for
    RAG_LLM_URL; loopback unless --host says otherwise, and then only with RAG_LLM_API_KEY."""
    import importlib.util
    import os
    import subprocess

    from .config import Settings, is_loopback
    from .models import resolve_llm

    if importlib.util.find_spec("sse_starlette") is None:
        raise RagError("the model server needs its extra: pip install 'llama-cpp-python[server]==0.3.36'")
    s = Settings.from_env(llm_path=args.llm)
    key = os.environ.get("RAG_LLM_API_KEY", "")
    if not is_loopback(args.host) and not key:
        raise RagError(f"serving on {args.host} lets other machines in: set RAG_LLM_API_KEY "
                       "(clients send it), or keep the default 127.0.0.1")
    model = resolve_llm(s.llm_path, s.home)
    cmd = [sys.executable, "-m", "llama_cpp.server", "--model", str(model), "--model_alias",
           args.alias, "--host", args.host, "--port", str(args.port), "--n_ctx", str(s.n_ctx),
           "--n_threads", str(s.n_threads), "--n_threads_batch", str(s.n_threads),
           "--n_batch", "512", "--flash_attn", "true", "--verbose", "false",
           "--logits_all", "false"]  # the server's default computes logits for every prompt token
    if key:
        cmd += ["--api_key", key]
    print(f"RAG_LLM_URL=http://{args.host}:{args.port}/v1 RAG_LLM_MODEL={args.alias}", flush=True)
    return subprocess.run(cmd).returncode


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="rag", description="Answer questions about a news "
                                     "article with a local model, citing its passages.")
    sub = parser.add_subparsers(dest="command", required=True)

    def add(name, func, **kw):
        p = sub.add_parser(name, help=func.__doc__.splitlines()[0], description=func.__doc__)
        p.set_defaults(func=func)
        if name in ("ask", "chat", "eval"):
            p.add_argument("--article", help="an article file (.txt .md .html .htm .pdf), or the id "
                           "or title of one in the library (default: the seed)")
            p.add_argument("--llm", help="a GGUF chat model file, or qwen2.5-1.5b / qwen2.5-0.5b")
        if name in ("ask", "chat"):
            p.add_argument("--all", action="store_true", help="answer from every article of the library")
        return p

    p = add("ask", cmd_ask)
    p.add_argument("question")
    p.add_argument("--json", action="store_true", help="print the answer record as JSON")
    add("chat", cmd_chat)
    p = add("index", cmd_index)
    p.add_argument("path", nargs="?", help="the article (default: the seed)")
    p.add_argument("--rebuild", action="store_true", help="build it even if a good one exists")
    p = add("add", cmd_add)
    p.add_argument("paths", nargs="+", metavar="PATH", help='article files, or "-" for text on stdin')
    add("list", cmd_list)
    p = add("remove", cmd_remove)
    p.add_argument("ref", metavar="ID", help="the article's id (or its title or file name)")
    p = add("eval", cmd_eval)
    p.add_argument("--set", action="append", help="a gold set of evals/gold/sets.json (default: all)")
    p.add_argument("--gold", default=None, help="a JSONL gold file about --article instead")
    p.add_argument("--out", default=None, help="the reports' folder (default: evals/reports)")
    p = add("serve-llm", cmd_serve_llm)
    p.add_argument("--host", default="127.0.0.1", help="listen address (default: 127.0.0.1)")
    p.add_argument("--port", type=int, default=8000)
    p.add_argument("--alias", default="rag", help="the model name clients ask for (default: rag)")
    p.add_argument("--llm", help="a GGUF chat model file, or qwen2.5-1.5b / qwen2.5-0.5b")
    p = add("bench", cmd_bench)
    p.add_argument("bench_args", nargs=argparse.REMAINDER,
                   help="passed on to bench/bench.py: [--limit N] [--variants N] [--out PATH]")
    return parser


def main(argv: list[str] | None = None) -> int:
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s: %(message)s")
    args = build_parser().parse_args(argv)
    try:
        return args.func(args)
    except RagError as e:
        print(f"rag: error: {e}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
