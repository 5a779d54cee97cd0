"""Broken specs, one folder each here in tests/cases/: `spec.yaml` and the `expected.txt`
diagnostics `sdkgen generate` must print (exit 2, nothing written).

Refresh the expectations after a deliberate change of wording with
`SDKGEN_UPDATE_CASES=1 make test`.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from generator.cli import EXIT_INVALID, main

from conftest import ROOT

CASES = Path(__file__).parent


@pytest.mark.parametrize("case", sorted(p.parent.name for p in CASES.glob("*/spec.yaml")))
def test_broken_spec_prints_expected_diagnostics(
    case: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(ROOT)
    out = tmp_path / "out"
    out.mkdir()
    (out / "keep.txt").write_text("previous output\n")
    code = main(["generate", "--target", "python", "--spec", f"tests/cases/{case}/spec.yaml", "--out", str(out)])
    stderr = capsys.readouterr().err
    expected_file = CASES / case / "expected.txt"
    if os.environ.get("SDKGEN_UPDATE_CASES"):
        expected_file.write_text(stderr)
    assert code == EXIT_INVALID
    assert stderr == expected_file.read_text(), "refresh with: SDKGEN_UPDATE_CASES=1 make test"
    assert [p.name for p in out.iterdir()] == ["keep.txt"]
    assert (out / "keep.txt").read_text() == "previous output\n"
