"""Stage 8: the output directory is replaced atomically, compared exactly, and never
written outside of."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from generator.diagnostics import GenerationError
from generator.write import compare_tree, write_tree


def snapshot(root: Path) -> dict[str, str]:
    return {p.relative_to(root).as_posix(): p.read_text() for p in sorted(root.rglob("*")) if p.is_file()}


def test_write_replaces_the_tree_exactly(tmp_path: Path) -> None:
    out = tmp_path / "generated"
    assert write_tree({"a.py": "1\n", "pkg/b.py": "2\n"}, out) == (2, 0)
    assert write_tree({"a.py": "1\n", "pkg/c.py": "3\n"}, out) == (2, 1)
    assert snapshot(out) == {"a.py": "1\n", "pkg/c.py": "3\n"}
    assert sorted(p.name for p in tmp_path.iterdir()) == ["generated"]


def test_a_failed_write_leaves_the_previous_tree(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "generated"
    write_tree({"a.py": "old\n"}, out)
    real_replace = os.replace

    def failing_replace(src: str | Path, dst: str | Path) -> None:
        if Path(src).name.startswith(".generated.new-"):
            raise OSError("disk full")
        real_replace(src, dst)

    monkeypatch.setattr(os, "replace", failing_replace)
    with pytest.raises(OSError):
        write_tree({"a.py": "new\n"}, out)
    assert snapshot(out) == {"a.py": "old\n"}
    assert sorted(p.name for p in tmp_path.iterdir()) == ["generated"]


@pytest.mark.parametrize("bad", ["../escape.py", "/etc/passwd", "a/../../b.py", "", "a\\..\\b.py", "nul\x00.py"])
def test_paths_outside_the_output_are_refused(tmp_path: Path, bad: str) -> None:
    with pytest.raises(GenerationError) as err:
        write_tree({bad: "x"}, tmp_path / "out")
    assert "refusing to write outside the output directory" in str(err.value)
    assert not (tmp_path / "out").exists()


def test_compare_names_added_removed_and_changed_files(tmp_path: Path) -> None:
    out = tmp_path / "generated"
    write_tree({"same.py": "x\n", "changed.py": "old\n", "removed.py": "r\n"}, out)
    changes = compare_tree({"same.py": "x\n", "changed.py": "new\n", "added.py": "a\n"}, out)
    assert [(c.path, c.status) for c in changes] == [
        ("added.py", "added"),
        ("changed.py", "changed"),
        ("removed.py", "removed"),
    ]
    assert "-old\n+new\n" in changes[1].diff
    assert changes[1].diff.startswith("--- a/changed.py\n+++ b/changed.py\n")


def test_build_and_cache_artifacts_are_not_output(tmp_path: Path) -> None:
    out = tmp_path / "generated"
    write_tree({"pkg/a.py": "1\n"}, out)
    for leftover in (
        "build/lib/pkg/a.py",
        "pkg.egg-info/PKG-INFO",
        "pkg/__pycache__/a.cpython-311.pyc",
        ".mypy_cache/x.json",
        "dist/pkg.whl",
    ):
        (out / leftover).parent.mkdir(parents=True, exist_ok=True)
        (out / leftover).write_text("x")
    assert compare_tree({"pkg/a.py": "1\n"}, out) == []
