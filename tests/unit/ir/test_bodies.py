"""Request bodies in the IR: which media type is sent, whole bodies, files and form encodings."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from generator import ir
from generator.ir.bodies import body_media, field_encodings, part_type
from generator.ir.schemas import SchemaReader

from .test_build import build, ok, path_param

READER = SchemaReader({})
FORM = "application/x-www-form-urlencoded"


def operation(tmp_path: Path, content: dict[str, Any], required: bool = True) -> ir.Operation:
    body = {"content": content, "required": required}
    api = build(tmp_path, {"/things/{id}": {"post": {**ok(), "requestBody": body}, "parameters": [path_param("id")]}})
    return api.resources[0].operations[0]


def body_args(op: ir.Operation) -> list[tuple[str, ir.TypeRef, bool]]:
    return [(p.name, p.type, p.required) for p in op.located(ir.ParamLocation.BODY)]


@pytest.mark.parametrize(
    ("offered", "chosen"),
    [
        ([FORM, "application/json"], "application/json"),
        ([FORM, "multipart/form-data"], "multipart/form-data"),
        ([FORM], FORM),
        (["text/plain", FORM], FORM),
        (["application/octet-stream", "text/plain"], "text/plain"),
        (["image/*"], "image/*"),
        (["application/merge-patch+json", FORM], "application/merge-patch+json"),
        ([], None),
    ],
)
def test_the_media_type_sent_prefers_json_then_forms_then_text_then_bytes(
    offered: list[str], chosen: str | None
) -> None:
    assert body_media(READER, {media: {"schema": {"type": "object"}} for media in offered}) == chosen


def test_a_multipart_form_that_carries_files_wins_over_json() -> None:
    files = {"schema": {"type": "object", "properties": {"f": {"type": "string", "contentEncoding": "base64"}}}}
    assert body_media(READER, {"application/json": {}, "multipart/form-data": files}) == "multipart/form-data"


def test_a_form_body_has_its_fields_and_their_encodings(tmp_path: Path) -> None:
    schema = {
        "type": "object",
        "required": ["To"],
        "properties": {
            "To": {"type": "string"},
            "metadata": {"type": "object", "additionalProperties": {"type": "string"}},
            "tags": {"type": "array", "items": {"type": "string"}},
            "data": {"type": "object"},
        },
    }
    encoding = {
        "metadata": {"style": "deepObject", "explode": True},
        "tags": {"style": "pipeDelimited"},
        "data": {"contentType": "application/json"},
        "absent": {"style": "deepObject"},
    }
    op = operation(tmp_path, {FORM: {"schema": schema, "encoding": encoding}})
    assert op.body is not None and op.body.kind is ir.BodyKind.FORM and not op.body.whole
    assert [name for name, _, _ in body_args(op)] == ["To", "data", "metadata", "tags"]
    assert op.body.encodings == (  # in property order (the test document's keys are sorted)
        ir.FieldEncoding("data", "form", True, "application/json"),
        ir.FieldEncoding("metadata", "deepObject", True),
        ir.FieldEncoding("tags", "pipeDelimited", False),
    )


@pytest.mark.parametrize(
    ("content", "kind", "type_"),
    [
        (
            {"application/octet-stream": {"schema": {"type": "string", "format": "binary"}}},
            "binary",
            ir.TypeKind.BINARY,
        ),
        ({"image/*": {}}, "binary", ir.TypeKind.BINARY),
        ({"text/plain": {"schema": {"type": "string"}}}, "text", ir.TypeKind.STRING),
        ({"application/json": {"schema": {"type": "array", "items": {"type": "string"}}}}, "json", ir.TypeKind.ARRAY),
        ({"application/json": {"schema": {"type": "integer"}}}, "json", ir.TypeKind.INTEGER),
        (
            {"application/json": {"schema": {"oneOf": [{"type": "string"}, {"type": "integer"}]}}},
            "json",
            ir.TypeKind.UNION,
        ),
        ({"application/json": {"schema": {"type": "object"}}}, "json", ir.TypeKind.MAP),
    ],
)
def test_a_body_that_is_not_an_object_with_properties_is_one_argument(
    tmp_path: Path, content: dict[str, Any], kind: str, type_: ir.TypeKind
) -> None:
    op = operation(tmp_path, content, required=False)
    assert op.body is not None and op.body.whole and op.body.kind is ir.BodyKind(kind)
    [(name, found, required)] = body_args(op)
    assert (name, found.kind, required) == ("body", type_, False)


def test_a_whole_body_has_the_example_of_its_schema(tmp_path: Path) -> None:
    op = operation(tmp_path, {"application/json": {"schema": {"type": "array", "items": {"type": "integer"}}}})
    assert [p.example for p in op.located(ir.ParamLocation.BODY)] == [[0]]


@pytest.mark.parametrize(
    "schema",
    [
        {"type": "string", "format": "binary"},
        {"type": "string", "contentEncoding": "base64"},
        {"type": "string", "contentEncoding": "binary"},
        {"type": "string", "contentMediaType": "image/png"},
        {"contentMediaType": "application/pdf"},
    ],
)
def test_file_fields_of_a_multipart_form(schema: dict[str, Any]) -> None:
    assert part_type(READER, schema) == ir.TypeRef(ir.TypeKind.BINARY)
    files = part_type(READER, {"type": "array", "items": schema})
    assert files == ir.TypeRef(ir.TypeKind.ARRAY, item=ir.TypeRef(ir.TypeKind.BINARY))


def test_a_string_field_of_a_multipart_form_stays_a_string() -> None:
    assert part_type(READER, {"type": "string"}) == ir.TypeRef(ir.TypeKind.STRING)


def test_encodings_default_as_openapi_says() -> None:
    found = field_encodings(
        {"a": {"style": "form"}, "b": {"style": "bogus", "explode": False}, "c": {}}, ["a", "b", "c"]
    )
    assert found == (
        ir.FieldEncoding("a", "form", True),
        ir.FieldEncoding("b", "form", False),
        ir.FieldEncoding("c", "form", True),
    )
    assert field_encodings(None, ["a"]) == ()


@pytest.mark.parametrize(
    "content",
    [
        {FORM: {"schema": {"type": "object", "properties": {}, "additionalProperties": False}}},
        {FORM: {"schema": {"type": "object"}}},
        {"application/json": {"schema": {"type": "object", "additionalProperties": False}}},
    ],
)
def test_an_object_body_with_no_properties_has_no_arguments_and_no_warning(
    tmp_path: Path, content: dict[str, Any]
) -> None:
    op = operation(tmp_path, content)
    assert op.body is not None and not op.body.whole and body_args(op) == []
