import doctest
import importlib

import pytest

MODULES = ["rag.config", "rag.ground", "rag.ingest", "rag.retrieve", "rag.text", "rag.prompt", "rag.evaluate",
           "rag.ui", "rag.multi", "rag.question"]


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name):
    result = doctest.testmod(importlib.import_module(name))
    assert result.failed == 0 and result.attempted > 0
