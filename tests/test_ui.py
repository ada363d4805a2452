"""The Gradio app: built without a server (fast, with fakes), and launched for real on a free
loopback port, driven by headless chromium and by gradio_client (slow, real models)."""
import os
import socket
from pathlib import Path

import pytest
from fakes import FakeEmbedder, FakeGenerator

from rag import RAG
from rag.config import DEFAULT_ARTICLE, Settings
from rag.ingest import article_from_text, read_article
from rag.ui import CSS, BotHolder, create_app, examples_for, render_answer, render_sources

OUTPUT = Path(__file__).parent / "output"


# generous for a CPU three times slower than the bench machine, pinned to one core, asking twice
ANSWER_TIMEOUT_MS = int(os.environ.get("TEST_ANSWER_TIMEOUT_MS", 300_000))
READY_TIMEOUT_MS = 600_000


def test_app_builds_without_a_server_and_names_its_api(settings):
    holder = BotHolder(lambda: RAG(settings=settings, embedder=FakeEmbedder(),
                                   generator=FakeGenerator()))
    demo = create_app(holder)
    names = [d.get("api_name") for d in demo.config["dependencies"]]
    assert "ask" in names


def test_examples_are_the_article_s_own():
    assert "How many Russians entered Kazakhstan?" in examples_for(read_article(DEFAULT_ARTICLE).id)
    assert examples_for(article_from_text("A story.").id) == []


def test_sources_highlight_the_supporting_sentence(settings):
    def reply(messages):
        n = next(x for x in messages[-1]["content"].splitlines() if "98,000" in x)[1]
        return f"98,000 crossed into Kazakhstan [{n}]."

    bot = RAG(settings=settings, embedder=FakeEmbedder(), generator=FakeGenerator(reply))
    ans = bot.ask("How many Russians entered Kazakhstan?")
    page = render_sources(ans, lambda _: bot.article.text)
    n = ans.citations[0].number
    assert f"**[{n}]**" in render_answer(ans)
    assert f"id='source-{n}'" in page and "<mark>" in page and "98,000" in page.split("<mark>")[1]
    assert "data-turn='3'" in render_sources(ans, lambda _: bot.article.text, 3)
    assert "Show in the article" in page
    refused = bot.ask("How many Russians entered Armenia?")
    assert "does not say" in render_sources(refused, lambda _: bot.article.text)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def launch(holder: BotHolder) -> tuple:
    demo = create_app(holder)
    demo.queue(default_concurrency_limit=1)
    port = free_port()
    demo.launch(server_name="127.0.0.1", server_port=port, prevent_thread_lock=True, css=CSS,
                share=False)
    return demo, f"http://127.0.0.1:{port}/"


@pytest.fixture(scope="module")
def server():
    demo, url = launch(BotHolder(RAG).start())
    yield url
    demo.close()


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=[
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
            "--disable-component-update", "--no-first-run"])
        yield browser
        browser.close()


def open_page(browser, url):
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.goto(url)
    page.wait_for_selector("#status:has-text('Ready'), #status:has-text('Could not start')",
                           timeout=READY_TIMEOUT_MS)
    assert "Ready" in page.locator("#status").inner_text()
    return page


@pytest.fixture(scope="module")
def page(browser, server):
    page = open_page(browser, server)
    yield page
    page.close()


def ask_in_browser(page, question: str) -> str:
    """Ask, wait until the UI marks the checked answer complete (its turn number on the
    sources panel) and the chat shows that answer's text; return the chat's last answer."""
    turn = int(page.get_attribute("#sources .answer-done", "data-turn") or 0)
    page.fill("#question textarea", question)
    page.press("#question textarea", "Enter")
    page.wait_for_selector(f"#sources .answer-done[data-turn='{turn + 1}']", timeout=ANSWER_TIMEOUT_MS)
    final = page.get_attribute("#sources .answer-done", "data-answer")
    page.wait_for_function(
        """(text) => { const m = document.querySelectorAll('#chat .message.bot');
                       return m.length > 0 && m[m.length - 1].innerText.includes(text); }""",
        arg=final, timeout=ANSWER_TIMEOUT_MS)
    return page.locator("#chat .message.bot").last.inner_text()


