"""The Python back end: a `Front` + the target's settings -> the Python package's files.

Stages: models (datamodel-code-generator, from the normalized schemas) -> name clashes
checked -> the models cut into one module per type, laid out by resource (`type_views`) ->
views -> render (jinja2) -> every name bound once (`bindings`) -> format (black). Output: `{path: text}` of the
package, every Python file formatted by black (verbatim runtime files are kept formatted
in `templates/python/`).
"""

from __future__ import annotations

from pathlib import Path

from ... import ir
from ...core.cache import TextCache
from ...core.diagnostics import Diagnostic, GenerationError, Severity
from ..backend import Front, HandWritten, Progress, TargetOutput, Templates
from ..render import refuse_rebound
from .bindings import rebound
from .clashes import name_clashes
from .format import format_files
from .models import model_modules
from .render import render_package
from .settings import PythonSettings
from .type_views import TypeSources, type_files, type_groups, type_layout
from .views import build_views


def generate_python(
    front: Front, settings: PythonSettings, templates: Templates, cache_root: Path | None, progress: Progress
) -> TargetOutput:
    """Every file of the Python package; raise `GenerationError` on a name clash."""
    api = front.api
    header = f"# File generated from {front.spec_comment} by sdkgen. Do not edit."
    model_cache = TextCache(cache_root, "models")
    progress(f"models for {len(api.response_schemas)} schemas")
    models, params = model_modules(
        front.schemas,
        api.response_schemas,
        api.request_schemas,
        import_name=settings.import_name,
        header=header,
        spec_name=front.spec_name,
        cache=model_cache,
    )
    clashes = [Diagnostic(Severity.ERROR, m, front.locate(pointer), hint) for pointer, m, hint in name_clashes(api)]
    paths = {".".join(r.path) for r in ir.depth_first(api.resources)}
    for missing in sorted(set(settings.mixins) - paths):
        message = f"the SDK config names a mixin for `{missing}`, which is not a resource"
        clashes.append(Diagnostic(Severity.ERROR, message, settings.mixin_locations[missing], "fix python.mixins"))
    if clashes:
        raise GenerationError(tuple(clashes))
    progress("rendering")
    sources = TypeSources(models, params)
    groups = type_groups(api)
    layout = type_layout(api, sources, groups)
    views, layout = build_views(api, settings, models, params, front.spec_comment, layout, groups)
    modules = type_files(layout, sources, header, settings.import_name)
    rendered = render_package(views, modules, templates)
    refuse_rebound(rebound({p: t for p, t in rendered.files.items() if p not in rendered.verbatim}))
    progress(f"formatting {len(rendered.files) - len(rendered.verbatim)} files")
    files = format_files(
        rendered.files,
        skip=rendered.verbatim,
        preformatted=rendered.preformatted,
        cache=TextCache(cache_root, "black"),
    )
    return TargetOutput(files, len(models.names), hand_written=_mixin_files(settings))


def _mixin_files(settings: PythonSettings) -> tuple[HandWritten, ...]:
    """The hand-written modules the resource classes inherit from: `lib.items:ItemsExtras`
    is `<import_name>/lib/items.py`, defining `ItemsExtras` and `AsyncItemsExtras`."""
    return tuple(
        HandWritten(
            f"{settings.import_name}/{module.replace('.', '/')}.py",
            (name, f"Async{name}"),
            settings.mixin_locations[resource],
        )
        for resource, (module, name) in sorted(settings.mixins.items())
    )
