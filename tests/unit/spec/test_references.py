"""A `$ref` key inside data (an example, a default, an enum or const value, an Example Object's
value, an extension) is data for every walker: the checks, the renaming, the IR's
reachability and the spec validator; a property named `$ref` is a name."""

from __future__ import annotations

from typing import Any

from generator.ir.schemas import SchemaReader
from generator.spec.load import LoadedDocument
from generator.spec.references import holders, references
from generator.spec.rename import rename_schemas
from generator.spec.validate import validate_document, validator_data

DATA = {"$ref": "#/components/schemas/Nowhere"}
THING = {
    "type": "object",
    "properties": {
        "$ref": {"type": "string", "description": "a property named `$ref`"},
        "body": {"type": "object", "default": DATA, "examples": [DATA], "example": DATA, "x-note": DATA},
        "kind": {"enum": ["a", "b"], "const": "a", "x-values": [DATA]},
        "other": {"$ref": "#/components/schemas/other"},
    },
    "example": {"body": DATA},
}
MEDIA = {
    "schema": {"$ref": "#/components/schemas/Thing"},
    "example": DATA,
    "examples": {"inline": {"value": DATA}, "shared": {"$ref": "#/components/examples/Shared"}},
}
SPEC: dict[str, Any] = {
    "openapi": "3.1.0",
    "info": {"title": "T", "version": "1"},
    "paths": {
        "/things": {
            "post": {
                "x-samples": [DATA],
                "parameters": [{"name": "q", "in": "query", "schema": {"type": "string"}, "example": DATA}],
                "requestBody": {"content": {"application/json": MEDIA}},
                "responses": {"200": {"description": "OK", "content": {"application/json": MEDIA}}},
            }
        }
    },
    "components": {
        "schemas": {"Thing": THING, "other": {"type": "string"}},
        "examples": {"Shared": {"value": DATA}},
    },
}


def refs(data: Any) -> set[str]:
    return {where for p, node in holders(data) for where, _ in references(p, node)}


def test_only_references_are_found() -> None:
    assert refs(SPEC) == {
        "/paths/~1things/post/requestBody/content/application~1json/schema/$ref",
        "/paths/~1things/post/requestBody/content/application~1json/examples/shared/$ref",
        "/paths/~1things/post/responses/200/content/application~1json/schema/$ref",
        "/paths/~1things/post/responses/200/content/application~1json/examples/shared/$ref",
        "/components/schemas/Thing/properties/other/$ref",
    }


def test_the_document_validates() -> None:
    document = LoadedDocument("spec.yaml", SPEC, {})
    assert validate_document(document) == ()


def test_the_validator_is_not_given_a_default_it_would_follow() -> None:
    given = validator_data(SPEC)
    assert "default" not in given["components"]["schemas"]["Thing"]["properties"]["body"]
    assert given["components"]["schemas"]["Thing"]["properties"]["body"]["example"] == DATA
    assert SPEC["components"]["schemas"]["Thing"]["properties"]["body"]["default"] == DATA  # not changed


def test_renaming_leaves_data_alone() -> None:
    renamed = rename_schemas(SPEC, {"other": "Other", "Nowhere": "Somewhere"})
    thing = renamed["components"]["schemas"]["Thing"]
    assert thing["properties"]["other"] == {"$ref": "#/components/schemas/Other"}
    assert thing["properties"]["body"]["default"] == DATA and thing["example"] == {"body": DATA}
    assert list(renamed["components"]["schemas"]) == ["Thing", "Other"]


def test_reachability_follows_no_data() -> None:
    reader = SchemaReader(SPEC)
    assert reader.reachable([{"$ref": "#/components/schemas/Thing"}]) == ("Thing", "other")
