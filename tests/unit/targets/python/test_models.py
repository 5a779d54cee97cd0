"""The Python target's model adapter's input (constraint-free schemas) and output (names)."""

from __future__ import annotations

import importlib
import re
import sys
from pathlib import Path

from generator.targets.python.models import plain_schema, request_params, response_models
from generator.targets.python.tag_fields import tags_first

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


def _tagged_union(tag: str, first: dict[str, object], second: dict[str, object]) -> dict[str, object]:
    schemas: dict[str, object] = {
        "Union": {
            "oneOf": [{"$ref": "#/components/schemas/A"}, {"$ref": "#/components/schemas/B"}],
            "discriminator": {
                "propertyName": tag,
                "mapping": {"a": "#/components/schemas/A", "b": "#/components/schemas/B"},
            },
        },
        "A": {"type": "object", "required": [tag], "properties": first},
        "B": {"type": "object", "required": [tag], "properties": second},
    }
    return {"openapi": "3.1.0", "components": {"schemas": schemas}}


def test_a_tag_that_is_no_identifier_gets_one_field_name_in_every_member() -> None:
    # In `B`, `"` comes first and would take the made-up name `'` makes up too.
    data = _tagged_union(
        "'",
        {"'": {"type": "string", "const": "a"}, '"': {"type": "string"}},
        {'"': {"type": "string"}, "'": {"type": "string", "const": "b"}},
    )
    models = response_models(json_schemas(data), ("Union", "A", "B"), import_name="pkg", header="# h", spec_name="s")
    tag_fields = re.findall(r"^    (\w+): Annotated\[Literal\[\"[ab]\"\]", models.text, re.MULTILINE)
    assert len(tag_fields) == 2 and len(set(tag_fields)) == 1, models.text
    assert f'Field(discriminator="{tag_fields[0]}")' in models.text


def test_a_tag_that_is_an_identifier_keeps_its_place() -> None:
    schemas = _tagged_union(
        "type",
        {"id": {"type": "string"}, "type": {"type": "string", "const": "a"}},
        {"@id": {"type": "string"}, "type": {"type": "string", "const": "b"}},
    )["components"]
    assert tags_first(schemas["schemas"]) == schemas["schemas"]  # type: ignore[index]
    odd = _tagged_union("@type", {"x": {}, "@type": {"const": "a"}}, {"@type": {"const": "b"}, "y": {}})
    ordered = tags_first(odd["components"]["schemas"])  # type: ignore[index]
    assert list(ordered["A"]["properties"]) == ["@type", "x"]
    assert list(ordered["B"]["properties"]) == ["@type", "y"]


def test_a_property_name_python_respells_keeps_its_wire_name(tmp_path: Path) -> None:
    # Python reads `µs` (a micro sign) as `μs` (a mu) and `ºC` as `oC`: as written, the
    # field and the TypedDict key would name another key than the wire's.
    properties = {"µs": {"type": "integer"}, "ºC": {"type": "number"}, "oC": {"type": "string"}}
    data = {"openapi": "3.1.0", "components": {"schemas": {"Reading": {"type": "object", "properties": properties}}}}
    models = response_models(json_schemas(data), ("Reading",), import_name="pkg", header="# h", spec_name="s")
    params = request_params(json_schemas(data), ("Reading",), header="# h", spec_name="s")
    package = tmp_path / "pkg"
    package.mkdir()
    (package / "_models.py").write_text("from pydantic import BaseModel\n", encoding="utf-8")
    (package / "models.py").write_text(models.text.replace("from .._models", "from ._models"), encoding="utf-8")
    (package / "params.py").write_text(params.text, encoding="utf-8")
    sys.path.insert(0, str(tmp_path))
    try:
        models_module = importlib.import_module("pkg.models")
        params_module = importlib.import_module("pkg.params")
    finally:
        sys.path.remove(str(tmp_path))
        for name in [n for n in sys.modules if n == "pkg" or n.startswith("pkg.")]:
            del sys.modules[name]
    wire = {"µs": 1, "ºC": 2.5, "oC": "x"}
    reading = models_module.Reading.model_validate(wire)
    assert reading.model_dump(by_alias=True) == wire
    assert reading.µs == 1 and reading.oC == "x"  # as a user writes them
    assert reading.oC_1 == 2.5  # `ºC` is `oC` to Python, and `oC` is taken
    assert set(params_module.ReadingParam.__annotations__) == set(wire)
