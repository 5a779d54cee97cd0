"""Request bodies for the IR builder: an operation's `requestBody` -> `ir.RequestBody`, and
the BODY arguments it adds to the operation.

Decided here, once: which of the offered media types is sent (`body_media`), whether the
body's properties become arguments or one `body` argument carries it whole, which fields
are files, and how each field of a form or multipart body is written (the spec's
`encoding`). What cannot be expressed is reported, never dropped silently.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from ..core.diagnostics import Severity
from ..spec.load import escape_pointer_token
from . import nodes as ir
from .nodes import FORM, MULTIPART, is_json_media
from .schemas import SchemaReader

Report = Callable[[Severity, str, str, str], None]
WHOLE_BODY = "body"  # the name of the one argument that carries a whole body
_WITHOUT_BODY = "the operation is generated without its body; send the body through the request options"
_STYLES = ("form", "spaceDelimited", "pipeDelimited", "deepObject")


def request_body(
    reader: SchemaReader,
    report: Report,
    roots: list[Any],
    spec: Mapping[str, Any],
    pointer: str,
    arguments: list[ir.Parameter],
) -> ir.RequestBody | None:
    """The body of the operation `spec` (at `pointer`); its arguments are appended to `arguments`."""
    body = reader.resolve(spec.get("requestBody"))
    if not isinstance(body, Mapping):
        return None
    where = f"{pointer}/requestBody"
    content = body.get("content") or {}
    media = body_media(reader, content)
    if media is None:
        report(Severity.WARNING, where, f"request body media types {sorted(content)} are not supported", _WITHOUT_BODY)
        return None
    schema_pointer = f"{where}/content/{escape_pointer_token(media)}/schema"
    offered = content[media] if isinstance(content[media], Mapping) else {}
    schema = offered.get("schema", {})
    roots.append(schema)
    required = body.get("required") is True
    result = ir.RequestBody(media, required, where)
    if result.kind in (ir.BodyKind.TEXT, ir.BodyKind.BINARY):
        kind = ir.TypeKind.STRING if result.kind is ir.BodyKind.TEXT else ir.TypeKind.BINARY
        arguments.append(_whole(reader, body, schema, schema_pointer, ir.TypeRef(kind)))
        return ir.RequestBody(media, required, where, whole=True)
    shape = reader.object_shape(schema)
    if shape is None and _closed_object(reader.resolve(schema), form=result.kind is not ir.BodyKind.JSON):
        return result  # an object with no properties (Stripe's GETs have such form bodies): no arguments
    if shape is None and result.kind is ir.BodyKind.JSON:
        arguments.append(_whole(reader, body, schema, schema_pointer, reader.type_of(schema)))
        return ir.RequestBody(media, required, where, whole=True)
    if shape is None:
        report(
            Severity.WARNING,
            schema_pointer,
            f"a request body sent as {media} that is not an object with properties is not supported",
            _WITHOUT_BODY,
        )
        return None
    _fields(reader, report, shape, schema_pointer, arguments, file_fields=result.kind is ir.BodyKind.MULTIPART)
    encodings = field_encodings(offered.get("encoding"), shape[0])
    return ir.RequestBody(media, required, where, encodings=encodings)


def _fields(
    reader: SchemaReader,
    report: Report,
    shape: tuple[dict[str, Any], set[str]],
    schema_pointer: str,
    arguments: list[ir.Parameter],
    *,
    file_fields: bool,
) -> None:
    """One BODY argument for each property of an object body."""
    properties, required = shape
    for name, sub in properties.items():
        prop_pointer = f"{schema_pointer}/properties/{escape_pointer_token(name)}"
        # A field named like a parameter is kept: `name_arguments` names it `body_<name>`.
        arguments.append(
            ir.Parameter(
                name=name,
                location=ir.ParamLocation.BODY,
                type=part_type(reader, sub) if file_fields else reader.type_of(sub),
                required=name in required,
                description=_text(reader.resolve(sub).get("description") if isinstance(sub, Mapping) else ""),
                pointer=prop_pointer,
                example=reader.example(sub, full=False),
            )
        )


def _whole(reader: SchemaReader, body: Mapping[str, Any], schema: Any, pointer: str, type_: ir.TypeRef) -> ir.Parameter:
    """The one argument that carries a whole body, described by the body or its schema."""
    resolved = reader.resolve(schema)
    description = body.get("description") or (resolved.get("description") if isinstance(resolved, Mapping) else "")
    example: Any = reader.example(schema, full=False)
    if type_.kind is ir.TypeKind.STRING and not isinstance(example, str):
        example = "string"
    return ir.Parameter(
        name=WHOLE_BODY,
        location=ir.ParamLocation.BODY,
        type=type_,
        required=body.get("required") is True,
        description=_text(description),
        pointer=pointer,
        example=None if type_.kind is ir.TypeKind.BINARY else example,
    )


def body_media(reader: SchemaReader, content: Mapping[str, Any]) -> str | None:
    """The media type a body is sent as, of those the spec offers: a multipart form when it
    carries files, else JSON, then a multipart form, then a urlencoded form, then text,
    then any other media type as raw bytes."""
    form = content.get(MULTIPART)
    shape = reader.object_shape(form.get("schema")) if isinstance(form, Mapping) else None
    if shape and any(carries_binary(part_type(reader, sub)) for sub in shape[0].values()):
        return MULTIPART
    offered = [str(m) for m in content]
    for wanted in (is_json_media, lambda m: m == MULTIPART, lambda m: m == FORM, lambda m: m.startswith("text/")):
        found = next((m for m in offered if wanted(m.split(";")[0].strip().lower())), None)
        if found is not None:
            return found
    return offered[0] if offered else None


def part_type(reader: SchemaReader, schema: Any) -> ir.TypeRef:
    """The type of a multipart field: a string schema with a `contentEncoding` or a
    `contentMediaType` (3.1), typed or not, is a file, as `format: binary` is everywhere."""
    resolved = reader.resolve(schema)
    if isinstance(resolved, Mapping) and resolved.get("type") in (None, "string"):
        if "contentEncoding" in resolved or "contentMediaType" in resolved:
            return ir.TypeRef(ir.TypeKind.BINARY)
    if isinstance(resolved, Mapping) and resolved.get("type") == "array":
        item = part_type(reader, resolved.get("items", {}))
        if item.kind is ir.TypeKind.BINARY:
            return ir.TypeRef(ir.TypeKind.ARRAY, item=item)
    return reader.type_of(schema)


def field_encodings(encoding: Any, properties: Mapping[str, Any]) -> tuple[ir.FieldEncoding, ...]:
    """The `encoding` entries of a form or multipart body, for its properties, in property order;
    a style the spec does not define is read as `form`."""
    if not isinstance(encoding, Mapping):
        return ()
    found = []
    for name in properties:
        entry = encoding.get(name)
        if not isinstance(entry, Mapping):
            continue
        style = str(entry["style"]) if entry.get("style") in _STYLES else "form"
        explode = entry["explode"] if isinstance(entry.get("explode"), bool) else style == "form"
        content_type = entry["contentType"] if isinstance(entry.get("contentType"), str) else ""
        found.append(ir.FieldEncoding(name, style, bool(explode), str(content_type)))
    return tuple(found)


def carries_binary(type_: ir.TypeRef) -> bool:
    """Whether a value of `type_` holds raw bytes somewhere (a file to upload)."""
    if type_.kind is ir.TypeKind.BINARY:
        return True
    return any(carries_binary(t) for t in (type_.item, *type_.variants) if t is not None)


def _closed_object(schema: Any, *, form: bool) -> bool:
    """An object schema that declares no properties and takes no others (in a form, takes
    none that could be named: a form's fields are the properties)."""
    if not isinstance(schema, Mapping) or schema.get("properties") or any(k in schema for k in ("oneOf", "anyOf")):
        return False
    is_object = schema.get("type") == "object" or "properties" in schema
    return is_object and (form or schema.get("additionalProperties") is False)


def _text(value: Any) -> str:
    return str(value).strip() if value else ""
