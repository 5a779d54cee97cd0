"""The changelog of the API surface: two specs (+ the SDK config) -> `ApiDiff`.

Input: an old and a new OpenAPI document, each a file or a git revision of one
(`main:spec/x.yaml`, the blob `git show` prints; see `spec.revision`), the SDK config,
the targets' type-name rules and the SDK's current version. Each spec is loaded,
validated (structural checks always; the OpenAPI schema validator too, unless `lenient`,
where its findings could only be warnings), normalized and built into the IR, exactly as
generation does (`surface`), and the two surfaces are compared (`compare`). Only this
module reads the specs.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import replace
from pathlib import Path

from ..core.diagnostics import Diagnostic, GenerationError, Severity, has_errors
from ..spec.config import SdkConfig
from ..spec.load import LoadedDocument
from ..spec.normalize import TypeNameRules
from ..spec.revision import load_spec
from ..spec.validate import structural_findings, validate_document
from .changes import ApiDiff
from .compare import compare
from .surface import surface


def diff_specs(
    old: str | Path,
    new: str | Path,
    config: SdkConfig,
    rules: TypeNameRules,
    *,
    version: str | Callable[[str], str] = "",
    lenient: bool = False,
) -> ApiDiff:
    """Load, validate and compare two specs; raise `GenerationError` when either is invalid
    or cannot be read.

    `old` and `new` are files, or (as strings) git revisions of one, `REV:PATH`, read in the
    current directory's repository and named so in diagnostics. `version` is the SDK's
    current version, which the report bumps, or what gives it from the old spec's
    `info.version`."""
    documents: list[LoadedDocument] = []
    findings: list[Diagnostic] = []
    for spec in (old, new):
        try:
            document = load_spec(spec)
        except GenerationError as err:
            findings.extend(err.diagnostics)
            continue
        documents.append(document)
        # Lenient, the schema validator could only warn, and takes seconds on a large spec.
        findings.extend(structural_findings(document) if lenient else validate_document(document))
    if has_errors(findings) or len(documents) < 2:
        raise GenerationError(tuple(d for d in findings if d.severity is Severity.ERROR))
    before, after = (surface(document, config, rules) for document in documents)
    result = compare(before, after)
    if callable(version):
        info = documents[0].data.get("info")
        version = version(str(info.get("version", "")) if isinstance(info, Mapping) else "")
    return replace(result, version=version, diagnostics=(*findings, *result.diagnostics))
