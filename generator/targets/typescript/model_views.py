"""Views of the TypeScript types: one declaration per named schema.

Each is declared in the module `type_modules` gives it (beside its resource, else in the
shared module, whose view is `ModelsView`).

An OBJECT model becomes an `interface` (optional fields marked `?`, nullable ones
`| null`, an index signature when the schema allows other properties), a UNION or an
ALIAS a `type`. Tagged unions need nothing more: their members' literal tag fields make
TypeScript narrow them. Every declaration carries the schema's description as JSDoc.
Schema names that would shadow a name the module relies on get a trailing underscore.
"""

from __future__ import annotations

from dataclasses import dataclass

from ... import ir
from .imports import ImportBlock
from .text import WIDTH, jsdoc_lines, property_key
from .type_modules import TypeModules, relative_module
from .types import TypeSpeller

# Names a model may not take: TypeScript's own type names, and what the modules that declare
# models import by name (resource modules and the client's namespace; page classes come per package).
_TAKEN = frozenset(
    {"any", "bigint", "boolean", "never", "null", "number", "object", "string", "symbol", "undefined", "unknown"}
    | {"void", "Array", "Uploadable", "Types", "APIResource", "APIPromise", "RequestOptions", "PagePromise", "Stream"}
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
    """The shared module (`path` under `src/`, `resources/shared.ts`): the declarations of the
    types no one resource owns, in the models' order, and its import lines."""

    declarations: tuple[DeclarationView, ...]
    uploads: bool
    path: str = ""
    imports: tuple[str, ...] = ()


def type_names(models: tuple[ir.Model, ...], reserved: frozenset[str] = frozenset()) -> dict[str, str]:
    """Each schema name's TypeScript type name (none of `reserved`, the page classes)."""
    return {m.name: m.name + "_" if m.name in _TAKEN | reserved else m.name for m in models}


def models_view(models: tuple[ir.Model, ...], names: dict[str, str], modules: TypeModules) -> ModelsView:
    """The shared module's declarations and imports (`names` from `type_names`)."""
    path = modules.shared
    speller = TypeSpeller(modules.spelled(path, names), frozenset(m.name for m in models if m.nullable))
    shared = set(modules.declared_in(path))
    declarations = tuple(declaration(model, names[model.name], speller) for model in models if model.name in shared)
    imports = ImportBlock()
    if speller.uploads:
        imports.add(relative_module(path, "core/uploads.ts"), "Uploadable", type_only=True)
    modules.add_imports(path, speller.used, imports)
    return ModelsView(declarations, speller.uploads, path, imports.lines())


def declaration(model: ir.Model, name: str, speller: TypeSpeller) -> DeclarationView:
    """A model's declaration, its types spelled by `speller` (the declaring module's)."""
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
