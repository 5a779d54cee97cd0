"""Where references sit in an OpenAPI document, and where data does.

Input: document data, or one schema. Output: the mappings that may hold a reference
(`$ref`, `$dynamicRef`, `$recursiveRef`, a discriminator `mapping`), each with its JSON
pointer, found by position; or a copy of the data with a function applied to each of them.
Values a document gives as data are never walked, so a `$ref` key inside them is data, not a
reference: a schema's `example`, `examples`, `default`, `const` and `enum`, the `example` of a
parameter, header or media type, an Example Object's `value`, and every `x-*` extension.
A map of names (`properties`, `components/schemas`) is no holder itself, so a property
named `$ref` is a name too.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Iterator, Mapping
from typing import Any

from .load import escape_pointer_token
from .schema_tree import SCHEMA_MAPS

REFERENCE_KEYS = ("$ref", "$dynamicRef", "$recursiveRef")
_SCHEMA_DATA = frozenset({"example", "examples", "default", "const", "enum"})


class Context(enum.Enum):
    """What a node is, as its position says."""

    OBJECT = "object"  # any OpenAPI object (the document, a path item, a response, ...)
    SCHEMA = "schema"  # a schema object
    SCHEMAS = "schemas"  # a map of names to schemas (`properties`, `components/schemas`)
    EXAMPLES = "examples"  # a map of names to Example Objects
    LEAF = "leaf"  # a holder whose members are all data (an Example Object, a discriminator)


Visit = Callable[[str, dict[str, Any], Context], Any]


def holders(node: Any, pointer: str = "", context: Context = Context.OBJECT) -> Iterator[tuple[str, Mapping[str, Any]]]:
    """(pointer, mapping) of every mapping under `node` (itself included) that may hold a
    reference; `context` says what `node` is."""
    return ((here, value) for here, value, _ in walk(node, pointer, context))


def walk(
    node: Any, pointer: str = "", context: Context = Context.OBJECT
) -> Iterator[tuple[str, Mapping[str, Any], Context]]:
    """`holders`, each with its context."""
    stack = [(pointer, node, context)]
    while stack:
        here, value, kind = stack.pop()
        if isinstance(value, Mapping) and kind not in (Context.SCHEMAS, Context.EXAMPLES):
            yield here, value, kind
        stack.extend(_children(here, value, kind))


def rewrite(node: Any, visit: Visit, pointer: str = "", context: Context = Context.OBJECT) -> Any:
    """A copy of `node` in which each holder (a copy, its children already rewritten) is
    replaced by `visit(pointer, holder, context)`; data is shared, never copied or visited."""
    if isinstance(node, list):
        return [rewrite(value, visit, where, kind) for where, value, kind in _children(pointer, node, context)]
    if not isinstance(node, Mapping):
        return node
    out = dict(node)
    for where, value, kind in _children(pointer, node, context):
        out[_last_token(where)] = rewrite(value, visit, where, kind)
    return out if context in (Context.SCHEMAS, Context.EXAMPLES) else visit(pointer, out, context)


def references(pointer: str, node: Mapping[str, Any]) -> list[tuple[str, str]]:
    """(pointer, reference) of each reference the holder `node` makes: its `$ref`,
    `$dynamicRef`, `$recursiveRef`; a discriminator's mapping targets (a bare target names a
    component schema)."""
    found = [(f"{pointer}/{key}", node[key]) for key in REFERENCE_KEYS if key in node]
    mapping = node.get("mapping")
    if isinstance(mapping, Mapping) and "propertyName" in node:
        for tag, target in mapping.items():
            bare = isinstance(target, str) and "/" not in target and "#" not in target
            ref = f"#/components/schemas/{escape_pointer_token(target)}" if bare else target
            found.append((f"{pointer}/mapping/{escape_pointer_token(str(tag))}", ref))
    return [(where, ref) for where, ref in found if isinstance(ref, str)]


def _last_token(pointer: str) -> str:
    return pointer.rsplit("/", 1)[1].replace("~1", "/").replace("~0", "~")


def _children(pointer: str, node: Any, context: Context) -> Iterator[tuple[str, Any, Context]]:
    """(pointer, value, context) of each child of `node` that is walked."""
    if isinstance(node, list):
        each = Context.SCHEMA if context is Context.SCHEMA else Context.OBJECT
        yield from ((f"{pointer}/{index}", value, each) for index, value in enumerate(node))
        return
    if not isinstance(node, Mapping) or context is Context.LEAF:
        return
    for key, value in node.items():
        kind = _child_context(str(key), value, context)
        if kind is not None and isinstance(value, (Mapping, list)):
            yield f"{pointer}/{escape_pointer_token(str(key))}", value, kind


def _child_context(key: str, value: Any, context: Context) -> Context | None:
    """What the member `key` of a node of `context` is; None when it is data."""
    if context is Context.SCHEMAS:
        return Context.SCHEMA
    if context is Context.EXAMPLES:
        return Context.LEAF
    if key.startswith("x-"):
        return None
    if context is Context.SCHEMA:
        if key in _SCHEMA_DATA:
            return None
        if key == "discriminator":
            return Context.LEAF
        return Context.SCHEMAS if key in SCHEMA_MAPS and isinstance(value, Mapping) else Context.SCHEMA
    if key == "example":
        return None
    if key == "examples":
        return Context.EXAMPLES if isinstance(value, Mapping) else None
    if key == "schema":
        return Context.SCHEMA
    if key == "schemas":
        return Context.SCHEMAS
    return Context.OBJECT
