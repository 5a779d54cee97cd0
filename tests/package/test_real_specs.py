"""OpenAI's own machine-readable spec (../shared/specs) generates a package that imports.

That spec is not strictly valid OpenAPI 3.1 (`$recursiveAnchor: true`); without
`--lenient` that is a located error, with it a warning, and generation goes on."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from generator.cli import EXIT_INVALID, EXIT_OK, main

from conftest import shared_spec


def test_openai_extract_fails_strict_validation_with_a_located_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    spec = shared_spec("openai-conversations.yaml")
    assert main(["generate", "--target", "python", "--spec", str(spec), "--out", str(tmp_path / "out")]) == EXIT_INVALID
    err = capsys.readouterr().err
    assert "openai-conversations.yaml:1276:7: error: OpenAPI 3.1.0: True is not of type 'string'" in err
    assert "[at /components/schemas/CompoundFilter/$recursiveAnchor]" in err
    assert not (tmp_path / "out").exists()


def test_openai_extract_generates_with_lenient_and_imports(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    spec = shared_spec("openai-conversations.yaml")
    out = tmp_path / "out"
    assert main(["generate", "--lenient", "--target", "python", "--spec", str(spec), "--out", str(out)]) == EXIT_OK
    captured = capsys.readouterr()
    assert "warning: OpenAPI 3.1.0: True is not of type 'string'" in captured.err
    assert "8 operations" in captured.out
    code = (
        "import openai_conversations as p\n"
        "c = p.OpenAI(api_key='k')\n"
        "names = sorted(n for n in dir(c.conversations.items) if not n.startswith('_'))\n"
        "print(names)\n"
    )
    env = {**os.environ, "PYTHONPATH": str(out)}
    result = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert (
        result.stdout.strip()
        == "['create', 'delete', 'list', 'retrieve', 'with_raw_response', 'with_streaming_response']"
    )
