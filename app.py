"""The chat about the article in the browser: python app.py [--host H] [--port P] [--article PATH]
[--workers N]

Listens on 127.0.0.1:7860 unless told otherwise (flags, or GRADIO_SERVER_NAME and
GRADIO_SERVER_PORT); never opens a public share link. Any address other than loopback needs
`RAG_AUTH=user:password` in the environment, and then asks for it. At most RAG_QUEUE_SIZE
(default 16) questions wait for the model; beyond that a user is told the queue is full.

`--workers N` runs N app processes on ports P, P+1, ... that share one model server
(RAG_LLM_URL, e.g. from `rag serve-llm`): each embeds, retrieves and checks for its own users
while the server generates. A worker that dies is started again; put a load balancer with
sticky sessions in front of the ports to give users one address.
"""

import argparse
import os
import signal
import subprocess
import sys
import time

from rag import RAG, Settings
from rag.config import is_loopback
from rag.errors import RagError
from rag.ingest import MAX_FILE_BYTES, read_article


def credentials(host: str) -> tuple[str, str] | None:
    """None on loopback; elsewhere RAG_AUTH's user and password, or RagError saying to set it."""
    if is_loopback(host):
        return None
    user, sep, password = os.environ.get("RAG_AUTH", "").partition(":")
    if not (user and sep and password):
        raise RagError(f"listening on {host} lets other machines in: set RAG_AUTH=user:password "
                       "(they will be asked for it), or keep the default 127.0.0.1")
    return user, password


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--host", default=os.environ.get("GRADIO_SERVER_NAME", "127.0.0.1"))
    parser.add_argument("--port", type=int, default=int(os.environ.get("GRADIO_SERVER_PORT", 7860)))
    parser.add_argument("--article", help="the article picked first: .txt .md .html .htm or .pdf "
                        "(default: the seed); every article of the library can be picked")
    parser.add_argument("--llm", help="a GGUF chat model file, or qwen2.5-1.5b / qwen2.5-0.5b")
    parser.add_argument("--workers", type=int, default=1,
                        help="app processes sharing the model server of RAG_LLM_URL (default 1)")
    args = parser.parse_args(argv)
    try:
        auth = credentials(args.host)
        settings = Settings.from_env(article=args.article, llm_path=args.llm)
        read_article(settings.article)  # a bad path fails here, before the server starts
        queue_size = int(os.environ.get("RAG_QUEUE_SIZE", "16"))
        if args.workers > 1 and not settings.llm_url:
            raise RagError("workers share one model server: start `rag serve-llm` and set "
                           "RAG_LLM_URL (and RAG_LLM_MODEL) to what it prints")
    except ValueError:
        print("app.py: error: RAG_QUEUE_SIZE must be an integer", file=sys.stderr)
        return 2
    except RagError as e:
        print(f"app.py: error: {e}", file=sys.stderr)
        return 2
    if args.workers > 1:
        return supervise(args)
    from rag.ui import CSS, BotHolder, create_app

    holder = BotHolder(lambda: RAG(settings=settings)).start()
    demo = create_app(holder)
    demo.queue(default_concurrency_limit=1, max_size=queue_size)
    demo.launch(server_name=args.host, server_port=args.port, share=False, css=CSS, auth=auth,
                max_file_size=MAX_FILE_BYTES)
    return 0


def supervise(args: argparse.Namespace) -> int:
    """Run `args.workers` single app processes on consecutive ports; start again any that dies."""
    base = [sys.executable, __file__, "--host", args.host]
    for flag, value in (("--article", args.article), ("--llm", args.llm)):
        if value:
            base += [flag, value]
    ports = [args.port + i for i in range(args.workers)]

    def start(port: int) -> subprocess.Popen:
        return subprocess.Popen([*base, "--port", str(port)])

    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))  # stop the workers too
    workers = {port: start(port) for port in ports}
    print("workers: " + ", ".join(f"http://{args.host}:{p}/" for p in ports), flush=True)
    try:
        while True:
            time.sleep(1)
            for port, proc in list(workers.items()):
                if proc.poll() is not None:
                    print(f"worker on port {port} ended ({proc.returncode}); starting it again",
                          file=sys.stderr, flush=True)
                    workers[port] = start(port)
    except KeyboardInterrupt:
        return 0
    finally:
        for proc in workers.values():
            proc.terminate()
        for proc in workers.values():
            proc.wait(timeout=30)


if __name__ == "__main__":
    sys.exit(main())
