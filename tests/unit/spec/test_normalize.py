"""Normalize: every inline class schema named, every discriminator explicit, 3.0 spellings made 3.1."""

from __future__ import annotations

import copy
import keyword
import re
from typing import Any

from generator.core.diagnostics import Severity
from generator.spec.load import LoadedDocument, load_document
from generator.targets.python.models import request_params, response_models
from generator.spec.normalize import Normalized, TypeNameRules, class_name, member_candidates, normalize

from conftest import RULES, json_schemas, shared_spec

REF = "#/components/schemas/"


def run(schemas: dict[str, Any], paths: dict[str, Any] | None = None) -> Normalized:
    data = {"openapi": "3.1.0", "info": {"title": "t", "version": "1"}, "paths": paths or {}}
    data["components"] = {"schemas": schemas}
    return normalize(LoadedDocument("spec.yaml", data, {"": (1, 1)}), RULES)


def schemas_of(result: Normalized) -> dict[str, Any]:
    return dict(result.data["components"]["schemas"])


def obj(**properties: Any) -> dict[str, Any]:
    return {"type": "object", "properties": properties}


def tagged(tag: Any, **properties: Any) -> dict[str, Any]:
    return obj(type=tag, **properties)


# --- naming ---------------------------------------------------------------------------------------


def test_class_name_is_pascal_case_from_any_spelling() -> None:
    assert class_name("Thing", "foo_bar") == "ThingFooBar"
    assert class_name("Event", "response.audio.delta") == "EventResponseAudioDelta"
    assert class_name("Usage", "inputTokens", "Item") == "UsageInputTokensItem"
    assert class_name("admin-api-keys-delete", "Response") == "AdminApiKeysDeleteResponse"
    assert class_name("audio/pcm") == "AudioPcm"
    assert class_name("2d", "shape") == "Schema2dShape"
    assert class_name("MessagePhase-2") == "MessagePhase2"


def test_member_candidates_in_documented_order() -> None:
    member = {"title": "AudioDelta", "allOf": [{"$ref": REF + "Base"}], "properties": {"delta": {}}}
    unique = member_candidates(member, "Event", only=False, title_ok=lambda t: True, tag="response.delta", ref="Base")
    assert unique == ("AudioDelta", "EventResponseDelta", "EventBase", "EventDelta", "EventObject")
    reused = member_candidates(member, "Event", only=False, title_ok=lambda t: False, tag=None, ref="")
    assert reused == ("EventDelta", "EventObject")
    alone = member_candidates({"title": "Audio delta"}, "Voice", only=True, title_ok=lambda t: True, tag=None, ref="")
    assert alone == ("Voice", "VoiceObject")


# --- hoisting -------------------------------------------------------------------------------------


def test_nested_inline_objects_are_hoisted_with_path_names() -> None:
    thing = obj(
        foo_bar={"description": "The bar.", **obj(baz=obj(deep={"type": "string"}))},
        tags={"type": "array", "items": obj(label={"type": "string"})},
        extra={"type": "object", "additionalProperties": obj(count={"type": "integer"})},
        mode={"type": "string", "enum": ["a", "b"]},
    )
    result = run({"Thing": thing})
    schemas = schemas_of(result)
    assert list(schemas) == ["Thing", "ThingFooBarBaz", "ThingFooBar", "ThingTagsItem", "ThingExtraValue"]
    properties = schemas["Thing"]["properties"]
    assert properties["foo_bar"] == {"$ref": REF + "ThingFooBar", "description": "The bar."}
    assert properties["tags"]["items"] == {"$ref": REF + "ThingTagsItem"}
    assert properties["extra"]["additionalProperties"] == {"$ref": REF + "ThingExtraValue"}
    assert properties["mode"] == {"type": "string", "enum": ["a", "b"]}  # enums stay inline Literals
    assert schemas["ThingFooBar"]["properties"]["baz"] == {"$ref": REF + "ThingFooBarBaz"}
    assert schemas["ThingFooBarBaz"] == obj(deep={"type": "string"})
    assert result.hoisted == ("ThingFooBarBaz", "ThingFooBar", "ThingTagsItem", "ThingExtraValue")


