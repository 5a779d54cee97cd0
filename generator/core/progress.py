"""Progress lines for a person at a terminal: which stage is running, and for how long.

Input: stage names from the pipeline (`progress("models")`). Output: one status line on
stderr, rewritten in place, only when stderr is a terminal and `--quiet` is not given;
the CLI's one-line summary is printed either way.
"""

from __future__ import annotations

import sys
import time


class Progress:
    """Rewrites one stderr line per stage; silent when disabled."""

    def __init__(self, *, enabled: bool) -> None:
        self.enabled = enabled
        self.started = time.perf_counter()
        self.shown = False

    def stage(self, name: str) -> None:
        """Report that the stage `name` has started."""
        if self.enabled:
            elapsed = time.perf_counter() - self.started
            sys.stderr.write(f"\r\x1b[2Ksdkgen: {name}… ({elapsed:.1f}s)")
            sys.stderr.flush()
            self.shown = True

    def done(self) -> None:
        """Clear the status line."""
        if self.shown:
            sys.stderr.write("\r\x1b[2K")
            sys.stderr.flush()
            self.shown = False
