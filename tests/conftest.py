import tracemalloc  # noqa: F401  (see below)
import warnings
from pathlib import Path

import anyio
import pytest
from fakes import FakeEmbedder, FakeGenerator

from rag.config import DEFAULT_ARTICLE, Settings

# pytest reports an exception raised in a finalizer (an unclosed file's ResourceWarning) through
# a hook that imports tracemalloc on first use. When garbage collection runs that finalizer in
# the middle of another import, the nested import trips CPython 3.11's importlib re-entrancy bug
# (python/cpython#91351) and the outer import fails with a KeyError: test_ui's gradio app build
# failed that way about one run in three. Imported here, the hook's import is a lookup.
#
# anyio ships a pytest plugin, so pytest rewrites (parses) every anyio module on import, and anyio
# imports its parts lazily: the Gradio server's thread importing one (`anyio.open_file`, to serve a
# static file) while the main thread parses a test module tripped CPython 3.11's "AST constructor
# recursion depth mismatch", the page never became ready, and a browser test timed out (stop 32's
# check CI). Loaded here, on the main thread, no part is imported later.
with warnings.catch_warnings():
    warnings.simplefilter("ignore")  # (some of its names are deprecated aliases)
    for _name in dir(anyio):
        getattr(anyio, _name, None)


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
