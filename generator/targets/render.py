"""Stage 6, render: view-models -> `{relative path: text}` (pure; writes nothing).

Templates live in `templates/<target>/`, mirroring the output tree: `package/` becomes the
import package, `tests/` the package's tests, and top-level files the package root. A file
ending `.jinja` is rendered with its one view-model; any other file is runtime code copied
verbatim. Per-resource templates are rendered once per resource. jinja2 runs with
`StrictUndefined`, so a template naming a field the view does not have fails loudly.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import jinja2

from ..core.diagnostics import Diagnostic, GenerationError, Location, Severity
from .python.models import ModelModule
from .python.views import PackageViews

TEMPLATES = Path(__file__).resolve().parents[2] / "templates"
RUNTIME_HEADER = "# Runtime file copied verbatim by sdkgen. Do not edit."
# Files of a template directory that are not copied or rendered into the output.
NOT_OUTPUT = ("partials/", "CONTRACT")
_PER_RESOURCE = {
    "package/resources/resource.py.jinja",
    "package/resources/resource_package.py.jinja",
    "tests/api_resources/test_resource.py.jinja",
}


@dataclass(frozen=True, slots=True)
class Rendered:
    """Every file of the package by its path relative to the output root, and which of
    them are verbatim runtime files (already formatted where they are kept)."""

    files: dict[str, str]
    verbatim: frozenset[str]


def render_package(
    views: PackageViews,
    models: ModelModule,
    params: ModelModule,
    templates: Path = TEMPLATES / "python",
    overrides: Path | None = None,
) -> Rendered:
    """Render every template and copy every runtime file of the Python target.

    `overrides`, a user's directory laid over `templates` file by file: a file there
    replaces the built-in file of the same relative path (a template, a partial or a
    runtime file), and a new file is added to the output.
    """
    layers = (overrides, templates) if overrides is not None else (templates,)
    env = environment(layers)
    package = views.client.import_name
    files, verbatim = render_once(
        env,
        layers,
        _PER_RESOURCE,
        {"client": views.client, "views": views},
        target=lambda name: _target(name, package),
        runtime_header=(".py", RUNTIME_HEADER),
    )
    for resource in views.resources:
        files[f"{package}/{resource.path}"] = render_template(
            env, "package/resources/resource.py.jinja", client=views.client, resource=resource
        )
    for init in views.packages:
        files[f"{package}/{init.path}"] = render_template(
            env, "package/resources/resource_package.py.jinja", client=views.client, package=init
        )
    for test in views.tests:
        files[test.path] = render_template(
            env, "tests/api_resources/test_resource.py.jinja", client=views.client, test=test
        )
        folder = test.path.rsplit("/", 1)[0]
        while folder.count("/") > 1:
            files.setdefault(f"{folder}/__init__.py", "")
            folder = folder.rsplit("/", 1)[0]
    files[f"{package}/types/models.py"] = models.text
    files[f"{package}/types/params.py"] = params.text
    return Rendered(files, verbatim)


def render_once(
    env: jinja2.Environment,
    layers: tuple[Path, ...],
    per_resource: set[str],
    context: dict[str, Any],
    *,
    target: Callable[[str], str],
    runtime_header: tuple[str, str],
) -> tuple[dict[str, str], frozenset[str]]:
    """Every output file of the template layers but the `per_resource` templates: each
    `.jinja` file rendered with `context`, every other file copied verbatim (a runtime
    file), at the path `target` gives. A copied file whose name ends with
    `runtime_header[0]` starts with the comment `runtime_header[1]`. Returns the files and
    the paths of the verbatim ones."""
    suffix, header = runtime_header
    files: dict[str, str] = {}
    verbatim: set[str] = set()
    for name, source in sorted(template_sources(layers).items()):
        if name in per_resource or not is_output(name):
            continue
        path = target(name)
        if name.endswith(".jinja"):
            files[path[: -len(".jinja")]] = render_template(env, name, **context)
        else:
            text = source.read_text(encoding="utf-8")
            files[path] = f"{header}\n{text}" if path.endswith(suffix) and text else text
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


def _target(name: str, package: str) -> str:
    if name.startswith("package/"):
        return f"{package}/{name[len('package/'):]}"
    return name


def environment(layers: tuple[Path, ...]) -> jinja2.Environment:
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader([str(layer) for layer in layers]),
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
        autoescape=False,
    )


def render_template(env: jinja2.Environment, name: str, **context: Any) -> str:
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
