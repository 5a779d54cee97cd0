"""Validate: `LoadedDocument` -> a tuple of located diagnostics.

Two layers. Our own structural checks come first, because the generator relies on them
and openapi-spec-validator either misses them or crashes on them: the OpenAPI version,
`paths` (or, in 3.1, `webhooks` or `components`), every `$ref` resolving inside the
document (`bundle` has followed references to other files; what remains, a URL never
fetched, is refused) and none in a cycle of references that never reaches a schema (a
`$ref` key inside data, an example or a default, is no reference: `references`), and
every path template variable declared as a path parameter (and the reverse). Then openapi-spec-validator checks the document against the OpenAPI schema
(3.0 or 3.1, as the document says); its findings are mapped back to JSON pointers and
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
from openapi_spec_validator.validation.validators import SpecValidator

from ..core.diagnostics import Diagnostic, Severity
from .load import LoadedDocument, escape_pointer_token
from .references import Context, holders, references, rewrite, walk
from .validator_reuse import MetaChecks, document_validator

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
    elif "paths" in data and not isinstance(data["paths"], Mapping):
        yield _error(document, "/paths", "`paths` is not an object", "give the API's paths as a mapping")
    elif "paths" not in data and not any(isinstance(data.get(key), Mapping) for key in ("webhooks", "components")):
        yield _error(
            document,
            "",
            "the document has no `paths`, `webhooks` or `components`",
            "add the API's paths (OpenAPI 3.1 documents may give only webhooks or components)",
        )


def _check_refs(document: LoadedDocument) -> list[Diagnostic]:
    """Every reference local and resolving (`$ref`, and the `$dynamicRef`, `$recursiveRef` and
    discriminator mapping targets the model generator would follow too), no `$ref` in a cycle."""
    found = []
    cycles: set[tuple[str, ...]] = set()
    for pointer, node in holders(document.data):
        for where, ref in references(pointer, node):
            problem = _reference_problem(document, where, ref)
            if problem is not None:
                found.append(problem)
                continue
            cycle = _ref_cycle(document.data, ref[1:]) if where.endswith("/$ref") else ()
            if cycle and cycle not in cycles:
                cycles.add(cycle)
                found.append(
                    _error(
                        document,
                        cycle[0],
                        f"reference cycle: {' -> '.join(f'#{p}' for p in (*cycle, cycle[0]))} never reaches a schema",
                        "make one of them a schema instead of a reference",
                    )
                )
    return sorted(found, key=lambda d: d.location.pointer)


def _reference_problem(document: LoadedDocument, where: str, ref: str) -> Diagnostic | None:
    if not ref.startswith("#"):
        return _error(
            document,
            where,
            f"reference to another document: {ref}",
            "a document read alone follows no other file, and a URL is never fetched",
        )
    try:
        resolve_ref(document.data, ref)
    except KeyError:
        return _error(
            document, where, f"dangling reference: {ref} does not exist", "define the target or fix the reference"
        )
    return None


def _ref_cycle(data: Mapping[str, Any], pointer: str) -> tuple[str, ...]:
    """The pointers of a cycle of nodes that are nothing but a reference, starting at its
    smallest pointer, if the node at `pointer` is in one; else ()."""
    chain = [pointer]
    target = _only_ref(resolve_ref(data, "#" + pointer) if pointer else data)
    while target is not None:
        if target == pointer:
            start = chain.index(min(chain))
            return tuple(chain[start:] + chain[:start])
        if target in chain or len(chain) > 64:
            return ()  # a cycle `pointer` only leads into: reported from the nodes in it
        chain.append(target)
        try:
            target = _only_ref(resolve_ref(data, "#" + target))
        except KeyError:
            return ()
    return ()


_WRAPPERS = ("allOf", "anyOf", "oneOf")
_ANNOTATIONS = frozenset({"description", "title", "summary", "deprecated", "example", "examples", "default"})


def _only_ref(node: Any) -> str | None:
    """The pointer a node that is nothing but a local reference points at: `{$ref}`, or a
    one-member `allOf`/`anyOf`/`oneOf` of one (which says no more than the reference)."""
    if not isinstance(node, Mapping):
        return None
    ref = node.get("$ref")
    if isinstance(ref, str):
        return ref[1:] if ref.startswith("#") else None
    keys = set(node) - _ANNOTATIONS
    if len(keys) == 1 and keys <= set(_WRAPPERS):
        members = node[keys.pop()]
        if isinstance(members, list) and len(members) == 1 and isinstance(members[0], Mapping):
            return _only_ref(members[0]) if set(members[0]) - _ANNOTATIONS == {"$ref"} else None
    return None


def _check_path_parameters(document: LoadedDocument) -> list[Diagnostic]:
    found: list[Diagnostic] = []
    for path, item in (document.data.get("paths") or {}).items():
        if not isinstance(item, Mapping):
            continue
        base = f"/paths/{escape_pointer_token(path)}"
        variables = _TEMPLATE_VARIABLE.findall(path)
        if set("{}") & set(_TEMPLATE_VARIABLE.sub("", path.partition("?")[0])):
            found.append(
                _error(
                    document,
                    base,
                    f"the path {path} has a brace outside a `{{name}}` template variable",
                    "a path template names each parameter once, as `{name}`",
                )
            )
            continue
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


class _Locating(keywords.SchemaValidator):
    """Remembers which schema object each finding came from, for its pointer. Mixed in
    before a version's schema validator, so `super()` is that validator in the MRO of
    each class below (never a method borrowed from another class)."""

    def __call__(self, schema: Any, *args: Any, **kwargs: Any) -> Iterator[ValidationError]:
        for error in super().__call__(schema, *args, **kwargs):
            if not hasattr(error, "sdkgen_parts"):
                setattr(error, "sdkgen_parts", tuple(schema.parts))
            yield error


class _LocatingV31SchemaValidator(_Locating, MetaChecks, keywords.OpenAPIV31SchemaValidator):
    """The OpenAPI 3.1 schema validator, locating its findings."""


class _LocatingV30SchemaValidator(_Locating, MetaChecks, keywords.OpenAPIV30SchemaValidator):
    """The OpenAPI 3.0 schema validator, locating its findings."""


class _LocatingV31(OpenAPIV31SpecValidator):
    keyword_validators = {**OpenAPIV31SpecValidator.keyword_validators, "schema": _LocatingV31SchemaValidator}


class _LocatingV30(OpenAPIV30SpecValidator):
    keyword_validators = {**OpenAPIV30SpecValidator.keyword_validators, "schema": _LocatingV30SchemaValidator}


def validator_data(data: Mapping[str, Any]) -> dict[str, Any]:
    """`data` as openapi-spec-validator is given it: without each schema `default` that is a
    mapping with a `$ref` key, which the validator would follow as a reference (and crash on
    when it names nothing); such a default is data, but goes unchecked against its schema."""
    if not any(kind is Context.SCHEMA and _ref_default(node) for _, node, kind in walk(data)):
        return dict(data)

    def visit(pointer: str, node: dict[str, Any], kind: Context) -> dict[str, Any]:
        if kind is Context.SCHEMA and _ref_default(node):
            del node["default"]
        return node

    return dict(rewrite(data, visit))


def _ref_default(node: Mapping[str, Any]) -> bool:
    default = node.get("default")
    return isinstance(default, Mapping) and "$ref" in default


def _run_spec_validator(document: LoadedDocument, severity: Severity) -> list[Diagnostic]:
    version = str(document.data["openapi"])
    validator_class = _LocatingV31 if version.startswith("3.1") else _LocatingV30
    found = []
    hint = validator_hint(severity)
    try:
        for error in _errors(validator_class(validator_data(document.data))):
            pointer = _error_pointer(error)
            message = f"OpenAPI {version}: {error.message}"
            found.append(Diagnostic(severity, message, document.locate(pointer), hint))
    except Exception as err:  # the validator can crash on documents it does not expect
        found.append(Diagnostic(severity, f"openapi-spec-validator failed: {err}", document.locate(""), hint))
    return found


def validator_hint(severity: Severity) -> str:
    """What to do about a finding of the schema validator: an error can be let through
    with --lenient; a warning already was."""
    if severity is Severity.ERROR:
        return "fix the spec, or pass --lenient to generate anyway"
    return "fix the spec (--lenient reports it as a warning)"


def _errors(validator: SpecValidator) -> Iterator[ValidationError]:
    """The validator's two passes (the document against the OpenAPI schema, then its own walk),
    as its `iter_errors` runs them but without re-creating each error of the walk, which would
    drop the schema object `_Locating` noted on it."""
    yield from document_validator(type(validator)).iter_errors(validator.schema)
    yield from validator.root_validator(validator.schema_path)


def _error_pointer(error: ValidationError) -> str:
    parts = [*getattr(error, "sdkgen_parts", ()), *error.absolute_path]
    return "".join(f"/{escape_pointer_token(str(part))}" for part in parts)
