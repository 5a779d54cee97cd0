"""The committed generated package as its users get it: its own tests pass, it passes
`mypy --strict` and `black --check`, and it imports with no side effects."""

from __future__ import annotations

import ast
import os
import re
import subprocess
import sys
from pathlib import Path

from conftest import GENERATED

PACKAGE = GENERATED / "openai_conversations"


def run(*command: str, cwd: Path = GENERATED) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(GENERATED), "PYTHONDONTWRITEBYTECODE": "1"}
    env.pop("OPENAI_API_KEY", None)
    return subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True, timeout=600)


def test_generated_tests_pass() -> None:
    result = run(sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "tests")
    assert result.returncode == 0, result.stdout[-6000:] + result.stderr[-3000:]
    assert " passed" in result.stdout and " failed" not in result.stdout


def test_generated_package_type_checks_strictly() -> None:
    # At the oldest Python the package declares (requires-python), as the official package's floor.
    floor = re.search(r'requires-python = ">=(3\.\d+)"', (GENERATED / "pyproject.toml").read_text())
    assert floor is not None and floor.group(1) == "3.10"
    result = run(
        sys.executable,
        "-m",
        "mypy",
        "--strict",
        "--python-version",
        floor.group(1),
        "--no-incremental",
        "--cache-dir",
        os.devnull,
        "-p",
        "openai_conversations",
        "-p",
        "tests",
    )
    assert result.returncode == 0, result.stdout[-6000:]


def test_generated_code_is_black_formatted() -> None:
    result = run(sys.executable, "-m", "black", "--check", "--quiet", ".")
    assert result.returncode == 0, result.stderr[-3000:]


def test_import_is_lazy_and_quiet() -> None:
    code = (
        "import sys, openai_conversations as p\n"
        "assert 'openai_conversations.resources.conversations' not in sys.modules\n"
        "client = p.OpenAI(api_key='k')\n"
        "items = client.conversations.items\n"
        "assert 'openai_conversations.resources.conversations' in sys.modules\n"
        "print(type(items).__name__, p.__version__)\n"
    )
    result = run(sys.executable, "-c", code)
    assert result.returncode == 0, result.stderr
    assert result.stdout == "Items 0.1.0\n"
    assert result.stderr == ""


def _unused_imports(source: str) -> list[str]:
    tree = ast.parse(source)
    imported: dict[str, int] = {}
    for node in ast.walk(tree):
        if isinstance(node, (ast.Import, ast.ImportFrom)):
            for alias in node.names:
                if alias.name != "annotations" and not (alias.asname and alias.asname == alias.name):
                    imported[(alias.asname or alias.name).split(".")[0]] = node.lineno
    used = {n.id for n in ast.walk(tree) if isinstance(n, ast.Name)}
    texts = " ".join(n.value for n in ast.walk(tree) if isinstance(n, ast.Constant) and isinstance(n.value, str))
    words = set(re.findall(r"[A-Za-z_][A-Za-z0-9_]*", texts))
    return [f"{name} (line {line})" for name, line in imported.items() if name not in used | words]


def test_generated_modules_import_nothing_they_do_not_use() -> None:
    found = {}
    for path in sorted(GENERATED.rglob("*.py")):
        unused = _unused_imports(path.read_text())
        if unused:
            found[path.relative_to(GENERATED).as_posix()] = unused
    assert found == {}
