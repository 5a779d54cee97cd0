"""New resources need no generator change: a copy of the spec grows an action
(`POST /conversations/{id}/archive`) and a whole `/vector_stores` tree, and `sdkgen
generate` alone yields the methods, models, pages and generated tests; the new methods
are called against a local HTTP server."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator.cli import EXIT_OK, main

from conftest import CONFIG, SPEC, python_types
from recording_server import RecordingServer, json_reply

ID = {"name": "vector_store_id", "in": "path", "required": True, "schema": {"type": "string"}, "example": "vs_1"}
VECTOR_STORE = {
    "type": "object",
    "required": ["id", "object", "name"],
    "properties": {
        "id": {"type": "string"},
        "object": {"type": "string", "const": "vector_store"},
        "name": {"type": "string", "description": "The name of the vector store."},
        "file_counts": {"type": "object", "properties": {"total": {"type": "integer"}}},
    },
}
VECTOR_STORE_LIST = {
    "type": "object",
    "required": ["object", "data", "has_more"],
    "properties": {
        "object": {"type": "string", "const": "list"},
        "data": {"type": "array", "items": {"$ref": "#/components/schemas/VectorStore"}},
        "first_id": {"type": "string"},
        "last_id": {"type": "string"},
        "has_more": {"type": "boolean"},
    },
}


def ok(ref: str) -> dict[str, Any]:
    schema = {"$ref": f"#/components/schemas/{ref}"}
    return {"200": {"description": "OK", "content": {"application/json": {"schema": schema}}}}


def grown_spec() -> dict[str, Any]:
    spec = yaml.safe_load(SPEC.read_text())
    spec["components"]["schemas"].update({"VectorStore": VECTOR_STORE, "VectorStoreList": VECTOR_STORE_LIST})
    conversation_id = {"name": "conversation_id", "in": "path", "required": True, "schema": {"type": "string"}}
    spec["paths"]["/conversations/{conversation_id}/archive"] = {
        "post": {
            "operationId": "archiveConversation",
            "summary": "Archive a conversation",
            "responses": ok("Conversation"),
        },
        "parameters": [conversation_id],
    }
    spec["paths"]["/vector_stores"] = {
        "get": {
            "operationId": "listVectorStores",
            "summary": "List vector stores",
            "parameters": [
                {"name": "after", "in": "query", "schema": {"type": "string"}},
                {"name": "limit", "in": "query", "schema": {"type": "integer"}},
            ],
            "responses": ok("VectorStoreList"),
        },
        "post": {
            "operationId": "createVectorStore",
            "summary": "Create a vector store",
            "requestBody": {
                "required": True,
                "content": {
                    "application/json": {
                        "schema": {"type": "object", "required": ["name"], "properties": {"name": {"type": "string"}}}
                    }
                },
            },
            "responses": ok("VectorStore"),
        },
    }
    spec["paths"]["/vector_stores/{vector_store_id}"] = {
        "get": {"operationId": "getVectorStore", "summary": "Retrieve a vector store", "responses": ok("VectorStore")},
        "parameters": [ID],
    }
    return spec


@pytest.fixture(scope="module")
def out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("grown")
    spec = folder / "spec.yaml"
    spec.write_text(yaml.safe_dump(grown_spec(), sort_keys=False))
    target = folder / "out"
    assert (
        main(
            [
                "generate",
                "--target",
                "python",
                "--spec",
                str(spec),
                "--config",
                str(CONFIG),
                "--out",
                str(target),
                "--quiet",
            ]
        )
        == EXIT_OK
    )
    return target


def run(out: Path, *command: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(out)}
    env.pop("OPENAI_API_KEY", None)
    return subprocess.run(command, cwd=out, env=env, capture_output=True, text=True, timeout=600)


def test_the_new_methods_models_pages_and_tests_exist(out: Path) -> None:
    package = out / "openai_conversations"
    assert "def archive(" in (package / "resources/conversations/conversations.py").read_text()
    stores = (package / "resources/vector_stores.py").read_text()
    assert all(f"def {name}(" in stores for name in ("list", "create", "retrieve"))
    assert "class VectorStore(BaseModel):" in python_types(package)
    assert "-> SyncConversationCursorPage[VectorStore]:" in stores  # the page scheme detected from the spec
    assert (out / "tests/api_resources/test_vector_stores.py").exists()


def test_the_generated_tests_of_the_new_resources_pass(out: Path) -> None:
    result = run(out, sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "tests/api_resources")
    assert result.returncode == 0, result.stdout[-4000:]


def test_the_new_methods_work_against_a_local_server(out: Path) -> None:
    server = RecordingServer().start()
    try:
        conversation = {"id": "conv_1", "object": "conversation", "created_at": 1, "metadata": {}}
        page = {"object": "list", "data": [{"id": "vs_1", "object": "vector_store", "name": "docs"}], "has_more": False}
        server.script(json_reply(conversation), json_reply(page))
        code = (
            "import sys, json\n"
            "from openai_conversations import OpenAI\n"
            "client = OpenAI(api_key='k', base_url=sys.argv[1], max_retries=0)\n"
            "archived = client.conversations.archive('conv_1')\n"
            "stores = list(client.vector_stores.list(limit=5))\n"
            "print(json.dumps([type(archived).__name__, archived.id, [type(s).__name__ for s in stores], stores[0].name]))\n"
        )
        result = run(out, sys.executable, "-c", code, server.base_url)
        assert result.returncode == 0, result.stderr
        assert json.loads(result.stdout) == ["Conversation", "conv_1", ["VectorStore"], "docs"]
        archive, listing = server.requests
        assert (archive.method, archive.target) == ("POST", b"/v1/conversations/conv_1/archive")
        assert (listing.method, listing.target) == ("GET", b"/v1/vector_stores?limit=5")
    finally:
        server.stop()
