"""Replay replies through today's check, to see which verdicts a rule change turns before an
eval run is spent on it. Two sources of replies:

    .venv/bin/python evals/replay.py [REPORT.json ...]   # the model's stored first replies
    .venv/bin/python evals/replay.py --gold [SET ...]    # each gold answer, as a terse reply

A report (written by `rag eval` or `pytest evals/`) keeps the model's first reply to each item
(`raw`): it is given again, with the real retriever and index, by a model that declines every
second ask (a second ask's reply is not stored: where today's check would ask again, the replay
shows the refusal that would stand if the model declined). `--gold` replies to each answerable
gold item with its first answer and the number of the passage shown that holds it ("France
[2]."): what a rule costs in wrong refusals, on every article, without the model. Prints one
line per item (set, id, outcome, the rule that refused); run it on two versions of the code and
diff the outputs. Questions that take the several-fact road are skipped: the model is asked
something else there.
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Iterator
from pathlib import Path

from rag import RAG, multi
from rag.evaluate import DEFAULT_REPORT, answer_matches, gold_sets, load_gold
from rag.generate import Usage


class Replier:
    """A generator that says `reply` to the first call of a question (a function of the prompt's
    passages, or a string) and declines after."""

    def __init__(self) -> None:
        self.reply: object = ""
        self.usage = Usage()

    def generate(self, messages: list[dict], max_tokens: int) -> Iterator[str]:
        reply, self.reply = self.reply, "The article does not say."
        if callable(reply):
            reply = reply(re.findall(r"^\[(\d+)\] (.*)$", messages[-1]["content"], re.M))
        yield str(reply)


def gold_reply(answer: str):
    """The gold answer, citing the first passage shown that holds it."""
    def reply(passages: list[tuple[str, str]]) -> str:
        n = next((n for n, text in passages if answer.lower() in text.lower()), "1")
        return f"{answer} [{n}]."
    return reply


def items(args: list[str]) -> Iterator[tuple[str, dict, object]]:
    """(set, gold item, the reply to give) for each item to replay."""
    if args[:1] == ["--gold"]:
        for s in gold_sets(args[1:] or None):
            for item in load_gold(s.gold):
                if item["answerable"] and item["answers"]:
                    yield s.name, item, gold_reply(item["answers"][0])
        return
    for path in [Path(p) for p in args] or sorted(DEFAULT_REPORT.glob("*.json")):
        for item in json.loads(path.read_text("utf-8"))["items"]:
            if item.get("raw"):
                yield path.stem, {**item, "answers": item["gold"]}, item["raw"]


def main(args: list[str]) -> int:
    articles = {s.name: s.article for s in gold_sets()}
    gen = Replier()
    bot = RAG(generator=gen)
    scopes: dict[str, str] = {}
    for name, item, reply in items(args):
        if name not in articles or multi.plan(item["question"]):
            continue
        if name not in scopes:
            scopes[name] = bot.add(articles[name]).id
        gen.reply = reply
        ans = bot.ask(item["question"], scope=scopes[name])
        right = item["answerable"] and not ans.refused and answer_matches(ans.text, item["answers"],
                                                                         item["question"])
        outcome = "refused" if ans.refused else "right" if right else "wrong"
        print(f"{name} {item['id']} {outcome} {ans.verdict.rule or 'ok'}  {item['question']!r} -> "
              f"{ans.text!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