def test_union_members_are_named_by_title_then_tag_then_shape() -> None:
    event = {
        "oneOf": [
            {"title": "AudioDelta", **tagged({"const": "response.audio.delta"})},
            {"title": "Shared", **tagged({"const": "response.done"})},
            {"allOf": [{"$ref": REF + "Base"}, obj(lane={"type": "string"})]},
            obj(text={"type": "string"}),
            {"type": "string"},
        ]
    }
    schemas = schemas_of(run({"Event": event, "Other": {"title": "Shared", **obj(a={})}, "Base": obj(b={})}))
    assert [m.get("$ref", "").removeprefix(REF) for m in schemas["Event"]["oneOf"]] == [
        "AudioDelta",  # a PascalCase title used once in the spec
        "EventResponseDone",  # its title is used twice: the tag names it
        "EventBase",  # no title, no tag: the component it extends
        "EventText",  # nothing else: its first property
        "",
    ]


def test_the_only_class_of_a_union_takes_the_union_name() -> None:
    thing = obj(tracing={"oneOf": [{"type": "string", "enum": ["auto"]}, obj(group={"type": "string"})]})
    schemas = schemas_of(run({"Thing": thing}))
    assert schemas["Thing"]["properties"]["tracing"]["oneOf"][1] == {"$ref": REF + "ThingTracing"}


def test_nullable_inline_object_is_one_class_used_as_optional() -> None:
    thing = obj(
        details={"anyOf": [obj(reason={"type": "string"}), {"type": "null"}], "description": "Why."},
        old={"nullable": True, **obj(code={"type": "string"})},
    )
    schemas = schemas_of(run({"Thing": thing}))
    null_ref = {"anyOf": [{"$ref": REF + "ThingDetails"}, {"type": "null"}], "description": "Why."}
    assert schemas["Thing"]["properties"]["details"] == null_ref
    assert schemas["ThingDetails"]["type"] == "object"
    assert schemas["Thing"]["properties"]["old"] == {"anyOf": [{"$ref": REF + "ThingOld"}, {"type": "null"}]}


def test_nullable_component_wrapper_becomes_the_object_itself() -> None:
    wrapper = {"description": "An error.", "anyOf": [obj(code={"type": "string"}), {"type": "null"}]}
    schemas = schemas_of(run({"Error": wrapper}))
    assert schemas == {
        "Error": {"type": ["object", "null"], "properties": {"code": {"type": "string"}}, "description": "An error."}
    }


def test_colliding_names_get_more_context_and_never_a_bare_number() -> None:
    result = run({"Thing": obj(foo=obj(a={})), "ThingFoo": obj(b={}), "ThingFooObjectParam": obj(c={})})
    schemas = schemas_of(result)
    # ThingFoo is a component, ThingFooObject would make a TypedDict named like a component
    assert schemas["Thing"]["properties"]["foo"] == {"$ref": REF + "ThingFooVariantA"}
    assert [d.severity for d in result.diagnostics] == [Severity.WARNING]
    assert "ThingFooVariantA" in result.diagnostics[0].message
    assert result.diagnostics[0].location.pointer == "/components/schemas/Thing/properties/foo"


def test_param_suffix_collisions_are_avoided() -> None:
    schemas = schemas_of(run({"Thing": obj(foo=obj(a={})), "ThingFooParam": obj(b={})}))
    assert schemas["Thing"]["properties"]["foo"] == {"$ref": REF + "ThingFooObject"}


def test_type_names_keep_clear_of_what_the_targets_reserve_and_nothing_else() -> None:
    data = {"openapi": "3.1.0", "components": {"schemas": {"Thing": obj(headers=obj(a={})), "Headers": obj(b={})}}}
    document = LoadedDocument("spec.yaml", data, {"": (1, 1)})
    plain = schemas_of(normalize(document, TypeNameRules()))
    assert set(plain) == {"Thing", "Headers", "ThingHeaders"}
    assert "Headers" in RULES.reserved and RULES.suffixes == ("Param",)  # the Python target's
    kept = schemas_of(normalize(document, RULES))
    assert set(kept) == {"Thing", "HeadersVariantA", "ThingHeaders"}
    rules = TypeNameRules(frozenset({"ThingHeaders"}), ("Input",))
    named = schemas_of(normalize(document, rules))
    assert named["Thing"]["properties"]["headers"] == {"$ref": REF + "ThingHeadersObject"}


def test_allof_over_a_union_becomes_a_union_of_named_extensions() -> None:
    stream = {"allOf": [{"anyOf": [{"$ref": REF + "Delta"}, {"$ref": REF + "Done"}]}, obj(lane={"type": "string"})]}
    delta, done = tagged({"type": "string", "enum": ["delta"]}), tagged({"const": "done"})
    schemas = schemas_of(run({"Feed": stream, "Delta": delta, "Done": done}))
    assert schemas["Feed"] == {"anyOf": [{"$ref": REF + "FeedDelta"}, {"$ref": REF + "FeedDone"}]}
    assert schemas["FeedDelta"] == {"allOf": [{"$ref": REF + "Delta"}, obj(lane={"type": "string"})]}


