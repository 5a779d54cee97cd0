"""TypeScript spellings of IR `TypeRef`s, remembering the names each module must import.

Strings, numbers and booleans are themselves; integers are `number`; an unknown shape
is `unknown` (never `any`); arrays are `Array<T>`, maps `{ [key: string]: T }`, literal
sets unions of literals, named schemas their type's name. Binary content is `Uploadable`
going out and the raw `Response` coming back, as the official Node SDK types them.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ...ir import TypeKind, TypeRef
from .text import literal

_PRIMITIVES = {
    TypeKind.STRING: "string",
    TypeKind.INTEGER: "number",
    TypeKind.NUMBER: "number",
    TypeKind.BOOLEAN: "boolean",
    TypeKind.NULL: "null",
    TypeKind.ANY: "unknown",
}


@dataclass
class TypeSpeller:
    """Spells types for one module; `names` maps schema names to their type names,
    `nullable` names the object schemas that also allow null."""

    names: dict[str, str]
    nullable: frozenset[str] = frozenset()
    used: set[str] = field(default_factory=set)
    uploads: bool = False

    def request(self, ref: TypeRef) -> str:
        """The type of a value the caller sends."""
        return self._spell(ref, request=True)

    def response(self, ref: TypeRef) -> str:
        """The type of a value the API sends back."""
        return self._spell(ref, request=False)

    def _spell(self, ref: TypeRef, *, request: bool) -> str:
        if ref.kind in _PRIMITIVES:
            return _PRIMITIVES[ref.kind]
        if ref.kind is TypeKind.BINARY:
            self.uploads = self.uploads or request
            return "Uploadable" if request else "Response"
        if ref.kind is TypeKind.REF:
            return self._named(ref.name) + (" | null" if ref.name in self.nullable else "")
        if ref.kind is TypeKind.ARRAY:
            assert ref.item is not None
            return f"Array<{self._spell(ref.item, request=request)}>"
        if ref.kind is TypeKind.MAP:
            assert ref.item is not None
            return f"{{ [key: string]: {self._spell(ref.item, request=request)} }}"
        return " | ".join(self.members(ref, request=request)) or "never"  # a literal set or a union

    def members(self, ref: TypeRef, *, request: bool) -> tuple[str, ...]:
        """The members of a union (or literal set), each spelled on its own, `null` last; ()
        for any other type."""
        if ref.kind is TypeKind.LITERAL:
            return tuple(literal(v) for v in ref.values)
        if ref.kind is TypeKind.REF and ref.name in self.nullable:
            return (self._named(ref.name), "null")
        if ref.kind is not TypeKind.UNION:
            return ()
        members = list(
            dict.fromkeys(
                self._named(v.name) if v.kind is TypeKind.REF else self._spell(v, request=request)
                for v in ref.variants
                if v.kind is not TypeKind.NULL
            )
        )
        if any(v.kind is TypeKind.NULL or (v.kind is TypeKind.REF and v.name in self.nullable) for v in ref.variants):
            members.append("null")
        return tuple(members)

    def _named(self, schema: str) -> str:
        name = self.names.get(schema)
        if name is None:
            return "unknown"
        self.used.add(name)
        return name