@pytest.mark.browser
def test_browser_follow_up_reads_the_plain_previous_answer(browser, settings):
    """With fakes behind the real server: the second prompt carries the first answer as plain
    text (no bold marks of the chat's rendering)."""
    def reply(messages):
        line = next((x for x in messages[-1]["content"].splitlines() if "98,000" in x), None)
        return f"About 98,000 crossed [{line[1]}]." if line else "The article does not say."

    generator = FakeGenerator(reply)
    holder = BotHolder(lambda: RAG(settings=settings, embedder=FakeEmbedder(), generator=generator)).start()
    demo, url = launch(holder)
    try:
        page = open_page(browser, url)
        first = ask_in_browser(page, "How many Russians entered Kazakhstan?")
        assert "98,000" in first and "**" not in first
        ask_in_browser(page, "What did its officials say about it?")
        prompt = generator.calls[-1][-1]["content"]
        assert "Previous answer: About 98,000 crossed." in prompt and "*" not in prompt
        assert page.locator("#chat .message.bot").count() == 2
        page.close()
    finally:
        demo.close()


@pytest.mark.slow
@pytest.mark.browser
def test_browser_answer_cites_and_highlights(page):
    text = ask_in_browser(page, "How many Russians entered Kazakhstan?")
    assert "98,000" in text and "[" in text
    card = page.locator("#sources .source").first
    assert "98,000" in card.locator("p mark").inner_text()
    card.locator("summary").click()
    assert "98,000" in card.locator(".article mark").inner_text()
    # the article box opens scrolled to the highlighted sentence, not at the top
    page.wait_for_function("""() => {
        const box = document.querySelector('#sources .source .article'), m = box.querySelector('mark');
        const b = box.getBoundingClientRect(), r = m.getBoundingClientRect();
        return box.scrollTop > 0 && r.top >= b.top && r.bottom <= b.bottom; }""", timeout=5_000)
    OUTPUT.mkdir(exist_ok=True)
    page.screenshot(path=str(OUTPUT / "ui-answer.png"), full_page=True)


@pytest.mark.slow
@pytest.mark.browser
def test_browser_refusal_and_new_conversation(page):
    refusal = ask_in_browser(page, "How many Russians entered Armenia?")
    assert "The article does not say" in refusal
    assert "does not say" in page.locator("#sources").inner_text()
    page.click("#new")
    page.wait_for_selector("#sources .answer-done[data-turn='0']")
    page.wait_for_function("() => document.querySelectorAll('#chat .message').length === 0")


@pytest.mark.slow
@pytest.mark.browser
@pytest.mark.xfail(reason="the 1.5B model often answers this follow-up from the wrong passage "
                   "('5', from Zakharov's five friends) although the rewritten question retrieves "
                   "the 43,000 passage; test_follow_up_retrieves_in_context checks the pipeline part")
def test_browser_follow_up(page):
    ask_in_browser(page, "How many Russians went to Georgia?")
    follow = ask_in_browser(page, "And to Finland?")
    page.screenshot(path=str(OUTPUT / "ui-follow-up.png"))
    assert "43,000" in follow


@pytest.mark.slow
@pytest.mark.browser
def test_browser_examples_are_the_seed_s_own(page):
    page.wait_for_selector("#examples:has-text('How many Russians entered Kazakhstan?')")


def pick(page, title: str) -> None:
    """Choose an article in the picker, and wait for the new conversation it starts."""
    page.click("#article input")
    page.click(f"[role='option']:has-text({title!r})")
    page.wait_for_selector("#sources .answer-done[data-turn='0']")
    page.wait_for_function("() => document.querySelectorAll('#chat .message').length === 0")