def test_operation_schemas_are_named_after_the_operation() -> None:
    body = {"type": "object", "properties": {"options": obj(level={"type": "integer"})}}
    operation = {
        "operationId": "createThing",
        "parameters": [{"name": "filter", "in": "query", "schema": obj(gt={"type": "integer"})}],
        "requestBody": {"content": {"application/json": {"schema": body}}},
        "responses": {
            "200": {"description": "ok", "content": {"application/json": {"schema": obj(id={"type": "string"})}}},
            "404": {"description": "no", "content": {"application/json": {"schema": obj(why={"type": "string"})}}},
        },
    }
    result = run({}, {"/things": {"post": operation}})
    assert list(schemas_of(result)) == [
        "CreateThingParamsFilter",
        "CreateThingParamsOptions",
        "CreateThingResponse",
        "CreateThingNotFoundResponse",
    ]
    done = result.data["paths"]["/things"]["post"]
    body_schema = done["requestBody"]["content"]["application/json"]["schema"]
    assert body_schema["properties"]["options"] == {"$ref": REF + "CreateThingParamsOptions"}  # root stays inline
    assert done["responses"]["200"]["content"]["application/json"]["schema"] == {"$ref": REF + "CreateThingResponse"}


# --- discriminators -------------------------------------------------------------------------------


def filters() -> dict[str, Any]:
    return {
        "Filter": {"oneOf": [{"$ref": REF + "Comparison"}, {"$ref": REF + "Compound"}]},
        "Comparison": tagged({"type": "string", "enum": ["eq", "ne", "gt"]}, key={"type": "string"}),
        "Compound": {"allOf": [{"$ref": REF + "Base"}, obj(filters={"type": "array"})]},
        "Base": tagged({"$ref": REF + "CompoundKind"}),
        "CompoundKind": {"type": "string", "const": "and"},
    }


def test_mapping_is_built_from_const_and_from_enums_of_several_values() -> None:
    specs = filters()
    specs["Filter"]["discriminator"] = {"propertyName": "type", "mapping": {"or": REF + "Compound"}}
    result = run(specs)
    assert schemas_of(result)["Filter"]["discriminator"] == {
        "propertyName": "type",
        "mapping": {
            "or": REF + "Compound",
            "eq": REF + "Comparison",
            "ne": REF + "Comparison",
            "gt": REF + "Comparison",
        },
    }
    assert result.diagnostics == ()


def test_inline_discriminated_union_is_hoisted_with_its_mapping() -> None:
    specs = filters()
    items = {"oneOf": specs.pop("Filter")["oneOf"], "discriminator": {"propertyName": "type"}}
    specs["Search"] = obj(filters={"type": "array", "items": items})
    schemas = schemas_of(run(specs))
    assert schemas["Search"]["properties"]["filters"]["items"] == {"$ref": REF + "SearchFiltersItem"}
    assert set(schemas["SearchFiltersItem"]["discriminator"]["mapping"]) == {"eq", "ne", "gt", "and"}


def test_recursive_ref_becomes_a_ref_to_the_anchoring_component() -> None:
    compound = {
        "$recursiveAnchor": True,
        **tagged({"type": "string", "enum": ["and", "or"]}),
    }
    items = {"oneOf": [{"$ref": REF + "Comparison"}, {"$recursiveRef": "#"}], "discriminator": {"propertyName": "type"}}
    compound["properties"]["filters"] = {"type": "array", "items": items}
    result = run({"Compound": compound, "Comparison": tagged({"const": "eq"})})
    schemas = schemas_of(result)
    assert "$recursiveAnchor" not in schemas["Compound"]
    item = schemas["CompoundFiltersItem"]
    assert item["oneOf"] == [{"$ref": REF + "Comparison"}, {"$ref": REF + "Compound"}]
    assert item["discriminator"]["mapping"] == {
        "eq": REF + "Comparison",
        "and": REF + "Compound",
        "or": REF + "Compound",
    }
    assert result.diagnostics == ()


