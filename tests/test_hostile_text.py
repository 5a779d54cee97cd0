"""Spec text is data: descriptions built to close a docstring and run code stay text.

A canary spec whose descriptions would create files if they were ever executed is
generated and imported; nothing is created, and the text reaches the docstrings intact.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from generator.cli import EXIT_OK, main

SPEC = Path(__file__).parent / "specs" / "hostile_text.yaml"


def test_hostile_descriptions_never_run(tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert main(["generate", "--no-cache", "--spec", str(SPEC), "--out", str(out)]) == EXIT_OK
    code = (
        "import inspect, openai_conversations as p, openai_conversations.types as t\n"
        "c = p.OpenAI(api_key='k')\n"
        "print(repr(inspect.getdoc(c.things.retrieve).splitlines()[2]))\n"
        "print(repr(inspect.getdoc(t.Thing)))\n"
        "print(list(inspect.signature(c.things.retrieve).parameters)[:3])\n"
    )
    env = {**os.environ, "PYTHONPATH": str(out)}
    result = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, env=env, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [
        repr('x"""; import os; os.system(\'touch canary-method\'); """ back\\slash'),
        repr('Model """ doc; import os; os.system(\'touch canary-model\') \\'),
        "['id', 'from_', 'x_dash']",
    ]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out"]
