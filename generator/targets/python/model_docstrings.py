"""Model docstrings: a model module's source -> the same source, its docstrings rewrapped.

datamodel-code-generator writes every class and field docstring as `\"\"\"` / the
description line for line / `\"\"\"`. Each one is reprinted here as the official SDK prints
it (`docstrings`): a field's wrapped, on one line when it fits; a class's with its summary
first and its own line breaks. Only a string statement that is a class body's first
statement, or that follows an annotated field, and that has its lines to itself is
rewritten; everything else is left byte for byte.
"""

from __future__ import annotations

import ast
from pathlib import Path

from ...core.cache import digest

from .docstrings import class_docstring_lines, docstring_lines, literal_lines

# Part of the model cache's key: the source of the modules that lay docstrings out.
DOCSTRING_STYLE = digest(
    *(Path(__file__).with_name(name).read_text("utf-8") for name in ("docstrings.py", "model_docstrings.py", "text.py"))
)


def rewrap_docstrings(text: str) -> str:
    """`text` (a module that parses) with its class and field docstrings reprinted."""
    if '"""' not in text:
        return text
    # Python reads a carriage return in source as a line break: so does this, to count lines as `ast` does.
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    lines = text.split("\n")
    edits: list[tuple[int, int, tuple[str, ...]]] = []
    for node in ast.walk(ast.parse(text)):
        if not isinstance(node, ast.ClassDef):
            continue
        for index, statement in enumerate(node.body):
            value = _string(statement)
            if value is None or not _alone(statement, lines):
                continue
            if index == 0:
                doc = class_docstring_lines(value)
            elif isinstance(node.body[index - 1], ast.AnnAssign):
                doc = docstring_lines(value)
            else:
                continue
            indent = " " * statement.col_offset
            source = tuple(f"{indent}{line}" if line else "" for line in literal_lines(doc))
            if index and index + 1 < len(node.body):
                source += ("",)  # a blank line after each documented field but the last, as the official SDK has
            edits.append((statement.lineno - 1, statement.end_lineno or statement.lineno, source))
    for start, end, source in sorted(edits, reverse=True):
        lines[start:end] = source
    return "\n".join(lines)


def _string(statement: ast.stmt) -> str | None:
    if isinstance(statement, ast.Expr) and isinstance(statement.value, ast.Constant):
        value = statement.value.value
        return value if isinstance(value, str) and value.strip() else None
    return None


def _alone(statement: ast.stmt, lines: list[str]) -> bool:
    """Whether the statement has its lines to itself (nothing before or after it on them)."""
    first, last = lines[statement.lineno - 1], lines[(statement.end_lineno or statement.lineno) - 1]
    before = first.encode("utf-8", "surrogatepass")[: statement.col_offset]  # `ast` counts UTF-8 bytes
    after = last.encode("utf-8", "surrogatepass")[statement.end_col_offset or 0 :]
    return not before.strip() and not after.strip()
