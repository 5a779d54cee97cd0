"""Write: `{path: text}` -> the output directory, atomically; or a diff against it.

`write_tree` builds the complete new tree in a temporary directory beside the output,
then swaps it in with renames, so an interruption or failure at any point leaves the
previous output intact. Every path is checked to stay inside the output directory and to
be the only one at its place (no two differing only in case, no file where another needs a
folder); a symlink already in the output directory is replaced, never followed.

Hand-written code lives in `lib/` beside the generated modules of a package
(`<package>/lib/`, as in the official SDKs): the generator never writes, deletes or
compares it. Each such folder is moved, as it is, from the previous tree into the new one.
`compare_tree` is the read-only twin used by `sdkgen check`; `write_file` writes one file
the same way (a starter config).
"""

from __future__ import annotations

import difflib
import os
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path, PurePath, PurePosixPath

from .diagnostics import Diagnostic, GenerationError, Location, Severity

_BUILD_DIRS = {"build", "dist"}
HAND_WRITTEN = "lib"  # `<package>/lib/`: hand-written, never written, deleted or compared


@dataclass(frozen=True, slots=True)
class FileChange:
    """One file that differs between the output directory and a fresh generation."""

    path: str
    status: str  # "added", "removed" or "changed"
    diff: str


def write_tree(files: dict[str, str], out: Path) -> tuple[int, int]:
    """Replace `out` with exactly `files` (and its hand-written `lib/` folders); return
    (files changed, files unchanged)."""
    _check_paths(files)
    out = out.resolve()
    out.parent.mkdir(parents=True, exist_ok=True)
    changes = compare_tree(files, out) if out.exists() else None
    kept = _hand_written(out)
    staging = Path(tempfile.mkdtemp(prefix=f".{out.name}.new-", dir=out.parent))
    try:
        for path in sorted(files):
            target = staging / path
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(files[path], encoding="utf-8", newline="\n")
        _swap(staging, out, kept)
    finally:
        if not any(os.path.lexists(staging / folder) for folder in kept):  # never delete hand-written code
            shutil.rmtree(staging, ignore_errors=True)
    if changes is None:
        return len(files), 0
    return len(changes), len(files) - sum(1 for c in changes if c.status != "removed")


def write_file(path: Path, text: str) -> None:
    """Write one file atomically: a temporary file beside it, renamed over it."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as stream:
            stream.write(text)
        os.replace(temporary, path)
    except BaseException:
        os.unlink(temporary)
        raise


def _hand_written(out: Path) -> list[str]:
    """The `<package>/lib` folders of the tree at `out` (a package being a real directory at
    its top, not a symlink), as relative paths."""
    if not out.is_dir():
        return []
    return sorted(
        f"{top.name}/{HAND_WRITTEN}"
        for top in out.iterdir()
        if top.is_dir()
        and not top.is_symlink()
        and not is_artifact(Path(top.name, "x"))
        and os.path.lexists(top / HAND_WRITTEN)
    )


def _swap(staging: Path, out: Path, kept: list[str]) -> None:
    """`staging` becomes `out`, with `kept` moved into it from the previous `out`.

    On any failure or interruption the previous tree, `kept` folders included, is put back."""
    if not os.path.lexists(out):
        os.replace(staging, out)
        return
    retired = Path(tempfile.mkdtemp(prefix=f".{out.name}.old-", dir=out.parent))
    previous = retired / "tree"
    os.replace(out, previous)
    moved: list[str] = []
    try:
        for folder in kept:
            (staging / folder).parent.mkdir(parents=True, exist_ok=True)
            os.replace(previous / folder, staging / folder)
            moved.append(folder)
        os.replace(staging, out)
    except BaseException:
        for folder in reversed(moved):
            os.replace(staging / folder, previous / folder)
        os.replace(previous, out)
        shutil.rmtree(retired, ignore_errors=True)
        raise
    shutil.rmtree(retired, ignore_errors=True)


def compare_tree(files: dict[str, str], out: Path) -> list[FileChange]:
    """The files whose content on disk differs from `files` (added, removed, changed)."""
    _check_paths(files)
    existing = (
        {
            p.relative_to(out).as_posix()
            for p in out.rglob("*")
            if (p.is_symlink() or p.is_file()) and not is_artifact(p.relative_to(out))
        }
        if out.is_dir()
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


def is_artifact(relative: PurePath) -> bool:
    """Files that building, testing or type-checking the package leaves behind, and the
    hand-written ones."""
    folders = relative.parts[:-1]
    top_level = bool(folders) and (folders[0] in _BUILD_DIRS or folders[0].endswith(".egg-info"))
    if relative.parts[1:2] == (HAND_WRITTEN,):
        return True
    return top_level or any(part.startswith(".") or part == "__pycache__" for part in folders)


def _read(path: Path) -> str:
    if path.is_symlink():  # never followed: generation writes no symlinks
        return "\x00<symlink>"
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return "\x00<unreadable>"


def _check_paths(files: dict[str, str]) -> None:
    problems = [
        Diagnostic(Severity.ERROR, f"refusing to write outside the output directory: {p!r}", Location(p))
        for p in files
        if not _inside(p)
    ]
    problems += [
        Diagnostic(
            Severity.ERROR,
            f"refusing to write hand-written code: {p!r} is under {HAND_WRITTEN}/",
            Location(p),
            "the generator never writes `<package>/lib/`; rename the template",
        )
        for p in files
        if _inside(p) and PurePosixPath(p).parts[1:2] == (HAND_WRITTEN,)
    ]
    problems += _overlapping(files)
    if problems:
        raise GenerationError(tuple(problems))


def _overlapping(files: dict[str, str]) -> list[Diagnostic]:
    """Paths that would land on one file: the same but for case (one file on macOS and
    Windows), or a file where another path needs a folder."""
    found = []
    seen: dict[str, str] = {}
    for path in sorted(files):
        first = seen.setdefault(path.lower(), path)
        if first != path:
            found.append(Diagnostic(Severity.ERROR, f"two files at one path: {first!r} and {path!r}", Location(path)))
    folders = {str(parent) for p in files for parent in PurePosixPath(p).parents}
    found += [
        Diagnostic(Severity.ERROR, f"{p!r} is both a file and a folder of other files", Location(p))
        for p in sorted(files)
        if p in folders
    ]
    return found


def _inside(path: str) -> bool:
    pure = PurePosixPath(path)
    return bool(path) and not pure.is_absolute() and ".." not in pure.parts and "\\" not in path and "\x00" not in path
