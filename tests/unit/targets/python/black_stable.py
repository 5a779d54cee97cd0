"""Which top-level statements of a Python module black would rewrite, ignoring the statements
black must split anyway (a line over the line length)."""

from __future__ import annotations

import ast

import black

from generator.targets.python.format import black_mode
from generator.targets.python.style import LINE_LENGTH


def statements(text: str) -> list[str]:
    """`text` cut into its top-level statements, each with the blank lines and comments above
    it; the lines after the last statement are one more piece."""
    lines = text.split("\n")
    starts = [
        min([node.lineno, *(d.lineno for d in getattr(node, "decorator_list", ()))]) for node in ast.parse(text).body
    ]
    ends = [node.end_lineno or node.lineno for node in ast.parse(text).body]
    pieces, done = [], 0
    for start, end in zip(starts, ends):
        assert start > done
        pieces.append("\n".join(lines[done:end]))
        done = end
    pieces.append("\n".join(lines[done:]))
    return pieces


def unstable(text: str) -> list[tuple[str, str]]:
    """(as printed, as black prints it) for each top-level statement black changes whose lines
    all fit in the line length."""
    printed, formatted = statements(text), statements(black.format_str(text, mode=black_mode()))
    assert len(printed) == len(formatted)
    return [
        (before, after)
        for before, after in zip(printed, formatted)
        if before != after and all(fits(line) for line in before.split("\n"))
    ]


def fits(line: str) -> bool:
    """Whether black may leave `line` as it is: it fits, or is a comment (black never splits one)."""
    return len(line) <= LINE_LENGTH or line.lstrip().startswith("#")
