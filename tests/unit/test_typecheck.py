"""The generator's own code passes `mypy --strict` (the generated package is checked in
test_generated_package)."""

from __future__ import annotations

import os
import subprocess
import sys

from conftest import ROOT


def test_generator_type_checks_strictly() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "--cache-dir", os.devnull, "generator"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert result.returncode == 0, result.stdout[-6000:]
