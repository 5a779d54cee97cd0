"""Normalize, passes 2 and 3: inline class schemas named and hoisted; discriminators made explicit.

Input: canonical schemas (`canonical`), by `Site`. Output: the same schemas where every
inline schema that would become a class (an object with properties, an `allOf` of several
parts, a union with a discriminator) has moved to `components/schemas/<Name>` and is
replaced by a `$ref` (a nullable one, or one defaulting to null, by `anyOf [ref, null]`),
annotations such as `description` staying beside it. Names come from `class_name` and
`member_candidates`; `TypeNames` settles collisions. Inline enums stay inline.

A `discriminator` without a full `mapping` gets one built from each member's tag values
(`const` or `enum` of the tag property, through `$ref`s and `allOf` parts). A union with a
member whose tag cannot be determined (or with one member only) loses its discriminator
and becomes a plain union, with a warning.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from ..core.diagnostics import Diagnostic, Severity
from .load import LoadedDocument
from .schema_tree import (
    ANNOTATIONS,
    NULL_SCHEMA,
    SCHEMA_PREFIX,
    SITE_KEYS,
    is_null,
    subschema_pointer,
    union_key,
    with_subschemas,
)
from .sites import Role, Site
from .type_names import TypeNameRules, TypeNames, class_name, member_candidates

_TAG_PROPERTIES = ("type", "event")  # tried, after a union's discriminator, to name its members
_ORDINALS = ("First", "Second", "Third", "Fourth", "Fifth", "Sixth", "Seventh", "Eighth", "Ninth", "Tenth")


class Hoister:
    """Moves inline class schemas to components, naming each, and makes discriminators explicit."""

    def __init__(
        self, document: LoadedDocument, components: Mapping[str, Any], titles: Counter[str], rules: TypeNameRules
    ) -> None:
        self.document = document
        self.components = components
        self.titles = titles
        self.names = TypeNames(tuple(components), rules)
        self.new: dict[str, Any] = {}
        self.born: dict[str | None, list[str]] = defaultdict(list)
        self.hoisted: list[str] = []
        self.diagnostics: list[Diagnostic] = []
        self.owner: str | None = None

    def site(self, schema: Any, site: Site) -> Any:
        self.owner = site.owner
        if site.role is Role.CLASS:
            return self.child(schema, (site.base,), site.pointer)
        return self.schema(schema, site.base, site.pointer)

    def take_born(self, owner: str | None) -> dict[str, Any]:
        """The schemas hoisted out of component `owner` (None: out of operations), in hoisting order."""
        return {name: self.new[name] for name in self.born.pop(owner, [])}

    def schema(self, node: Any, base: str, pointer: str) -> Any:
        """`node` with its inline class subschemas hoisted; `base` is the name its position gives."""
        if not isinstance(node, Mapping):
            return node
        plans = {
            key: self._plan(node[key], node, base) for key in ("anyOf", "oneOf") if isinstance(node.get(key), list)
        }

        def visit(key: str, index: str | int | None, sub: Any) -> Any:
            where = subschema_pointer(pointer, key, index)
            if key in plans:
                names = plans[key][int(index or 0)]
                return self.child(sub, names, where) if names else self.schema(sub, base, where)
            if key in _NAMED_POSITIONS:
                return self.child(sub, (_NAMED_POSITIONS[key](base, index),), where)
            return self.schema(sub, base, where)

        out = with_subschemas(node, visit)
        return self.explicit(out, pointer) if "discriminator" in out else out

    def child(self, node: Any, candidates: Sequence[str], pointer: str) -> Any:
        """`node` hoisted under the first free name of `candidates` if it is a class, else walked.

        After the candidates comes the first one with `Object` (or `Union`) appended.
        """
        if not _is_class(node):
            return self.schema(node, candidates[0], pointer)
        kind = "Union" if union_key(node) else "Object"
        name, last_resort = self.names.take(tuple(dict.fromkeys((*candidates, candidates[0] + kind))))
        if last_resort:
            self.diagnostics.append(
                _warning(
                    self.document,
                    pointer,
                    f"no distinctive name for an inline schema: named it {name}",
                    "give the schema a unique PascalCase `title`, or move it to components/schemas",
                )
            )
        body, nullable = _split_null(node)
        self.new[name] = self.schema({k: v for k, v in body.items() if k != "default"}, name, pointer)
        self.born[self.owner].append(name)
        self.hoisted.append(name)
        ref = {"$ref": SCHEMA_PREFIX + name}
        site = {key: node[key] for key in SITE_KEYS if key in node}
        return {"anyOf": [ref, dict(NULL_SCHEMA)], **site} if nullable else {**ref, **site}

    def _plan(self, members: list[Any], union: Mapping[str, Any], base: str) -> list[tuple[str, ...]]:
        """For each member of a union: the names it may get if it is a class, else ()."""
        classes = [i for i, member in enumerate(members) if _is_class(member)]
        discriminator = union.get("discriminator")
        given = discriminator.get("propertyName") if isinstance(discriminator, Mapping) else None
        tags = tuple(dict.fromkeys(p for p in (given, *_TAG_PROPERTIES) if isinstance(p, str)))
        plan: list[tuple[str, ...]] = []
        title_ok: Callable[[str], bool] = (
            lambda title: self.titles[title] == 1 and title not in self.names.rules.reserved
        )
        for index, member in enumerate(members):
            if index not in classes:
                plan.append(())
                continue
            values = (self.tag_values(member, tag) for tag in tags)
            tag = next((v[0] for v in values if v is not None and len(v) == 1), None)
            extends = _extends(member)
            ref = class_name(extends[len(SCHEMA_PREFIX) :]) if extends else ""
            plan.append(member_candidates(member, base, only=len(classes) == 1, title_ok=title_ok, tag=tag, ref=ref))
        return plan

    def explicit(self, union: dict[str, Any], pointer: str) -> dict[str, Any]:
        """The union with a `mapping` for every member's tags, or without its discriminator (reported)."""
        discriminator = union["discriminator"]
        key = "oneOf" if isinstance(union.get("oneOf"), list) else "anyOf"
        prop = discriminator.get("propertyName") if isinstance(discriminator, Mapping) else None
        given = discriminator.get("mapping") if isinstance(discriminator, Mapping) else None
        mapping = {str(k): _as_ref(v) for k, v in given.items()} if isinstance(given, Mapping) else {}
        known = set(mapping.values())
        if len(union[key]) < 2:
            return self._plain(union, pointer, f"{pointer}/{key}/0", str(prop), "is the only one")
        for index, member in enumerate(union[key]):
            ref = _member_ref(member)
            if ref is not None and ref in known:
                continue
            values, reason = self._member_tags(ref, str(prop))
            clash = next((v for v in values if mapping.setdefault(v, ref) != ref), None)
            if clash is not None:
                reason = f"has tag {clash!r}, which {mapping[clash]} has too"
            if reason:
                return self._plain(union, pointer, f"{pointer}/{key}/{index}", str(prop), reason)
        return {**union, "discriminator": {**discriminator, "mapping": mapping}}

    def _member_tags(self, ref: str | None, prop: str) -> tuple[tuple[str, ...], str]:
        """A member's tag values, or () and why there are none."""
        if ref is None:
            return (), "is not a named schema"
        schema = self._deref({"$ref": ref})
        values = self.tag_values(schema, prop)
        if values:
            return values, ""
        if isinstance(schema, Mapping) and "properties" not in schema and ("anyOf" in schema or "oneOf" in schema):
            return (), "is itself a union"
        return (), f"has no `const` or `enum` (without null) for `{prop}`"

    def _plain(self, union: dict[str, Any], pointer: str, member: str, prop: str, reason: str) -> dict[str, Any]:
        self.diagnostics.append(
            _warning(
                self.document,
                f"{pointer}/discriminator",
                f"discriminator `{prop}` dropped, the union stays a plain union: member {member} {reason}",
                f"give every member a `{prop}` property with a `const` or `enum` value, or a discriminator mapping",
            )
        )
        return {k: v for k, v in union.items() if k != "discriminator"}

    def tag_values(self, schema: Any, prop: str, depth: int = 0) -> tuple[str, ...] | None:
        """The string values `schema` allows for property `prop`, through `$ref`s and `allOf` parts."""
        schema = self._deref(schema)
        if not isinstance(schema, Mapping) or depth > 16:
            return None
        properties = schema.get("properties")
        if isinstance(properties, Mapping) and prop in properties:
            return _literal_values(self._deref(properties[prop]))
        for part in schema.get("allOf") or []:
            found = self.tag_values(part, prop, depth + 1)
            if found is not None:
                return found
        return None

    def _deref(self, schema: Any) -> Any:
        for _ in range(16):
            ref = schema.get("$ref") if isinstance(schema, Mapping) else None
            if not isinstance(ref, str):
                return schema
            if not ref.startswith(SCHEMA_PREFIX):
                return None
            name = ref[len(SCHEMA_PREFIX) :].replace("~1", "/").replace("~0", "~")
            schema = self.new.get(name, self.components.get(name))
        return None


