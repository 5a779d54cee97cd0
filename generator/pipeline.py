"""The pipeline: spec + config -> `{path: text}` of one target's package, in memory.

load -> validate -> normalize -> build IR, then the target's back end: for Python,
models -> views -> render -> format (`python_target`); for TypeScript, types -> views ->
render (`typescript.target`). The slow
half of validation (openapi-spec-validator) runs in a worker process beside the later
stages; its errors still stop generation before anything is returned. Nothing here
touches the output directory; the CLI decides whether to write or to compare.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

from .ir.build import build_ir
from .core.cache import TextCache
from .spec.config import TARGETS, SdkConfig, load_config
from .core.diagnostics import Diagnostic, GenerationError, Location, Severity, has_errors
from .targets.backend import Front, TargetOutput
from .spec.load import LoadedDocument, load_document
from .spec.normalize import normalize
from .targets.render import TEMPLATES
from .targets.contract import check_override, contract_for
from .spec.validate import structural_findings, validate_document
from .spec.validation_job import ValidationJob
from .targets.python.text import comment_text


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


def check_target(config: SdkConfig, target: str, config_name: str) -> None:
    """Raise `GenerationError` unless `target` is known and the config has its section."""
    problem = ""
    if target not in TARGETS:
        problem = f"unknown target {target!r}; the targets are {', '.join(TARGETS)}"
    elif target == "typescript" and config.typescript is None:
        problem = "the config has no `typescript:` section (package, version, client_class, error_base)"
    if problem:
        hint = "add the section to the SDK config" if target in TARGETS else ""
        raise GenerationError((Diagnostic(Severity.ERROR, problem, Location(config_name), hint),))


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
    target: str | None = None,
    lenient: bool = False,
    templates: Path | None = None,
    overrides: Path | None = None,
    cache_root: Path | None = None,
    progress: Callable[[str], None] = lambda stage: None,
) -> Generated:
    """Run every stage for one target; raise `GenerationError` with all diagnostics on failure.

    `target` is `python` or `typescript` (else the config's first `target:`); `templates` the
    target's built-in template set (`templates/<target>/`); `overrides` a template
    directory laid over it (else the config's `templates:`); `cache_root` holds cached
    validation, model and formatting results (see `cache`); None disables it.
    """
    spec_name = display_name(spec)
    config = load_config(config_path, display=display_name(config_path))
    target = target or config.targets[0]
    templates = templates or TEMPLATES / target
    check_target(config, target, display_name(config_path))
    overrides = overrides or config.templates
    structural = check_override(overrides, contract_for(target)) if overrides is not None else []
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
        generated = _generate(document, config, spec, target, (templates, overrides), cache_root, progress)
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


Backend = Callable[[Front, SdkConfig, tuple[Path, Path | None], Path | None, Callable[[str], None]], TargetOutput]


def _backends() -> dict[str, Backend]:
    """Each target's back end, by the name `--target` and the config's `target:` use."""
    from .targets.python.backend import generate_python
    from .targets.typescript.backend import generate_typescript

    return {"python": generate_python, "typescript": generate_typescript}


def _generate(
    document: LoadedDocument,
    config: SdkConfig,
    spec: Path,
    target: str,
    templates: tuple[Path, Path | None],
    cache_root: Path | None,
    progress: Callable[[str], None],
) -> Generated:
    """Every stage after validation (which runs beside them)."""
    progress("normalizing schemas")
    normalized = normalize(document)  # every schema named, every discriminator explicit
    document = replace(document, data=normalized.data)
    built = build_ir(document, config)
    front = Front(document, built.api, comment_text(spec.name))
    output = _backends()[target](front, config, templates, cache_root, progress)
    diagnostics = (*normalized.diagnostics, *built.diagnostics, *output.diagnostics)
    return Generated(output.files, diagnostics, len(built.api.operations()), output.models)