def test_undeterminable_member_drops_the_discriminator_with_a_warning() -> None:
    loose = tagged({"anyOf": [{"type": "string", "enum": ["ref"]}, {"type": "null"}]})
    union = {"oneOf": [{"$ref": REF + "A"}, {"$ref": REF + "Loose"}], "discriminator": {"propertyName": "type"}}
    result = run({"U": union, "A": tagged({"const": "a"}), "Loose": loose})
    assert "discriminator" not in schemas_of(result)["U"]
    (warning,) = result.diagnostics
    assert warning.severity is Severity.WARNING
    assert warning.location.pointer == "/components/schemas/U/discriminator"
    assert "/components/schemas/U/oneOf/1" in warning.message and "const" in warning.message


def test_member_that_is_a_union_or_shares_a_tag_drops_the_discriminator() -> None:
    nested = {"anyOf": [{"$ref": REF + "A"}, {"$ref": REF + "B"}]}
    union = {"oneOf": [{"$ref": REF + "A"}, {"$ref": REF + "AB"}], "discriminator": {"propertyName": "type"}}
    twice = {"oneOf": [{"$ref": REF + "A"}, {"$ref": REF + "A2"}], "discriminator": {"propertyName": "type"}}
    specs = {"U": union, "T": twice, "AB": nested, "A": tagged({"const": "a"}), "A2": tagged({"const": "a"})}
    result = run(specs)
    assert "discriminator" not in schemas_of(result)["U"] and "discriminator" not in schemas_of(result)["T"]
    assert ["itself a union" in d.message for d in result.diagnostics] == [True, False]
    assert "has tag 'a'" in result.diagnostics[1].message


def test_discriminator_on_a_schema_that_is_no_union_is_dropped() -> None:
    array = {"type": "array", "items": {"$ref": REF + "A"}, "discriminator": {"propertyName": "type"}}
    result = run({"Thing": obj(outputs=array), "A": tagged({"const": "a"})})
    assert "discriminator" not in schemas_of(result)["Thing"]["properties"]["outputs"]
    assert result.diagnostics[0].location.pointer == "/components/schemas/Thing/properties/outputs/discriminator"


# --- 3.0 spellings and clean-ups ------------------------------------------------------------------


def test_nullable_is_spelled_the_31_way() -> None:
    thing = obj(
        count={"type": "integer", "nullable": True},
        mode={"type": "string", "enum": ["a"], "nullable": True},
        ref={"$ref": REF + "Other", "nullable": True, "description": "d"},
        union={"anyOf": [{"type": "string"}, {"type": "integer"}], "nullable": True},
        kept={"type": "string", "nullable": False},
    )
    properties = schemas_of(run({"Thing": thing, "Other": {"type": "string"}}))["Thing"]["properties"]
    assert properties["count"] == {"type": ["integer", "null"]}
    assert properties["mode"] == {"type": ["string", "null"], "enum": ["a", None]}
    assert properties["ref"] == {"anyOf": [{"$ref": REF + "Other"}, {"type": "null"}], "description": "d"}
    assert properties["union"]["anyOf"][-1] == {"type": "null"}
    assert properties["kept"] == {"type": "string"}


def test_duplicate_required_entries_are_dropped_and_unknown_ones_kept() -> None:
    thing = {**obj(a={"type": "string"}), "required": ["a", "a", "ghost", "a"]}
    assert schemas_of(run({"Thing": thing}))["Thing"]["required"] == ["a", "ghost"]


def test_empty_allof_parts_are_dropped() -> None:
    thing = obj(choice={"allOf": [{"$ref": REF + "Other"}, {}], "description": "d"})
    properties = schemas_of(run({"Thing": thing, "Other": {"type": "string"}}))["Thing"]["properties"]
    assert properties["choice"] == {"description": "d", "allOf": [{"$ref": REF + "Other"}]}


# --- purity ---------------------------------------------------------------------------------------


def test_input_is_not_mutated_and_output_is_deterministic() -> None:
    specs = filters()
    specs["Filter"]["discriminator"] = {"propertyName": "type"}
    specs["Thing"] = obj(a={"nullable": True, **obj(b=obj(c={"type": "string"}))}, d={"required": ["x", "x"]})
    data = {"openapi": "3.1.0", "paths": {}, "components": {"schemas": specs}}
    before = copy.deepcopy(data)
    first = normalize(LoadedDocument("s", data, {}), RULES)
    second = normalize(LoadedDocument("s", data, {}), RULES)
    assert data == before
    assert first == second and list(schemas_of(first)) == list(schemas_of(second))
    assert first.data != before


# --- with the model generator ---------------------------------------------------------------------


