"""The API surface and its changes: what `sdkgen diff` reports between two specs.

`surface` builds one spec's surface from the IR, as generation does; `compare` compares
two, judging each change by its `Rule` (`changes`, `type_changes`); `diff` loads and
validates both specs. Imports `ir`, `spec` and `core`, never a target.
"""

from .changes import (
    EXIT_BREAKING,
    EXIT_INVALID,
    EXIT_OK,
    ApiDiff,
    Bump,
    Change,
    ChangeKind,
    Element,
    Rule,
    next_version,
)
from .diff import diff_specs

__all__ = [
    "EXIT_BREAKING",
    "EXIT_INVALID",
    "EXIT_OK",
    "ApiDiff",
    "Bump",
    "Change",
    "ChangeKind",
    "Element",
    "Rule",
    "diff_specs",
    "next_version",
]
