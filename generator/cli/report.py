"""What a command prints: diagnostics and outcome lines -> stderr and stdout, as text or JSON.

As text (the default), every error is printed as `file:line:col: severity: message [at
pointer]` with its hint, and warnings of one kind (the same message but for the names and
numbers in it) once, with how many more there are; `--verbose` lists every one. With
`--format json`, stdout carries one JSON document when the command ends: its exit code,
every diagnostic (file, line, column, pointer, severity, message, hint) and the outcome
lines, for CI annotations and other tools; nothing else is printed.
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from ..core.diagnostics import Diagnostic, Severity

# The parts of a message that name one site (quoted names, lists, numbers), blanked to
# find the warnings of one kind.
_SITE_DETAIL = re.compile(r"'[^']*'|\"[^\"]*\"|`[^`]*`|\[[^\]]*\]|\d+")


def kind(diagnostic: Diagnostic) -> tuple[Severity, str]:
    """What the warnings of one kind share: the severity, and the message without its details."""
    return diagnostic.severity, _SITE_DETAIL.sub("…", diagnostic.message)


def summarized(diagnostics: Sequence[Diagnostic]) -> list[tuple[Diagnostic, int]]:
    """Each error, and the first warning of each kind with how many more of that kind follow."""
    shown: list[tuple[Diagnostic, int]] = []
    first: dict[tuple[Severity, str], int] = {}
    for diagnostic in diagnostics:
        if diagnostic.severity is Severity.ERROR:
            shown.append((diagnostic, 0))
            continue
        key = kind(diagnostic)
        if key in first:
            at = first[key]
            shown[at] = (shown[at][0], shown[at][1] + 1)
        else:
            first[key] = len(shown)
            shown.append((diagnostic, 0))
    return shown


@dataclass
class Reporter:
    """Prints one command's diagnostics and outcome, as `text` or `json`."""

    format: str = "text"
    verbose: bool = False
    diagnostics: list[Diagnostic] = field(default_factory=list)
    lines: list[str] = field(default_factory=list)

    def report(self, diagnostics: Sequence[Diagnostic]) -> None:
        """Print (as text) or keep (for JSON) `diagnostics`, each once per command."""
        known = set(self.diagnostics)
        fresh = [d for d in dict.fromkeys(diagnostics) if d not in known]
        self.diagnostics.extend(fresh)
        if self.format != "text":
            return
        if self.verbose:
            for diagnostic in fresh:
                print(diagnostic.render(), file=sys.stderr)
            return
        for diagnostic, more in summarized(fresh):
            print(diagnostic.render(), file=sys.stderr)
            if more:
                print(f"    ... and {more} more like it (--verbose lists every one)", file=sys.stderr)

    def say(self, line: str, *, detail: str = "") -> None:
        """An outcome line on stdout (kept for JSON); `detail` (a diff) is printed as text only."""
        self.lines.append(line)
        if self.format == "text":
            if detail:
                print(detail)
            print(line)

    def finish(self, exit_code: int, **extra: Any) -> int:
        """End the command: for JSON, print its one document. Returns `exit_code`."""
        if self.format == "json":
            counts = {s.value: sum(1 for d in self.diagnostics if d.severity is s) for s in Severity}
            document = {
                "exit_code": exit_code,
                "counts": counts,
                "diagnostics": [d.to_dict() for d in self.diagnostics],
                "messages": self.lines,
                **extra,
            }
            print(json.dumps(document, indent=2, ensure_ascii=False))
        return exit_code
