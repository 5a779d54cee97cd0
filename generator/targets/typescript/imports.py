"""The imports of a generated TypeScript module, built as values: merged, sorted, printed.

A view adds what a module uses: names imported from a module, as values or as types only
(`import type`), or a whole module as a namespace (`import type * as Types`). `ImportBlock`
merges the names imported from one module in one way into one statement, sorts them, and
prints the statements in the order their modules were first added, one a line (a list too
long for the line wrapped one name a line).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .text import wrapped


@dataclass
class _Statement:
    module: str
    type_only: bool
    names: list[str] = field(default_factory=list)
    namespace: str = ""  # `* as <namespace>`


@dataclass
class ImportBlock:
    """The imports of one module, collected as values."""

    _statements: dict[tuple[str, bool, bool], _Statement] = field(default_factory=dict)

    def add(self, module: str, *names: str, type_only: bool = False) -> None:
        """`import { names } from 'module'` (`import type` when `type_only`)."""
        statement = self._statements.setdefault((module, type_only, False), _Statement(module, type_only))
        statement.names += [n for n in names if n not in statement.names]

    def add_namespace(self, module: str, namespace: str, *, type_only: bool = False) -> None:
        """`import * as namespace from 'module'` (`import type` when `type_only`)."""
        self._statements.setdefault((module, type_only, True), _Statement(module, type_only, namespace=namespace))

    def lines(self) -> tuple[str, ...]:
        """Every statement, a name list too long for one line wrapped one name a line."""
        return tuple(line for s in self._statements.values() if s.names or s.namespace for line in _print(s))


def _print(statement: _Statement) -> tuple[str, ...]:
    keyword = "import type" if statement.type_only else "import"
    tail = f" from '{statement.module}';"
    if statement.namespace:
        return (f"{keyword} * as {statement.namespace}{tail}",)
    return wrapped(f"{keyword} {{ ", sorted(statement.names), f" }}{tail}", "")
