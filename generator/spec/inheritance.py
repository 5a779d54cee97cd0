"""Part of normalize: `allOf` extensions that contradict their parent are flattened.

Input and output: the component schemas, after hoisting. A schema written as
`allOf: [{$ref: Parent}, {properties: ...}]` becomes a subclass of `Parent` in the
models. When it redeclares a property of `Parent` with a different schema (the spec's
`ComputerToolCallOutputResource` narrows `status` to values its parent does not allow),
a subclass would not type-check, so the schema is flattened into one object with the
parent's properties and its own (its own win), and no longer inherits.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .schema_tree import SCHEMA_PREFIX


def flatten_contradicting(schemas: Mapping[str, Any]) -> dict[str, Any]:
    """`schemas` with every contradicting `allOf` extension flattened."""
    return {name: _flattened(schema, schemas) for name, schema in schemas.items()}


def _flattened(schema: Any, schemas: Mapping[str, Any]) -> Any:
    parts = schema.get("allOf") if isinstance(schema, Mapping) else None
    if not isinstance(parts, list):
        return schema
    parents = [p for p in parts if isinstance(p, Mapping) and isinstance(p.get("$ref"), str)]
    own = [p for p in parts if isinstance(p, Mapping) and "$ref" not in p]
    if len(parents) != 1 or len(parents) + len(own) != len(parts):
        return schema
    inherited, inherited_required = _shape(parents[0], schemas, depth=0)
    declared = {k: v for part in own for k, v in (part.get("properties") or {}).items()}
    if not any(
        k in inherited and _resolved(inherited[k], schemas) != _resolved(v, schemas) for k, v in declared.items()
    ):
        return schema
    required = [*inherited_required, *(r for part in own for r in part.get("required") or [])]
    merged = {k: v for k, v in schema.items() if k != "allOf"}
    merged.update({"type": "object", "properties": {**inherited, **declared}})
    if required:
        merged["required"] = list(dict.fromkeys(required))
    return merged


def _shape(schema: Any, schemas: Mapping[str, Any], depth: int) -> tuple[dict[str, Any], list[str]]:
    """Properties and required names of `schema`, through references and `allOf` parts."""
    schema = _resolved(schema, schemas)
    if not isinstance(schema, Mapping) or depth > 32:
        return {}, []
    properties: dict[str, Any] = {}
    required: list[str] = []
    for part in schema.get("allOf") or []:
        sub_properties, sub_required = _shape(part, schemas, depth + 1)
        properties.update(sub_properties)
        required += sub_required
    properties.update(schema.get("properties") or {})
    required += [r for r in schema.get("required") or [] if isinstance(r, str)]
    return properties, required


def _resolved(schema: Any, schemas: Mapping[str, Any]) -> Any:
    for _ in range(32):
        ref = schema.get("$ref") if isinstance(schema, Mapping) else None
        if not (isinstance(ref, str) and ref.startswith(SCHEMA_PREFIX)):
            return schema
        schema = schemas.get(ref[len(SCHEMA_PREFIX) :], {})
    return schema