# The name a class gets from where it sits under a schema named `base`: property `foo_bar` of
# `Thing` -> `ThingFooBar`, array items -> `<Base>Item`, map values -> `<Base>Value`. (Union
# members: `member_candidates`; `allOf` parts stay inline, as the model generator merges them.)
_NAMED_POSITIONS: dict[str, Callable[[str, str | int | None], str]] = {
    "properties": lambda base, name: class_name(base, str(name)),
    "patternProperties": lambda base, _: class_name(base, "Value"),
    "additionalProperties": lambda base, _: class_name(base, "Value"),
    "items": lambda base, _: class_name(base, "Item"),
    "prefixItems": lambda base, index: class_name(base, "Item", _ORDINALS[int(index or 0) % len(_ORDINALS)]),
}


def _is_class(node: Any) -> bool:
    """Would the model generator make a class (and so invent a name) for this inline schema?"""
    if not isinstance(node, Mapping) or "$ref" in node:
        return False
    if isinstance(node.get("properties"), Mapping) and node["properties"]:
        return True
    parts = node.get("allOf")
    if isinstance(parts, list):
        substantive = [p for p in parts if not (isinstance(p, Mapping) and set(p) <= ANNOTATIONS)]
        if len(substantive) > 1 or any(_is_class(p) for p in substantive):
            return True
    return "discriminator" in node and any(isinstance(node.get(k), list) for k in ("anyOf", "oneOf"))


