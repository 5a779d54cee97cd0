"""Part of normalize: component schemas renamed, every reference to them rewritten.

Input: document data and `{old key: new key}` for the component schemas to rename. Output:
the same data (a copy; the input is never changed) with those keys renamed, in place in the
`components/schemas` order, and every `$ref` to them (`#/components/schemas/<key>...`) and
every discriminator `mapping` value naming them (a reference or a bare component name)
rewritten; a `$ref` inside data (an example, a default, an extension) is left as it is.

`normalize` renames each key that is no safe class name (`MessagePhase-2`, `thing` beside
`Thing`, `Foo.Bar`, `None`, `Headers`): left as it is, the model generator would respell it
its own way (or fail, for a dotted key) and no other stage would know the name it chose.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .load import escape_pointer_token
from .references import Context, rewrite
from .schema_tree import SCHEMA_PREFIX


def rename_schemas(data: Mapping[str, Any], renames: Mapping[str, str]) -> dict[str, Any]:
    """`data` with the component schemas in `renames` renamed and every reference rewritten."""
    if not renames:
        return dict(data)
    rewritten = _rewrite(data, renames)
    components = dict(rewritten["components"])
    components["schemas"] = {renames.get(key, key): schema for key, schema in components["schemas"].items()}
    rewritten["components"] = components
    return dict(rewritten)


def _rewrite(data: Mapping[str, Any], renames: Mapping[str, str]) -> Any:
    def visit(pointer: str, node: dict[str, Any], context: Context) -> dict[str, Any]:
        if isinstance(node.get("$ref"), str):
            node["$ref"] = _renamed_ref(node["$ref"], renames)
        mapping = node.get("mapping")
        if isinstance(mapping, Mapping) and "propertyName" in node:  # a discriminator object
            node["mapping"] = {tag: _renamed_target(target, renames) for tag, target in mapping.items()}
        return node

    return rewrite(data, visit)


def _renamed_ref(ref: str, renames: Mapping[str, str]) -> str:
    if not ref.startswith(SCHEMA_PREFIX):
        return ref
    token, slash, rest = ref[len(SCHEMA_PREFIX) :].partition("/")
    key = token.replace("~1", "/").replace("~0", "~")
    if key not in renames:
        return ref
    return f"{SCHEMA_PREFIX}{escape_pointer_token(renames[key])}{slash}{rest}"


def _renamed_target(target: Any, renames: Mapping[str, str]) -> Any:
    """A discriminator mapping value: a reference, or (OpenAPI allows it) a bare component name."""
    if not isinstance(target, str):
        return target
    if "/" not in target and "#" not in target:
        return renames.get(target, target)
    return _renamed_ref(target, renames)
