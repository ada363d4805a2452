"""The pipeline, from a question to a checked, cited answer; read `RAG.stream` top to bottom:

    prepare the question (question.py) -> retrieve passages (retrieve.py) -> prompt, with what
    the article says to the model withheld (prompt.py)
    -> stream the model's reply (generate.py) -> check it and cite (ground.py) -> Answer

A question that needs several facts (two parts, a comparison, a sum or difference, a list:
multi.py) takes `_stream_multi` instead: its parts asked one by one, or one fact per item
stated by the model and checked, then compared or added up in code.

An answer that fails the check is never shown as fact: it becomes the fixed refusal sentence.
"""

from __future__ import annotations

import collections.abc
import dataclasses
import re
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from . import ground, multi
from .config import Settings
from .errors import ArticleError
from .generate import Generator, LlamaGenerator, OpenAIGenerator
from .ground import Citation, Verdict
from .index import Embedder, SentenceEmbedder
from .ingest import Article, Passage, read_article
from .library import ALL, Library
from .prompt import (
    FIGURES_PROMPT,
    REFUSAL,
    RETRY_PROMPT,
    SYSTEM_PROMPT,
    build_fact_messages,
    build_messages,
    declines,
    may_be_refusal,
    visible,
)
from .question import Question, prepare
from .retrieve import Hit, Retriever
from .text import pointed_at, refers_back, strip_markers

#: a declined question is asked again with the sentences that match it best when they share at
#: least this many words with it in all (two sentences a word each, or one sentence two words);
#: with fewer the decline stands (see RAG._narrowed)
MIN_SHARED_WORDS = 2
#: rules that find the answer taken from a sentence about something else than what was asked (a
#: time, a figure, a speaker's words, a role), or an answer of another kind than asked (where for
#: "when"): asked once more with the sentences that match the question best, where the model may
#: still decline
ANSWERED_FROM_ELSEWHERE = ("time_of_what_was_asked", "figure_on_the_topic", "figure_from_the_clause_asked",
                           "figure_told_where_the_question_is",
                           "attributed_to_the_speaker", "role_in_passages", "states_a_time", "deed_not_words")


@dataclass
class Trace:
    """Where the time of one answer went; None where a step did not run."""

    retrieve_s: float = 0.0
    first_token_s: float | None = None  # from the question to the first text shown
    llm_s: float | None = None
    check_s: float = 0.0
    total_s: float = 0.0
    attempts: int = 0  # model calls: 2 when it declined and was asked again
    prompt_tokens: int | None = None  # of the last model call (of all, for a question of parts)
    cached_tokens: int | None = None
    completion_tokens: int | None = None
    kind: str = ""  # for a question that needs several facts: its multi.Plan kind

    def to_dict(self) -> dict:
        return {k: v for k, v in dataclasses.asdict(self).items() if v is not None}


@dataclass
class Answer:
    question: str  # as searched for: a follow-up is rewritten as a whole question
    text: str
    refused: bool
    citations: list[Citation]
    passages: list[Hit]  # the retrieved passages, [1] first, as the model saw them
    verdict: Verdict = field(default_factory=lambda: Verdict(False))
    raw_text: str = ""  # the model's reply before the check
    trace: Trace = field(default_factory=Trace)
    messages: list[dict] = field(default_factory=list)  # what the model was asked first; [] if not
    #: numbers the text states that code computed (a sum, a difference), with their operands
    computed: list[multi.Computed] = field(default_factory=list)

    @property
    def check(self) -> str:
        """What the grounding check found, as text."""
        return str(self.verdict)

    def to_dict(self) -> dict:
        return {"text": self.text, "refused": self.refused,
                "citations": [dataclasses.asdict(c) for c in self.citations],
                "computed": [dataclasses.asdict(c) for c in self.computed],
                "timings": self.trace.to_dict()}


