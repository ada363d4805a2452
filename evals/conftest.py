import pytest

from rag.evaluate import load_gold, run_eval, write_report


@pytest.fixture(scope="session")
def gold():
    return load_gold()


@pytest.fixture(scope="session")
def report(gold):
    """Every gold item through the real default models, once per session; writes the report."""
    from rag import RAG

    bot = RAG()
    bot.warm_up()
    result = run_eval(bot, gold)
    md, _ = write_report(result)
    print(f"\n{result.summary_markdown()}\nreport: {md}")
    return result
