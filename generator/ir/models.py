"""The models of the IR: component schemas of the normalized document -> `ir.Model`s.

Input: a `SchemaReader` over the document data after `normalize` (every inline class
schema hoisted to `components/schemas` and referenced by `$ref`, every discriminator with
a full `mapping`) and the names of the component schemas to describe. Output: one
`ir.Model` per name, sorted by name, for `ir.Api.models`: the language-neutral
description a target that prints its own types works from, and what the API surface
compares. Decided here, once: whether a schema is a record (OBJECT), a union (UNION) or
another name for a type (ALIAS); each field's type, requiredness and pointer; what
additional properties an object allows; a tagged union's tag property and members.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import replace
from typing import Any

from ..spec.load import escape_pointer_token
from . import nodes as ir
from ..spec.schema_tree import SCHEMA_PREFIX, as_mapping
from .schemas import ANY, SchemaReader

_UNION_KEYS = ("oneOf", "anyOf")


def build_models(reader: SchemaReader, names: Iterable[str]) -> tuple[ir.Model, ...]:
    """One model for each of `names` (component schema keys of the reader's normalized document), sorted by name."""
    schemas = as_mapping(as_mapping(reader.data.get("components")).get("schemas"))
    return tuple(_model(reader, name, schemas.get(name)) for name in sorted(set(names)))


def _model(reader: SchemaReader, name: str, schema: Any) -> ir.Model:
    """The model of one component schema; the first rule that applies decides its kind."""
    pointer = SCHEMA_PREFIX[1:] + escape_pointer_token(name)
    if not isinstance(schema, Mapping):  # unreadable: anything goes
        return ir.Model(name, ir.ModelKind.ALIAS, "", pointer, type=ANY)
    description = _text(schema.get("description")) or _text(schema.get("title"))
    base = ir.Model(name, ir.ModelKind.ALIAS, description, pointer, deprecated=schema.get("deprecated") is True)
    if isinstance(schema.get("$ref"), str):  # another name for a named schema, not a copy of it
        return replace(base, type=reader.type_of(schema))
    shape = reader.object_shape(schema)
    if shape is not None:  # properties win: a `oneOf` beside them only says which are required
        fields, extra = _fields(reader, schema, pointer, shape)
        types = schema.get("type")
        nullable = isinstance(types, list) and "null" in types
        return replace(base, kind=ir.ModelKind.OBJECT, fields=fields, extra=extra, nullable=nullable)
    type_ = reader.type_of(schema)
    if type_.kind is ir.TypeKind.UNION and any(isinstance(schema.get(key), list) for key in _UNION_KEYS):
        tag, mapping = _discriminator(schema)
        return replace(base, kind=ir.ModelKind.UNION, type=type_, discriminator=tag, mapping=mapping)
    return replace(base, type=type_)  # an enum, a map, an array, a primitive, `{}`; a one-member union


def _fields(
    reader: SchemaReader, schema: Mapping[str, Any], pointer: str, shape: tuple[dict[str, Any], set[str]]
) -> tuple[tuple[ir.ModelField, ...], ir.TypeRef | None]:
    """The fields of an object schema (its `allOf` parts merged by `object_shape`), each
    with the pointer of the part declaring it, and the type of its additional properties:
    the first part (the schema itself, then its parts in merge order) to say decides."""
    properties, required = shape
    where: dict[str, str] = {}
    extra: ir.TypeRef | None = None
    decided = False
    for part, part_pointer in reader.object_parts(schema, pointer):
        for key in as_mapping(part.get("properties")):
            where.setdefault(str(key), f"{part_pointer}/properties/{escape_pointer_token(str(key))}")
        if not decided and "additionalProperties" in part:
            decided, extra = True, _extra(reader, part["additionalProperties"])
    fields = tuple(
        ir.ModelField(
            name=key,
            type=reader.type_of(sub),
            required=key in required,
            description=_text(as_mapping(sub).get("description")),
            deprecated=as_mapping(sub).get("deprecated") is True,
            pointer=where.get(key, pointer),
        )
        for key, sub in properties.items()
    )
    return fields, extra


def _extra(reader: SchemaReader, allowed: Any) -> ir.TypeRef | None:
    """The value type `additionalProperties` allows: a schema's type, ANY for `true`, None for `false`."""
    if isinstance(allowed, Mapping):
        return reader.type_of(allowed)
    return ANY if allowed is True else None


def _discriminator(schema: Mapping[str, Any]) -> tuple[str, tuple[tuple[str, str], ...]]:
    """A tagged union's tag property and its (tag value, member schema name) pairs, in the
    spec's order; ("", ()) when the union has no discriminator with a mapping."""
    found = as_mapping(schema.get("discriminator"))
    tag, mapping = found.get("propertyName"), found.get("mapping")
    if not isinstance(tag, str) or not tag or not isinstance(mapping, Mapping):
        return "", ()
    return tag, tuple((str(value), _schema_name(ref)) for value, ref in mapping.items() if isinstance(ref, str))


def _schema_name(ref: str) -> str:
    """The component key a mapping value names (`#/components/schemas/X`, or a bare `X`)."""
    if not ref.startswith(SCHEMA_PREFIX):
        return ref
    return ref[len(SCHEMA_PREFIX) :].replace("~1", "/").replace("~0", "~")


def _text(value: Any) -> str:
    return str(value).strip() if value else ""
