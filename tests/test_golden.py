"""The committed generated/ is exactly what the committed spec, config and templates give."""

from __future__ import annotations

from generator.pipeline import Generated
from generator.write import compare_tree

from conftest import GENERATED, REFRESH


def test_generated_matches_a_fresh_generation(fresh: Generated) -> None:
    changes = compare_tree(fresh.files, GENERATED)
    report = "\n".join(f"{c.status}: {c.path}\n{c.diff[:3000]}" for c in changes[:10])
    assert not changes, f"generated/ is stale ({len(changes)} files); refresh with `{REFRESH}`\n{report}"


def test_generation_is_deterministic(fresh: Generated) -> None:
    from conftest import CONFIG, SPEC
    from generator.pipeline import generate_files

    assert generate_files(SPEC, CONFIG).files == fresh.files


def test_every_generated_file_has_the_header(fresh: Generated) -> None:
    missing = [path for path, text in fresh.files.items()
               if path.endswith(".py") and text.strip() and "by sdkgen. Do not edit." not in text.split("\n", 3)[0]
               and not _verbatim(path)]
    assert missing == []


def _verbatim(path: str) -> bool:
    from generator.render import TEMPLATES

    name = path.split("/", 1)[1] if path.startswith("openai_conversations/") else path
    return (TEMPLATES / "python" / "package" / name).exists() or (TEMPLATES / "python" / name).exists()