class AnswerStream:
    """Iterate to get the reply as the model writes it; then `.answer` holds the checked Answer,
    whose text may differ from what was streamed (a refusal, corrected citations)."""

    def __init__(self, pieces: Iterator[str], finish: Callable[[str], Answer]) -> None:
        self._pieces = pieces
        self._finish = finish
        self.answer: Answer | None = None

    def __iter__(self) -> Iterator[str]:
        reply = []
        for piece in self._pieces:
            reply.append(piece)
            yield piece
        self.answer = self._finish("".join(reply))

    def result(self) -> Answer:
        """The checked Answer, once the rest of the reply is read (and not shown)."""
        for _ in self:
            pass
        assert self.answer is not None
        return self.answer


class _Gathered:
    """Passages gathered from several searches or answers, numbered [1], [2]... in that order."""

    def __init__(self) -> None:
        self.hits: list[Hit] = []
        self.where: dict[tuple[str, int], int] = {}  # (article id, start) -> number
        self.citations: list[Citation] = []  # of the answers taken, numbered anew

    def add(self, hit: Hit) -> int:
        key = (hit.passage.source, hit.passage.start)
        if key not in self.where:
            self.hits.append(hit)
            self.where[key] = len(self.hits)
        return self.where[key]

    def take(self, answer: Answer) -> str:
        """The answer's text, its citations numbered as the gathered passages are."""
        new = {}
        for c in answer.citations:
            new[c.number] = self.add(answer.passages[c.number - 1])
            if new[c.number] not in {k.number for k in self.citations}:
                self.citations.append(dataclasses.replace(c, number=new[c.number]))
        return re.sub(r"\[(\d+)\]", lambda m: f"[{new.get(int(m.group(1)), m.group(1))}]", answer.text)


def _add_usage(trace: Trace, other: Trace) -> None:
    """Count another model call's attempts and tokens into `trace`."""
    for name in ("attempts", "prompt_tokens", "cached_tokens", "completion_tokens"):
        setattr(trace, name, (getattr(trace, name) or 0) + (getattr(other, name) or 0))


