"""Replay replies through today's check, to see which verdicts a rule change turns before an
eval run is spent on it. Two sources of replies:

    .venv/bin/python evals/replay.py [REPORT.json ...]   # the model's stored first replies
    .venv/bin/python evals/replay.py --save REPORT.json ...   # keep them in evals/replies.jsonl
    .venv/bin/python evals/replay.py --gold [SET ...]    # each gold answer, as a terse reply

A report (written by `rag eval` or `pytest evals/` into the untracked evals/reports/) keeps the
model's first reply to each item (`raw`); `--save` copies them into evals/replies.jsonl, which is
committed (the model's replies of the last real run of each set kept there, so that a new machine
can replay them without hours of model time) and replayed when no report is named. Each reply is
given again, with the real retriever and index, by a model that declines every
second ask (a second ask's reply is not stored: where today's check would ask again, the replay
shows the refusal that would stand if the model declined). `--gold` replies to each answerable
gold item with its first answer and the number of the passage shown that holds it ("France
[2]."): what a rule costs in wrong refusals, on every article, without the model. Prints one
line per item (set, id, outcome, the rule that refused); run it on two versions of the code and
diff the outputs. A question that takes the several-fact road is replayed too: its stored reply
answers the first call (the facts call, one line per item), and each item asked alone after is
declined. `--gold` skips those questions: a gold answer is no such reply.
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Iterator
from pathlib import Path

from rag import RAG, multi
from rag.evaluate import gold_sets, load_gold, matches_gold
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


REPLIES = Path(__file__).parent / "replies.jsonl"


def stored(paths: list[Path]) -> Iterator[dict]:
    """{set, id, question, raw} for each item of the reports with a stored first reply."""
    for path in paths:
        for item in json.loads(path.read_text("utf-8"))["items"]:
            if item.get("raw"):
                yield {"set": path.stem, "id": item["id"], "question": item["question"], "raw": item["raw"]}


def save(paths: list[Path]) -> int:
    """Keep the reports' first replies in REPLIES, in place of those stored for the same items."""
    kept = {(r["set"], r["id"]): r for r in map(json.loads, REPLIES.read_text("utf-8").splitlines())
            } if REPLIES.exists() else {}
    kept.update({(r["set"], r["id"]): r for r in stored(paths)})
    REPLIES.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in kept.values()), "utf-8")
    print(f"{len(kept)} replies in {REPLIES}")
    return 0


def items(args: list[str]) -> Iterator[tuple[str, dict, object]]:
    """(set, gold item, the reply to give) for each item to replay."""
    golds = {s.name: {g["id"]: g for g in load_gold(s.gold)} for s in gold_sets()}
    if args[:1] == ["--gold"]:
        for name in args[1:] or golds:
            for item in golds[name].values():
                if item["answerable"] and item["answers"]:
                    yield name, item, gold_reply(item["answers"][0].split("|")[0])
        return
    replies = list(stored([Path(p) for p in args])) if args else [
        json.loads(line) for line in REPLIES.read_text("utf-8").splitlines()]
    for r in replies:
        item = golds.get(r["set"], {}).get(r["id"])
        if item and item["question"] == r["question"]:  # (a reply to a question since changed is stale)
            yield r["set"], item, r["raw"]


def main(args: list[str]) -> int:
    if args[:1] == ["--save"]:
        return save([Path(p) for p in args[1:]])
    articles = {s.name: s.article for s in gold_sets()}
    gen = Replier()
    bot = RAG(generator=gen)
    scopes: dict[str, str] = {}
    for name, item, reply in items(args):
        if name not in articles or (args[:1] == ["--gold"] and multi.plan(item["question"])):
            continue
        if name not in scopes:
            scopes[name] = bot.add(articles[name]).id
        gen.reply = reply
        ans = bot.ask(item["question"], scope=scopes[name])
        right = item["answerable"] and not ans.refused and matches_gold(ans.text, item)
        outcome = "refused" if ans.refused else "right" if right else "wrong"
        print(f"{name} {item['id']} {outcome} {ans.verdict.rule or 'ok'}  {item['question']!r} -> "
              f"{ans.text!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
