"""The Python target's model adapter's input (constraint-free schemas) and output (names)."""

from __future__ import annotations

from generator.targets.python.models import plain_schema, request_params, response_models

from conftest import json_schemas


def test_constraints_and_validating_formats_are_left_out() -> None:
    schema = {
        "type": "object",
        "required": ["pattern"],
        "maxProperties": 16,
        "properties": {
            "pattern": {"type": "string", "maxLength": 5, "pattern": "^a"},
            "format": {"type": "string", "format": "uri"},
            "when": {"type": "string", "format": "date-time"},
            "tags": {"type": "array", "items": {"type": "string", "minLength": 1}, "maxItems": 3},
            "extra": {"additionalProperties": {"anyOf": [{"type": "string", "maxLength": 512}, {"type": "number"}]}},
        },
    }
    assert plain_schema(schema) == {
        "type": "object",
        "required": ["pattern"],
        "properties": {
            "pattern": {"type": "string"},
            "format": {"type": "string"},
            "when": {"type": "string", "format": "date-time"},
            "tags": {"type": "array", "items": {"type": "string"}},
            "extra": {"additionalProperties": {"anyOf": [{"type": "string"}, {"type": "number"}]}},
        },
    }


def test_models_and_params_name_what_they_define() -> None:
    data = {
        "openapi": "3.1.0",
        "components": {
            "schemas": {
                "Mode": {"type": "string", "enum": ["a", "b"]},
                "Thing": {
                    "type": "object",
                    "required": ["mode"],
                    "properties": {
                        "mode": {"$ref": "#/components/schemas/Mode"},
                        "url": {"type": "string", "format": "uri"},
                    },
                },
            }
        },
    }
    models = response_models(json_schemas(data), ("Mode", "Thing"), import_name="pkg", header="# h", spec_name="s")
    assert models.names == ("Mode", "Thing")
    assert models.aliases == {"Mode"} and models.literals == {"Mode"}
    assert "from .._models import BaseModel" in models.text
    assert "url: Optional[str] = None" in models.text
    params = request_params(json_schemas(data), ("Mode", "Thing"), header="# h", spec_name="s")
    assert set(params.names) == {"ModeParam", "ThingParam"}
    assert "class ThingParam(TypedDict)" in params.text


def test_unions_that_only_require_properties_are_validation_and_left_out() -> None:
    schema = {
        "type": "object",
        "properties": {"url": {"type": "string"}, "file_id": {"type": "string"}},
        "anyOf": [{"required": ["url"]}, {"required": ["file_id"]}],
        "not": {"required": ["url", "file_id"]},
    }
    assert plain_schema(schema) == {
        "type": "object",
        "properties": {"url": {"type": "string"}, "file_id": {"type": "string"}},
    }
    shapes = {"anyOf": [{"type": "string"}, {"required": ["a"], "properties": {"a": {}}}]}
    assert plain_schema(shapes) == shapes
    data = {"openapi": "3.1.0", "components": {"schemas": {"Image": schema}}}
    models = response_models(json_schemas(data), ("Image",), import_name="pkg", header="# h", spec_name="s")
    assert models.names == ("Image",)
