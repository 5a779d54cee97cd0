"""Rendering, shared by the targets: template layers + view-models -> `{relative path: text}`.

Pure; writes nothing. Each target's templates live in `templates/<target>/`, mirroring its
output tree; a user's override directory is laid over them file by file. A file ending
`.jinja` is rendered with its view-models; any other file is runtime code copied verbatim.
Each target renders its per-resource templates itself (`targets/<target>/render.py` or its
back end) and the rest with `render_once`. jinja2 runs with `StrictUndefined`, so a
template naming a field the view does not have fails loudly, as a located diagnostic.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import jinja2

from ..core.diagnostics import Diagnostic, GenerationError, Location, Severity

_PACKAGE = Path(__file__).resolve().parents[1]
# Installed from a wheel, the templates are package data (generator/templates/); in a
# checkout (an editable install too) they are the repository's top-level templates/.
TEMPLATES = _PACKAGE / "templates" if (_PACKAGE / "templates").is_dir() else _PACKAGE.parent / "templates"
# Files of a template directory that are not copied or rendered into the output.
NOT_OUTPUT = ("partials/", "CONTRACT")


class FileSet:
    """A target's `{path: text}` as it is assembled: each path is given once. A second
    file at a path already taken is an error naming both sources, never an overwrite."""

    def __init__(self) -> None:
        self.files: dict[str, str] = {}
        self.sources: dict[str, str] = {}

    def add(self, path: str, text: str, source: str) -> None:
        """`text` at `path`, from `source` (what made it: a template, a resource)."""
        if path in self.files:
            first = self.sources[path]
            raise GenerationError(
                (
                    Diagnostic(
                        Severity.ERROR,
                        f"two files at {path}: {first} and {source}",
                        Location(path),
                        "rename one of them (a template override, or the resource with an `operations:` override)",
                    ),
                )
            )
        self.files[path] = text
        self.sources[path] = source


def refuse_rebound(found: list[tuple[str, int, str]]) -> None:
    """Raise a `GenerationError` listing each (path, line, name) a module binds twice."""
    if found:
        raise GenerationError(
            tuple(
                Diagnostic(
                    Severity.ERROR,
                    f"generated code would define `{name}` twice in {path}",
                    Location(path, "", line),
                    "rename the resource, method or schema with an override in the SDK config",
                )
                for path, line, name in found
            )
        )


@dataclass(frozen=True, slots=True)
class Rendered:
    """Every file of the package by its path relative to the output root, and which of
    them are verbatim runtime files (already formatted where they are kept), and which were
    printed in the formatter's style by a built-in template (see `format_files`)."""

    files: dict[str, str]
    verbatim: frozenset[str]
    preformatted: frozenset[str] = frozenset()


def render_once(
    env: jinja2.Environment,
    layers: tuple[Path, ...],
    per_resource: set[str],
    context: dict[str, Any],
    *,
    target: Callable[[str], str],
    runtime_header: tuple[str, str],
) -> tuple[FileSet, frozenset[str]]:
    """Every output file of the template layers but the `per_resource` templates: each
    `.jinja` file rendered with `context`, every other file copied verbatim (a runtime
    file), at the path `target` gives. A copied file whose name ends with
    `runtime_header[0]` starts with the comment `runtime_header[1]`. Returns the files and
    the paths of the verbatim ones."""
    suffix, header = runtime_header
    files = FileSet()
    verbatim: set[str] = set()
    for name, source in sorted(template_sources(layers).items()):
        if name in per_resource or not is_output(name):
            continue
        path = target(name)
        if name.endswith(".jinja"):
            files.add(path[: -len(".jinja")], render_template(env, name, **context), f"the template {name}")
        else:
            text = source.read_text(encoding="utf-8")
            files.add(path, f"{header}\n{text}" if path.endswith(suffix) and text else text, f"the runtime file {name}")
            verbatim.add(path)
    return files, frozenset(verbatim)


def template_sources(layers: tuple[Path, ...]) -> dict[str, Path]:
    """Each relative template path and the file that provides it (the first layer wins)."""
    found: dict[str, Path] = {}
    for layer in layers:
        for source in layer.rglob("*"):
            name = source.relative_to(layer).as_posix()
            if source.is_file() and "__pycache__" not in name and source.suffix != ".pyc":
                found.setdefault(name, source)
    return found


def is_output(name: str) -> bool:
    """Partials are included by templates; the contract files describe them."""
    return not name.startswith(NOT_OUTPUT)


@functools.lru_cache(maxsize=16)
def environment(layers: tuple[Path, ...]) -> jinja2.Environment:
    """The jinja2 environment of a template stack (the first layer wins), kept for the
    process: it compiles each template once, and reloads one whose file has changed."""
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader([str(layer) for layer in layers]),
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
        autoescape=False,
    )


def render_template(env: jinja2.Environment, name: str, **context: Any) -> str:
    """Render the template `name`; a template error becomes a diagnostic naming it and its line."""
    try:
        return env.get_template(name).render(**context)
    except jinja2.TemplateError as err:
        line = getattr(err, "lineno", None)
        raise GenerationError(
            (
                Diagnostic(
                    Severity.ERROR,
                    f"template {name} failed: {err}",
                    Location(f"templates/{name}", "", line),
                    "a template may only use the fields of its view-model",
                ),
            )
        )