@pytest.mark.slow
@pytest.mark.browser
def test_browser_add_a_web_page_ask_it_then_ask_across_all(browser, real_models, tmp_path):
    """The real models and server: upload an HTML article, ask about it (a cited answer, the
    sentence highlighted, the card naming the article), then ask across all articles and get
    answers cited from each of the two."""
    from articles import FERRY, html_page

    page_file = tmp_path / "ferry.html"
    page_file.write_text(html_page("Ferry braves the storm", FERRY), "utf-8")
    embedder, generator = real_models
    settings = Settings.from_env(index_dir=tmp_path / "indexes")
    holder = BotHolder(lambda: RAG(settings=settings, embedder=embedder, generator=generator)).start()
    demo, url = launch(holder)
    try:
        page = open_page(browser, url)
        page.click("#add-article")
        page.set_input_files("#upload input[type='file']", str(page_file))
        page.click("#add")
        page.wait_for_selector("#status:has-text('Added')", timeout=ANSWER_TIMEOUT_MS)
        assert "Ferry braves the storm" in page.locator("#status").inner_text()
        page.wait_for_function(
            "() => document.querySelector('#article input').value === 'Ferry braves the storm'")
        text = ask_in_browser(page, "How many passengers did the Baltic Star carry?")
        assert "412" in text
        card = page.locator("#sources .source").first
        assert "Ferry braves the storm" in card.locator(".title").inner_text()
        assert "412" in card.locator("p mark").inner_text()
        assert page.locator("#examples").is_hidden()  # the seed's examples are not this article's

        pick(page, "All articles")
        titles = set()
        for question, number in (("How many passengers did the Baltic Star carry?", "412"),
                                 ("How many Russians entered Kazakhstan?", "98,000")):
            assert number in ask_in_browser(page, question)
            titles.add(page.locator("#sources .source .title").first.inner_text())
        assert titles == {"Ferry braves the storm",
                          "Russians continue to stream across the border into Georgia"}
        OUTPUT.mkdir(exist_ok=True)
        page.screenshot(path=str(OUTPUT / "ui-library.png"), full_page=True)

        pick(page, "Ferry braves the storm")
        page.click("#remove")
        page.wait_for_selector("#status:has-text('Removed')", timeout=ANSWER_TIMEOUT_MS)
        assert [e.title for e in holder.get().library.entries()] == [
            "Russians continue to stream across the border into Georgia"]
        page.close()
    finally:
        demo.close()


@pytest.mark.slow
def test_follow_up_retrieves_in_context():
    bot = RAG()
    first = bot.ask("How many Russians went to Georgia?")
    history = [{"role": "user", "content": first.question},
               {"role": "assistant", "content": first.text}]
    follow = bot.ask("And to Finland?", history)
    assert follow.question == "How many Russians went to Finland?"
    assert any("43,000" in h.passage.text for h in follow.passages)
    minister = bot.ask("What did its foreign minister say?", [
        *history, {"role": "user", "content": "And to Finland?"},
        {"role": "assistant", "content": follow.text}])
    assert any("Haavisto" in h.passage.text for h in minister.passages)


@pytest.mark.slow
def test_gradio_client_ask_endpoint_two_at_once(server):
    from gradio_client import Client

    client = Client(server, verbose=False)
    jobs = [client.submit("How many Russians entered Kazakhstan?", api_name="/ask"),
            client.submit("Who is Finland's foreign minister?", api_name="/ask")]
    first, second = [job.result(timeout=120) for job in jobs]
    assert "98,000" in first["text"] and not first["refused"]
    assert first["citations"] and {"number", "text", "start", "end", "source"} <= set(first["citations"][0])
    assert "Haavisto" in second["text"]
    article = RAG().article.text
    c = first["citations"][0]
    assert article[c["start"]:c["end"]] == c["text"]


