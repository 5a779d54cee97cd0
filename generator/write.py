"""Stage 8, write: `{path: text}` -> the output directory, atomically; or a diff against it.

`write_tree` builds the complete new tree in a temporary directory beside the output,
then swaps it in with two renames, so an interruption or failure at any point leaves the
previous output intact. Every path is checked to stay inside the output directory.
`compare_tree` is the read-only twin used by `sdkgen check`.
"""

from __future__ import annotations

import difflib
import os
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from .diagnostics import Diagnostic, GenerationError, Location, Severity

_BUILD_DIRS = {"build", "dist"}


@dataclass(frozen=True, slots=True)
class FileChange:
    """One file that differs between the output directory and a fresh generation."""

    path: str
    status: str  # "added", "removed" or "changed"
    diff: str


def write_tree(files: dict[str, str], out: Path) -> tuple[int, int]:
    """Replace `out` with exactly `files`; return (files changed, files unchanged)."""
    _check_paths(files)
    out = out.resolve()
    out.parent.mkdir(parents=True, exist_ok=True)
    changes = compare_tree(files, out) if out.exists() else None
    staging = Path(tempfile.mkdtemp(prefix=f".{out.name}.new-", dir=out.parent))
    try:
        for path in sorted(files):
            target = staging / path
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(files[path], encoding="utf-8", newline="\n")
        _swap(staging, out)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    if changes is None:
        return len(files), 0
    return len(changes), len(files) - sum(1 for c in changes if c.status != "removed")


def _swap(staging: Path, out: Path) -> None:
    if not out.exists():
        os.replace(staging, out)
        return
    retired = Path(tempfile.mkdtemp(prefix=f".{out.name}.old-", dir=out.parent))
    os.replace(out, retired / "tree")
    try:
        os.replace(staging, out)
    except OSError:
        os.replace(retired / "tree", out)
        raise
    finally:
        shutil.rmtree(retired, ignore_errors=True)


def compare_tree(files: dict[str, str], out: Path) -> list[FileChange]:
    """The files whose content on disk differs from `files` (added, removed, changed)."""
    _check_paths(files)
    existing = (
        {p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_file() and not _artifact(p.relative_to(out))}
        if out.exists()
        else set()
    )
    changes = []
    for path in sorted(existing | set(files)):
        old = _read(out / path) if path in existing else None
        new = files.get(path)
        if old == new:
            continue
        status = "added" if old is None else "removed" if new is None else "changed"
        diff = "".join(
            difflib.unified_diff(
                (old or "").splitlines(keepends=True),
                (new or "").splitlines(keepends=True),
                fromfile=f"a/{path}",
                tofile=f"b/{path}",
            )
        )
        changes.append(FileChange(path, status, diff))
    return changes


def _artifact(relative: Path) -> bool:
    """Files that building, testing or type-checking the package leaves behind."""
    folders = relative.parts[:-1]
    top_level = bool(folders) and (folders[0] in _BUILD_DIRS or folders[0].endswith(".egg-info"))
    return top_level or any(part.startswith(".") or part == "__pycache__" for part in folders)


def _read(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return "\x00<unreadable>"


def _check_paths(files: dict[str, str]) -> None:
    bad = [p for p in files if not _inside(p)]
    if bad:
        raise GenerationError(
            tuple(
                Diagnostic(Severity.ERROR, f"refusing to write outside the output directory: {p!r}", Location(p))
                for p in bad
            )
        )


def _inside(path: str) -> bool:
    pure = PurePosixPath(path)
    return bool(path) and not pure.is_absolute() and ".." not in pure.parts and "\\" not in path and "\x00" not in path
