"""Docstring layout against the official `openai` package: the same descriptions give the same docstrings.

The official package's docstrings were made from OpenAI's spec. Each class and field
docstring of its `types/` whose text (links aside: the official package rewrites their URLs)
is a description of the spec in /work/shared/specs is laid out by `targets.python.docstrings`
from that description, with the official URLs put back in, and compared byte for byte. The
few that differ are spec text that changed between the two versions, or the official
generator's own slips; the test holds the share that must match.
"""

from __future__ import annotations

import ast
import importlib.util
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator.targets.python.docstrings import class_docstring_lines, docstring

from conftest import shared_spec

_LINK = re.compile(r"\]\(([^)\s]*)\)")


def _key(text: str) -> str:
    return " ".join(_LINK.sub("]()", text).split())


def _descriptions(node: Any) -> Iterator[str]:
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "description" and isinstance(value, str):
                yield value
            else:
                yield from _descriptions(value)
    elif isinstance(node, list):
        for value in node:
            yield from _descriptions(value)


def _official_docstrings(root: Path) -> Iterator[tuple[str, str, str]]:
    """(kind, docstring value, its source lines) of every class and field docstring in `types/`."""
    for path in sorted((root / "types").rglob("*.py")):
        source = path.read_text(encoding="utf-8")
        lines = source.split("\n")
        for node in ast.walk(ast.parse(source)):
            if not isinstance(node, ast.ClassDef):
                continue
            for index, statement in enumerate(node.body):
                if not (isinstance(statement, ast.Expr) and isinstance(statement.value, ast.Constant)):
                    continue
                kind = "class" if index == 0 else "field" if isinstance(node.body[index - 1], ast.AnnAssign) else ""
                if kind and isinstance(statement.value.value, str):
                    raw = "\n".join(lines[statement.lineno - 1 : statement.end_lineno])
                    yield kind, statement.value.value, raw


@pytest.fixture(scope="module")
def pairs() -> list[tuple[str, str, str]]:
    """(kind, spec description with the official URLs, the official docstring's source), distinct."""
    spec = yaml.load(shared_spec("openai-full.yaml").read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)
    found = importlib.util.find_spec("openai")
    if found is None or found.origin is None:
        pytest.skip("the official openai package is not installed")
    by_key: dict[str, set[str]] = {}
    for text in _descriptions(spec):
        by_key.setdefault(_key(text), set()).add(text)
    result = set()
    for kind, value, raw in _official_docstrings(Path(found.origin).parent):
        matches = by_key.get(_key(value), set())
        if len(matches) == 1:
            urls = iter(_LINK.findall(value))
            text = _LINK.sub(lambda m: "](" + next(urls) + ")", next(iter(matches)))
            result.add((kind, text, raw))
    return sorted(result)


def _share(pairs: list[tuple[str, str, str]], kind: str) -> float:
    chosen = [(text, raw) for k, text, raw in pairs if k == kind]
    assert len(chosen) > 500  # enough of them to mean something
    lines = class_docstring_lines if kind == "class" else None
    same = 0
    for text, raw in chosen:
        indent = raw[: len(raw) - len(raw.lstrip())]
        made = docstring(text, indent, lines=lines(text) if lines else None)
        same += indent + made == raw
    return same / len(chosen)


def test_field_docstrings_are_laid_out_as_the_official_ones(pairs: list[tuple[str, str, str]]) -> None:
    assert _share(pairs, "field") >= 0.995


def test_class_docstrings_are_laid_out_as_the_official_ones(pairs: list[tuple[str, str, str]]) -> None:
    assert _share(pairs, "class") >= 0.99
