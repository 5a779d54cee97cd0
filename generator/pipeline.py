"""The pipeline: spec + config -> `{path: text}` of each target's package, in memory.

load (bundling the files the spec's `$ref`s name) -> validate -> normalize -> build IR,
once per run (`spec/`, `ir/`), then each target's back end (`targets/<target>/`, looked
up in `registry`) on the same `Front`. The slow half of validation (openapi-spec-validator)
runs in a worker process beside the later stages; its errors still stop generation before
anything is returned. Nothing here touches an output directory; the CLI decides whether to
write or to compare.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from . import ir, registry, surface
from .core.cache import TextCache
from .core.diagnostics import Diagnostic, GenerationError, Location, Severity, display_name, has_errors
from .core.text import comment_text
from .ir.build import build_ir
from .registry import read_config
from .spec.config import SdkConfig
from .spec.bundle import bundle_source, load_bundled
from .spec.load import LoadedDocument
from .spec.normalize import normalize
from .spec.rename import rename_schemas
from .spec.field_order import sorted_fields
from .spec.types_config import check_groups, check_names, placeable
from .spec.validate import structural_findings, validate_document
from .spec.validation_job import ValidationJob
from .surface import ApiDiff
from .targets.backend import Front, HandWritten, JsonSchemas, Target, Templates
from .targets.contract import check_override


@dataclass(frozen=True, slots=True)
class Generated:
    """One target's generated files and every warning found on the way."""

    files: dict[str, str]
    diagnostics: tuple[Diagnostic, ...]
    operations: int
    models: int
    hand_written: tuple[HandWritten, ...] = ()  # files the output directory must already hold
    sources: tuple[str, ...] = ()  # the files besides the spec that its `$ref`s name


def validate_spec(spec: Path, *, lenient: bool) -> tuple[Diagnostic, ...]:
    """Load and validate `spec`; raise `GenerationError` when it has errors."""
    document = load_bundled(spec, display=display_name(spec))
    findings = validate_document(document, lenient=lenient)
    if has_errors(findings):
        raise GenerationError(findings)
    return findings


def diff_specs(old: str | Path, new: str | Path, config_path: Path, *, lenient: bool = False) -> ApiDiff:
    """The API surface's changes from spec `old` to spec `new` (files, or `REV:PATH` in git),
    named as generation names them, and the version bump they call for from the version of
    the config's first target (its section's, else as the old spec's `info.version` gives it)."""
    config = read_config(config_path)
    target, section = target_settings(config, config.targets[0])
    rules = registry.type_name_rules()
    version = functools.partial(target.version, section)
    return surface.diff_specs(old, new, config, rules, version=version, lenient=lenient)


def target_settings(config: SdkConfig, name: str) -> tuple[Target[Any], object]:
    """The registered target `name` and its settings (its config section's, each key it
    leaves out defaulting from the spec); `GenerationError` when it is unknown."""
    target = registry.TARGETS.get(name)
    if target is None:
        problem = f"unknown target {name!r}; the targets are {', '.join(registry.TARGETS)}"
        raise GenerationError((Diagnostic(Severity.ERROR, problem, Location(config.path)),))
    return target, config.sections[name]


def generate_files(
    spec: Path,
    config_path: Path,
    *,
    target: str | None = None,
    lenient: bool = False,
    overrides: Path | None = None,
    cache_root: Path | None = None,
    progress: Callable[[str], None] = lambda stage: None,
) -> Generated:
    """Every stage for one target (`target`, else the config's first); see `generate_targets`."""
    target = target or read_config(config_path).targets[0]
    results = generate_targets(
        spec,
        config_path,
        targets=(target,),
        lenient=lenient,
        overrides={target: overrides} if overrides else None,
        cache_root=cache_root,
        progress=progress,
    )
    return next(iter(results.values()))


