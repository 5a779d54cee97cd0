"""The API surface of one spec, for `api_diff`: its methods and its models with their fields.

Input: a loaded document and the SDK config. Output: a `Surface`, built exactly as
generation builds the SDK (normalized, then the IR), so methods and models carry the
names the SDK gives them; each model knows whether requests, responses or both use it.
"""

from __future__ import annotations

import enum
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, replace
from typing import Any

from .. import ir
from ..ir.build import build_ir
from ..spec.config import SdkConfig
from ..core.diagnostics import Diagnostic
from ..spec.load import LoadedDocument, escape_pointer_token
from ..spec.normalize import normalize
from ..ir.schemas import SCHEMA_PREFIX, SchemaReader
from ..spec.validate import resolve_ref


class Role(enum.Enum):
    """Who meets a value: the caller who sends it, or the reader who receives it."""

    REQUEST = "request"
    RESPONSE = "response"


@dataclass(frozen=True, slots=True)
class Field:
    """A property of a model, or an argument of a method: its wire name, its type, whether
    it is always present (must be passed), its description, and where it is declared."""

    name: str
    type: ir.TypeRef
    required: bool
    description: str
    pointer: str


@dataclass(frozen=True, slots=True)
class Model:
    """A component schema the SDK makes a type of. `fields` is None when it is no object
    (an enum, a union, a map): `type` then says what it is. `roles` say who uses it."""

    name: str
    type: ir.TypeRef
    fields: tuple[Field, ...] | None
    description: str
    roles: frozenset[Role]
    pointer: str


@dataclass(frozen=True, slots=True)
class Surface:
    """One spec's API surface: methods by dotted name (`conversations.items.list`), models
    by name, the normalized document (for locations) and the warnings met building it."""

    document: LoadedDocument
    methods: Mapping[str, ir.Operation]
    models: Mapping[str, Model]
    diagnostics: tuple[Diagnostic, ...] = ()


def surface(document: LoadedDocument, config: SdkConfig) -> Surface:
    """The surface of a validated document: normalized and built into the IR as generation does."""
    normalized = normalize(document)
    document = replace(document, data=normalized.data)
    built = build_ir(document, config)
    methods = {
        ".".join((*resource.path, op.name)): op for resource in _resources(built.api) for op in resource.operations
    }
    roles = {Role.RESPONSE: set(built.api.response_schemas), Role.REQUEST: set(built.api.request_schemas)}
    reader = SchemaReader(document.data)
    models = {
        name: _model(reader, name, frozenset(role for role, names in roles.items() if name in names))
        for name in sorted(roles[Role.RESPONSE] | roles[Role.REQUEST])
    }
    return Surface(document, methods, models, (*normalized.diagnostics, *built.diagnostics))


def _resources(api: ir.Api) -> Iterator[ir.Resource]:
    stack = list(reversed(api.resources))
    while stack:
        resource = stack.pop()
        yield resource
        stack.extend(reversed(resource.children))


def _model(reader: SchemaReader, name: str, roles: frozenset[Role]) -> Model:
    pointer = SCHEMA_PREFIX[1:] + escape_pointer_token(name)
    schema = reader.resolve({"$ref": "#" + pointer})
    schema = schema if isinstance(schema, Mapping) else {}
    description = _text(schema.get("description"))
    return Model(name, reader.type_of(schema), _fields(reader, name), description, roles, pointer)


def _fields(reader: SchemaReader, name: str) -> tuple[Field, ...] | None:
    """The properties of a component (its `allOf` parts merged, as `object_shape` does),
    each with the pointer of the schema that declares it; None when it has none."""
    found: dict[str, Field] = {}
    required: set[str] = set()
    stack: list[tuple[Any, str]] = [({"$ref": SCHEMA_PREFIX + escape_pointer_token(name)}, "")]
    for _ in range(256):
        if not stack:
            break
        node, pointer = _follow(reader.data, *stack.pop(0))
        if not isinstance(node, Mapping):
            continue
        for key, sub in (node.get("properties") or {}).items():
            description = _text((sub.get("description") if isinstance(sub, Mapping) else None))
            description = description or _text(_as_mapping(reader.resolve(sub)).get("description"))
            where = f"{pointer}/properties/{escape_pointer_token(str(key))}"
            found.setdefault(str(key), Field(str(key), reader.type_of(sub), False, description, where))
        required.update(str(r) for r in node.get("required") or [] if isinstance(r, str))
        stack.extend((part, f"{pointer}/allOf/{i}") for i, part in enumerate(node.get("allOf") or []))
    if not found:
        return None
    return tuple(replace(f, required=f.name in required) for f in found.values())


def _follow(data: Mapping[str, Any], node: Any, pointer: str) -> tuple[Any, str]:
    """`node` with its `$ref`s followed, and the pointer of what they lead to."""
    for _ in range(64):
        ref = node.get("$ref") if isinstance(node, Mapping) else None
        if not isinstance(ref, str) or not ref.startswith("#"):
            return node, pointer
        try:
            node, pointer = resolve_ref(data, ref), ref[1:]
        except KeyError:
            return None, pointer
    return None, pointer


def _text(value: Any) -> str:
    return str(value).strip() if value else ""


def _as_mapping(value: Any) -> Mapping[str, Any]:
    return value if isinstance(value, Mapping) else {}
