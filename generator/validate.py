"""Stage 2, validate: `LoadedDocument` -> a tuple of located diagnostics.

Two layers. Our own structural checks come first, because the generator relies on them
and openapi-spec-validator either misses them or crashes on them: the OpenAPI version,
`paths`, every `$ref` resolving inside the document, and every path template variable
declared as a path parameter (and the reverse). Then openapi-spec-validator checks the
document against the OpenAPI schema; its findings are mapped back to JSON pointers and
lines. With `lenient`, the validator's findings become warnings (the structural ones stay
errors: nothing correct can be generated past a dangling `$ref`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from typing import Any

from jsonschema.exceptions import ValidationError
from openapi_spec_validator import OpenAPIV30SpecValidator, OpenAPIV31SpecValidator
from openapi_spec_validator.validation import keywords

from .diagnostics import Diagnostic, Severity
from .load import LoadedDocument, escape_pointer_token

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
_TEMPLATE_VARIABLE = re.compile(r"\{([^{}/]+)\}")


def validate_document(document: LoadedDocument, *, lenient: bool = False) -> tuple[Diagnostic, ...]:
    """Check `document`; return every finding, errors and warnings alike."""
    findings = structural_findings(document)
    return findings or spec_validator_findings(document, lenient=lenient)


def structural_findings(document: LoadedDocument) -> tuple[Diagnostic, ...]:
    """The generator's own checks (version, references, path parameters): fast, and
    what later stages rely on to never meet a dangling reference."""
    findings = list(_check_version(document))
    if findings:
        return tuple(findings)
    return (*_check_refs(document), *_check_path_parameters(document))


def spec_validator_findings(document: LoadedDocument, *, lenient: bool) -> tuple[Diagnostic, ...]:
    """openapi-spec-validator's findings, as errors (warnings when `lenient`): seconds
    on a large spec, so the pipeline runs it beside the other stages (`validation_job`)."""
    return tuple(_run_spec_validator(document, Severity.WARNING if lenient else Severity.ERROR))


def resolve_ref(data: Mapping[str, Any], ref: str) -> Any:
    """The node a local `#/...` reference points at; KeyError when it points nowhere."""
    if not ref.startswith("#"):
        raise KeyError(ref)
    node: Any = data
    for token in ref[1:].split("/")[1:]:
        token = token.replace("~1", "/").replace("~0", "~")
        if isinstance(node, list) and token.isdigit() and int(token) < len(node):
            node = node[int(token)]
        elif isinstance(node, Mapping) and token in node:
            node = node[token]
        else:
            raise KeyError(ref)
    return node


def _error(document: LoadedDocument, pointer: str, message: str, hint: str = "") -> Diagnostic:
    return Diagnostic(Severity.ERROR, message, document.locate(pointer), hint)


def _check_version(document: LoadedDocument) -> Iterator[Diagnostic]:
    data = document.data
    version = data.get("openapi")
    if "swagger" in data:
        yield _error(
            document,
            "/swagger",
            "this is a Swagger 2.0 document",
            "convert it to OpenAPI 3.x first (e.g. with swagger2openapi)",
        )
    elif not isinstance(version, str) or not re.match(r"^3\.[01]\.\d+", version):
        yield _error(
            document,
            "/openapi" if "openapi" in data else "",
            f"unsupported or missing OpenAPI version: {version!r}",
            "the generator reads OpenAPI 3.0.x and 3.1.x documents",
        )
    elif not isinstance(data.get("paths"), Mapping):
        yield _error(
            document, "/paths" if "paths" in data else "", "the document has no `paths` object", "add the API's paths"
        )


def _walk(node: Any, pointer: str) -> Iterator[tuple[str, Any]]:
    stack = [(pointer, node)]
    while stack:
        here, value = stack.pop()
        yield here, value
        if isinstance(value, Mapping):
            stack.extend((f"{here}/{escape_pointer_token(k)}", v) for k, v in value.items())
        elif isinstance(value, list):
            stack.extend((f"{here}/{i}", v) for i, v in enumerate(value))


def _check_refs(document: LoadedDocument) -> list[Diagnostic]:
    found = []
    for pointer, node in _walk(document.data, ""):
        ref = node.get("$ref") if isinstance(node, Mapping) else None
        if not isinstance(ref, str):
            continue
        where = f"{pointer}/$ref"
        if not ref.startswith("#"):
            found.append(
                _error(
                    document,
                    where,
                    f"reference to another document: {ref}",
                    "external references are not followed; inline the schema",
                )
            )
            continue
        try:
            resolve_ref(document.data, ref)
        except KeyError:
            found.append(
                _error(
                    document,
                    where,
                    f"dangling reference: {ref} does not exist",
                    "define the target or fix the reference",
                )
            )
    return sorted(found, key=lambda d: d.location.pointer)


def _check_path_parameters(document: LoadedDocument) -> list[Diagnostic]:
    found: list[Diagnostic] = []
    for path, item in document.data["paths"].items():
        if not isinstance(item, Mapping):
            continue
        base = f"/paths/{escape_pointer_token(path)}"
        variables = _TEMPLATE_VARIABLE.findall(path)
        shared = _path_params(document, item.get("parameters"))
        for method in HTTP_METHODS:
            operation = item.get(method)
            if not isinstance(operation, Mapping):
                continue
            declared = shared | _path_params(document, operation.get("parameters"))
            pointer = f"{base}/{method}"
            for name in variables:
                if name not in declared:
                    found.append(
                        _error(
                            document,
                            pointer,
                            f"path parameter {name!r} of {method.upper()} {path} is not declared",
                            f"add a parameter with `name: {name}` and `in: path`",
                        )
                    )
            for name in sorted(declared - set(variables)):
                found.append(
                    _error(
                        document,
                        pointer,
                        f"path parameter {name!r} does not appear in the path {path}",
                        "remove it or add it to the path template",
                    )
                )
    return found


def _path_params(document: LoadedDocument, parameters: Any) -> set[str]:
    names = set()
    for parameter in parameters if isinstance(parameters, list) else []:
        if isinstance(parameter, Mapping) and isinstance(parameter.get("$ref"), str):
            try:
                parameter = resolve_ref(document.data, parameter["$ref"])
            except KeyError:
                continue
        if isinstance(parameter, Mapping) and parameter.get("in") == "path":
            names.add(str(parameter.get("name")))
    return names


class _LocatingSchemaValidator(keywords.OpenAPIV31SchemaValidator):
    """Remembers which schema object each finding came from, for its pointer."""

    def __call__(self, schema: Any, *args: Any, **kwargs: Any) -> Iterator[ValidationError]:
        for error in super().__call__(schema, *args, **kwargs):
            if not hasattr(error, "sdkgen_parts"):
                setattr(error, "sdkgen_parts", tuple(schema.parts))
            yield error


class _LocatingV31(OpenAPIV31SpecValidator):
    keyword_validators = {**OpenAPIV31SpecValidator.keyword_validators, "schema": _LocatingSchemaValidator}


class _LocatingV30SchemaValidator(keywords.OpenAPIV30SchemaValidator):
    __call__ = _LocatingSchemaValidator.__call__


class _LocatingV30(OpenAPIV30SpecValidator):
    keyword_validators = {**OpenAPIV30SpecValidator.keyword_validators, "schema": _LocatingV30SchemaValidator}


def _run_spec_validator(document: LoadedDocument, severity: Severity) -> list[Diagnostic]:
    version = str(document.data["openapi"])
    validator_class = _LocatingV31 if version.startswith("3.1") else _LocatingV30
    found = []
    try:
        for error in validator_class(dict(document.data)).iter_errors():
            pointer = _error_pointer(error)
            message = f"OpenAPI {version}: {error.message}"
            found.append(
                Diagnostic(
                    severity, message, document.locate(pointer), "fix the spec, or pass --lenient to generate anyway"
                )
            )
    except Exception as err:  # the validator can crash on documents it does not expect
        found.append(
            Diagnostic(
                severity,
                f"openapi-spec-validator failed: {err}",
                document.locate(""),
                "fix the spec, or pass --lenient",
            )
        )
    return found


def _error_pointer(error: ValidationError) -> str:
    parts = [*getattr(error, "sdkgen_parts", ()), *error.absolute_path]
    return "".join(f"/{escape_pointer_token(str(part))}" for part in parts)
