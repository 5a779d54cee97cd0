"""Fingerprints for the CI fast path: the inputs of a generation, and an output tree.

Input: the spec, config and template files (and the files the spec's `$ref`s name), the
generator's own source and the versions of the tools it pins, and the options that change
the output; an output directory.
Output: two digests. When a previous run recorded that these inputs gave an output tree
with this digest, `sdkgen check` knows the tree is current without generating anything
(well under a second on an unchanged tree).
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterable
from importlib.metadata import version
from pathlib import Path, PurePosixPath

from .write import HAND_WRITTEN, is_artifact

_GENERATOR = Path(__file__).resolve().parents[1]
_TOOLS = ("black", "datamodel-code-generator", "jinja2", "openapi-spec-validator", "pyyaml")


def inputs_digest(files: Iterable[Path], folders: Iterable[Path], options: Iterable[str]) -> str:
    """A digest of the given files, every file under the folders, the generator and its tools."""
    hasher = hashlib.sha256()
    for tool in _TOOLS:
        hasher.update(f"{tool}={version(tool)}\n".encode())
    for option in options:
        hasher.update(f"option {option}\n".encode())
    for given in files:
        _add(hasher, str(given), given)
    for name, path in _tree(_GENERATOR):  # the generator's own modules, its subpackages' too
        if name.endswith(".py"):
            _add(hasher, name, path)
    for folder in folders:
        for name, path in _tree(folder):
            _add(hasher, name, path)
    return hasher.hexdigest()


def with_files(inputs: str, files: Iterable[Path]) -> str:
    """`inputs` (a digest) extended with the content of `files` (the files a spec's `$ref`s
    name, known only once it was read: recorded beside the digest of the rest)."""
    hasher = hashlib.sha256(inputs.encode())
    for path in files:
        _add(hasher, str(path), path)
    return hasher.hexdigest()


def tree_digest(out: Path) -> str:
    """A digest of the generated files of an output tree, skipping build and cache
    artifacts and the hand-written folders (`core.write.is_artifact`)."""
    hasher = hashlib.sha256()
    for name, path in _tree(out) if out.is_dir() else []:
        if not is_artifact(PurePosixPath(name)):
            _add(hasher, name, path)
    return hasher.hexdigest()


def hand_written_digest(out: Path) -> str:
    """A digest of the hand-written files of an output tree (`<package>/lib/`): generation
    checks the mixins it imports from there, so a change there means checking again."""
    hasher = hashlib.sha256()
    for folder in sorted(out.glob(f"*/{HAND_WRITTEN}")):  # only those folders, not the whole tree
        prefix = folder.relative_to(out).as_posix()
        for name, path in _tree(folder):
            _add(hasher, f"{prefix}/{name}", path)
    return hasher.hexdigest()


def _tree(folder: Path) -> list[tuple[str, str]]:
    """(path relative to `folder`, in POSIX spelling; the file's path) of each file under
    `folder` outside `__pycache__`, sorted by the relative path (one `os.walk`: a large
    output tree holds thousands of files, and `check` reads it on every run)."""
    found = []
    for directory, folders, names in os.walk(folder):
        folders[:] = [f for f in folders if f != "__pycache__"]
        relative = os.path.relpath(directory, folder).replace(os.sep, "/")
        prefix = "" if relative == "." else f"{relative}/"
        found += [(prefix + name, os.path.join(directory, name)) for name in names]
    return sorted((name, path) for name, path in found if os.path.isfile(path))


def _add(hasher: "hashlib._Hash", name: str, path: Path | str) -> None:
    with open(path, "rb") as stream:
        data = stream.read()
    hasher.update(f"{name}\0{len(data)}\0".encode())
    hasher.update(data)
