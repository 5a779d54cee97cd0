"""Views of `src/models.ts`: one TypeScript declaration per named schema.

An OBJECT model becomes an `interface` (optional fields marked `?`, nullable ones
`| null`, an index signature when the schema allows other properties), a UNION or an
ALIAS a `type`. Tagged unions need nothing more: their members' literal tag fields make
TypeScript narrow them. Every declaration carries the schema's description as JSDoc.
Schema names that would shadow a name the module relies on get a trailing underscore.
"""

from __future__ import annotations

from dataclasses import dataclass

from ... import ir
from .text import WIDTH, jsdoc_lines, property_key
from .types import TypeSpeller

# Names a model may not take: TypeScript's own type names and what models.ts imports.
_TAKEN = frozenset(
    {"any", "bigint", "boolean", "never", "null", "number", "object", "string", "symbol", "undefined", "unknown"}
    | {"void", "Array", "Uploadable", "Types"}
)


@dataclass(frozen=True, slots=True)
class FieldView:
    """One property of an interface: its key as written, `?` or not, type and JSDoc.
    `members` is set when the type is a union too long for one line: one member a line."""

    key: str
    optional: bool
    type: str
    doc: tuple[str, ...]
    members: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class DeclarationView:
    """An `interface` (`fields`, `extra` the index signature's value type or "") or a
    `type` alias (`type`; `members` when it is a union too long for one line, printed one
    member a line). `doc` is the JSDoc, `@deprecated` included."""

    kind: str  # "interface" or "type"
    name: str
    doc: tuple[str, ...]
    fields: tuple[FieldView, ...] = ()
    extra: str = ""
    type: str = ""
    members: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class ModelsView:
    """`src/models.ts`: every declaration, sorted by name, and whether it imports `Uploadable`."""

    declarations: tuple[DeclarationView, ...]
    uploads: bool


def type_names(models: tuple[ir.Model, ...]) -> dict[str, str]:
    """Each schema name's TypeScript type name."""
    return {m.name: m.name + "_" if m.name in _TAKEN else m.name for m in models}


def models_view(models: tuple[ir.Model, ...], names: dict[str, str]) -> ModelsView:
    """The declarations of `src/models.ts` (`names` from `type_names`)."""
    speller = TypeSpeller(names, frozenset(m.name for m in models if m.nullable))
    declarations = tuple(_declaration(model, names[model.name], speller) for model in models)
    return ModelsView(declarations, speller.uploads)


def _declaration(model: ir.Model, name: str, speller: TypeSpeller) -> DeclarationView:
    doc = _doc(model.description, model.deprecated)
    if model.kind is ir.ModelKind.OBJECT:
        fields = tuple(field_view(f, speller) for f in model.fields)
        extra = speller.request(model.extra) if model.extra is not None else ""
        return DeclarationView("interface", name, doc, fields, extra)
    assert model.type is not None
    spelled = speller.request(model.type)
    members = _members(model.type, speller, len(f"export type {name} = {spelled};"))
    return DeclarationView("type", name, doc, type=spelled, members=members)


def field_view(field: ir.ModelField, speller: TypeSpeller) -> FieldView:
    """A model field (or a method argument) as an interface property."""
    key, spelled = property_key(field.name), speller.request(field.type)
    line = f"  {key}{'?' if not field.required else ''}: {spelled};"
    return FieldView(
        key,
        not field.required,
        spelled,
        _doc(field.description, field.deprecated),
        _members(field.type, speller, len(line)),
    )


def _members(ref: ir.TypeRef, speller: TypeSpeller, width: int) -> tuple[str, ...]:
    """The members of a union type to print one a line, when its one-line form is too long."""
    if width <= WIDTH:
        return ()
    return speller.members(ref, request=True)


def _doc(text: str, deprecated: bool) -> tuple[str, ...]:
    lines = jsdoc_lines(text)
    if deprecated:
        lines = (*lines, *([""] if lines else []), "@deprecated")
    return lines