class RAG:
    """Answers questions about an article, or across every article of its library, citing the
    passages.

    >>> bot = RAG()                                   # doctest: +SKIP
    >>> bot.ask("How many Russians entered Kazakhstan?").text   # doctest: +SKIP
    'Interior Ministry officials in Kazakhstan said 98,000 crossed into that nation [1].'
    >>> ba = bot.add("ba_fuel_prices.html")           # doctest: +SKIP
    >>> bot.ask("What was BA's pre-tax profit?", scope=ba.id).text   # doctest: +SKIP
    >>> bot.ask("Who said what?", scope=ALL)          # doctest: +SKIP
    """

    def __init__(self, article: str | Path | None = None, llm_path: str | Path | None = None, *,
                 settings: Settings | None = None, embedder: Embedder | None = None,
                 generator: Generator | None = None, rebuild: bool = False) -> None:
        overrides: dict[str, Any] = {"article": article,
                                     "llm_path": None if llm_path is None else str(llm_path)}
        if settings is None:
            settings = Settings.from_env(**overrides)
        else:
            settings = dataclasses.replace(settings, **{k: v for k, v in overrides.items() if v})
        self.settings = settings
        self.embedder = embedder or SentenceEmbedder(settings.embed_model)
        self.library = Library(settings.index_dir, self.embedder, settings.passage_tokens)
        #: the article asked about when a question names no scope (the one given, else the seed)
        self.index = self.library.add(read_article(settings.article), rebuild)
        self.article = self.index.article
        self._retrievers: dict[tuple[str, ...], Retriever] = {}
        self._generator = generator

    def add(self, article: str | Path | Article) -> Article:
        """Add an article file (or an Article, e.g. from `article_from_text`) to the library,
        indexing it once; returns it (its `.id` names it in a scope)."""
        if not isinstance(article, Article):
            article = read_article(article)
        return self.library.add(article).article

    def retriever(self, scope: str | Sequence[str] | None = None) -> Retriever:
        """The retriever for a scope: None for this bot's article, ALL for every article of the
        library, or article ids (or titles)."""
        if scope is None:
            ids: tuple[str, ...] = (self.article.id,)
        elif scope == ALL:
            ids = tuple(e.id for e in self.library.entries())
        else:
            ids = tuple(self.library.get(ref).article.id
                        for ref in ([scope] if isinstance(scope, str) else scope))
        if not ids:
            raise ArticleError("the library has no articles: add one first")
        if ids not in self._retrievers:
            self._retrievers[ids] = Retriever([self.library.get(i) for i in ids], self.embedder)
        return self._retrievers[ids]

    def article_of(self, passage: Passage) -> Article:
        return self.library.get(passage.source).article

    @property
    def generator(self) -> Generator:
        """The answer model: a server's when RAG_LLM_URL is set, else llama.cpp in this process."""
        if self._generator is None:
            s = self.settings
            if s.llm_url:
                self._generator = OpenAIGenerator(s.llm_url, s.llm_model, s.llm_api_key, s.llm_timeout)
            else:
                from .models import resolve_llm

                self._generator = LlamaGenerator(resolve_llm(s.llm_path, s.home), n_ctx=s.n_ctx,
                                                 n_threads=s.n_threads)
        return self._generator

    def warm_up(self) -> None:
        """Load both models and compute the cache of the fixed instructions, so that the first
        question is as fast as the rest. The answer model loads in a second thread (llama.cpp
        releases the GIL) while the embedder's imports run in this one; an error in either is
        raised here."""
        errors: list[BaseException] = []

        def warm_generator() -> None:
            try:
                for _ in self.generator.generate(build_messages(Question("warm up", "warm up"), []), 1):
                    pass
            except BaseException as e:  # raised in the caller's thread below
                errors.append(e)

        thread = threading.Thread(target=warm_generator, name="rag-warm-up", daemon=True)
        thread.start()
        try:
            self.embedder.embed(["warm up"])
        finally:
            thread.join()
        if errors:
            raise errors[0]

    def ask(self, question: str, history: Sequence[dict] | None = None,
            scope: str | Sequence[str] | None = None) -> Answer:
        """Answer `question`; `history` is the conversation so far as chat messages
        ({"role": "user" | "assistant", "content": str}), for follow-up questions; `scope` the
        articles to answer from (see `retriever`)."""
        return self.stream(question, history, scope).result()

    def stream(self, question: str, history: Sequence[dict] | None = None,
               scope: str | Sequence[str] | None = None) -> AnswerStream:
        """Like `ask`, but yields the reply as it is generated (see AnswerStream)."""
        start = time.perf_counter()
        trace = Trace()
        r = self.retriever(scope)
        q = prepare(question, history, self.settings.max_question_chars, r.vocabulary, r.common)
        plan = multi.plan(q.text)
        if plan and (plan.kind == multi.PARTS or not q.unknown_names):
            return self._stream_multi(q, plan, r, scope, trace, start)
        return self._stream_single(q, r, trace, start)

    def _stream_single(self, q: Question, r: Retriever, trace: Trace, start: float,
                       system: str = SYSTEM_PROMPT) -> AnswerStream:
        """A question one passage answers: search, ask the model (with `system`'s instructions),
        check its reply."""
        hits = r.search(q.text, self.settings.top_k, context=q.previous_question)
        trace.retrieve_s = time.perf_counter() - start

        messages: list[dict] = []
        shown = [visible(h.passage.text) for h in hits]  # what the model reads and the check holds

        def finish(reply: str) -> Answer:
            checked = time.perf_counter()
            answer = self._checked(q, r, hits, shown, reply, trace)
            first = system == SYSTEM_PROMPT  # (a re-ask for the figures of a change is not re-asked)
            retry = first and self.settings.retry_declined
            if answer.verdict.rule == "pointed" and retry:
                alone = [s if n in answer.verdict.cited else "" for n, s in enumerate(shown, 1)]
                answer = self._narrowed(q, r, hits, shown, alone, SYSTEM_PROMPT, answer, trace,
                                        "with only the passage it pointed at")
            elif answer.verdict.rule in ("declined", "says_something_new") and retry:
                # (a reply that only says the question again is no answer either)
                best, shared = ground.sentences_matching(q.text, shown, r.common)
                if shared >= MIN_SHARED_WORDS:  # else the decline stands
                    answer = self._narrowed(q, r, hits, shown, best, RETRY_PROMPT, answer, trace,
                                            "with the sentences that match it best, and no way to decline")
            elif first and answer.verdict.rule in ANSWERED_FROM_ELSEWHERE:
                best, shared = ground.sentences_matching(q.text, shown, r.common)
                if shared >= MIN_SHARED_WORDS and best != shown:
                    answer = self._narrowed(q, r, hits, shown, best, SYSTEM_PROMPT, answer, trace,
                                            "with the sentences that match it best")
            elif first and answer.verdict.rule in ("number_about_the_question", "about_the_question"):
                naming = [ground.sentences_naming(q.text, s, r.common, r.around(h.passage)[0])
                          for h, s in zip(hits, shown)]
                if naming != shown:
                    subject = ", ".join(sorted(ground.subject_stems(q.text, r.common)))
                    answer = self._narrowed(q, r, hits, shown, naming, SYSTEM_PROMPT, answer, trace,
                                            f"with the sentences naming {subject}")
            answer.messages = messages
            trace.check_s = time.perf_counter() - checked
            trace.total_s = time.perf_counter() - start
            if trace.first_token_s is None and trace.attempts:  # nothing was streamed: it shows now
                trace.first_token_s = trace.total_s
            return answer

        if q.unknown_names:  # the answer cannot be in the article: no need to ask the model
            return AnswerStream(iter([REFUSAL]), finish)
        messages += build_messages(q, shown, system)
        return AnswerStream(self._generate(messages, trace, start), finish)

    def _narrowed(self, q: Question, r: Retriever, hits: list[Hit], shown: list[str], narrowed: list[str],
                  system: str, refused: Answer, trace: Trace, how: str) -> Answer:
        """A refused reply asked once more with only some sentences of the passages (`narrowed`,
        one text per passage, "" to leave a passage out; in the article's order when one names
        its subject only as "he", else best first), and that reply checked like the first; the
        refusal stands if it fails too. Four refusals are worth it:
        - the model replied with nothing but a passage's number ("[1]"): that passage alone, where
          the model may still decline;
        - the model declined, although a passage may hold the answer (the 1.5B model often does
          when the answer sits among many sentences): the sentences that match the question best,
          with instructions without the way to decline (`RETRY_PROMPT`); the check decides. When
          those sentences share fewer than MIN_SHARED_WORDS words with the question in all (one
          sentence, one word: "Which rocket launched Phoenix?" and "the upcoming launch of the
          Mars Science Laboratory"), the decline stands: forced, the model made answers up;
        - an answer, or a figure, taken from a sentence about something else ("43,000 went to
          Mongolia" from "43,000 arrived [in Finland]. Another 3,000 entered Mongolia."; Lithuania's
          minister named as Latvia's): the sentences that name what the question is about;
        - an answer that the check finds taken from words about something else than what was
          asked (`ANSWERED_FROM_ELSEWHERE`: the date something else happens, another speaker's
          words, a name whose sentences tell no such deed): the sentences that match the question
          best, where the model may still decline."""
        kept = [(h, t) for h, t in zip(hits, narrowed) if t]
        if any(refers_back(t) for _, t in kept):  # "He said: ..." reads after the sentence naming him
            kept.sort(key=lambda ht: (ht[0].passage.source, ht[0].passage.start))
        if not kept:
            return refused
        sub_hits, sub_shown = [h for h, _ in kept], [t for _, t in kept]
        reply = self._call(build_messages(q, sub_shown, system), self.settings.max_answer_tokens, trace)
        answer = self._checked(q, r, sub_hits, sub_shown, reply, trace)
        if answer.refused:
            return refused
        answer.verdict = dataclasses.replace(answer.verdict, detail=f"{answer.verdict.detail}; asked again "
                                             f"{how} ({refused.verdict})")
        return answer

    def _stream_multi(self, q: Question, plan: multi.Plan, r: Retriever,
                      scope: str | Sequence[str] | None, trace: Trace, start: float) -> AnswerStream:
        """A question that needs several facts (multi.py): the parts of a two-part question are
        shown as each is checked; the other kinds once their facts are checked and combined."""
        trace.kind = plan.kind
        done: list[Answer] = []

        def pieces() -> Iterator[str]:
            if plan.kind == multi.PARTS:
                answer = yield from self._parts(q, plan, scope, trace, start)
            else:
                answer = self._facts(q, plan, r, scope, trace)
                trace.first_token_s = time.perf_counter() - start
                yield answer.text
            trace.total_s = time.perf_counter() - start
            done.append(answer)

        return AnswerStream(pieces(), lambda _: done[0])

    def _parts(self, q: Question, plan: multi.Plan, scope: str | Sequence[str] | None,
               trace: Trace, start: float) -> collections.abc.Generator[str, None, Answer]:
        """Each part asked and checked on its own, and yielded when checked; a part the
        article does not answer is said to be missing. Returns the whole Answer."""
        gathered = _Gathered()
        texts, raws = [], []
        history: list[dict] = []
        for part in plan.items:
            sub = self.ask(part, history, scope)  # "...and what did he say?" has the first part
            history = [{"role": "user", "content": sub.question}, {"role": "assistant", "content": sub.text}]
            _add_usage(trace, sub.trace)
            raws.append(sub.raw_text)
            text = multi.not_said(part) if sub.refused else gathered.take(sub)
            texts.append(text if text.endswith((".", "!", "?")) else text + ".")
            if trace.first_token_s is None:
                trace.first_token_s = time.perf_counter() - start
            yield texts[-1] if len(texts) == 1 else " " + texts[-1]
        raw = "\n".join(raws)
        if not gathered.citations:
            return Answer(q.text, REFUSAL, True, [], gathered.hits,
                          Verdict(False, (), "parts", "the article answers none of the parts"), raw, trace)
        return Answer(q.text, " ".join(texts), False, gathered.citations, gathered.hits,
                      Verdict(True, tuple(c.number for c in gathered.citations), "",
                              f"{len(plan.items)} parts asked one by one"), raw, trace)

    def _facts(self, q: Question, plan: multi.Plan, r: Retriever, scope: str | Sequence[str] | None,
               trace: Trace) -> Answer:
        """One model call states a fact per item; each is checked. A figure it missed for an item
        the question names, or gave two items, is asked for on its own ("How many Russians
        arrived in Finland?").
        Code then compares, adds, subtracts or lists them (multi.compose)."""
        if plan.kind == multi.DIFFERENCE and not plan.items:
            return self._change(q, r, trace)
        searched = time.perf_counter()
        gathered = _Gathered()
        for n, query in enumerate(plan.queries(q.text)):
            k = multi.PASSAGES_PER_ITEM if n else multi.PASSAGES_PER_QUESTION - 2 * bool(plan.items)
            for h in r.search(query, k):
                if len(gathered.hits) < multi.MAX_PASSAGES:
                    gathered.add(h)
        trace.retrieve_s = time.perf_counter() - searched
        hits = list(gathered.hits)
        shown = [visible(h.passage.text) for h in hits]
        items = "; ".join(plan.items) or multi.every(plan.group) + (
            ", with their age" if plan.ages else ", with its figure" if plan.kind == multi.COMPARE else "")
        messages = build_fact_messages(q.text, items, shown)
        reply = self._call(messages, multi.MAX_FACT_TOKENS, trace)
        facts, problems = multi.checked_facts(plan, multi.parse_facts(reply, len(shown)), q.text, shown,
                                              [r.around(h.passage) for h in hits], r.common,
                                              self.settings.skip_rules)
        if plan.kind == multi.LIST and len(facts) < 2:  # one passage may hold the whole list
            whole = self._stream_single(q, r, Trace(), time.perf_counter()).result()
            _add_usage(trace, whole.trace)
            if not whole.refused:  # (an answer naming nothing beyond the question fails the check)
                return whole
            problems.append(f"asked whole: {whole.verdict}")
        if plan.years_between:  # "the 1606 act" is dated by its name
            stated_items = {f.item for f in facts}
            facts += [dated for i in plan.items if i not in stated_items
                      if (dated := multi.dated_by_its_name(i, shown)) is not None]
        if plan.kind != multi.LIST and plan.items:
            alone = [i for i in plan.items if i not in {f.item for f in facts}]
            facts += self._items_alone(q, plan, alone, r, scope, gathered, trace, problems)
            # an item the one call gave another's figure (two items, one figure stated once):
            # which one took it cannot be told, so each such item is asked alone as well
            kept, _ = multi.one_figure_one_item(facts, [visible(h.passage.text) for h in gathered.hits], [])
            clash = [f.item for f in facts if f not in kept and f.item not in alone]
            if clash:
                facts = [f for f in facts if f.item not in clash]
                facts += self._items_alone(q, plan, clash, r, scope, gathered, trace, problems)
            facts.sort(key=lambda f: plan.items.index(f.item))
        if plan.kind != multi.LIST:
            texts = [visible(h.passage.text) for h in gathered.hits]
            facts, problems = multi.one_figure_one_item(facts, texts, problems)
        made = multi.compose(plan, facts)
        if not made.ok:
            detail = "; ".join([made.detail, *problems])
            return Answer(q.text, REFUSAL, True, [], gathered.hits, Verdict(False, (), plan.kind, detail),
                          reply, trace, messages)
        passages = [gathered.hits[n - 1].passage for n in made.cited]
        citations = [ground.cite(n, p, self.article_of(p), made.text) for n, p in zip(made.cited, passages)]
        detail = made.detail + ("; left out: " + "; ".join(problems) if problems else "")
        return Answer(q.text, made.text, False, citations, gathered.hits,
                      Verdict(True, made.cited, "", detail), reply, trace, messages, list(made.computed))

    def _items_alone(self, q: Question, plan: multi.Plan, items: list[str], r: Retriever,
                     scope: str | Sequence[str] | None, gathered: _Gathered, trace: Trace,
                     problems: list[str]) -> list[multi.Fact]:
        """Each item's figure asked as a question of its own ("How many Russians arrived in
        Finland?"), checked like any answer and held to its item; what fails goes to `problems`."""
        facts = []
        for item in items:
            sub = self.ask(plan.item_question(q.text, item), scope=scope)
            _add_usage(trace, sub.trace)
            if sub.refused:
                problems.append(f"{item}, asked alone ({sub.question}): {sub.verdict}")
                continue
            text = gathered.take(sub)
            cited = tuple(gathered.where[(c.source, c.start)] for c in sub.citations)
            fact = multi.Fact(item, text, cited)
            problem = multi.figure_of_another(item, fact, [r.read_with_before(c.source, c.start)
                                                           for c in sub.citations], r.common)
            if problem:
                problems.append(f"{item}: {problem}")
            else:
                facts.append(fact)
        return facts

    def _change(self, q: Question, r: Retriever, trace: Trace) -> Answer:
        """"By how much did it rise?": the question asked whole; when the checked answer gives
        the figures before and after ("from £6 to £10"), code computes the change and puts it
        first ("£4: ... from £6 to £10 [1]."; a figure written without the currency its passage
        gives it has it put back); an answer of one figure stands only where the
        passages tell it as a difference or a change (multi.told_as_a_difference). An answer
        refused for a figure in no passage (the model worked the change out itself: "44,000" for
        146,000 against 190,000), or of one figure told as a quantity ("37%" of "from 19% to
        37%"), is asked once more for the two figures (FIGURES_PROMPT); the new reply stands only
        if it is checked and gives two such figures."""
        start = time.perf_counter()
        answer = self._stream_single(q, r, trace, start).result()

        def a_level(a: Answer) -> bool:  # one figure, told as a quantity: "37%" of "from 19% to 37%"
            return not a.refused and multi.change(a.text) is None and not multi.told_as_a_difference(
                a.text, q.text, [c.text for c in a.citations])

        if self.settings.retry_declined and (answer.verdict.rule == "numbers_supported" or a_level(answer)):
            again = self._stream_single(q, r, trace, start, FIGURES_PROMPT).result()
            if not again.refused and multi.change(again.text) is not None:
                why = answer.verdict if answer.refused else "a quantity, not the change"
                again.verdict = dataclasses.replace(again.verdict, detail=f"{again.verdict.detail}; asked "
                                                    f"again for the figures ({why})")
                answer = again
        cited = [c.text for c in answer.citations]
        if not answer.refused:  # "170m against 194m" where the passage has "£170m ... £194m"
            answer.text = multi.in_its_currency(answer.text, cited)
        computed = None if answer.refused else multi.change(answer.text)
        if computed is None and a_level(answer):
            return dataclasses.replace(answer, text=REFUSAL, refused=True, citations=[], verdict=Verdict(
                False, answer.verdict.cited, "told_as_a_difference",
                "the figure is told in the cited passages as a quantity, not as the difference asked"))
        if computed is not None:
            result = computed.result  # a change of percentages asked in points is in points
            if result.endswith("%") and ground.asks_points(q.text):
                result = f"{result[:-1]} percentage points"
            answer.text = f"{result}: {answer.text}"
            answer.computed = [computed]
            how = f"; the change computed from {' and '.join(computed.operands)}"
            answer.verdict = dataclasses.replace(answer.verdict, detail=answer.verdict.detail + how)
        return answer

    def _call(self, messages: list[dict], max_tokens: int, trace: Trace) -> str:
        """The model's whole reply to `messages` (not streamed), its time and tokens counted."""
        llm_start = time.perf_counter()
        reply = "".join(self.generator.generate(messages, max_tokens))
        u = self.generator.usage
        _add_usage(trace, Trace(attempts=1, prompt_tokens=u.prompt_tokens, cached_tokens=u.cached_tokens,
                                completion_tokens=u.completion_tokens))
        trace.llm_s = (trace.llm_s or 0.0) + time.perf_counter() - llm_start
        return reply

    def _generate(self, messages: list[dict], trace: Trace, start: float) -> Iterator[str]:
        """Stream the model's reply. A reply that may still turn out to be the refusal is held
        back until it is known; what is yielded is the whole text of the reply, or nothing when
        it declines (it may be asked again, see `_narrowed`)."""
        llm_start = time.perf_counter()
        trace.attempts += 1
        held, streaming = "", False
        for piece in self.generator.generate(messages, self.settings.max_answer_tokens):
            if not streaming:
                held += piece
                if may_be_refusal(held):
                    continue
                streaming, piece = True, held
                trace.first_token_s = time.perf_counter() - start
            yield piece
        if not streaming and held and not declines(held):
            trace.first_token_s = time.perf_counter() - start
            yield held
        usage = self.generator.usage
        trace.prompt_tokens, trace.cached_tokens = usage.prompt_tokens, usage.cached_tokens
        trace.completion_tokens = usage.completion_tokens
        trace.llm_s = time.perf_counter() - llm_start

    def _checked(self, q: Question, r: Retriever, hits: list[Hit], shown: list[str], reply: str,
                 trace: Trace) -> Answer:
        """The Answer the user sees: the reply with verified citations, or the refusal."""
        def refusal(verdict: Verdict) -> Answer:
            return Answer(q.text, REFUSAL, True, [], hits, verdict, reply, trace)

        if q.unknown_names:
            return refusal(Verdict(False, (), "unknown_names",
                                   f"the article never mentions {', '.join(q.unknown_names)}"))
        pointed = pointed_at(reply, len(shown))
        if pointed:  # kept as the verdict's passages: the ones to ask again with
            return refusal(Verdict(False, tuple(pointed), "pointed",
                                   "the model named a passage, not the fact"))
        if not strip_markers(reply) or declines(reply):
            return refusal(Verdict(False, (), "declined", "the model declined"))
        verdict = ground.check(reply, q.text, shown, [r.around(h.passage) for h in hits], r.common,
                               self.settings.skip_rules)
        if not verdict.ok:
            return refusal(verdict)
        citations = [ground.cite(n, hits[n - 1].passage, self.article_of(hits[n - 1].passage), reply)
                     for n in verdict.cited]
        return Answer(q.text, ground.with_markers(reply, verdict.cited), False, citations, hits,
                      verdict, reply, trace)
