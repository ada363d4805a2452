"""The chat about the article in the browser: python app.py [--host H] [--port P] [--article PATH]

Listens on 127.0.0.1:7860 unless told otherwise (flags, or GRADIO_SERVER_NAME and
GRADIO_SERVER_PORT); never opens a public share link.
"""

import argparse
import os
import sys

from rag import RAG, Settings
from rag.errors import RagError
from rag.ingest import read_article


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--host", default=os.environ.get("GRADIO_SERVER_NAME", "127.0.0.1"))
    parser.add_argument("--port", type=int, default=int(os.environ.get("GRADIO_SERVER_PORT", 7860)))
    parser.add_argument("--article", help="a UTF-8 .txt or .md article (default: the seed)")
    parser.add_argument("--llm", help="a GGUF chat model file, or qwen2.5-1.5b / qwen2.5-0.5b")
    args = parser.parse_args(argv)
    try:
        settings = Settings.from_env(article=args.article, llm_path=args.llm)
        read_article(settings.article)  # a bad path fails here, before the server starts
    except RagError as e:
        print(f"app.py: error: {e}", file=sys.stderr)
        return 2
    from rag.ui import CSS, BotHolder, create_app, examples_for

    holder = BotHolder(lambda: RAG(settings=settings)).start()
    demo = create_app(holder, examples_for(settings.article))
    demo.queue(default_concurrency_limit=1)
    demo.launch(server_name=args.host, server_port=args.port, share=False, css=CSS)
    return 0


if __name__ == "__main__":
    sys.exit(main())
