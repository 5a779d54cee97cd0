"""A spec named on the command line: a file, or a git revision of one -> `LoadedDocument`.

Input: an argument as `sdkgen diff` takes it. An existing path is a file, loaded as every
other input is. Otherwise `REV:PATH` (`main:spec/x.yaml`, `HEAD~1:spec/x.yaml`,
`abc123:./x.yaml`) is the blob `git show REV:PATH` prints, read from the repository of the
current directory with git's plumbing (no pager, textconv or filter runs), PATH resolved
as git resolves it: from the repository's root, or from the current directory when it
starts with `./`. Output: the loaded document, named by the argument as given
(`main:spec/x.yaml:12:3: ...`), with the same checks and limits as a file. A file's
references to other files are followed (`bundle`); a revision is read alone, so a
reference of it to another file is an error at that reference. A bad revision
or path, a directory, no repository or no git are diagnostics naming the argument, never
tracebacks.
"""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

from ..core.diagnostics import Diagnostic, GenerationError, Location, Severity, display_name
from .bundle import bundle, load_bundled
from .load import LoadedDocument, check_file_size, load_document_bytes

GIT_TIMEOUT = 60.0  # seconds; reading one blob takes milliseconds
_OBJECT_ID = re.compile(r"[0-9a-f]{40}|[0-9a-f]{64}")  # SHA-1 or SHA-256
_HINT = "give an existing file, or REV:PATH naming a file git has at that revision (as `git show REV:PATH` does)"


def is_revision(argument: str) -> bool:
    """Whether `argument` names a git revision of a file (`REV:PATH`) rather than a file.

    An existing path is always a file; an argument starting with `-` never reaches git."""
    return ":" in argument and not argument.startswith("-") and not Path(argument).exists()


def load_spec(argument: str | Path) -> LoadedDocument:
    """The document `argument` names: a file, or `REV:PATH` read with git (see the module);
    raise `GenerationError` with located diagnostics on failure."""
    if isinstance(argument, Path) or not is_revision(argument):
        path = Path(argument)
        return load_bundled(path, display=display_name(path))
    return bundle(load_document_bytes(read_revision(argument), display=argument), None)


def read_revision(argument: str) -> bytes:
    """The content of the blob `argument` (`REV:PATH`) names in the current directory's
    repository, the bytes `git show REV:PATH` prints; `GenerationError` naming `argument`
    when git cannot give it.

    The name is resolved once (`git rev-parse`, which resolves and complains as `git show`
    does), its type and size checked before anything is read, and that object read."""
    resolved = _git(argument, "rev-parse", argument).decode("ascii", "replace").strip()
    if not _OBJECT_ID.fullmatch(resolved):
        raise _fail(argument, f"`{argument}` names no single object in git (it gave {resolved[:80]!r})", _HINT)
    found = _git(argument, "cat-file", "--batch-check", stdin=resolved).decode("ascii", "replace").split()
    if len(found) != 3 or not found[2].isdigit():  # `<id> missing`: resolved, but not in the object store
        raise _fail(argument, f"cannot read `{argument}` from git: object {resolved} is missing", _HINT)
    if found[1] != "blob":
        hint = "name a file: REV:PATH/TO/spec.yaml"
        raise _fail(argument, f"`{argument}` is a {found[1]} in git, not a file", hint)
    check_file_size(int(found[2]), argument)  # before reading, as for a file on disk
    return _git(argument, "cat-file", "blob", resolved)


def _git(argument: str, *command: str, stdin: str = "") -> bytes:
    """Run `git <command>` in the current directory (`stdin` as its input); its stdout, or
    `GenerationError` with git's own complaint (bad revision, missing path, no repository)."""
    try:
        done = subprocess.run(
            ["git", "--no-pager", *command],
            input=f"{stdin}\n".encode() if stdin else b"",
            capture_output=True,
            timeout=GIT_TIMEOUT,
            check=False,
        )
    except FileNotFoundError:
        raise _fail(argument, f"cannot read `{argument}`: git is not installed", _HINT) from None
    except (OSError, subprocess.TimeoutExpired) as err:
        raise _fail(argument, f"cannot read `{argument}` with git: {err}", _HINT) from None
    if done.returncode != 0:
        lines = done.stderr.decode("utf-8", "replace").strip().splitlines()
        complaint = "; ".join(line.removeprefix("fatal: ") for line in lines if not line.startswith("hint: "))
        hints = [line.removeprefix("hint: ") for line in lines if line.startswith("hint: ")]
        problem = complaint or f"git exited with status {done.returncode}"
        raise _fail(argument, f"cannot read `{argument}` from git: {problem}", " ".join(hints) or _HINT)
    return done.stdout


def _fail(argument: str, message: str, hint: str) -> GenerationError:
    return GenerationError((Diagnostic(Severity.ERROR, message, Location(argument), hint),))
