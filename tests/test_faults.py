"""Faults: a build killed at random points never leaves an index that is served broken."""
import json
import random
import subprocess
import sys
import time
from pathlib import Path

import pytest
from fakes import FakeEmbedder

from rag.config import DEFAULT_ARTICLE
from rag.index import load_or_build
from rag.ingest import read_article

pytestmark = pytest.mark.reliability

# A child that rebuilds the index of `article` with the fake embedder, over and over.
CHILD = """
import sys
sys.path.insert(0, {tests!r})
from pathlib import Path
from fakes import FakeEmbedder
from rag.index import load_or_build
from rag.ingest import read_article
article = read_article({article!r})
print("ready", flush=True)
while True:
    load_or_build(article, Path({index_dir!r}), FakeEmbedder(), 48, rebuild=True)
"""


def assert_served_whole(article, index_dir):
    """What a new start serves: an index whose passages are the article's own."""
    index = load_or_build(article, index_dir, FakeEmbedder(), 48)
    assert index.passages and all(article.text[p.start:p.end] == p.text for p in index.passages)
    assert index.vectors.ntotal == len(index.passages)
    manifest = json.loads((index.path / "manifest.json").read_text())
    assert manifest["passages"] == len(index.passages)
    return index


def test_kill_9_at_20_random_points_of_a_rebuild(tmp_path):
    text = "\n\n".join([DEFAULT_ARTICLE.read_text("utf-8")] * 20)  # a longer write window
    path = tmp_path / "long.txt"
    path.write_text(text, "utf-8")
    article = read_article(path)
    index_dir = tmp_path / "indexes"
    rng = random.Random(20)
    code = CHILD.format(tests=str(Path(__file__).parent), article=str(path), index_dir=str(index_dir))
    for _ in range(20):
        child = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True)
        assert child.stdout is not None and child.stdout.readline().strip() == "ready"
        time.sleep(rng.uniform(0.0, 1.5))
        child.kill()
        child.wait()
        child.stdout.close()
        assert_served_whole(article, index_dir)
    whole = [p for p in index_dir.iterdir() if not p.name.startswith(".")]
    assert len(whole) == 1


@pytest.mark.slow
def test_kill_9_of_rag_index_with_the_real_models(tmp_path):
    env_dir = tmp_path / "indexes"
    cmd = [sys.executable, "-m", "rag.cli", "index", str(DEFAULT_ARTICLE), "--rebuild"]
    env = {"RAG_INDEX_DIR": str(env_dir), "PATH": "/usr/bin:/bin"}
    start = time.perf_counter()
    subprocess.run(cmd, env=env, check=True, capture_output=True)
    whole_run = time.perf_counter() - start
    rng = random.Random(9)
    for _ in range(3):
        child = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(rng.uniform(0.5, 1.0) * whole_run)
        child.kill()
        child.wait()
        out = subprocess.run(cmd[:-1], env=env, check=True, capture_output=True, text=True).stdout
        assert out.startswith(("loaded", "built")) and "passages" in out
