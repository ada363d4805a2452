"""The Gradio chat: a thin layer over `RAG.stream`. `create_app` builds the page without
launching it (tests drive it directly); `app.py` launches it.

The model answers one request at a time: every event that uses it shares one queue slot
(`concurrency_id="model"`), and Gradio shows waiting users their place in the queue.

The chat shows answers rendered (citation markers in bold); the conversation the bot reads for
follow-ups is kept apart, as plain messages with the plain answer text. When an answer is
checked and its sources are shown, the sources panel carries `data-turn` (answers so far) and
`data-answer` (the answer's text): a client waits for those, not for time.
"""

from __future__ import annotations

import html
import json
import re
import threading
from collections.abc import Callable
from importlib import resources
from typing import Any

import gradio as gr

from .answer import RAG, Answer
from .errors import ArticleError, RagError
from .ingest import ARTICLE_SUFFIXES, MAX_ARTICLE_CHARS, article_from_text, read_article
from .library import ALL


def examples_for(article_id: str) -> list[str]:
    """Example questions for an article, kept in the seeds' `examples.json` by article id (only
    the seed article has them: questions checked to be answerable from it)."""
    try:
        table = json.loads((resources.files("rag.seeds") / "examples.json").read_text("utf-8"))
    except (OSError, ValueError):
        return []
    questions = table.get(article_id, []) if isinstance(table, dict) else []
    return [q for q in questions if isinstance(q, str)]


CSS = """
.source { border: 1px solid #d0d7de; border-radius: 8px; padding: 10px 12px; margin-bottom: 10px; }
.source .label { font-weight: 700; color: #0b5cad; margin-right: 6px; }
.source .where { color: #57606a; font-size: 0.85em; }
.source mark, .article mark { background: #ffe58a; padding: 0 2px; border-radius: 3px; }
.article { max-height: 320px; overflow-y: auto; white-space: pre-wrap; font-size: 0.9em;
           border-left: 3px solid #d0d7de; padding-left: 10px; margin-top: 6px; }
.article .passage { background: #e7f0fb; }
.refusal { color: #57606a; }
.source .title { font-style: italic; }
"""


# Opening "Show in the article" scrolls the article box to the shaded passage.
_SCROLL_TO_PASSAGE = ("if (this.open) { const box = this.querySelector('.article'), "
                      "p = box.querySelector('.passage'); box.scrollTop += "
                      "p.getBoundingClientRect().top - box.getBoundingClientRect().top - 40; }")


class BotHolder:
    """Builds the RAG in the background so the page shows progress instead of freezing."""

    def __init__(self, factory: Callable[[], RAG]) -> None:
        self.status = "Loading the index and the model…"
        self.error: str | None = None
        self.bot: RAG | None = None
        self.lock = threading.Lock()  # llama.cpp answers one question at a time
        self._ready = threading.Event()
        self._factory = factory

    def start(self) -> BotHolder:
        threading.Thread(target=self._load, daemon=True).start()
        return self

    def _load(self) -> None:
        try:
            bot = self._factory()
            self.status = (f"Index {'built' if bot.index.built else 'loaded'} "
                           f"({len(bot.index.passages)} passages); loading the answer model…")
            bot.warm_up()
            self.bot = bot
            self.status = "Ready: pick an article, or add your own, and ask."
        except Exception as e:  # shown on the page; the server keeps running
            self.error = f"Could not start: {e}"
            self.status = self.error
        finally:
            self._ready.set()

    def get(self) -> RAG:
        self._ready.wait()
        if self.bot is None:
            raise RagError(self.error or "the bot did not start")
        return self.bot


# Markdown's punctuation, escaped so that text from a question, an article or the model renders
# as the characters it is (no link, image or emphasis of its own)
_MARKDOWN = re.compile(r"([\\`*_{}\[\]()#+\-.!|~>])")


def inert(text: str) -> str:
    r"""Text for the chat, which renders markdown: HTML and markdown shown as typed.

    >>> inert("<img src=x> **1**")
    '&lt;img src=x&gt; \\*\\*1\\*\\*'
    """
    return _MARKDOWN.sub(r"\\\1", html.escape(text, quote=False))


def render_answer(ans: Answer) -> str:
    """The chat text: inert, citation markers in bold, so each is visibly tied to its source card."""
    def bold(m: re.Match) -> str:
        return "**" + m.group().replace("\\", "") + "**"

    return re.sub(r"(?:\\\[\d+\\\])+", bold, inert(ans.text))


