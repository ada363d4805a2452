import pytest

from rag.evaluate import gold_sets, load_gold, metrics, run_eval, write_report, write_summary


@pytest.fixture(scope="session")
def sets():
    """(GoldSet, items) for every gold set of evals/gold/sets.json."""
    return [(s, load_gold(s.gold)) for s in gold_sets()]


@pytest.fixture(scope="session")
def reports(sets, tmp_path_factory):
    """Every gold item of every set through the real default models, once per session: one bot,
    each set asked of its own article (added to a library in a temporary folder, so the user's
    library is not touched). Writes evals/reports/<set>.md and summary.md."""
    from rag import RAG, Settings

    bot = RAG(settings=Settings.from_env(index_dir=tmp_path_factory.mktemp("eval-indexes")))
    bot.warm_up()
    out = {}
    for s, items in sets:
        scope = bot.add(s.article).id
        out[s.name] = run_eval(bot, items, scope=scope)
        write_report(out[s.name], s.name)
    held_out = metrics([r for rep in out.values() for r in rep.items if r.split == "test"])
    path = write_summary(out, held_out)
    print("\n" + path.read_text("utf-8"))
    return out, held_out
