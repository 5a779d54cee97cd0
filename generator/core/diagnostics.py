"""Diagnostics: every problem the generator finds, as values.

Input: whatever a stage notices. Output: `Diagnostic` records that the CLI prints
(`file:line:col: severity: message [pointer]` plus a hint) and turns into an exit code.
A stage that cannot go on raises `GenerationError` carrying all it has collected.
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any


class Severity(enum.Enum):
    """How bad a finding is: errors stop generation, warnings do not (unless strict)."""

    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True, slots=True)
class Location:
    """Where a finding points: a file, a 1-based line and column, and a JSON pointer."""

    file: str
    pointer: str = ""
    line: int | None = None
    column: int | None = None

    def __str__(self) -> str:
        if self.line is None:
            return self.file
        return f"{self.file}:{self.line}:{self.column or 1}"

    def to_dict(self) -> dict[str, Any]:
        """`file`, `line`, `column`, `pointer` as JSON data, as `str` prints them (column 1
        when only the line is known); line and column None when unknown."""
        column = None if self.line is None else self.column or 1
        return {"file": self.file, "line": self.line, "column": column, "pointer": self.pointer}


Locator = Callable[[str], Location]
"""What turns a JSON pointer into a `Location` in one file (`LoadedDocument.locate`)."""


def display_name(path: Path) -> str:
    """A path as shown in diagnostics and file headers: relative to the cwd when inside it."""
    try:
        return path.resolve().relative_to(Path.cwd().resolve()).as_posix()
    except ValueError:
        return path.as_posix()


@dataclass(frozen=True, slots=True)
class Diagnostic:
    """One finding: what is wrong, where, and what to do about it."""

    severity: Severity
    message: str
    location: Location
    hint: str = ""

    def render(self) -> str:
        """Format the finding the way compilers do, so editors can jump to it."""
        text = f"{self.location}: {self.severity.value}: {self.message}"
        if self.location.pointer:
            text += f" [at {self.location.pointer}]"
        if self.hint:
            text += f"\n    hint: {self.hint}"
        return text

    def to_dict(self) -> dict[str, Any]:
        """The finding as JSON data, every key always present: `severity`, the location's
        keys (`Location.to_dict`), `message`, `hint`."""
        return {"severity": self.severity.value, **self.location.to_dict(), "message": self.message, "hint": self.hint}


@dataclass(eq=False)  # not frozen: raising sets `__traceback__` (and contextlib, `__context__`)
class GenerationError(Exception):
    """Raised by a stage that cannot continue; carries every diagnostic found so far."""

    diagnostics: tuple[Diagnostic, ...] = field(default_factory=tuple)

    def __str__(self) -> str:
        return "\n".join(d.render() for d in self.diagnostics)


def has_errors(diagnostics: tuple[Diagnostic, ...] | list[Diagnostic]) -> bool:
    """True when any finding is an error."""
    return any(d.severity is Severity.ERROR for d in diagnostics)
