"""Stage 3: every decision the IR builder makes, checked on the committed spec and on
small specs written for one decision each."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from generator import ir
from generator.build_ir import build_ir
from generator.config import load_config
from generator.diagnostics import GenerationError, Severity
from generator.load import load_document

from conftest import CONFIG, SPEC


def build(
    tmp_path: Path, paths: dict[str, Any], schemas: dict[str, Any] | None = None, config: Path = CONFIG
) -> ir.Api:
    document = {
        "openapi": "3.1.0",
        "info": {"title": "T", "version": "1"},
        "paths": paths,
        "components": {"schemas": schemas or {}},
    }
    spec = tmp_path / "spec.yaml"
    spec.write_text(yaml.safe_dump(document))
    return build_ir(load_document(spec), load_config(config)).api


def ok(schema: dict[str, Any] | None = None) -> dict[str, Any]:
    response: dict[str, Any] = {"description": "OK"}
    if schema is not None:
        response["content"] = {"application/json": {"schema": schema}}
    return {"responses": {"200": response}}


def path_param(name: str) -> dict[str, Any]:
    return {"name": name, "in": "path", "required": True, "schema": {"type": "string"}}


def test_conversations_spec_maps_to_the_official_surface() -> None:
    api = build_ir(load_document(SPEC), load_config(CONFIG)).api
    surface = {
        (".".join(r.path), op.name, op.method, op.path)
        for r in [api.resources[0], *api.resources[0].children]
        for op in r.operations
    }
    assert surface == {
        ("conversations", "create", "post", "/conversations"),
        ("conversations", "retrieve", "get", "/conversations/{conversation_id}"),
        ("conversations", "update", "post", "/conversations/{conversation_id}"),
        ("conversations", "delete", "delete", "/conversations/{conversation_id}"),
        ("conversations.items", "create", "post", "/conversations/{conversation_id}/items"),
        ("conversations.items", "list", "get", "/conversations/{conversation_id}/items"),
        ("conversations.items", "retrieve", "get", "/conversations/{conversation_id}/items/{item_id}"),
        ("conversations.items", "delete", "delete", "/conversations/{conversation_id}/items/{item_id}"),
    }


def test_arguments_are_path_then_required_then_optional_by_name() -> None:
    api = build_ir(load_document(SPEC), load_config(CONFIG)).api
    ops = {(op.method, op.path): op for op in api.operations()}
    listing = ops[("get", "/conversations/{conversation_id}/items")]
    assert [(p.name, p.location.value) for p in listing.arguments] == [
        ("conversation_id", "path"),
        ("after", "query"),
        ("include", "query"),
        ("limit", "query"),
        ("order", "query"),
    ]
    create = ops[("post", "/conversations/{conversation_id}/items")]
    assert [(p.name, p.required) for p in create.arguments] == [
        ("conversation_id", True),
        ("items", True),
        ("include", False),
    ]
    update = ops[("post", "/conversations/{conversation_id}")]
    metadata = update.arguments[1]
    assert metadata.required and ir.TypeRef(ir.TypeKind.NULL) in metadata.type.variants


def test_cursor_page_is_detected_from_params_and_response() -> None:
    api = build_ir(load_document(SPEC), load_config(CONFIG)).api
    assert api.page_schemes == (
        ir.PageScheme("ConversationCursorPage", ir.PageKind.CURSOR_LAST_ID, "data", "after", "last_id", "has_more"),
    )
    listing = next(op for op in api.operations() if op.name == "list")
    assert listing.page_item == ir.TypeRef(ir.TypeKind.REF, name="ConversationItem")
    assert all(op.page is None for op in api.operations() if op.name != "list")


def test_action_segments_become_methods(tmp_path: Path) -> None:
    api = build(
        tmp_path,
        {
            "/responses/{id}": {"get": ok(), "parameters": [path_param("id")]},
            "/responses/{id}/cancel": {"post": ok(), "parameters": [path_param("id")]},
            "/fine-tuning/jobs": {"get": ok()},
        },
    )
    names = {(".".join(r.path), op.name) for r in api.resources for op in r.operations}
    names |= {(".".join(c.path), op.name) for r in api.resources for c in r.children for op in c.operations}
    assert names == {("responses", "retrieve"), ("responses", "cancel"), ("fine_tuning.jobs", "list")}


def test_config_override_names_an_operation(tmp_path: Path) -> None:
    config = tmp_path / "sdk.yaml"
    data = yaml.safe_load(CONFIG.read_text())
    data["operations"] = {"archiveThing": {"resource": "things", "method": "archive"}}
    config.write_text(yaml.safe_dump(data))
    api = build(
        tmp_path,
        {
            "/things/{id}/archive/now": {
                "post": {**ok(), "operationId": "archiveThing"},
                "parameters": [path_param("id")],
            }
        },
        config=config,
    )
    assert [(r.name, op.name) for r in api.resources for op in r.operations] == [("things", "archive")]


def test_unsupported_constructs_are_warnings_not_silence(tmp_path: Path) -> None:
    spec = tmp_path / "spec.yaml"
    spec.write_text(
        yaml.safe_dump(
            {
                "openapi": "3.1.0",
                "info": {"title": "T", "version": "1"},
                "paths": {
                    "/upload": {
                        "post": {
                            **ok(),
                            "parameters": [{"name": "X-Trace", "in": "header", "schema": {"type": "string"}}],
                            "requestBody": {"content": {"multipart/form-data": {"schema": {"type": "object"}}}},
                        }
                    }
                },
            }
        )
    )
    result = build_ir(load_document(spec), load_config(CONFIG))
    found = sorted(d.message for d in result.diagnostics)
    assert all(d.severity is Severity.WARNING for d in result.diagnostics)
    assert found == [
        "header parameter 'X-Trace' is not supported and is left out",
        "request body media types ['multipart/form-data'] are not supported yet",
    ]


def test_body_field_clashing_with_a_parameter_is_an_error(tmp_path: Path) -> None:
    body = {"content": {"application/json": {"schema": {"type": "object", "properties": {"id": {"type": "string"}}}}}}
    with pytest.raises(GenerationError) as err:
        build(tmp_path, {"/things/{id}": {"post": {**ok(), "requestBody": body}, "parameters": [path_param("id")]}})
    assert "body field 'id' has the name of a parameter" in str(err.value)


def test_schema_usage_is_split_by_direction() -> None:
    api = build_ir(load_document(SPEC), load_config(CONFIG)).api
    assert "ConversationItemList" in api.response_schemas and "ConversationItemList" not in api.request_schemas
    assert "InputItem" in api.request_schemas and "InputItem" not in api.response_schemas
    assert "ResponseIncludable" in api.request_schemas
