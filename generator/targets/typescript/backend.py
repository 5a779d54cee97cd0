"""The TypeScript back end: a `Front` + the target's settings -> the TypeScript package's files.

Output: `{path: text}` of the package: `package.json`, `scripts/build.mjs`, `src/` (the
client, one module per resource with the types declared beside it, `resources/shared.ts`
for the others, the page classes, and the runtime under `src/core/`) and `tests/`.
Stages: views (of the IR's models, resources and tests) -> render (jinja2) -> every name
declared once (`bindings`). Templates live in `templates/typescript/`, mirroring the
output tree; a `.jinja` file is rendered, any other file is runtime copied verbatim. The output is written as it will be read: no
formatter runs over it.
"""

from __future__ import annotations

from pathlib import Path

from ... import ir
from ...core.diagnostics import Diagnostic, Severity
from ..backend import Front, Progress, TargetOutput, Templates
from ..expected_requests import is_header_name
from ..render import environment, refuse_rebound, render_once, render_template
from .bindings import redeclared
from .model_views import type_names
from .settings import TypeScriptSettings
from .text import comment_line
from .view_tests import TestFileView, test_files
from .views import PackageViews, build_views

RUNTIME_HEADER = "// Runtime file copied verbatim by sdkgen. Do not edit."
_SHARED = "src/resources/shared.ts.jinja"
_PER_RESOURCE = {"src/resources/resource.ts.jinja", "tests/api-resources/resource.test.ts.jinja", _SHARED}


def generate_typescript(
    front: Front, settings: TypeScriptSettings, templates: Templates, cache_root: Path | None, progress: Progress
) -> TargetOutput:
    """Every file of the TypeScript package (nothing is cached: it is not worth it)."""
    api = front.api
    models = api.models
    names = type_names(models, frozenset(p.name for p in api.page_schemes))
    nullable = frozenset(m.name for m in models if m.nullable)
    header = f"File generated from {comment_line(front.spec_comment)} by sdkgen. Do not edit."
    progress("rendering")
    views = build_views(api, settings, names, nullable, header)
    tests = test_files(api, views)
    files = _render(views, tests, templates)
    refuse_rebound(redeclared({p: t for p, t in files.items() if not t.startswith(RUNTIME_HEADER)}))
    return TargetOutput(files, len(models), _unsendable_headers(front))


def _unsendable_headers(front: Front) -> tuple[Diagnostic, ...]:
    """A warning for each header parameter whose name `fetch` refuses to send."""
    return tuple(
        Diagnostic(
            Severity.WARNING,
            f"header parameter {param.name!r} is not a valid HTTP header name; the TypeScript client throws "
            "a TypeError when it is given (fetch refuses to send it)",
            front.locate(param.pointer),
            "name the header with letters, digits and !#$%&'*+-.^_`|~ only",
        )
        for op in front.api.operations()
        for param in op.located(ir.ParamLocation.HEADER)
        if not is_header_name(param.name)
    )


def _render(views: PackageViews, tests: tuple[TestFileView, ...], templates: Templates) -> dict[str, str]:
    env = environment(templates.layers)
    context = {"client": views.client, "views": views, "models": views.shared}
    files, _ = render_once(
        env, templates.layers, _PER_RESOURCE, context, target=lambda name: name, runtime_header=(".ts", RUNTIME_HEADER)
    )
    for resource in views.resources:
        text = render_template(env, "src/resources/resource.ts.jinja", client=views.client, resource=resource)
        files.add(f"src/{resource.path}", text, f"the resource class {resource.class_name}")
    if views.shared.declarations:
        files.add(f"src/{views.shared.path}", render_template(env, _SHARED, **context), "the shared types")
    for test in tests:
        text = render_template(env, "tests/api-resources/resource.test.ts.jinja", client=views.client, test=test)
        files.add(test.path, text, f"the tests of {test.path}")
    return files.files
