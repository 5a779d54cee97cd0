"""The config's `field_order: sorted`: required properties first, each group `id` first and
then alphabetical, in every component schema and the schemas inside it; nothing else moves."""

from __future__ import annotations

from pathlib import Path

from generator.core.cache import TextCache
from generator.spec.field_order import sorted_fields
from generator.targets.backend import JsonSchemas
from generator.targets.python.models import response_models


def thing(*names: str, required: tuple[str, ...] = ()) -> dict[str, object]:
    return {"type": "object", "required": list(required), "properties": {n: {"type": "string"} for n in names}}


def test_required_first_then_optional_each_id_first_then_alphabetical() -> None:
    data = {
        "components": {
            "schemas": {"Message": thing("type", "phase", "id", "content", required=("type", "id", "content"))}
        }
    }
    ordered = sorted_fields(data)["components"]["schemas"]["Message"]
    assert list(ordered["properties"]) == ["id", "content", "type", "phase"]
    assert list(data["components"]["schemas"]["Message"]["properties"])[0] == "type"  # the input is not changed


def test_nested_schemas_are_ordered_and_data_is_not() -> None:
    inner = thing("b", "a")
    schema = {
        "allOf": [thing("z", "id")],
        "properties": {
            "list": {"type": "array", "items": inner},
            "example": {"type": "object", "default": {"b": 1, "a": 2}},
        },
    }
    ordered = sorted_fields({"components": {"schemas": {"Outer": schema}}})["components"]["schemas"]["Outer"]
    assert list(ordered["allOf"][0]["properties"]) == ["id", "z"]
    assert list(ordered["properties"]["list"]["items"]["properties"]) == ["a", "b"]
    assert list(ordered["properties"]["example"]["default"]) == ["b", "a"]


def test_the_model_cache_sees_a_new_property_order(tmp_path: Path) -> None:
    """The models' fields follow the document's order, so a reordered document is a cache miss."""
    cache = TextCache(tmp_path, "models")
    spelled = []
    for order in (("b", "a"), ("a", "b")):
        schemas = JsonSchemas("3.1.0", {"Thing": thing(*order, required=("a", "b"))})
        text = response_models(schemas, ("Thing",), import_name="pkg", header="# h", spec_name="s", cache=cache).text
        spelled.append(
            [line.split(":")[0].strip() for line in text.splitlines() if line.startswith("    ") and ": str" in line]
        )
    assert spelled == [["b", "a"], ["a", "b"]]
