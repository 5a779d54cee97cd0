"""The committed generated/ is exactly what the committed spec, config and templates give."""

from __future__ import annotations

from generator.pipeline import Generated, generate_files
from generator.core.write import compare_tree

from conftest import CONFIG, GENERATED, REFRESH, SPEC


def test_generated_matches_a_fresh_generation(fresh: Generated) -> None:
    changes = compare_tree(fresh.files, GENERATED)
    report = "\n".join(f"{c.status}: {c.path}\n{c.diff[:3000]}" for c in changes[:10])
    assert not changes, f"generated/ is stale ({len(changes)} files); refresh with `{REFRESH}`\n{report}"


def test_generation_is_deterministic(fresh: Generated) -> None:
    assert generate_files(SPEC, CONFIG).files == fresh.files


def test_every_python_file_says_it_is_generated(fresh: Generated) -> None:
    first_lines = {
        path: text.split("\n", 1)[0] for path, text in fresh.files.items() if path.endswith(".py") and text.strip()
    }
    unmarked = [
        path
        for path, line in first_lines.items()
        if not (line.startswith("# ") and "by sdkgen" in line and line.endswith("Do not edit."))
    ]
    assert unmarked == []
