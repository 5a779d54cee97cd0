"""How a type changed: two `ir.TypeRef`s -> the `Rule` the change falls under, and how to say it.

Types are compared by the values they allow: the same values spelled in another order or
form are no change; a type that allows more is wider, one that allows less narrower.
Named schemas that are no objects (enums, unions, aliases) are compared by what they stand
for (`expand`), objects by name. Spellings are language-neutral (`string`,
`array<Item>`, `"a" | "b"`).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import replace

from .. import ir
from ..ir.schemas import union
from .changes import Rule

_NULL = ir.TypeRef(ir.TypeKind.NULL)


def type_rule(
    old: ir.TypeRef, new: ir.TypeRef, spelled: tuple[ir.TypeRef, ir.TypeRef] | None = None
) -> tuple[Rule, str] | None:
    """Which rule a type change falls under, and how to say it (naming the types as
    `spelled`, when given); None when unchanged."""
    if old == new or (_covers(old, new) and _covers(new, old)):
        return None  # the same values, spelled in another order or form
    if _strip_values(old) == _strip_values(new):
        added, removed = sorted(_values(new) - _values(old)), sorted(_values(old) - _values(new))
        parts = [f"{verb}: {', '.join(values)}" for verb, values in (("added", added), ("removed", removed)) if values]
        return (Rule.VALUES_REMOVED if removed else Rule.VALUES_ADDED), f"values {'; '.join(parts)}"
    if _without_null(new) == old:
        return Rule.NOW_NULLABLE, "now nullable"
    if _without_null(old) == new:
        return Rule.NO_LONGER_NULLABLE, "no longer nullable"
    detail = _retyped(old, new, spelled or (old, new))
    if _covers(new, old):
        gained = set(_members(new)) - set(_members(old))
        additive = old.kind is ir.TypeKind.UNION and _NULL not in gained
        return (Rule.MEMBERS_ADDED if additive else Rule.WIDENED), detail
    return (Rule.NARROWED if _covers(old, new) else Rule.RETYPED), detail


def expand(type_: ir.TypeRef, models: Mapping[str, ir.Model], seen: frozenset[str] = frozenset()) -> ir.TypeRef:
    """`type_` with references to models that are no objects replaced by what they name."""
    if type_.kind is ir.TypeKind.REF:
        model = models.get(type_.name)
        if model is None or model.type is None or type_.name in seen:
            return type_
        return expand(model.type, models, seen | {type_.name})
    item = expand(type_.item, models, seen) if type_.item is not None else None
    variants = [expand(v, models, seen) for v in type_.variants]
    return union(variants) if type_.kind is ir.TypeKind.UNION else replace(type_, item=item)


def _covers(wide: ir.TypeRef, narrow: ir.TypeRef) -> bool:
    """Whether every value of `narrow` is a value of `wide` (named schemas by name only)."""
    if wide == narrow or wide.kind is ir.TypeKind.ANY:
        return True
    if narrow.kind is ir.TypeKind.UNION:
        return all(_covers(wide, member) for member in narrow.variants)
    if wide.kind is ir.TypeKind.UNION:
        return any(_covers(member, narrow) for member in wide.variants)
    if narrow.kind is ir.TypeKind.LITERAL:
        if wide.kind is ir.TypeKind.LITERAL:
            return _values(narrow) <= _values(wide)
        return all(_covers(wide, ir.TypeRef(_value_kind(v))) for v in narrow.values)
    if wide.kind is ir.TypeKind.NUMBER and narrow.kind is ir.TypeKind.INTEGER:
        return True
    if wide.kind is narrow.kind and wide.kind in (ir.TypeKind.ARRAY, ir.TypeKind.MAP):
        return _covers(wide.item or ir.TypeRef(ir.TypeKind.ANY), narrow.item or ir.TypeRef(ir.TypeKind.ANY))
    return False


def _value_kind(value: ir.JsonValue) -> ir.TypeKind:
    if isinstance(value, bool):
        return ir.TypeKind.BOOLEAN
    if isinstance(value, int):
        return ir.TypeKind.INTEGER
    kinds = {str: ir.TypeKind.STRING, float: ir.TypeKind.NUMBER}
    return kinds.get(type(value), ir.TypeKind.NULL)


def _strip_values(type_: ir.TypeRef) -> ir.TypeRef:
    """`type_` with every literal's values forgotten: equal for two types differing only in them."""
    if type_.kind is ir.TypeKind.LITERAL:
        return ir.TypeRef(ir.TypeKind.LITERAL)
    item = _strip_values(type_.item) if type_.item is not None else None
    variants = tuple(dict.fromkeys(_strip_values(v) for v in type_.variants))
    return replace(type_, item=item, variants=variants)


def _values(type_: ir.TypeRef) -> frozenset[str]:
    """Every literal value inside `type_`, as JSON text (so `1` and `true` stay apart)."""
    own = {json.dumps(v) for v in type_.values}
    inner = [_values(t) for t in (type_.item, *type_.variants) if t is not None]
    return frozenset(own.union(*inner))


def _members(type_: ir.TypeRef) -> tuple[ir.TypeRef, ...]:
    return type_.variants if type_.kind is ir.TypeKind.UNION else (type_,)


def _without_null(type_: ir.TypeRef) -> ir.TypeRef:
    return union(m for m in _members(type_) if m != _NULL)


def _retyped(old: ir.TypeRef, new: ir.TypeRef, spelled: tuple[ir.TypeRef, ir.TypeRef]) -> str:
    if ir.TypeKind.UNION in (old.kind, new.kind):
        added = [describe(m) for m in _members(new) if m not in _members(old)]
        removed = [describe(m) for m in _members(old) if m not in _members(new)]
        parts = [f"{verb}: {', '.join(found)}" for verb, found in (("added", added), ("removed", removed)) if found]
        return f"members {'; '.join(parts)}"
    return f"type {describe(spelled[0])} -> {describe(spelled[1])}"


def describe(type_: ir.TypeRef, limit: int = 100) -> str:
    """A language-neutral spelling (`string`, `array<Item>`, `map<any>`, `"a" | "b"`, `Foo |
    null`), cut at `limit` characters."""
    text = _spelling(type_)
    return text if len(text) <= limit else text[: limit - 3].rstrip() + "..."


def _spelling(type_: ir.TypeRef) -> str:
    if type_.kind is ir.TypeKind.REF:
        return type_.name
    if type_.kind is ir.TypeKind.LITERAL:
        return " | ".join(json.dumps(v) for v in type_.values)
    if type_.kind is ir.TypeKind.UNION:
        return " | ".join(_spelling(v) for v in type_.variants)
    if type_.kind in (ir.TypeKind.ARRAY, ir.TypeKind.MAP):
        return f"{type_.kind.value}<{_spelling(type_.item or ir.TypeRef(ir.TypeKind.ANY))}>"
    return str(type_.kind.value)
