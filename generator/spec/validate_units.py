"""Validation's slow half, cached piece by piece: openapi-spec-validator over an OpenAPI 3.1
document whose unchanged parts were validated before.

Input: a `LoadedDocument` (3.1) and a cache. Output: the validator's diagnostics, the
same as validating the whole document at once. The validator makes two passes, and
each is split so that a one-operation edit revalidates only what it touched:

1. The document against the OpenAPI 3.1 JSON schema: done unit by unit (each component
   schema, each path item, and the rest of the document), as small documents of their
   own; the JSON schema constrains each unit without looking at the others, so the
   findings are the same, and each unit's are cached by its content.
2. The validator's own walk (defaults against their schemas, required properties that
   exist, ...): run over the whole document, with its costly part, checking each schema
   object against the JSON Schema dialect (a pure function of the schema object), cached
   by the schema's content.

OpenAPI 3.0 documents are validated whole (see `validate.spec_validator_findings`).
"""

from __future__ import annotations

import json
from collections import deque
from collections.abc import Iterator, Mapping
from importlib.metadata import version
from typing import Any

from jsonschema.exceptions import ValidationError
from openapi_spec_validator import OpenAPIV31SpecValidator
from openapi_spec_validator.validation.exceptions import OpenAPIValidationError

from ..core.cache import TextCache, digest
from ..core.diagnostics import Diagnostic, Severity
from .load import LoadedDocument, escape_pointer_token
from .validator_reuse import document_validator
from .validate import (
    _error_pointer,
    _LocatingV31SchemaValidator,
    spec_validator_findings,
    validator_data,
    validator_hint,
)

_VERSION = f"openapi-spec-validator {version('openapi-spec-validator')}"
Found = list[tuple[str, list[str | int]]]  # (message, path inside the document)
PASSES = ("schema", "walk")  # the document against the OpenAPI schema; the validator's own walk


def split_passes(document: LoadedDocument) -> bool:
    """Whether `document` is validated in two passes that can run apart (`unit_findings`)."""
    return str(document.data.get("openapi", "")).startswith("3.1")


def unit_findings(
    document: LoadedDocument, *, lenient: bool, cache: TextCache, passes: tuple[str, ...] = PASSES
) -> tuple[Diagnostic, ...]:
    """The validator's findings for `document`, reusing what `cache` knows: of the named
    `passes` of a 3.1 document (concatenated in `PASSES` order, they are its findings), of
    the whole validator for another document."""
    openapi = str(document.data.get("openapi", ""))
    if not split_passes(document):
        return spec_validator_findings(document, lenient=lenient)
    severity = Severity.WARNING if lenient else Severity.ERROR
    runs = {"schema": _schema_pass, "walk": _walk_pass}
    try:
        found = [finding for name in PASSES if name in passes for finding in runs[name](document.data, cache)]
    except Exception as err:  # the validator can crash on documents it does not expect
        return (
            Diagnostic(
                severity, f"openapi-spec-validator failed: {err}", document.locate(""), validator_hint(severity)
            ),
        )
    return tuple(
        Diagnostic(severity, f"OpenAPI {openapi}: {message}", document.locate(pointer), validator_hint(severity))
        for message, pointer in found
    )


def _schema_pass(data: Mapping[str, Any], cache: TextCache) -> Iterator[tuple[str, str]]:
    validator = document_validator(OpenAPIV31SpecValidator)
    for unit in _units(data):
        key = digest(_VERSION, "oas-schema", json.dumps(unit, sort_keys=True, default=str))
        cached = cache.get(key)
        found: Found = json.loads(cached) if cached is not None else []
        if cached is None:
            found = [(error.message, list(error.absolute_path)) for error in validator.iter_errors(unit)]
            cache.put(key, json.dumps(found))
        for message, path in found:
            yield message, _pointer(path)


def _units(data: Mapping[str, Any]) -> Iterator[dict[str, Any]]:
    """Each component schema and path item as a document of its own, then the rest."""
    head = {key: data[key] for key in ("openapi", "info") if key in data}
    components = data.get("components")
    schemas = components.get("schemas") if isinstance(components, Mapping) else None
    paths = data.get("paths")
    if isinstance(schemas, Mapping):
        for name, schema in schemas.items():
            yield {**head, "components": {"schemas": {name: schema}}}
    if isinstance(paths, Mapping):
        for path, item in paths.items():
            yield {**head, "paths": {path: item}}
    rest = dict(data)
    if isinstance(paths, Mapping):
        rest["paths"] = {}
    if isinstance(schemas, Mapping):
        rest["components"] = {**components, "schemas": {}}  # type: ignore[dict-item]
    yield rest


def _walk_pass(data: Mapping[str, Any], cache: TextCache) -> Iterator[tuple[str, str]]:
    schema_validator = type("_Memo", (_MemoSchemaValidator,), {"cache": cache})
    spec_validator = type(
        "_MemoV31",
        (OpenAPIV31SpecValidator,),
        {"keyword_validators": {**OpenAPIV31SpecValidator.keyword_validators, "schema": schema_validator}},
    )
    validator = spec_validator(validator_data(data))
    for error in validator.root_validator(validator.schema_path):
        yield error.message, _error_pointer(error)


class _MemoSchemaValidator(_LocatingV31SchemaValidator):
    """Checks each schema object against its dialect once per content, across runs
    (`cache` is set on a subclass made per validation)."""

    cache: TextCache = TextCache(None, "")

    def _validate_schema_meta(self, schema: Any, schema_value: Any) -> OpenAPIValidationError | None:
        key = digest(_VERSION, "schema-meta", json.dumps(schema_value, sort_keys=True, default=str))
        cached = self.cache.get(key)
        if cached is not None:
            entry = json.loads(cached)
            return None if entry is None else OpenAPIValidationError(entry[0], path=deque(entry[1]))
        error = super()._validate_schema_meta(schema, schema_value)
        self.cache.put(key, json.dumps(None if error is None else [error.message, _path(error)]))
        return error


def _path(error: ValidationError) -> list[str | int]:
    return [part if isinstance(part, int) else str(part) for part in error.absolute_path]


def _pointer(path: list[str | int]) -> str:
    return "".join(f"/{escape_pointer_token(str(part))}" for part in path)
