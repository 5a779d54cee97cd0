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
from collections.abc import Iterable
from importlib.metadata import version
from pathlib import Path

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
    for path in files:
        _add(hasher, str(path), path)
    for path in _tree(_GENERATOR, "*.py"):  # the generator's own modules, its subpackages' too
        _add(hasher, path.relative_to(_GENERATOR).as_posix(), path)
    for folder in folders:
        for path in _tree(folder, "*"):
            _add(hasher, path.relative_to(folder).as_posix(), path)
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
    for path in _tree(out, "*") if out.is_dir() else []:
        relative = path.relative_to(out)
        if not is_artifact(relative):
            _add(hasher, relative.as_posix(), path)
    return hasher.hexdigest()


def hand_written_digest(out: Path) -> str:
    """A digest of the hand-written files of an output tree (`<package>/lib/`): generation
    checks the mixins it imports from there, so a change there means checking again."""
    hasher = hashlib.sha256()
    for folder in sorted(out.glob(f"*/{HAND_WRITTEN}")):  # only those folders, not the whole tree
        for path in _tree(folder, "*"):
            _add(hasher, path.relative_to(out).as_posix(), path)
    return hasher.hexdigest()


def _tree(folder: Path, pattern: str) -> list[Path]:
    return sorted(p for p in folder.rglob(pattern) if p.is_file() and "__pycache__" not in p.parts)


def _add(hasher: "hashlib._Hash", name: str, path: Path) -> None:
    data = path.read_bytes()
    hasher.update(f"{name}\0{len(data)}\0".encode())
    hasher.update(data)
