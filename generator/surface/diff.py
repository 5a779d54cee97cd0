"""The changelog of the API surface: two specs (+ the SDK config) -> `ApiDiff`.

Input: an old and a new OpenAPI document, the SDK config, the targets' type-name rules
and the SDK's current version. Each spec is loaded, validated (structural checks always;
the OpenAPI schema validator too, unless `lenient`, where its findings could only be
warnings), normalized and built into the IR, exactly as generation does (`surface`), and
the two surfaces are compared (`compare`). Only this module reads files.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from ..core.diagnostics import Diagnostic, GenerationError, Severity, display_name, has_errors
from ..spec.config import SdkConfig
from ..spec.load import LoadedDocument, load_document
from ..spec.normalize import TypeNameRules
from ..spec.validate import structural_findings, validate_document
from .changes import ApiDiff
from .compare import compare
from .surface import surface


def diff_specs(
    old: Path, new: Path, config: SdkConfig, rules: TypeNameRules, *, version: str = "", lenient: bool = False
) -> ApiDiff:
    """Load, validate and compare two specs; raise `GenerationError` when either is invalid.

    `version` is the SDK's current version, which the report bumps."""
    documents: list[LoadedDocument] = []
    findings: list[Diagnostic] = []
    for path in (old, new):
        try:
            document = load_document(path, display=display_name(path))
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
    return replace(result, version=version, diagnostics=(*findings, *result.diagnostics))
