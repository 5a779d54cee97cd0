"""JSON Schema as a tree: where subschemas sit, and walking them by position.

Input: schemas of a loaded document (plain data). Output: copies with a function applied to
each subschema, the pointers of subschemas, and the small predicates the normalizing passes
share. Subschemas are found by keyword position (`properties`, `items`, `anyOf`, ...), never
by key name, so a property called `items` or `not` is data, not a schema.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from .load import escape_pointer_token

SCHEMA_PREFIX = "#/components/schemas/"
# Where subschemas sit inside a schema, by keyword (walked by position, never by key name).
SCHEMA_MAPS = ("properties", "patternProperties", "$defs", "definitions", "dependentSchemas")
SCHEMA_LISTS = ("allOf", "anyOf", "oneOf", "prefixItems")
SCHEMA_VALUES = ("items", "additionalProperties", "not", "if", "then", "else", "contains")
# Keys describing a use of a schema rather than the schema: they stay beside the `$ref`.
SITE_KEYS = ("description", "default", "deprecated", "readOnly", "writeOnly")
ANNOTATIONS = frozenset({*SITE_KEYS, "title", "example", "examples", "externalDocs"})
NULL_SCHEMA = {"type": "null"}


def as_mapping(node: Any) -> Mapping[str, Any]:
    return node if isinstance(node, Mapping) else {}


def with_subschemas(node: Mapping[str, Any], visit: Callable[[str, str | int | None, Any], Any]) -> dict[str, Any]:
    """A copy of schema `node` with `visit(keyword, key or index, subschema)` applied to each subschema."""
    out: dict[str, Any] = {}
    for key, value in node.items():
        if key in SCHEMA_MAPS and isinstance(value, Mapping):
            out[key] = {name: visit(key, name, sub) for name, sub in value.items()}
        elif key in SCHEMA_LISTS and isinstance(value, list):
            out[key] = [visit(key, index, sub) for index, sub in enumerate(value)]
        elif key in SCHEMA_VALUES and isinstance(value, Mapping):
            out[key] = visit(key, None, value)
        else:
            out[key] = value
    return out


def subschema_pointer(pointer: str, key: str, index: str | int | None) -> str:
    return f"{pointer}/{key}" if index is None else f"{pointer}/{key}/{escape_pointer_token(str(index))}"


def is_null(schema: Any) -> bool:
    return isinstance(schema, Mapping) and schema.get("type") == "null" and set(schema) <= {"type", "description"}


def union_key(node: Any) -> str | None:
    """`anyOf` or `oneOf` when `node` is a plain union (nothing but members and annotations), else None."""
    if not isinstance(node, Mapping):
        return None
    keys = [k for k in ("anyOf", "oneOf") if isinstance(node.get(k), list)]
    if len(keys) != 1 or set(node) - ANNOTATIONS - {"discriminator"} != {keys[0]}:
        return None
    return keys[0]