def test_models_get_the_tags_and_names_normalize_chose() -> None:
    specs = filters()
    specs["Filter"]["discriminator"] = {"propertyName": "type"}
    specs["Thing"] = obj(data={"type": "array", "items": obj(x={"type": "string"})}, filter={"$ref": REF + "Filter"})
    data = normalize(LoadedDocument("s", {"openapi": "3.1.0", "components": {"schemas": specs}}, {}), RULES).data
    names = tuple(data["components"]["schemas"])
    models = response_models(json_schemas(data), names, import_name="pkg", header="# h", spec_name="s")
    assert 'type: Literal["eq", "ne", "gt"]' in models.text
    assert 'type: Literal["and"]' in models.text
    assert "class ThingDataItem(BaseModel)" in models.text
    assert not re.search(r"^class \w+\d\(", models.text, re.M)
    params = request_params(json_schemas(data), names, header="# h", spec_name="s")
    assert "class ThingDataItemParam(TypedDict)" in params.text


def test_real_openai_spec_is_fully_named() -> None:
    document = load_document(shared_spec("openai-full.yaml"))
    result = normalize(document, RULES)
    schemas = schemas_of(result)
    assert len(result.hoisted) == len(set(result.hoisted)) and set(result.hoisted) <= set(schemas)
    assert all(n.isidentifier() and not keyword.iskeyword(n) and not n[-1].isdigit() for n in result.hoisted)
    assert all(d.severity is Severity.WARNING for d in result.diagnostics)
    again = normalize(LoadedDocument(document.path, result.data, document.positions), RULES)
    assert again.data == result.data and again.hoisted == () and again.diagnostics == ()  # idempotent
    comparison = schemas["CompoundFilterFiltersItem"]["discriminator"]["mapping"]
    assert {k for k, v in comparison.items() if v.endswith("/ComparisonFilter")} == {
        *("eq", "ne", "gt", "gte", "lt", "lte", "in", "nin")
    }


def test_mapping_given_by_bare_component_names_is_kept() -> None:
    union = {
        "oneOf": [{"$ref": REF + "A"}, {"$ref": REF + "B"}],
        "discriminator": {"propertyName": "type", "mapping": {"a": "A"}},
    }
    result = run({"U": union, "A": tagged({"const": "a"}), "B": tagged({"const": "b"})})
    assert schemas_of(result)["U"]["discriminator"]["mapping"] == {"a": REF + "A", "b": REF + "B"}
    assert result.diagnostics == ()


def test_nullable_discriminated_union_keeps_its_discriminator_and_is_optional_where_used() -> None:
    union = {"oneOf": [{"$ref": REF + "A"}, {"$ref": REF + "B"}], "discriminator": {"propertyName": "type"}}
    thing = obj(pick={**union, "nullable": True})
    result = run({"Thing": thing, "A": tagged({"const": "a"}), "B": tagged({"const": "b"})})
    schemas = schemas_of(result)
    assert schemas["Thing"]["properties"]["pick"] == {"anyOf": [{"$ref": REF + "ThingPick"}, {"type": "null"}]}
    assert schemas["ThingPick"]["oneOf"] == union["oneOf"]
    assert schemas["ThingPick"]["discriminator"]["mapping"] == {"a": REF + "A", "b": REF + "B"}
    assert result.diagnostics == ()


def test_path_level_parameters_are_named_once_after_the_path() -> None:
    item = {
        "parameters": [{"name": "range", "in": "query", "schema": obj(gt={"type": "integer"})}],
        "get": {"operationId": "listThings", "responses": {}},
        "post": {"operationId": "createThing", "responses": {}},
    }
    result = run({}, {"/things": item})
    assert list(schemas_of(result)) == ["ThingsParamsRange"]
    assert result.data["paths"]["/things"]["parameters"][0]["schema"] == {"$ref": REF + "ThingsParamsRange"}


def test_a_null_default_makes_the_hoisted_class_optional_where_used() -> None:
    thing = obj(reduction={"type": "object", "default": None, "properties": {"kind": {"type": "string"}}})
    schemas = schemas_of(run({"Thing": thing}))
    assert schemas["Thing"]["properties"]["reduction"] == {
        "anyOf": [{"$ref": REF + "ThingReduction"}, {"type": "null"}],
        "default": None,
    }
    assert schemas["ThingReduction"] == obj(kind={"type": "string"})


def test_a_discriminator_over_one_member_is_dropped_with_a_warning() -> None:
    union = {"anyOf": [{"$ref": REF + "A"}], "discriminator": {"propertyName": "type"}}
    result = run({"U": union, "A": tagged({"const": "a"})})
    assert schemas_of(result)["U"] == {"anyOf": [{"$ref": REF + "A"}]}
    assert "only one" in result.diagnostics[0].message