@pytest.mark.browser
@pytest.mark.reliability
def test_browser_html_in_an_article_or_a_question_stays_inert(browser, tmp_path, settings):
    """Markup from the article and the question is shown as text: no script runs, no element
    is injected, in the chat or in the sources."""
    article = tmp_path / "markup.txt"
    article.write_text("The fair drew 2,400 people <script>window.pwned = 'article'</script> on "
                       "Saturday.\n<img src=x onerror=\"window.pwned = 'img'\"> Tickets cost 8 dollars.\n",
                       "utf-8")

    def reply(messages):
        line = next((x for x in messages[-1]["content"].splitlines() if "2,400" in x), "[1]")
        return f"The fair drew 2,400 people [{line[1]}]."

    holder = BotHolder(lambda: RAG(article=article, settings=settings, embedder=FakeEmbedder(),
                                   generator=FakeGenerator(reply))).start()
    demo, url = launch(holder)
    try:
        page = open_page(browser, url)
        dialogs = []
        page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
        ask_in_browser(page, "How many people came? <img src=x onerror=\"window.pwned = 'question'\">"
                       "<script>window.pwned = 'question'</script>")
        page.locator("#sources summary").first.click()
        assert page.evaluate("() => window.pwned === undefined") and dialogs == []
        injected = page.evaluate("""() => [...document.querySelectorAll(
            '#chat img[src="x"], #chat script, #sources script, #sources img, #sources [onmouseover],'
            + ' #chat [onerror], #chat [onmouseover]')].length""")
        assert injected == 0, page.evaluate("""() => [...document.querySelectorAll(
            '#chat img[src="x"], #chat script, #sources script, #sources img, #sources [onmouseover],'
            + ' #chat [onerror], #chat [onmouseover]')].map(e => e.outerHTML)""")
        assert "<script>window.pwned = 'article'</script>" in page.locator("#sources").inner_text()
        page.close()
    finally:
        demo.close()


@pytest.mark.reliability
def test_many_clients_are_answered_in_order_or_told_the_queue_is_full(settings):
    """16 gradio_client users at once against a queue of 4 behind one model slot: each request is
    answered or refused with "queue is full", none hangs or fails otherwise, and the answered
    ones finish in the order they were queued (one model, first come first served)."""
    import threading
    import time

    from gradio_client import Client

    served: list[int] = []  # request numbers, in the order the model got them

    def slow_reply(messages):
        asked = messages[-1]["content"]
        if "number " in asked:  # not the warm-up
            served.append(int(asked.rsplit("number ", 1)[-1].rstrip("?")))
        time.sleep(0.2)  # a model that takes a while, so a queue forms
        line = next((x for x in messages[-1]["content"].splitlines() if "98,000" in x), None)
        return f"About 98,000 crossed [{line[1]}]." if line else "The article does not say."

    holder = BotHolder(lambda: RAG(settings=settings, embedder=FakeEmbedder(),
                                   generator=FakeGenerator(slow_reply))).start()
    demo = create_app(holder)
    demo.queue(default_concurrency_limit=1, max_size=4)
    port = free_port()
    demo.launch(server_name="127.0.0.1", server_port=port, prevent_thread_lock=True, share=False)
    try:
        client = Client(f"http://127.0.0.1:{port}/", verbose=False)
        client.predict("How many Russians entered Kazakhstan, number 0?", api_name="/ask")  # ready
        served.clear()
        outcomes: dict[int, str] = {}

        def ask(i):
            try:
                result = client.submit(f"How many Russians entered Kazakhstan, number {i}?",
                                       api_name="/ask").result(timeout=120)
                outcomes[i] = "answer" if "98,000" in result["text"] else f"wrong: {result}"
            except Exception as e:
                outcomes[i] = "busy" if "queue is full" in str(e).lower() else f"error: {e}"

        threads = []
        for i in range(16):
            threads.append(threading.Thread(target=ask, args=(i,)))
            threads[-1].start()
            time.sleep(0.1)  # submitted, and queued, in this order
        for t in threads:
            t.join(timeout=180)
        kinds = sorted(set(outcomes.values()))
        assert len(outcomes) == 16 and set(kinds) <= {"answer", "busy"}, kinds
        assert "busy" in kinds and "answer" in kinds
        answered = [i for i, kind in outcomes.items() if kind == "answer"]
        assert served == sorted(served) and sorted(served) == sorted(answered)
    finally:
        demo.close()
