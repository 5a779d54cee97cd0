"""Building the IR: every decision the builder makes, checked on the committed spec and on
small specs written for one decision each."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from generator import ir
from generator.ir.build import build_ir
from generator.pipeline import read_config
from generator.core.diagnostics import GenerationError, Severity
from generator.spec.load import load_document

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
    return build_ir(load_document(spec), read_config(config)).api


def ok(schema: dict[str, Any] | None = None) -> dict[str, Any]:
    response: dict[str, Any] = {"description": "OK"}
    if schema is not None:
        response["content"] = {"application/json": {"schema": schema}}
    return {"responses": {"200": response}}


def path_param(name: str) -> dict[str, Any]:
    return {"name": name, "in": "path", "required": True, "schema": {"type": "string"}}


def test_conversations_spec_maps_to_the_official_surface() -> None:
    api = build_ir(load_document(SPEC), read_config(CONFIG)).api
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
    api = build_ir(load_document(SPEC), read_config(CONFIG)).api
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
    api = build_ir(load_document(SPEC), read_config(CONFIG)).api
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
                            "parameters": [{"name": "session", "in": "cookie", "schema": {"type": "string"}}],
                            "requestBody": {
                                "content": {"application/x-www-form-urlencoded": {"schema": {"type": "array"}}}
                            },
                        }
                    },
                    "/speech": {
                        "post": {
                            "requestBody": {"content": {}},
                            "responses": {
                                "200": {
                                    "description": "OK",
                                    "content": {
                                        "application/octet-stream": {"schema": {"type": "string", "format": "binary"}},
                                        "text/event-stream": {"schema": {"type": "object"}},
                                    },
                                }
                            },
                        }
                    },
                },
            }
        )
    )
    result = build_ir(load_document(spec), read_config(CONFIG))
    found = sorted(d.message for d in result.diagnostics)
    assert all(d.severity is Severity.WARNING for d in result.diagnostics)
    assert found == [
        "a request body sent as application/x-www-form-urlencoded that is not an object with properties is not supported",
        "a text/event-stream response that no boolean `stream` body field selects is not offered",
        "request body media types [] are not supported",
    ]


def surface(api: ir.Api) -> set[tuple[str, str, str]]:
    """(resource path, method name, `METHOD /path`) of every operation."""
    found = set()
    stack = list(api.resources)
    while stack:
        resource = stack.pop()
        found |= {(".".join(resource.path), op.name, f"{op.method.upper()} {op.path}") for op in resource.operations}
        stack.extend(resource.children)
    return found


def test_verbs_nouns_and_singletons_are_told_apart(tmp_path: Path) -> None:
    member = {"parameters": [path_param("id")]}
    listing = ok({"type": "object", "properties": {"data": {"type": "array", "items": {"type": "string"}}}})
    api = build(
        tmp_path,
        {
            "/uploads/{id}/parts": {"post": {**ok(), "operationId": "addUploadPart"}, **member},
            "/uploads/{id}/complete": {"post": {**ok(), "operationId": "completeUpload"}, **member},
            "/responses/compact": {"post": {**ok(), "operationId": "Compactconversation"}},
            "/responses/input_tokens": {"post": {**ok(), "operationId": "Getinputtokencounts"}},
            "/files/{id}/content": {"get": {**ok({"type": "string"}), "operationId": "downloadFile"}, **member},
            "/files/{id}/chunks": {"get": {**listing, "operationId": "listChunks"}, **member},
            "/projects/{id}/limit": {
                "get": {**ok({"type": "object"}), "operationId": "getLimit"},
                "post": {**ok({"type": "object"}), "operationId": "setLimit"},
                **member,
            },
            "/graders/run": {"post": {**ok(), "operationId": "runGrader"}},
        },
    )
    assert surface(api) == {
        ("uploads.parts", "create", "POST /uploads/{id}/parts"),
        ("uploads", "complete", "POST /uploads/{id}/complete"),
        ("responses", "compact", "POST /responses/compact"),
        ("responses.input_tokens", "create", "POST /responses/input_tokens"),
        ("files.content", "retrieve", "GET /files/{id}/content"),
        ("files.chunks", "list", "GET /files/{id}/chunks"),
        ("projects.limit", "retrieve", "GET /projects/{id}/limit"),
        ("projects.limit", "update", "POST /projects/{id}/limit"),
        ("graders", "run", "POST /graders/run"),
    }


def test_colliding_inferences_are_settled_by_nesting_then_operation_id(tmp_path: Path) -> None:
    api = build(
        tmp_path,
        {
            "/threads/runs": {"post": {**ok(), "operationId": "createThreadAndRun"}},
            "/threads/{thread_id}/runs": {
                "post": {**ok(), "operationId": "createRun"},
                "parameters": [path_param("thread_id")],
            },
        },
    )
    assert surface(api) == {
        ("threads", "create_and_run", "POST /threads/runs"),
        ("threads.runs", "create", "POST /threads/{thread_id}/runs"),
    }


def test_when_the_operation_id_names_the_shallower_one_as_its_path_the_deeper_one_moves(tmp_path: Path) -> None:
    member = [path_param("petId")]
    api = build(
        tmp_path,
        {
            "/pet": {"put": {**ok(), "operationId": "updatePet"}, "post": {**ok(), "operationId": "addPet"}},
            "/pet/{petId}": {"post": {**ok(), "operationId": "updatePetWithForm"}, "parameters": member},
        },
    )
    assert surface(api) == {
        ("pet", "update", "PUT /pet"),
        ("pet", "create", "POST /pet"),
        ("pet", "update_with_form", "POST /pet/{petId}"),
    }


def test_a_path_with_no_resource_is_named_from_its_operation_id(tmp_path: Path) -> None:
    api = build(tmp_path, {"/": {"get": {**ok(), "operationId": "list-data-sets"}}})
    assert surface(api) == {("data_sets", "list", "GET /")}
    with pytest.raises(GenerationError) as err:
        build(tmp_path, {"/": {"get": {**ok(), "operationId": "frobnicate"}}})
    assert err.value.diagnostics[0].message == "cannot derive a resource name from the path /"


def test_a_collision_without_operation_ids_names_the_override(tmp_path: Path) -> None:
    with pytest.raises(GenerationError) as err:
        build(
            tmp_path,
            {
                "/a/b": {"post": ok()},
                "/a/{id}/b": {"post": ok(), "parameters": [path_param("id")]},
            },
        )
    (problem,) = err.value.diagnostics
    assert problem.message == "POST /a/{id}/b would be the method `a.b`, which is also a sub-resource"
    assert "operations: {post_a_id_b: {resource: ..., method: ...}}" in problem.hint


def test_a_query_string_in_a_path_key_namespaces_and_is_sent(tmp_path: Path) -> None:
    api = build(
        tmp_path,
        {
            "/responses": {"post": {**ok(), "operationId": "createResponse"}},
            "/responses?beta=true": {"post": {**ok(), "operationId": "beta_createResponse"}},
            "/responses/{id}/cancel?beta=true": {
                "post": {**ok(), "operationId": "beta_cancelResponse"},
                "parameters": [path_param("id")],
            },
        },
    )
    assert surface(api) == {
        ("responses", "create", "POST /responses"),
        ("beta.responses", "create", "POST /responses"),
        ("beta.responses", "cancel", "POST /responses/{id}/cancel"),
    }
    beta = next(r for r in api.resources if r.name == "beta").children[0]
    assert {op.query_constants for op in beta.operations} == {(("beta", "true"),)}


def test_headers_multipart_binary_and_event_streams(tmp_path: Path) -> None:
    form = {
        "type": "object",
        "required": ["file"],
        "properties": {"file": {"type": "string", "format": "binary"}, "purpose": {"type": "string"}},
    }
    json_body = {"allOf": [{"$ref": "#/components/schemas/Base"}, {"properties": {"stream": {"type": "boolean"}}}]}
    api = build(
        tmp_path,
        {
            "/files": {
                "post": {
                    **ok({"type": "object"}),
                    "requestBody": {
                        "content": {
                            "application/json": {"schema": {"type": "object", "properties": {"url": {}}}},
                            "multipart/form-data": {"schema": form},
                        }
                    },
                }
            },
            "/files/{id}/content": {
                "get": {
                    "responses": {
                        "200": {"description": "OK", "content": {"application/zip": {"schema": {"type": "string"}}}}
                    }
                },
                "parameters": [path_param("id")],
            },
            "/chat": {
                "post": {
                    "parameters": [
                        {
                            "name": "openai-beta",
                            "in": "header",
                            "schema": {"type": "array", "items": {"type": "string"}},
                        }
                    ],
                    "requestBody": {"content": {"application/json": {"schema": json_body}}},
                    "responses": {
                        "200": {
                            "description": "OK",
                            "content": {
                                "application/json": {"schema": {"$ref": "#/components/schemas/Base"}},
                                "text/event-stream": {"schema": {"$ref": "#/components/schemas/Event"}},
                            },
                        }
                    },
                }
            },
        },
        {
            "Base": {"type": "object", "required": ["model"], "properties": {"model": {"type": "string"}}},
            "Event": {"type": "object", "properties": {"type": {"const": "delta"}}},
        },
    )
    ops = {op.path: op for op in api.operations()}
    upload = ops["/files"]
    assert upload.body is not None and upload.body.content_type == "multipart/form-data"
    assert [(p.name, p.type.kind, p.required) for p in upload.arguments] == [
        ("file", ir.TypeKind.BINARY, True),
        ("purpose", ir.TypeKind.STRING, False),
    ]
    assert ops["/files/{id}/content"].response.type == ir.TypeRef(ir.TypeKind.BINARY)
    chat = ops["/chat"]
    assert [(p.name, p.location) for p in chat.arguments] == [
        ("model", ir.ParamLocation.BODY),
        ("openai-beta", ir.ParamLocation.HEADER),
        ("stream", ir.ParamLocation.BODY),
    ]
    assert chat.response.type == ir.TypeRef(ir.TypeKind.REF, name="Base")
    assert chat.response.stream == ir.TypeRef(ir.TypeKind.REF, name="Event")
    assert chat.response.stream_flag == "stream" and chat.response.stream_example == {"type": "delta"}


def test_schema_usage_is_split_by_direction() -> None:
    api = build_ir(load_document(SPEC), read_config(CONFIG)).api
    assert "ConversationItemList" in api.response_schemas and "ConversationItemList" not in api.request_schemas
    assert "InputItem" in api.request_schemas and "InputItem" not in api.response_schemas
    assert "ResponseIncludable" in api.request_schemas
