"""The pipeline: spec + config -> `{path: text}` of the formatted package, in memory.

load -> validate -> normalize -> build IR -> models -> views -> render -> format. The slow
half of validation (openapi-spec-validator) runs in a worker process beside the later
stages; its errors still stop generation before anything is returned. Nothing here
touches the output directory; the CLI decides whether to write or to compare.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

from .build_ir import build_ir
from .cache import TextCache
from .config import SdkConfig, load_config
from .diagnostics import Diagnostic, GenerationError, Severity, has_errors
from .format import format_files
from .load import LoadedDocument, load_document
from .models import request_params, response_models
from .normalize import normalize
from .render import TEMPLATES, render_package
from .template_contract import check_override
from .validate import structural_findings, validate_document
from .validation_job import ValidationJob
from .view_text import comment_text
from .views import build_views, name_clashes


@dataclass(frozen=True, slots=True)
class Generated:
    """The generated files and every warning found on the way."""

    files: dict[str, str]
    diagnostics: tuple[Diagnostic, ...]
    operations: int
    models: int


def display_name(path: Path) -> str:
    """A path as shown in diagnostics and file headers: relative to the cwd when inside it."""
    try:
        return path.resolve().relative_to(Path.cwd().resolve()).as_posix()
    except ValueError:
        return path.as_posix()


def validate_spec(spec: Path, *, lenient: bool) -> tuple[Diagnostic, ...]:
    """Load and validate `spec`; raise `GenerationError` when it has errors."""
    document = load_document(spec, display=display_name(spec))
    findings = validate_document(document, lenient=lenient)
    if has_errors(findings):
        raise GenerationError(findings)
    return findings


def generate_files(
    spec: Path,
    config_path: Path,
    *,
    lenient: bool = False,
    templates: Path = TEMPLATES / "python",
    overrides: Path | None = None,
    cache_root: Path | None = None,
    progress: Callable[[str], None] = lambda stage: None,
) -> Generated:
    """Run every stage; raise `GenerationError` with all diagnostics on failure.

    `overrides` is a template directory laid over `templates` (else the config's
    `templates:`); `cache_root` holds cached validation, model and formatting results
    (see `cache`); None disables it.
    """
    spec_name = display_name(spec)
    config = load_config(config_path, display=display_name(config_path))
    overrides = overrides or config.templates
    structural = check_override(overrides) if overrides is not None else []
    progress("loading the spec")
    document = load_document(spec, display=spec_name)
    progress("validating")
    structural += structural_findings(document)
    if has_errors(structural):
        raise GenerationError(tuple(structural))
    job = ValidationJob(
        document,
        spec.read_bytes(),
        lenient=lenient,
        cache=TextCache(cache_root, "validate"),
        units=TextCache(cache_root, "validate-units"),
    )
    try:
        generated = _generate(document, config, spec, (templates, overrides), cache_root, progress)
    except BaseException as err:
        # A spec the validator rejects may also break a later stage: its findings say why.
        findings = job.result() if isinstance(err, Exception) else ()
        job.cancel()
        if has_errors(findings):
            raise GenerationError(findings) from None
        raise
    progress("waiting for the spec validator")
    findings = job.result()
    if has_errors(findings):
        raise GenerationError(findings)
    return replace(generated, diagnostics=(*structural, *findings, *generated.diagnostics))


def _generate(
    document: LoadedDocument,
    config: SdkConfig,
    spec: Path,
    templates: tuple[Path, Path | None],
    cache_root: Path | None,
    progress: Callable[[str], None],
) -> Generated:
    """Every stage after validation (which runs beside them)."""
    spec_name = document.path
    progress("normalizing schemas")
    normalized = normalize(document)  # every schema named, every discriminator explicit
    document = replace(document, data=normalized.data)
    built = build_ir(document, config)
    header = f"# File generated from {comment_text(spec.name)} by sdkgen. Do not edit."
    model_cache = TextCache(cache_root, "models")
    progress(f"models for {len(built.api.response_schemas)} schemas")
    models = response_models(
        document.data,
        built.api.response_schemas,
        import_name=config.python.import_name,
        header=header,
        spec_name=spec_name,
        cache=model_cache,
    )
    params = request_params(
        document.data, built.api.request_schemas, header=header, spec_name=spec_name, cache=model_cache
    )
    clashes = name_clashes(built.api, config)
    if clashes:
        raise GenerationError(
            tuple(
                Diagnostic(Severity.ERROR, message, document.locate(pointer), hint)
                for pointer, message, hint in clashes
            )
        )
    progress("rendering")
    views = build_views(built.api, config, models, params, comment_text(spec.name))
    rendered = render_package(views, models, params, *templates)
    progress(f"formatting {len(rendered.files) - len(rendered.verbatim)} files")
    files = format_files(rendered.files, skip=rendered.verbatim, cache=TextCache(cache_root, "black"))
    diagnostics = (*normalized.diagnostics, *built.diagnostics)
    return Generated(files, diagnostics, len(built.api.operations()), len(models.names))
