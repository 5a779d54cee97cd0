"""Every name bound once: the generated Python modules `{path: text}` -> each name a module
or class binds twice (a class over an imported model, a method over another), located.

Python lets a later definition replace an earlier one without a word; this pass finds it
in the whole rendered output, after every naming rule has been applied, so a collision
the naming rules missed stops generation instead of shipping a broken package. Overloads
(`@overload`) are one binding with their implementation; `if TYPE_CHECKING:` imports count
in the scope around them.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator, Mapping

__all__ = ["rebound"]


def rebound(files: Mapping[str, str]) -> list[tuple[str, int, str]]:
    """(path, line, name) for each name bound a second time in one scope of one module."""
    found = []
    for path, text in sorted(files.items()):
        if not path.endswith(".py"):
            continue
        tree = ast.parse(text)
        for body in (tree.body, *(n.body for n in _classes(tree.body))):
            seen: set[str] = set()
            for line, name in _bindings(body):
                if name in seen:
                    found.append((path, line, name))
                seen.add(name)
    return found


def _classes(body: list[ast.stmt]) -> Iterator[ast.ClassDef]:
    """Every class defined in `body` or in a statement nested in it (a class, a function,
    an `if`, ...), found by walking statements only: a class cannot sit in an expression."""
    for node in body:
        if isinstance(node, ast.ClassDef):
            yield node
        for field in ("body", "orelse", "finalbody", "handlers", "cases"):
            nested = getattr(node, field, None)
            if isinstance(nested, list):
                yield from _classes([n for n in nested if isinstance(n, ast.stmt)])
                for clause in nested:  # `except` handlers and `match` cases hold statements too
                    if isinstance(clause, (ast.ExceptHandler, ast.match_case)):
                        yield from _classes(clause.body)


def _bindings(body: list[ast.stmt]) -> Iterator[tuple[int, str]]:
    for node in body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            if not any(_is_overload(d) for d in node.decorator_list):
                yield node.lineno, node.name
        elif isinstance(node, ast.ClassDef):
            yield node.lineno, node.name
        elif isinstance(node, (ast.Import, ast.ImportFrom)):
            yield from ((node.lineno, (a.asname or a.name).split(".")[0]) for a in node.names if a.name != "*")
        elif isinstance(node, ast.Assign):
            yield from ((node.lineno, t.id) for t in node.targets if isinstance(t, ast.Name))
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            yield node.lineno, node.target.id
        elif isinstance(node, ast.If) and not node.orelse:  # `if TYPE_CHECKING:`; branches may bind alternatives
            yield from _bindings(node.body)


def _is_overload(decorator: ast.expr) -> bool:
    name = decorator.attr if isinstance(decorator, ast.Attribute) else getattr(decorator, "id", "")
    return name == "overload"
