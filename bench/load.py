"""`python bench/load.py [--workers N]`: many users at once against the real app on loopback.

With --workers N the model runs in `rag serve-llm` and N app processes (`app.py --workers N`)
share it through RAG_LLM_URL; users are spread over the workers, and with --kill one worker is
killed (SIGKILL) in the middle of the 8-user level: its users get an error they can retry, the
others carry on, and the worker is started again.

Starts `python app.py` on a free 127.0.0.1 port (real models, queue limit RAG_QUEUE_SIZE), then
for each N in --users (default 1 4 8 16) runs N gradio_client users, each asking the /ask API
one gold question after another for --seconds (default 60). Reports answers, "queue is full"
refusals, other errors, answers per minute, p50/p95 latency (submit to result) and queue wait
(submit to the job starting), and the server's resident memory after each level; then, with
--requests R, R more requests from 4 users, the memory after every 28. Writes
<out>.json and <out>.md. Loopback only; the server is stopped at the end.
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import socket
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from rag.evaluate import load_gold, machine, percentile

ROOT = Path(__file__).resolve().parent.parent


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_ready(url: str, proc: subprocess.Popen) -> None:
    """Until the app at `url` answers a question (its models are loaded)."""
    from gradio_client import Client

    deadline = time.time() + 600
    while True:
        try:
            Client(url, verbose=False).predict("How many Russians entered Kazakhstan?", api_name="/ask")
            return
        except Exception:
            if proc.poll() is not None or time.time() > deadline:
                raise RuntimeError(f"the app at {url} did not start") from None
            time.sleep(2)


def start_apps(queue_size: int, workers: int) -> tuple[list[subprocess.Popen], list[str]]:
    """The app in one process (workers == 0), or a model server and `workers` app processes."""
    env = {**os.environ, "RAG_QUEUE_SIZE": str(queue_size)}
    procs = []
    if workers:
        llm_port = free_port()
        procs.append(subprocess.Popen([sys.executable, "-m", "rag.cli", "serve-llm", "--port",
                                       str(llm_port)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))
        env |= {"RAG_LLM_URL": f"http://127.0.0.1:{llm_port}/v1", "RAG_LLM_MODEL": "rag"}
    port = _free_ports(max(1, workers))
    cmd = [sys.executable, str(ROOT / "app.py"), "--port", str(port)]
    if workers:
        cmd += ["--workers", str(workers)]
    procs.append(subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))
    urls = [f"http://127.0.0.1:{port + i}/" for i in range(max(1, workers))]
    for url in urls:
        wait_ready(url, procs[-1])
    return procs, urls


def _free_ports(n: int) -> int:
    """The first of `n` consecutive free ports."""
    while True:
        first = free_port()
        try:
            for i in range(n):
                with socket.socket() as s:
                    s.bind(("127.0.0.1", first + i))
            return first
        except OSError:
            continue


def tree_rss_mb(pid: int) -> float:
    """Resident memory of a process and all its children."""
    out = subprocess.run(["ps", "-e", "-o", "pid=,ppid=,rss="], capture_output=True, text=True).stdout
    rows = [tuple(int(x) for x in line.split()) for line in out.splitlines() if line.strip()]
    pids, total = {pid}, 0
    grew = True
    while grew:
        grew = False
        for p, pp, _ in rows:
            if pp in pids and p not in pids:
                pids.add(p)
                grew = True
    total = sum(r for p, _, r in rows if p in pids)
    return total / 1024


def user(url: str, questions: list[str], until: float, records: list, offset: int, limit: int | None):
    """One user: asks questions in turn until `until` (or `limit` questions)."""
    from gradio_client import Client

    client = Client(url, verbose=False)
    i = offset
    while time.time() < until and (limit is None or i - offset < limit):
        q = questions[i % len(questions)]
        i += 1
        submitted = time.perf_counter()
        started = None
        job = client.submit(q, api_name="/ask")
        while not job.done():
            if started is None and job.status().code.name in ("PROCESSING", "ITERATING"):
                started = time.perf_counter()
            time.sleep(0.02)
        try:
            result = job.result()
            kind = "answer" if isinstance(result, dict) and "text" in result else "error"
            detail = ""
        except Exception as e:  # what a user would see
            detail = str(e)
            kind = "busy" if "queue is full" in detail.lower() else "error"
        done = time.perf_counter()
        records.append({"kind": kind, "latency_s": done - submitted, "detail": detail[:200],
                        "wait_s": (started or done) - submitted})
        if kind == "error":  # as a person would: wait a moment, reload the page, ask again
            time.sleep(2)
            try:
                client = Client(url, verbose=False)
            except Exception:
                continue


def level(urls: list[str], n: int, seconds: float, questions: list[str], pids: list[int],
          kill: int | None = None) -> dict:
    records: list = []
    until = time.time() + seconds
    start = time.perf_counter()
    threads = [threading.Thread(target=user, args=(urls[k % len(urls)], questions, until, records,
                                                   k * 7, None)) for k in range(n)]
    for t in threads:
        t.start()
    if kill is not None:  # a worker dies in the middle of answering
        time.sleep(seconds / 2)
        os.kill(kill, signal.SIGKILL)
    for t in threads:
        t.join()
    wall = time.perf_counter() - start
    answers = [r for r in records if r["kind"] == "answer"]
    lat = [r["latency_s"] for r in answers]
    wait = [r["wait_s"] for r in answers]
    return {"users": n, "requests": len(records), "answers": len(answers),
            "busy": sum(r["kind"] == "busy" for r in records),
            "errors": sum(r["kind"] == "error" for r in records),
            "error_samples": [r["detail"] for r in records if r["kind"] == "error"][:3],
            "answers_per_min": round(60 * len(answers) / wall, 1),
            "p50_s": round(statistics.median(lat), 2) if lat else None,
            "p95_s": round(percentile(lat, 0.95), 2) if lat else None,
            "wait_p50_s": round(statistics.median(wait), 2) if wait else None,
            "wait_p95_s": round(percentile(wait, 0.95), 2) if wait else None,
            "server_rss_mb": round(sum(tree_rss_mb(p) for p in pids)),
            "killed_a_worker": kill is not None}


def memory_run(url: str, total: int, questions: list[str], pids: list[int]) -> list[dict]:
    """`total` requests from 4 users; the server's memory after every 28 (7 each)."""
    out: list[dict] = []
    records: list[dict] = []
    per_user = 7
    while len(records) < total:
        threads = [threading.Thread(target=user, args=(url, questions, time.time() + 3600, records,
                                                       len(records) + k * 11, per_user))
                   for k in range(4)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        out.append({"requests": len(records), "server_rss_mb": round(sum(tree_rss_mb(p) for p in pids)),
                    "errors": sum(r["kind"] == "error" for r in records)})
        print(out[-1], flush=True)
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--users", type=int, nargs="+", default=[1, 4, 8, 16])
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--requests", type=int, default=200)
    parser.add_argument("--queue-size", type=int, default=16)
    parser.add_argument("--workers", type=int, default=0,
                        help="app processes behind one `rag serve-llm` (default 0: the model in the app)")
    parser.add_argument("--kill", action="store_true", help="kill a worker midway through 8 users")
    parser.add_argument("--out", default=str(ROOT / "bench" / "load"))
    args = parser.parse_args()
    questions = [g["question"] for g in load_gold()]
    procs, urls = start_apps(args.queue_size, args.workers)
    pids = [p.pid for p in procs]
    try:
        setup = (f"one model server (`rag serve-llm`) and {args.workers} app workers" if args.workers
                 else "one app process with the model in it")
        result: dict = {"date": time.strftime("%Y-%m-%d %H:%M"), "machine": machine(), "setup": setup,
                        "queue_size": args.queue_size, "seconds_per_level": args.seconds,
                        "startup_rss_mb": round(sum(tree_rss_mb(p) for p in pids)), "levels": []}
        for n in args.users:
            result["levels"].append(level(urls, n, args.seconds, questions, pids))
            print(result["levels"][-1], flush=True)
        if args.kill and args.workers:
            worker = _children(procs[-1].pid)[0]
            result["levels"].append(level(urls, 8, args.seconds, questions, pids, kill=worker))
            print(result["levels"][-1], flush=True)
        result["memory"] = memory_run(urls[0], args.requests, questions, pids) if args.requests else []
    finally:
        for proc in reversed(procs):
            proc.terminate()
            proc.wait(timeout=60)
    write(result, Path(args.out))
    return 0


def _children(pid: int) -> list[int]:
    out = subprocess.run(["ps", "-o", "pid=", "--ppid", str(pid)], capture_output=True, text=True).stdout
    return [int(x) for x in out.split()]


def write(result: dict, base: Path) -> None:
    base.with_suffix(".json").write_text(json.dumps(result, indent=1), "utf-8")
    lines = [f"# Load, {result['date']}", "", f"Machine: {result['machine']}. {result['setup']}, "
             f"real models, queue limit {result['queue_size']}, {result['seconds_per_level']:.0f} s "
             "per level; gradio_client users on loopback asking /ask back to back.", "",
             "| users | requests | answered | busy | errors | answers/min | latency p50 / p95 s "
             "| queue wait p50 / p95 s | server MB |", "|---|---|---|---|---|---|---|---|---|"]
    for r in result["levels"]:
        users = f"{r['users']}, a worker killed" if r["killed_a_worker"] else str(r["users"])
        lines.append(f"| {users} | {r['requests']} | {r['answers']} | {r['busy']} | {r['errors']} "
                     f"| {r['answers_per_min']} | {r['p50_s']} / {r['p95_s']} | {r['wait_p50_s']} / "
                     f"{r['wait_p95_s']} | {r['server_rss_mb']} |")
    if result["memory"]:
        lines += ["", f"Server memory (MB) at start-up {result['startup_rss_mb']}; over the memory "
                  "run: " + ", ".join(f"{m['requests']}: {m['server_rss_mb']}" for m in result["memory"])]
    base.with_suffix(".md").write_text("\n".join(lines) + "\n", "utf-8")
    print("\n".join(lines))


if __name__ == "__main__":
    sys.exit(main())
