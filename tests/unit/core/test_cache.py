"""The content cache changes how long generation takes, never what it writes."""

from __future__ import annotations

from pathlib import Path

from generator.core.cache import TextCache, digest
from generator.pipeline import Generated, generate_files

from conftest import CONFIG, SPEC


def test_digest_separates_parts() -> None:
    assert digest("ab", "c") != digest("a", "bc")
    assert digest("x") == digest("x")


def test_text_cache_round_trip_and_misses(tmp_path: Path) -> None:
    cache = TextCache(tmp_path, "ns")
    key = digest("k")
    assert cache.get(key) is None
    cache.put(key, "text ü\n")
    assert cache.get(key) == "text ü\n"
    assert TextCache(None, "ns").get(key) is None


def test_an_unwritable_cache_is_ignored(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    cache = TextCache(blocker, "ns")
    cache.put(digest("k"), "x")
    assert cache.get(digest("k")) is None


def test_cold_and_warm_cache_give_the_uncached_output(tmp_path: Path, fresh: Generated) -> None:
    cold = generate_files(SPEC, CONFIG, cache_root=tmp_path)
    assert any((tmp_path / "black").rglob("*")) and any((tmp_path / "models").rglob("*"))
    warm = generate_files(SPEC, CONFIG, cache_root=tmp_path)
    assert cold.files == fresh.files
    assert warm.files == fresh.files


def test_deleted_entries_are_recomputed(tmp_path: Path, fresh: Generated) -> None:
    generate_files(SPEC, CONFIG, cache_root=tmp_path)
    for entry in (tmp_path / "black").rglob("*"):
        if entry.is_file():
            entry.unlink()
    rebuilt = generate_files(SPEC, CONFIG, cache_root=tmp_path)
    assert rebuilt.files == fresh.files
