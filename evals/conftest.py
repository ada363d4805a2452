import pytest

from rag.evaluate import DEFAULT_REPORT, evaluate_sets, gold_sets, held_out_only, load_gold


@pytest.fixture(scope="session")
def sets():
    """(GoldSet, items) for every gold set of evals/gold/sets.json."""
    return [(s, load_gold(s.gold)) for s in gold_sets()]


@pytest.fixture(scope="session")
def asked(sets):
    """The sets with the items the eval asks: all, or the held-out ones (RAG_EVAL_SPLIT=test)."""
    return [(s, [g for g in items if g["split"] == "test" or not held_out_only()]) for s, items in sets]


@pytest.fixture(scope="session")
def reports(asked, tmp_path_factory):
    """Every asked gold item of every set through the real default models, once per session: one
    bot, each set asked of its own article (added to a library in a temporary folder, so the
    user's library is not touched). Writes evals/reports/<set>.md and summary.md. Returns the
    reports by set, the metrics of the held-out items of the simple sets together, and the report
    of each group of sets (the multi-fact questions)."""
    from rag import RAG, Settings

    bot = RAG(settings=Settings.from_env(index_dir=tmp_path_factory.mktemp("eval-indexes")))
    bot.warm_up()
    out = evaluate_sets(bot, asked)
    print("\n" + (DEFAULT_REPORT / "summary.md").read_text("utf-8"))
    return out
