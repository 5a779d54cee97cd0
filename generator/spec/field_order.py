"""The config's `field_order`: the order of each object schema's properties, hence of the
fields of every generated type.

`spec` (the default) keeps the document's order. `sorted` orders them as the official
OpenAI SDKs order their types' fields, so a model's `to_dict()`, `to_json()` and repr list
keys as theirs do: the required properties first, then the optional ones, each group with
`id` first and the rest in alphabetical order. Only the order of keys changes: no schema,
name or reference does.

Input: a normalized document (every class schema a component). Output: a copy with the
`properties` of each component schema, and of the schemas inside it, reordered.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

FIELD_ORDERS = ("spec", "sorted")
_ONE = ("items", "additionalProperties", "not")  # keywords holding one subschema
_MANY = ("allOf", "anyOf", "oneOf", "prefixItems")  # keywords holding a list of them


def sorted_fields(data: Mapping[str, Any]) -> dict[str, Any]:
    """`data` with every component schema's properties in the `sorted` order."""
    components = data.get("components")
    if not isinstance(components, Mapping) or not isinstance(components.get("schemas"), Mapping):
        return dict(data)
    schemas = {name: _schema(schema) for name, schema in components["schemas"].items()}
    return {**data, "components": {**components, "schemas": schemas}}


def _schema(node: Any) -> Any:
    if not isinstance(node, Mapping):
        return node
    out = dict(node)
    for key in _ONE:
        if key in out:
            out[key] = _schema(out[key])
    for key in _MANY:
        if isinstance(out.get(key), list):
            out[key] = [_schema(part) for part in out[key]]
    properties = out.get("properties")
    if isinstance(properties, Mapping):
        listed = out.get("required")
        required = {r for r in listed if isinstance(r, str)} if isinstance(listed, list) else set()
        order = sorted(properties, key=lambda name: (name not in required, name != "id", name))
        out["properties"] = {name: _schema(properties[name]) for name in order}
    return out
