"""Discriminator tags the model generator names alike in every member of a union.

A property whose wire name is no Python identifier (`@type`, `'`) becomes a field with a
made-up name, and when two properties of one class make up the same name, the later one
gets a numbered suffix. A tagged union's `discriminator=` names one field, so its tag must
get the same Python name in every member: in a member where a property making up the same
name comes first, it would not. So a tag that is no identifier moves to the front of each
member's properties (its own, or those of an inline part of its `allOf`), where it gets the
name it makes up. Only the order of the fields changes; no name, type or wire key does,
and a tag that is an identifier (`type`, the common case) stays where the spec puts it.

Input and output: the `components/schemas` table of the model generator's input document.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .names import own_attribute

__all__ = ["tags_first"]
_PREFIX = "#/components/schemas/"


def tags_first(schemas: Mapping[str, Any]) -> dict[str, Any]:
    """`schemas` with each union member's tag property first, where it is no identifier."""
    out = dict(schemas)
    for union in schemas.values():
        tag, members = _tagged(union)
        if tag is None or own_attribute(tag):
            continue
        for ref in members:
            name = ref[len(_PREFIX) :] if ref.startswith(_PREFIX) else None
            if name is not None and isinstance(out.get(name), Mapping):
                out[name] = _member(out[name], tag)
    return out


def _tagged(union: Any) -> tuple[str | None, list[str]]:
    """A union's tag property and its members' references."""
    discriminator = union.get("discriminator") if isinstance(union, Mapping) else None
    if not isinstance(discriminator, Mapping) or not isinstance(discriminator.get("propertyName"), str):
        return None, []
    members = [m.get("$ref") for key in ("oneOf", "anyOf") for m in union.get(key) or () if isinstance(m, Mapping)]
    mapped = discriminator.get("mapping")
    targets = list(mapped.values()) if isinstance(mapped, Mapping) else []
    refs = [r for r in dict.fromkeys([*members, *targets]) if isinstance(r, str)]
    return discriminator["propertyName"], refs


def _member(schema: Mapping[str, Any], tag: str) -> Mapping[str, Any]:
    out = _front(schema, tag)
    parts = out.get("allOf")
    if isinstance(parts, list):
        out = {**out, "allOf": [_front(part, tag) if isinstance(part, Mapping) else part for part in parts]}
    return out


def _front(schema: Mapping[str, Any], tag: str) -> Mapping[str, Any]:
    """`schema` with `tag` as its first property."""
    properties = schema.get("properties")
    if not isinstance(properties, Mapping) or tag not in properties or next(iter(properties)) == tag:
        return schema
    return {**schema, "properties": {tag: properties[tag], **{k: v for k, v in properties.items() if k != tag}}}