def _split_null(node: Mapping[str, Any]) -> tuple[dict[str, Any], bool]:
    """A class schema without `null` (from its type, or its union members) and whether it allows it.

    A `default` of null allows null too, whatever the type says.
    """
    body = dict(node)
    kind = body.get("type")
    nullable = (isinstance(kind, list) and "null" in kind) or ("default" in body and body["default"] is None)
    if isinstance(kind, list) and nullable:
        kinds = [k for k in kind if k != "null"]
        body["type"] = kinds[0] if len(kinds) == 1 else kinds
    for key in ("anyOf", "oneOf"):
        members = body.get(key)
        if isinstance(members, list) and any(is_null(m) for m in members) and "discriminator" in body:
            body[key] = [m for m in members if not is_null(m)]
            nullable = True
    return body, nullable


def _extends(member: Mapping[str, Any]) -> str | None:
    """The one component an `allOf` member extends, if it extends exactly one."""
    refs = [p["$ref"] for p in member.get("allOf") or [] if isinstance(p, Mapping) and isinstance(p.get("$ref"), str)]
    return refs[0] if len(refs) == 1 and refs[0].startswith(SCHEMA_PREFIX) else None


def _member_ref(member: Any) -> str | None:
    """The component a union member names: its `$ref`, or the one `$ref` of a plain `allOf` wrapper."""
    if not isinstance(member, Mapping):
        return None
    if isinstance(member.get("$ref"), str):
        return str(member["$ref"])
    parts = member.get("allOf")
    if isinstance(parts, list) and set(member) - ANNOTATIONS == {"allOf"}:
        substantive = [p for p in parts if not (isinstance(p, Mapping) and set(p) <= ANNOTATIONS)]
        if len(substantive) == 1 and isinstance(substantive[0], Mapping):
            return _member_ref(substantive[0]) if set(substantive[0]) - ANNOTATIONS == {"$ref"} else None
    return None


def _as_ref(target: Any) -> Any:
    """A mapping value as a reference: OpenAPI also allows a bare component name."""
    return SCHEMA_PREFIX + target if isinstance(target, str) and "/" not in target and "#" not in target else target


def _literal_values(schema: Any) -> tuple[str, ...] | None:
    """The strings a tag schema allows: its `const`, or its `enum` when it allows nothing else."""
    if not isinstance(schema, Mapping):
        return None
    kind = schema.get("type")
    if kind == "null" or (isinstance(kind, list) and "null" in kind):
        return None
    if isinstance(schema.get("const"), str):
        return (schema["const"],)
    values = schema.get("enum")
    if isinstance(values, list) and values and all(isinstance(v, str) for v in values):
        return tuple(dict.fromkeys(values))
    return None


def _warning(document: LoadedDocument, pointer: str, message: str, hint: str) -> Diagnostic:
    return Diagnostic(Severity.WARNING, message, document.locate(pointer), hint)
