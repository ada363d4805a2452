import tracemalloc  # noqa: F401  (see below)
from pathlib import Path

import pytest
from fakes import FakeEmbedder, FakeGenerator

from rag.config import DEFAULT_ARTICLE, Settings

# pytest reports an exception raised in a finalizer (an unclosed file's ResourceWarning) through
# a hook that imports tracemalloc on first use. When garbage collection runs that finalizer in
# the middle of another import, the nested import trips CPython 3.11's importlib re-entrancy bug
# (python/cpython#91351) and the outer import fails with a KeyError: test_ui's gradio app build
# failed that way about one run in three. Imported here, the hook's import is a lookup.


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
