"""The API surface and its changes: what `sdkgen diff` reports between two specs.

`surface` builds one spec's surface from the IR, as generation does; `compare` compares
two, judging each change by its `Rule` (`changes`, `type_changes`); `diff` loads (from a
file or a git revision, `spec.revision`) and validates both specs. `ApiDiff` reports as
text (`render`) or JSON (`to_json`), naming the version bump it applies. Imports `ir`,
`spec` and `core`, never a target.
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
    Subject,
    next_version,
    version_bump,
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
    "Subject",
    "diff_specs",
    "next_version",
    "version_bump",
]
