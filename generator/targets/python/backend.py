"""The Python target: the IR and the normalized spec -> the Python package's files.

Input: a `Front` (the normalized document, the IR, the header every file carries) and
the SDK config. Output: `{path: text}` of the package, formatted by black. Stages:
models (datamodel-code-generator) -> views -> render (jinja2) -> format (black).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from ...core.cache import TextCache
from ...spec.config import SdkConfig
from ...core.diagnostics import Diagnostic, GenerationError, Severity
from .format import format_files
from ..backend import Front, TargetOutput
from .models import request_params, response_models
from ..render import render_package
from .views import build_views, name_clashes


def generate_python(
    front: Front,
    config: SdkConfig,
    templates: tuple[Path, Path | None],
    cache_root: Path | None,
    progress: Callable[[str], None],
) -> TargetOutput:
    """Every file of the Python package; raise `GenerationError` on a name clash."""
    api, data = front.api, front.document.data
    header = f"# File generated from {front.spec_comment} by sdkgen. Do not edit."
    model_cache = TextCache(cache_root, "models")
    progress(f"models for {len(api.response_schemas)} schemas")
    models = response_models(
        data,
        api.response_schemas,
        import_name=config.python.import_name,
        header=header,
        spec_name=front.document.path,
        cache=model_cache,
    )
    params = request_params(data, api.request_schemas, header=header, spec_name=front.document.path, cache=model_cache)
    clashes = name_clashes(api, config)
    if clashes:
        raise GenerationError(
            tuple(
                Diagnostic(Severity.ERROR, message, front.document.locate(pointer), hint)
                for pointer, message, hint in clashes
            )
        )
    progress("rendering")
    views = build_views(api, config, models, params, front.spec_comment)
    rendered = render_package(views, models, params, *templates)
    progress(f"formatting {len(rendered.files) - len(rendered.verbatim)} files")
    files = format_files(rendered.files, skip=rendered.verbatim, cache=TextCache(cache_root, "black"))
    return TargetOutput(files, len(models.names))
