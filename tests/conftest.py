from pathlib import Path

import pytest
from fakes import FakeEmbedder, FakeGenerator

from rag.config import DEFAULT_ARTICLE, Settings


@pytest.fixture
def article_text() -> str:
    return DEFAULT_ARTICLE.read_text("utf-8")


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    """Settings whose index and model cache live in a temporary folder."""
    return Settings(index_dir=tmp_path / "indexes", home=tmp_path / "home")


@pytest.fixture
def make_bot(settings):
    from rag import RAG

    def make(reply="The article does not say.", **kw):
        return RAG(settings=settings, embedder=kw.pop("embedder", FakeEmbedder()),
                   generator=FakeGenerator(reply), **kw)

    return make


@pytest.fixture(scope="session")
def real_models():
    """The real default embedder and answer model, loaded once for every slow test."""
    from rag.answer import RAG

    bot = RAG()
    bot.warm_up()
    return bot.embedder, bot.generator