def render_sources(ans: Answer | None, text_of: Callable[[str], str], turn: int = 0) -> str:
    """Cards for the cited passages, each naming its article, the supporting sentence
    highlighted, with the whole article (`text_of(article id)`) to open, the passage shaded and
    the sentence highlighted in place; wrapped in the element that tells a client that answer
    `turn` is complete."""
    done = ("<div class='answer-done' data-turn='{}' data-answer='{}'>{}</div>").format
    if ans is None:
        return done(turn, "", "<p class='refusal'>The passages behind an answer show here.</p>")
    if ans.refused:
        return done(turn, html.escape(ans.text, quote=True), f"<p class='refusal'>{html.escape(ans.text)} "
                    "No passage of the article answers this question, so none is cited.</p>")
    cards = []
    for c in ans.citations:
        article = text_of(c.source)
        a, b = c.quote_start - c.start, c.quote_end - c.start
        passage = (html.escape(c.text[:a]) + "<mark>" + html.escape(c.text[a:b]) + "</mark>"
                   + html.escape(c.text[b:]))
        in_place = (html.escape(article[:c.start]) + "<span class='passage'>"
                    + html.escape(article[c.start:c.quote_start]) + "<mark>"
                    + html.escape(article[c.quote_start:c.quote_end]) + "</mark>"
                    + html.escape(article[c.quote_end:c.end]) + "</span>" + html.escape(article[c.end:]))
        cards.append(
            f"<div class='source' id='source-{c.number}'><span class='label'>[{c.number}]</span>"
            f"<span class='title'>{html.escape(c.title)}</span> <span class='where'>characters "
            f"{c.start}–{c.end}</span><p>{passage}</p><details ontoggle=\"{_SCROLL_TO_PASSAGE}\">"
            "<summary>Show in the article</summary>"
            f"<div class='article'>{in_place}</div></details></div>")
    return done(turn, html.escape(ans.text, quote=True), "".join(cards))


def article_choices(bot: RAG) -> list[tuple[str, str]]:
    """The article picker's options: every article of the library by title, then all of them."""
    entries = bot.library.entries()
    return [(e.title, e.id) for e in entries] + ([("All articles", ALL)] if len(entries) > 1 else [])


