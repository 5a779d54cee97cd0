"""The command line: `sdkgen` arguments -> files written or compared, diagnostics, an exit code.

Commands: `sdkgen init | generate | check | validate | diff | contract`.

Exit codes: 0 success (for `check`: the output is current; for `diff`: nothing breaks);
1 `check` found stale files, or `diff` found breaking changes; 2 invalid input or usage
(a broken spec or config, no config found, a bad option), with every diagnostic printed
to stderr as `file:line:col: severity: message [at pointer]` (or, with `--format json`,
in one JSON document on stdout). Nothing is written unless generation succeeded
completely.

`parser` holds the grammar, `runs` resolves the config and flags into what to run,
`commands` runs it, `report` prints, `init` writes a starter config.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

from ..core.diagnostics import Diagnostic, GenerationError, Location, Severity
from .commands import EXIT_INVALID, EXIT_OK, EXIT_STALE
from .parser import UsageError, parser
from .report import Reporter

__all__ = ["EXIT_INVALID", "EXIT_OK", "EXIT_STALE", "main"]


def main(argv: Sequence[str] | None = None) -> int:
    """Run the CLI; return the exit code."""
    arguments = list(sys.argv[1:] if argv is None else argv)
    try:
        args = parser().parse_args(arguments)
    except UsageError as err:
        pairs = zip(arguments, [*arguments[1:], ""])
        json_wanted = any(a == "--format=json" or (a, b) == ("--format", "json") for a, b in pairs)
        reporter = Reporter("json" if json_wanted else "text")
        if not json_wanted:
            print(err.usage, end="", file=sys.stderr)
        reporter.report((Diagnostic(Severity.ERROR, str(err), Location("sdkgen"), "see sdkgen --help"),))
        return reporter.finish(EXIT_INVALID)
    reporter = Reporter(getattr(args, "format", "text"), getattr(args, "verbose", False))
    try:
        return int(args.run(args, reporter))
    except GenerationError as err:
        reporter.report(err.diagnostics)
        count = sum(1 for d in err.diagnostics if d.severity is Severity.ERROR)
        writes = args.run.__name__ in ("generate", "init")
        if reporter.format == "text":
            print(f"sdkgen: {count} error(s){'; nothing was written' if writes else ''}", file=sys.stderr)
        return reporter.finish(EXIT_INVALID)
    except OSError as err:  # a path that cannot be read or written: named, never a traceback
        where = Location(str(err.filename or "sdkgen"))
        reporter.report((Diagnostic(Severity.ERROR, err.strerror or str(err), where),))
        return reporter.finish(EXIT_INVALID)


if __name__ == "__main__":
    sys.exit(main())
