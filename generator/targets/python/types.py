"""Python type spellings of IR `TypeRef`s, with the imports they need.

Response-side references name the pydantic models; request-side references name the
`<Schema>Param` TypedDicts. Binary content is `FileTypes` going out (bytes, a file, a
path, or a `(filename, content, content_type)` tuple) and `BinaryResponseContent` coming
back. Request arrays of objects are `Iterable` (any iterable is sent
as a JSON array), arrays of scalars and literals `List`, as the official SDKs spell them.
A `TypeSpeller` remembers every name it used so a module's
imports can be computed rather than guessed.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ...ir import TypeKind, TypeRef
from .names import PARAM_SUFFIX
from .text import python_literal

_PRIMITIVES = {
    TypeKind.STRING: "str",
    TypeKind.INTEGER: "int",
    TypeKind.NUMBER: "float",
    TypeKind.BOOLEAN: "bool",
    TypeKind.NULL: "None",
    TypeKind.ANY: "object",
}
# Runtime names the spellings use, by the runtime module that defines them.
RUNTIME_MODULES = {"FileTypes": "_types", "BinaryResponseContent": "_binary"}


@dataclass
class TypeSpeller:
    """Spells types for one module and collects what that module must import."""

    models: frozenset[str]
    params: frozenset[str]
    literals: frozenset[str] = frozenset()
    typing: set[str] = field(default_factory=set)
    used_models: set[str] = field(default_factory=set)
    used_params: set[str] = field(default_factory=set)
    runtime: set[str] = field(default_factory=set)
    stream_models: set[str] = field(default_factory=set)  # models stream events name (see `method_views`)

    def response(self, ref: TypeRef) -> str:
        """The annotation of a value the API sends back."""
        return self._spell(ref, request=False)

    def request(self, ref: TypeRef) -> str:
        """The annotation of a value the caller sends."""
        return self._spell(ref, request=True)

    def _spell(self, ref: TypeRef, *, request: bool) -> str:
        if ref.kind in _PRIMITIVES:
            return _PRIMITIVES[ref.kind]
        if ref.kind is TypeKind.BINARY:
            name = "FileTypes" if request else "BinaryResponseContent"
            self.runtime.add(name)
            return name
        if ref.kind is TypeKind.REF:
            return self._named(ref.name, request=request)
        if ref.kind is TypeKind.LITERAL:
            self.typing.add("Literal")
            return f"Literal[{', '.join(_literal(v) for v in ref.values)}]"
        if ref.kind is TypeKind.ARRAY:
            assert ref.item is not None
            item = self._spell(ref.item, request=request)
            container = "Iterable" if request and self._objects(ref.item, request=request) else "List"
            self.typing.add(container)
            return f"{container}[{item}]"
        if ref.kind is TypeKind.MAP:
            assert ref.item is not None
            self.typing.add("Dict")
            return f"Dict[str, {self._spell(ref.item, request=request)}]"
        return self._union(ref, request=request)

    def _union(self, ref: TypeRef, *, request: bool) -> str:
        members = [self._spell(v, request=request) for v in ref.variants if v.kind is not TypeKind.NULL]
        nullable = len(members) < len(ref.variants)
        inner = members[0]
        if len(members) > 1:
            self.typing.add("Union")
            inner = f"Union[{', '.join(members)}]"
        if nullable:
            self.typing.add("Optional")
            return f"Optional[{inner}]"
        return inner

    def class_name(self, name: str, *, request: bool) -> str | None:
        """The class (or alias) the schema `name` is spelled as, or None when it has none:
        its request TypedDict (`<Name>Param`) going out when there is one, else its model."""
        if request and name + PARAM_SUFFIX in self.params:
            return name + PARAM_SUFFIX
        return name if name in self.models else None

    def _objects(self, item: TypeRef, *, request: bool) -> bool:
        """Whether `item` is a named schema whose class is no literal alias (a record, a union)."""
        if item.kind is not TypeKind.REF:
            return False
        spelled = self.class_name(item.name, request=request)
        return spelled is not None and spelled not in self.literals

    def _named(self, name: str, *, request: bool) -> str:
        spelled = self.class_name(name, request=request)
        if spelled is None:
            return "object"
        (self.used_params if spelled != name else self.used_models).add(spelled)
        return spelled


def _literal(value: object) -> str:
    return python_literal(value)