def create_app(holder: BotHolder) -> gr.Blocks:
    with gr.Blocks(title="Ask the article") as demo:
        gr.Markdown("## Ask the article\nAnswers come only from the article, with the passages "
                    "they come from. When the article does not say, the bot says so.")
        status = gr.Markdown(holder.status, elem_id="status")
        conversation = gr.State([])  # plain {"role", "content"} messages, what the bot reads
        with gr.Row():
            with gr.Column(scale=3):
                picker = gr.Dropdown([], label="Article", elem_id="article", interactive=True)
                chat = gr.Chatbot(label="Chat", height=460, buttons=["copy"], elem_id="chat")
                with gr.Row():
                    box = gr.Textbox(placeholder="Ask a question about the article…", show_label=False,
                                     scale=5, elem_id="question", max_length=1000)
                    send = gr.Button("Ask", variant="primary", scale=1, elem_id="ask")
                new = gr.Button("New conversation", size="sm", elem_id="new")
                examples = gr.Dataset(components=[box], samples=[], label="Examples", visible=False,
                                      elem_id="examples")
                with gr.Accordion("Add an article", open=False, elem_id="add-article"):
                    upload = gr.File(label=f"A file ({', '.join(ARTICLE_SUFFIXES)})",
                                     file_types=list(ARTICLE_SUFFIXES), type="filepath", elem_id="upload")
                    pasted = gr.Textbox(label="…or paste its text (the first line is its title)",
                                        lines=4, max_length=MAX_ARTICLE_CHARS, elem_id="paste")
                    with gr.Row():
                        add = gr.Button("Add to the library", elem_id="add")
                        remove = gr.Button("Remove the picked article", size="sm", variant="stop",
                                           elem_id="remove")
            with gr.Column(scale=2):
                gr.Markdown("### Sources")
                sources = gr.HTML(render_sources(None, str), elem_id="sources")

        def text_of(article_id: str) -> str:
            return holder.get().library.get(article_id).article.text

        def respond(question: str, scope: str | None, shown: list[dict], plain: list[dict]):
            shown, plain = list(shown or []), list(plain or [])
            asked = len(shown)
            try:
                bot = holder.get()
                with holder.lock:
                    stream = bot.stream(question, plain, scope or None)
                    shown += [{"role": "user", "content": inert(question.strip())},
                              {"role": "assistant", "content": "…"}]
                    yield "", shown, gr.update(), plain
                    text = ""
                    for piece in stream:
                        text += piece
                        shown[-1] = {"role": "assistant", "content": inert(text)}
                        yield "", shown, gr.update(), plain
                ans = stream.answer
                assert ans is not None
                shown[-1] = {"role": "assistant", "content": render_answer(ans)}
                plain += [{"role": "user", "content": question.strip()},
                          {"role": "assistant", "content": ans.text}]
                yield "", shown, render_sources(ans, text_of, len(plain) // 2), plain
            except RagError as e:  # no half answer stays in the chat as if it were one
                gr.Warning(str(e))
                yield question, shown[:asked], gr.update(), plain

        for event in (box.submit, send.click):
            event(respond, [box, picker, chat, conversation], [box, chat, sources, conversation],
                  concurrency_limit=1, concurrency_id="model", api_visibility="private")

        def clear():
            return [], render_sources(None, str), "", []

        new.click(clear, None, [chat, sources, box, conversation], api_visibility="private")

        def picked(scope: str | None):
            """A new conversation about the picked article, with its examples."""
            samples = [[q] for q in examples_for(scope)] if scope else []
            return (*clear(), gr.Dataset(samples=samples, visible=bool(samples)))

        # .input: only a user's choice starts a new conversation here; the functions that set
        # the picker themselves (start-up, adding, removing) return the same outputs
        fresh = [chat, sources, box, conversation, examples]
        picker.input(picked, picker, fresh, api_visibility="private")
        examples.click(lambda sample: sample[0], examples, box, api_visibility="private")

        def add_article(path: str | None, text: str):
            """Add the uploaded file, else the pasted text; pick it. A bad file adds nothing."""
            try:
                if path:
                    article = read_article(path)
                elif text and text.strip():
                    article = article_from_text(text)
                else:
                    raise ArticleError("choose a file or paste an article's text first")
                bot = holder.get()
                with holder.lock:  # the embedder is shared with the questions
                    index = bot.library.add(article)
            except RagError as e:
                gr.Warning(str(e))
                return (gr.update(),) * 9
            said = "Added" if index.built else "Already in the library:"
            return (gr.Dropdown(choices=article_choices(bot), value=article.id), None, "",
                    f"{said} *{inert(article.title)}* ({article.words:,} words). Ask about it.",
                    *picked(article.id))

        add.click(add_article, [upload, pasted], [picker, upload, pasted, status, *fresh],
                  concurrency_limit=1, concurrency_id="model", api_visibility="private")

        def remove_article(scope: str | None):
            try:
                if not scope or scope == ALL:
                    raise ArticleError("pick one article to remove")
                bot = holder.get()
                with holder.lock:
                    if scope == bot.article.id:
                        raise ArticleError("the article the app started with stays in the library")
                    entry = bot.library.remove(scope)
            except RagError as e:
                gr.Warning(str(e))
                return (gr.update(),) * 7
            return (gr.Dropdown(choices=article_choices(bot), value=bot.article.id),
                    f"Removed *{inert(entry.title)}*.", *picked(bot.article.id))

        remove.click(remove_article, picker, [picker, status, *fresh], concurrency_limit=1,
                     concurrency_id="model", api_visibility="private")

        def ask(question: str, article: str = "") -> dict:
            """Answer one question: {text, refused, citations: [{number, text, start, end,
            source, title, quote_start, quote_end}], timings}; `article` an article id, "all",
            or empty for the app's article."""
            bot = holder.get()
            with holder.lock:
                return bot.ask(question, scope=article or None).to_dict()

        gr.api(ask, api_name="ask", concurrency_limit=1, concurrency_id="model")

        timer = gr.Timer(0.5)

        def poll():
            done = holder.bot is not None or holder.error is not None
            choices: Any = gr.update()
            samples: Any = gr.update()
            if holder.bot is not None:
                article_id = holder.bot.article.id
                choices = gr.Dropdown(choices=article_choices(holder.bot), value=article_id)
                questions = [[q] for q in examples_for(article_id)]
                samples = gr.Dataset(samples=questions, visible=bool(questions))
            return holder.status, gr.Timer(active=not done), choices, samples

        timer.tick(poll, None, [status, timer, picker, examples], api_visibility="private")
    return demo
