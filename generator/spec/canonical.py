"""Normalize, pass 1 (canonical form): schemas -> the same schemas in the one spelling later passes read.

Input: the schema at one `Site`. Output: a copy (the input is never changed) where OpenAPI
3.0 spellings inside a 3.1 document become 3.1 ones (`nullable: true` -> `"null"` in
`type`, or `anyOf [ref, null]`), `$recursiveRef: "#"` becomes a `$ref` to the component
declaring the `$recursiveAnchor`, duplicated `required` entries go, a nullable inline
object written as `anyOf [object, null]` becomes one object schema with `type: [object,
null]`, `allOf` parts that only annotate (`{}`) go, `allOf: [A, anyOf: [B, C]]` becomes
`anyOf: [allOf: [A, B], allOf: [A, C]]`, and a `discriminator` on a schema that is no
union is dropped (reported), as is an empty `enum`, `type`, `allOf`, `anyOf` or `oneOf`
list (reported; the schema then allows any value). `Fixer` also counts every `title`, for the naming pass.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from typing import Any

from ..core.diagnostics import Diagnostic, Severity
from .load import LoadedDocument, escape_pointer_token
from .schema_tree import (
    ANNOTATIONS,
    NULL_SCHEMA,
    SCHEMA_PREFIX,
    is_null,
    subschema_pointer,
    union_key,
    with_subschemas,
)
from .sites import Site

# Keywords whose empty list no language can spell (`enum: []`, `type: []`, `oneOf: []`): dropped, reported.
_EMPTY_MEANS_NOTHING = ("enum", "type", "allOf", "anyOf", "oneOf")


class Fixer:
    """3.0 spellings to 3.1, recursive references resolved, duplicates dropped; counts titles."""

    def __init__(self, document: LoadedDocument) -> None:
        self.document = document
        self.titles: Counter[str] = Counter()
        self.diagnostics: list[Diagnostic] = []

    def site(self, schema: Any, site: Site) -> Any:
        anchor = site.owner if isinstance(schema, Mapping) and schema.get("$recursiveAnchor") is True else None
        return self.schema(schema, site.pointer, site.owner, anchor)

    def schema(self, node: Any, pointer: str, owner: str | None, anchor: str | None) -> Any:
        if not isinstance(node, Mapping):
            return node
        out = with_subschemas(
            node, lambda key, index, sub: self.schema(sub, subschema_pointer(pointer, key, index), owner, anchor)
        )
        out.pop("$recursiveAnchor", None)
        if isinstance(out.get("title"), str):
            self.titles[out["title"]] += 1
        if isinstance(out.get("required"), list):
            out["required"] = list(dict.fromkeys(out["required"]))
        if "$recursiveRef" in out:
            out = self._recursive(out, pointer, owner, anchor)
        if "discriminator" in out and not any(isinstance(out.get(k), list) for k in ("oneOf", "anyOf")):
            del out["discriminator"]
            self.diagnostics.append(
                _warning(
                    self.document,
                    f"{pointer}/discriminator",
                    "a discriminator on a schema that is not a oneOf/anyOf union is ignored",
                    "move the discriminator onto the union it describes",
                )
            )
        for key in _EMPTY_MEANS_NOTHING:
            if out.get(key) == []:
                del out[key]
                self.diagnostics.append(
                    _warning(
                        self.document,
                        f"{pointer}/{key}",
                        f"an empty `{key}` list is typed as any value",
                        "give it its values, or remove it",
                    )
                )
        return _object_or_null(_distributed(_without_empty_parts(_nullable(out))))

    def _recursive(self, node: dict[str, Any], pointer: str, owner: str | None, anchor: str | None) -> dict[str, Any]:
        """`$recursiveRef: "#"` as a `$ref` to the component that declares `$recursiveAnchor`."""
        plain = node["$recursiveRef"] == "#"
        target = (anchor or owner) if plain else None
        if not (plain and anchor):
            self.diagnostics.append(
                _warning(
                    self.document,
                    f"{pointer}/$recursiveRef",
                    f"$recursiveRef {node['$recursiveRef']!r} outside a component declaring $recursiveAnchor"
                    + (f"; read as a $ref to {target}" if target else "; left unresolved"),
                    "use a plain $ref to the component meant",
                )
            )
        if target is None:
            return node
        rest = {k: v for k, v in node.items() if k != "$recursiveRef"}
        return {"$ref": SCHEMA_PREFIX + escape_pointer_token(target), **rest}


def _nullable(node: dict[str, Any]) -> dict[str, Any]:
    """`nullable` (OpenAPI 3.0) spelled the 3.1 way: `null` as a type, or a union with `null`."""
    if node.pop("nullable", None) is not True:
        return node
    kind = node.get("type")
    if isinstance(node.get("$ref"), str) or (isinstance(node.get("allOf"), list) and kind is None):
        core = ("$ref", "allOf")
        wrapped = {k: v for k, v in node.items() if k in core}
        return {"anyOf": [wrapped, dict(NULL_SCHEMA)], **{k: v for k, v in node.items() if k not in core}}
    if isinstance(kind, str) and kind != "null":
        node["type"] = [kind, "null"]
    elif isinstance(kind, list) and "null" not in kind:
        node["type"] = [*kind, "null"]
    if isinstance(node.get("enum"), list) and None not in node["enum"]:
        node["enum"] = [*node["enum"], None]
    for key in ("anyOf", "oneOf"):
        if kind is None and isinstance(node.get(key), list) and not any(is_null(m) for m in node[key]):
            node[key] = [*node[key], dict(NULL_SCHEMA)]
    return node


def _without_empty_parts(node: dict[str, Any]) -> dict[str, Any]:
    """`allOf` without parts that only annotate (`{}`, `{description: ...}`); their annotations move up."""
    parts = node.get("allOf")
    if not isinstance(parts, list):
        return node
    empty = [p for p in parts if isinstance(p, Mapping) and set(p) <= ANNOTATIONS]
    if not empty:
        return node
    kept = [p for p in parts if not (isinstance(p, Mapping) and set(p) <= ANNOTATIONS)]
    out = {k: v for k, v in node.items() if k != "allOf"}
    for part in empty:
        out.update({k: v for k, v in part.items() if k not in out})
    return {**out, "allOf": kept} if kept else out


def _distributed(node: dict[str, Any]) -> dict[str, Any]:
    """`allOf: [A, anyOf: [B, C]]` as `anyOf: [allOf: [A, B], allOf: [A, C]]`: one class per member.

    The model generator makes the same classes from the first spelling, but numbers them.
    """
    parts = node.get("allOf")
    if not isinstance(parts, list) or "anyOf" in node or "oneOf" in node:
        return node
    unions = [i for i, p in enumerate(parts) if union_key(p) is not None]
    if len(unions) != 1:
        return node
    union = parts[unions[0]]
    key = str(union_key(union))
    others = [p for i, p in enumerate(parts) if i != unions[0]]
    members = [m if is_null(m) else {"allOf": [m, *others]} for m in union[key]]
    out = {k: v for k, v in node.items() if k != "allOf"}
    out.update({k: v for k, v in union.items() if k != key and k not in out})
    return {**out, key: members}


def _object_or_null(node: dict[str, Any]) -> dict[str, Any]:
    """`anyOf: [{object with properties}, {type: null}]` as one object schema of type `[object, null]`.

    The same schema for JSON Schema, but one class for the model generator instead of a class and an
    alias; annotations on the union (its description, default, ...) win over the member's.
    """
    for key in ("anyOf", "oneOf"):
        members = node.get(key)
        if not (isinstance(members, list) and len(members) == 2 and set(node) - ANNOTATIONS == {key}):
            continue
        objects = [m for m in members if not is_null(m)]
        if len(objects) != 1 or len(members) - len(objects) != 1:
            continue
        member = objects[0]
        if not isinstance(member, Mapping) or "$ref" in member or member.get("type", "object") != "object":
            continue
        if not (isinstance(member.get("properties"), Mapping) and member["properties"]):
            continue
        outer = {k: v for k, v in node.items() if k != key}
        return {**member, **outer, "type": ["object", "null"]}
    return node


def _warning(document: LoadedDocument, pointer: str, message: str, hint: str) -> Diagnostic:
    return Diagnostic(Severity.WARNING, message, document.locate(pointer), hint)
