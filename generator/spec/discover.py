"""Finding the SDK config: a working directory -> the config file that governs it.

As tools such as ruff, mypy and pytest do, `sdkgen` looks in the working directory and
then in each parent for its config: a file named `sdkgen.yaml` (or `sdkgen.yml`), or a
`pyproject.toml` whose `[tool.sdkgen]` table names one (`config = "spec/sdk.yaml"`,
relative to that pyproject). The nearest directory with either wins; in one directory,
`sdkgen.yaml` comes first. `--config` bypasses the search. Nothing is ever looked up
inside the installed package.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

from ..core.diagnostics import Diagnostic, GenerationError, Location, Severity

CONFIG_NAMES = ("sdkgen.yaml", "sdkgen.yml")


def find_config(start: Path) -> Path | None:
    """The config governing `start` (a directory), or None when there is none up to the root."""
    for folder in (start.resolve(), *start.resolve().parents):
        for name in CONFIG_NAMES:
            if (folder / name).is_file():
                return folder / name
        named = _pyproject_config(folder / "pyproject.toml")
        if named is not None:
            return named
    return None


def require_config(start: Path) -> Path:
    """`find_config`, or a `GenerationError` saying how to make one."""
    found = find_config(start)
    if found is None:
        message = f"no sdkgen.yaml in {start.resolve()} or any parent directory"
        hint = "run `sdkgen init --spec YOUR_SPEC.yaml` to write one, or pass --config FILE"
        raise GenerationError((Diagnostic(Severity.ERROR, message, Location(str(start)), hint),))
    return found


def _pyproject_config(pyproject: Path) -> Path | None:
    """The config a pyproject's `[tool.sdkgen]` table names; an error when it names none that exists."""
    if not pyproject.is_file():
        return None
    try:
        table = tomllib.loads(pyproject.read_text(encoding="utf-8")).get("tool", {}).get("sdkgen")
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as err:
        raise GenerationError((Diagnostic(Severity.ERROR, f"unreadable: {err}", Location(str(pyproject))),)) from None
    if table is None:
        return None
    named = table.get("config") if isinstance(table, dict) else None
    if not isinstance(named, str) or not (pyproject.parent / named).is_file():
        message = f"[tool.sdkgen] config must name the SDK config file (relative to {pyproject.name}), got {named!r}"
        raise GenerationError((Diagnostic(Severity.ERROR, message, Location(str(pyproject))),))
    return pyproject.parent / named
