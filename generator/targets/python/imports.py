"""The imports of a generated Python module, built as values: merged, sorted, printed.

A view adds what a module uses, as (module, names) pairs in a `Section`; `ImportBlock`
merges the names of one module into one statement, sorts them, and prints every
statement as black would: on one line, or, past black's line length, one name a line
with a trailing comma (black's rule for imports), so black has nothing to change. Statements print in the order their
modules were first added, in sections: the standard library, third-party packages, the
package's own modules, then the imports needed only by type checkers under `if
TYPE_CHECKING:` (`TYPE_CHECKING` itself is then imported from `typing`), and last the
sub-modules of the module's own package.

Names sort classes first, then functions and constants (`Any, Literal, cast`); a module of
the runtime may declare the order its names print in instead (`NAME_ORDER`).
"""

from __future__ import annotations

import enum
from collections.abc import Iterable
from dataclasses import dataclass, field

from .style import LINE_LENGTH  # black's, past which it splits an import one name a line


class Section(enum.Enum):
    """Where a statement prints: sections are apart by a blank line, sub-modules follow the rest."""

    STANDARD = "standard"
    THIRD_PARTY = "third_party"
    LOCAL = "local"
    SUBMODULES = "submodules"


# Runtime modules whose names print in an order of their own, by module (its last dotted part).
NAME_ORDER: dict[str, tuple[str, ...]] = {
    "_types": ("Body", "FileTypes", "Headers", "Omit", "NotGiven", "Query", "not_given", "omit"),
}
_GUARD = "TYPE_CHECKING"


def name_order(names: Iterable[str]) -> list[str]:
    """`names` as an import lists them: classes first, then functions and constants."""
    return sorted(set(names), key=lambda n: (n[0].islower(), n))


@dataclass
class _Statement:
    module: str
    names: list[str]
    ordered: bool = False  # keep the names in the order given (a resource's classes)
    whole: bool = False  # `import module`


@dataclass
class ImportBlock:
    """The imports of one module, collected as values."""

    _sections: dict[Section, dict[str, _Statement]] = field(
        default_factory=lambda: {section: {} for section in Section}
    )
    _guarded: dict[str, _Statement] = field(default_factory=dict)

    def add(self, module: str, *names: str, section: Section = Section.LOCAL, ordered: bool = False) -> None:
        """`from module import names`; `ordered` keeps the names in the order given. Adding
        no names keeps the statement's place for names added later (it prints only then)."""
        statement = self._sections[section].setdefault(module, _Statement(module, [], ordered))
        statement.names += [n for n in names if n not in statement.names]

    def add_module(self, module: str, *, section: Section = Section.THIRD_PARTY) -> None:
        """`import module`."""
        self._sections[section].setdefault(module, _Statement(module, [], whole=True))

    def add_guarded(self, module: str, *names: str) -> None:
        """`from module import names`, for type checkers only (under `if TYPE_CHECKING:`)."""
        statement = self._guarded.setdefault(module, _Statement(module, []))
        statement.names += [n for n in names if n not in statement.names]
        self.add("typing", _GUARD, section=Section.STANDARD)

    def lines(self) -> tuple[str, ...]:
        """Every statement, sections apart by a blank line."""
        groups = [
            _printed(self._sections[section]) for section in (Section.STANDARD, Section.THIRD_PARTY, Section.LOCAL)
        ]
        guarded = _printed(self._guarded, indent="    ")
        if guarded:
            groups.append([f"if {_GUARD}:", *guarded])
        lines: list[str] = []
        for group in (g for g in groups if g):
            lines += [*([""] if lines else []), *group]
        return (*lines, *_printed(self._sections[Section.SUBMODULES]))


def import_lines(module: str, names: Iterable[str], *, indent: str = "") -> list[str]:
    """`from module import names` (in the order given) as black prints it at `indent`."""
    return _print(_Statement(module, list(names), ordered=True), indent)


def _printed(statements: dict[str, _Statement], indent: str = "") -> list[str]:
    return [line for s in statements.values() if s.whole or s.names for line in _print(s, indent)]


def _print(statement: _Statement, indent: str) -> list[str]:
    """The statement's lines: one, or past black's line length one name a line."""
    if statement.whole:
        return [f"{indent}import {statement.module}"]
    names = statement.names if statement.ordered else _sorted(statement)
    line = f"{indent}from {statement.module} import {', '.join(names)}"
    if len(line) <= LINE_LENGTH:
        return [line]
    return [f"{indent}from {statement.module} import (", *(f"{indent}    {name}," for name in names), f"{indent})"]


def _sorted(statement: _Statement) -> list[str]:
    order = NAME_ORDER.get(statement.module.rsplit(".", 1)[-1])
    if order is None:
        return name_order(statement.names)
    rank = {name: index for index, name in enumerate(order)}
    return sorted(statement.names, key=lambda n: (rank.get(n, len(rank)), n))
