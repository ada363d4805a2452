import json

from fakes import FakeEmbedder

from rag.index import load_or_build
from rag.ingest import read_article


def build(tmp_path, article, embedder=None, tokens=48, **kw):
    return load_or_build(article, tmp_path / "indexes", embedder or FakeEmbedder(), tokens, **kw)


def seed_copy(tmp_path, article_text, text=None):
    path = tmp_path / "article.txt"
    path.write_text(text if text is not None else article_text, "utf-8")
    return read_article(path)


def test_built_once_then_loaded(tmp_path, article_text):
    article = seed_copy(tmp_path, article_text)
    first = build(tmp_path, article)
    assert first.built and (first.path / "manifest.json").is_file()
    emb = FakeEmbedder()
    second = build(tmp_path, article, emb)
    assert not second.built and emb.calls == 0
    assert second.passages == first.passages
    manifest = json.loads((first.path / "manifest.json").read_text())
    assert manifest["source_sha256"] == article.sha256 and manifest["passage_tokens"] == 48


def test_changed_article_or_setting_gets_a_fresh_index(tmp_path, article_text):
    article = seed_copy(tmp_path, article_text)
    old = build(tmp_path, article)
    changed = seed_copy(tmp_path, article_text, article_text.replace("98,000", "97,000"))
    new = build(tmp_path, changed)
    assert new.built and new.path != old.path
    assert any("97,000" in p.text for p in new.passages)
    assert not any("98,000" in p.text for p in new.passages)
    assert build(tmp_path, changed, tokens=24).built


def test_corrupt_or_partial_index_is_rebuilt(tmp_path, article_text):
    article = seed_copy(tmp_path, article_text)
    index = build(tmp_path, article)
    for damage in ("vectors.faiss", "passages.json", "manifest.json"):
        (index.path / damage).write_bytes(b"garbage")
        again = build(tmp_path, article)
        assert again.built and len(again.passages) == len(index.passages)
    (index.path / "vectors.faiss").unlink()
    assert build(tmp_path, article).built


def test_passages_edited_on_disk_are_not_served(tmp_path, article_text):
    article = seed_copy(tmp_path, article_text)
    index = build(tmp_path, article)
    rows = json.loads((index.path / "passages.json").read_text())
    rows[0]["text"] = "stale"
    (index.path / "passages.json").write_text(json.dumps(rows))
    again = build(tmp_path, article)
    assert again.built and again.passages[0].text != "stale"


def test_rebuild_flag_and_no_leftover_temp_folders(tmp_path, article_text):
    article = seed_copy(tmp_path, article_text)
    build(tmp_path, article)
    assert build(tmp_path, article, rebuild=True).built
    leftovers = [p.name for p in (tmp_path / "indexes").iterdir() if p.name.startswith(".")]
    assert leftovers == []


def test_a_failed_write_keeps_the_previous_index(tmp_path, article_text, monkeypatch):
    """A full disk while rebuilding: a clear error, the previous index still served, no leftovers."""
    import errno

    import pytest

    from rag.errors import StorageError

    article = seed_copy(tmp_path, article_text)
    before = build(tmp_path, article)

    def full_disk(*args, **kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr("pathlib.Path.write_text", full_disk)
    with pytest.raises(StorageError, match="No space left on device"):
        build(tmp_path, article, rebuild=True)
    monkeypatch.undo()
    emb = FakeEmbedder()
    after = build(tmp_path, article, emb)
    assert not after.built and emb.calls == 0 and after.passages == before.passages
    assert [p.name for p in (tmp_path / "indexes").iterdir()] == [before.path.name]


def test_folders_left_by_a_killed_build_are_removed(tmp_path, article_text):
    article = seed_copy(tmp_path, article_text)
    index = build(tmp_path, article)
    dead = index.path.with_name(f".{index.path.name}.999999999.tmp")
    dead.mkdir()
    (dead / "vectors.faiss").write_bytes(b"half")
    build(tmp_path, article, rebuild=True)
    assert not dead.exists()