def generate_targets(
    spec: Path,
    config_path: Path,
    *,
    targets: Sequence[str] | None = None,
    lenient: bool = False,
    overrides: Mapping[str, Path] | None = None,
    cache_root: Path | None = None,
    progress: Callable[[str], None] = lambda stage: None,
) -> dict[str, Generated]:
    """Every stage, the front half once, for each of `targets` (else the config's `target:`);
    raise `GenerationError` with all diagnostics on failure, for any target.

    `overrides` are template directories by target, each laid over that target's built-in
    templates (for a target it leaves out, the config's `templates:`); `cache_root` holds
    cached validation, model and formatting results (see `core.cache`); None disables it.
    """
    config = read_config(config_path)
    chosen = [target_settings(config, name) for name in (targets or config.targets)]
    layers = {**config.templates, **(overrides or {})}
    structural = [p for t, _ in chosen if t.name in layers for p in check_override(layers[t.name], t.contract)]
    progress("loading the spec")
    document = load_bundled(spec, display=display_name(spec))
    progress("validating")
    structural += structural_findings(document)
    if has_errors(structural):
        raise GenerationError(tuple(structural))
    job = ValidationJob(
        document,
        bundle_source(document, spec),
        lenient=lenient,
        cache=TextCache(cache_root, "validate"),
        units=TextCache(cache_root, "validate-units"),
    )
    try:
        generated = _generate(document, config, spec, chosen, layers, cache_root, progress)
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
    return {
        name: replace(result, diagnostics=(*structural, *findings, *result.diagnostics), sources=document.files)
        for name, result in generated.items()
    }


def build_front(document: LoadedDocument, config: SdkConfig, spec: Path) -> tuple[Front, tuple[Diagnostic, ...]]:
    """The normalized spec's IR and what else a back end starts from, and the warnings met."""
    document, naming = _named_types(document, config)
    normalized = normalize(document, registry.type_name_rules())  # every schema named, every discriminator explicit
    data = sorted_fields(normalized.data) if config.field_order == "sorted" else normalized.data
    document = replace(document, data=data)
    built = build_ir(document, config)
    paths = {r.path for r in ir.depth_first(built.api.resources)}
    grouped = tuple((t.name or t.schema, t.group) for t in config.types if t.group is not None and placeable(t, paths))
    grouping = check_groups(config.types, paths)
    built = replace(built, api=replace(built.api, type_groups=grouped))
    components = (document.data.get("components") or {}).get("schemas") or {}
    schemas = JsonSchemas(str(document.data.get("openapi", "3.1.0")), components)
    front = Front(built.api, document.path, comment_text(spec.name), document.locate, schemas)
    return front, (*naming, *normalized.diagnostics, *built.diagnostics, *grouping)


def _named_types(document: LoadedDocument, config: SdkConfig) -> tuple[LoadedDocument, list[Diagnostic]]:
    """`document` with the schemas the config's `types:` names renamed (every reference too),
    and the warnings for entries that name no schema of it."""
    schemas = (document.data.get("components") or {}).get("schemas") or {}
    problems = check_names(config.types, schemas, registry.type_name_rules().reserved)
    if any(p.severity is Severity.ERROR for p in problems):
        raise GenerationError(tuple(problems))
    renames = {
        t.schema: t.name for t in config.types if t.name is not None and t.name != t.schema and t.schema in schemas
    }
    return (replace(document, data=rename_schemas(document.data, renames)) if renames else document), problems


def _generate(
    document: LoadedDocument,
    config: SdkConfig,
    spec: Path,
    targets: list[tuple[Target[Any], object]],
    overrides: Mapping[str, Path],
    cache_root: Path | None,
    progress: Callable[[str], None],
) -> dict[str, Generated]:
    """Every stage after validation (which runs beside them), for each target."""
    progress("normalizing schemas")
    front, found = build_front(document, config, spec)
    results = {}
    for target, settings in targets:
        output = target.generate(
            front, settings, Templates(target.templates, overrides.get(target.name)), cache_root, progress
        )
        diagnostics = (*found, *output.diagnostics)
        operations = len(front.api.operations())
        results[target.name] = Generated(output.files, diagnostics, operations, output.models, output.hand_written)
    return results
