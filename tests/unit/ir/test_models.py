"""The IR's models: the language-neutral models of component schemas, checked on small normalized
specs written for one rule each, on the committed spec and on the full OpenAI spec."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from typing import Any

from generator import ir
from generator.ir.build import build_ir
from generator.ir.models import build_models
from generator.ir.schemas import SchemaReader
from generator.pipeline import read_config
from generator.spec.load import LoadedDocument, load_document
from generator.spec.normalize import normalize

from conftest import CONFIG, RULES, SPEC, shared_spec

REF = "#/components/schemas/"
STRING = ir.TypeRef(ir.TypeKind.STRING)
INTEGER = ir.TypeRef(ir.TypeKind.INTEGER)
NULL = ir.TypeRef(ir.TypeKind.NULL)
ANY = ir.TypeRef(ir.TypeKind.ANY)
OBJECT, UNION, ALIAS = ir.ModelKind.OBJECT, ir.ModelKind.UNION, ir.ModelKind.ALIAS


def models(schemas: dict[str, Any]) -> dict[str, ir.Model]:
    """The models of every component of a spec holding `schemas`, after `normalize`."""
    data = {"openapi": "3.1.0", "info": {"title": "t", "version": "1"}, "paths": {}}
    data["components"] = {"schemas": schemas}
    normalized = normalize(LoadedDocument("spec.yaml", data, {"": (1, 1)}), RULES).data
    built = build_models(SchemaReader(normalized), normalized["components"]["schemas"])
    return {model.name: model for model in built}


def obj(required: tuple[str, ...] = (), **properties: Any) -> dict[str, Any]:
    schema: dict[str, Any] = {"type": "object", "properties": properties}
    if required:
        schema["required"] = list(required)
    return schema


def ref(name: str) -> ir.TypeRef:
    return ir.TypeRef(ir.TypeKind.REF, name=name)


def nullable(*types: ir.TypeRef) -> ir.TypeRef:
    return ir.TypeRef(ir.TypeKind.UNION, variants=(*types, NULL))


def fields(model: ir.Model) -> dict[str, ir.ModelField]:
    return {f.name: f for f in model.fields}


# --- objects --------------------------------------------------------------------------------------


def test_object_fields_keep_order_types_requiredness_descriptions_and_pointers() -> None:
    thing = obj(
        ("id", "note", "owner"),
        id={"type": "string", "description": " The id.\n"},
        count={"type": "integer"},
        note={"type": ["string", "null"], "description": "A note."},
        legacy={"type": "string", "nullable": True},
        owner={"$ref": REF + "Owner", "description": "Who owns it."},
        backup={"anyOf": [{"$ref": REF + "Owner"}, {"type": "null"}]},
        old={"type": "string", "deprecated": True},
    )
    found = models({"Thing": {"description": "A thing.\n", **thing}, "Owner": obj(name={"type": "string"})})
    model = found["Thing"]
    assert (model.kind, model.description, model.pointer) == (OBJECT, "A thing.", "/components/schemas/Thing")
    assert (model.type, model.extra, model.discriminator, model.mapping, model.deprecated) == (
        None,
        None,
        "",
        (),
        False,
    )
    assert [(f.name, f.type, f.required) for f in model.fields] == [
        ("id", STRING, True),
        ("count", INTEGER, False),
        ("note", nullable(STRING), True),  # required, yet may be null
        ("legacy", nullable(STRING), False),  # OpenAPI 3.0 `nullable: true`
        ("owner", ref("Owner"), True),
        ("backup", nullable(ref("Owner")), False),
        ("old", STRING, False),
    ]
    by_name = fields(model)
    assert by_name["id"].description == "The id."
    assert by_name["owner"].description == "Who owns it."  # beside the `$ref`
    assert by_name["count"].description == ""
    assert [f.name for f in model.fields if f.deprecated] == ["old"]
    assert by_name["note"].pointer == "/components/schemas/Thing/properties/note"


def test_inline_objects_are_hoisted_by_normalize_and_become_models_of_their_own() -> None:
    found = models({"Thing": obj(config=obj(("depth",), depth={"type": "integer"}))})
    assert fields(found["Thing"])["config"].type == ref("ThingConfig")
    assert found["ThingConfig"].kind is OBJECT
    assert [(f.name, f.required) for f in found["ThingConfig"].fields] == [("depth", True)]


def test_all_of_parts_merge_in_order_with_the_pointer_of_each_declaration() -> None:
    base = obj(("id",), id={"type": "string"}, kind={"type": "string"})
    child = {"allOf": [{"$ref": REF + "Base"}, obj(("size", "kind"), size={"type": "integer"})], "title": "A child"}
    model = models({"Base": base, "Child": child})["Child"]
    assert model.kind is OBJECT
    assert model.description == "A child"  # the title, for want of a description
    assert [(f.name, f.type, f.required) for f in model.fields] == [
        ("id", STRING, True),
        ("kind", STRING, True),  # a later part may require what an earlier one declared
        ("size", INTEGER, True),
    ]
    assert [f.pointer for f in model.fields] == [
        "/components/schemas/Base/properties/id",
        "/components/schemas/Base/properties/kind",
        "/components/schemas/Child/allOf/1/properties/size",
    ]


def test_additional_properties_schema_true_false_and_absent() -> None:
    found = models(
        {
            "Typed": {**obj(a={"type": "string"}), "additionalProperties": {"type": "integer"}},
            "Open": {**obj(a={"type": "string"}), "additionalProperties": True},
            "Closed": {**obj(a={"type": "string"}), "additionalProperties": False},
            "Silent": obj(a={"type": "string"}),
        }
    )
    assert {name: (m.kind, m.extra) for name, m in found.items()} == {
        "Typed": (OBJECT, INTEGER),
        "Open": (OBJECT, ANY),
        "Closed": (OBJECT, None),
        "Silent": (OBJECT, None),
    }


def test_properties_beside_a_constraint_only_one_of_make_an_object() -> None:
    schema = {**obj(a={"type": "string"}, b={"type": "string"}), "oneOf": [{"required": ["a"]}, {"required": ["b"]}]}
    model = models({"OneOfThem": schema})["OneOfThem"]
    assert (model.kind, [(f.name, f.required) for f in model.fields]) == (OBJECT, [("a", False), ("b", False)])


# --- unions ---------------------------------------------------------------------------------------


def pets(pet: dict[str, Any]) -> dict[str, ir.Model]:
    cat = obj(("kind",), kind={"type": "string", "const": "cat"}, meows={"type": "boolean"})
    dog = obj(("kind",), kind={"type": "string", "const": "dog"}, barks={"type": "boolean"})
    return models({"Cat": cat, "Dog": dog, "Pet": pet})


def test_tagged_union_keeps_the_spec_mapping_order() -> None:
    mapping = {"dog": REF + "Dog", "cat": REF + "Cat", "puppy": REF + "Dog"}
    pet = {
        "description": "A pet.",
        "oneOf": [{"$ref": REF + "Cat"}, {"$ref": REF + "Dog"}],
        "discriminator": {"propertyName": "kind", "mapping": mapping},
    }
    model = pets(pet)["Pet"]
    assert (model.kind, model.description, model.fields) == (UNION, "A pet.", ())
    assert model.type == ir.TypeRef(ir.TypeKind.UNION, variants=(ref("Cat"), ref("Dog")))
    assert model.discriminator == "kind"
    assert model.mapping == (("dog", "Dog"), ("cat", "Cat"), ("puppy", "Dog"))


def test_discriminator_without_mapping_gets_the_one_normalize_builds() -> None:
    pet = {"oneOf": [{"$ref": REF + "Cat"}, {"$ref": REF + "Dog"}], "discriminator": {"propertyName": "kind"}}
    model = pets(pet)["Pet"]
    assert (model.kind, model.discriminator, model.mapping) == (UNION, "kind", (("cat", "Cat"), ("dog", "Dog")))


def test_plain_union_has_no_discriminator() -> None:
    model = pets({"anyOf": [{"type": "string"}, {"$ref": REF + "Cat"}]})["Pet"]
    assert (model.kind, model.discriminator, model.mapping) == (UNION, "", ())
    assert model.type == ir.TypeRef(ir.TypeKind.UNION, variants=(STRING, ref("Cat")))


def test_nullable_union_has_null_among_its_variants() -> None:
    model = pets({"anyOf": [{"$ref": REF + "Cat"}, {"$ref": REF + "Dog"}, {"type": "null"}]})["Pet"]
    assert model.kind is UNION
    assert model.type == nullable(ref("Cat"), ref("Dog"))


def test_union_of_one_member_is_an_alias_of_it() -> None:
    model = pets({"oneOf": [{"$ref": REF + "Cat"}]})["Pet"]
    assert (model.kind, model.type) == (ALIAS, ref("Cat"))


# --- aliases --------------------------------------------------------------------------------------


def test_aliases_of_enums_maps_arrays_primitives_and_anything() -> None:
    found = models(
        {
            "Mode": {"type": "string", "enum": ["fast", "slow"], "description": "How.", "deprecated": True},
            "Labels": {"type": "object", "additionalProperties": {"type": "string"}},
            "Bag": {"type": "object"},
            "Things": {"type": "array", "items": {"$ref": REF + "Mode"}},
            "Id": {"type": "string"},
            "Whatever": {},
            "Other": {"$ref": REF + "Mode"},
        }
    )
    assert {name: (m.kind, m.type) for name, m in found.items()} == {
        "Mode": (ALIAS, ir.TypeRef(ir.TypeKind.LITERAL, values=("fast", "slow"))),
        "Labels": (ALIAS, ir.TypeRef(ir.TypeKind.MAP, item=STRING)),
        "Bag": (ALIAS, ir.TypeRef(ir.TypeKind.MAP, item=ANY)),
        "Things": (ALIAS, ir.TypeRef(ir.TypeKind.ARRAY, item=ref("Mode"))),
        "Id": (ALIAS, STRING),
        "Whatever": (ALIAS, ANY),
        "Other": (ALIAS, ref("Mode")),  # another name, not a copy
    }
    assert (found["Mode"].description, found["Mode"].deprecated) == ("How.", True)
    assert all(m.fields == () for m in found.values())


def test_unreadable_or_missing_schemas_are_aliases_of_anything() -> None:
    data = {"components": {"schemas": {"Broken": 5}}}
    assert build_models(SchemaReader(data), ["Missing", "Broken", "Missing"]) == (
        ir.Model("Broken", ALIAS, "", "/components/schemas/Broken", type=ANY),
        ir.Model("Missing", ALIAS, "", "/components/schemas/Missing", type=ANY),
    )


def test_result_is_sorted_by_name_and_escapes_pointer_tokens() -> None:
    data = {"components": {"schemas": {"b/c": {"type": "string"}, "A": {"type": "integer"}}}}
    assert [(m.name, m.pointer) for m in build_models(SchemaReader(data), ["b/c", "A"])] == [
        ("A", "/components/schemas/A"),
        ("b/c", "/components/schemas/b~1c"),
    ]


# --- real specs -----------------------------------------------------------------------------------


def test_conversations_spec_models() -> None:
    document = load_document(SPEC)
    document = replace(document, data=normalize(document, RULES).data)
    api = build_ir(document, read_config(CONFIG)).api
    names = {*api.response_schemas, *api.request_schemas}
    found = {m.name: m for m in api.models}
    assert set(found) == names
    item = found["ConversationItem"]
    assert (item.kind, item.discriminator) == (UNION, "type")
    assert ("message", "Message") in item.mapping
    assert item.type is not None and {name for _, name in item.mapping} == {v.name for v in item.type.variants}
    conversation = found["Conversation"]
    assert conversation.kind is OBJECT
    assert {f.name: f.required for f in conversation.fields} == {
        "id": True,
        "object": True,
        "created_at": True,
        "metadata": True,
    }
    assert fields(conversation)["metadata"].type == nullable(ref("Metadata"))
    assert fields(conversation)["object"].type == ir.TypeRef(ir.TypeKind.LITERAL, values=("conversation",))
    assert found["Metadata"].kind is ALIAS and found["Metadata"].type == ir.TypeRef(ir.TypeKind.MAP, item=STRING)


def refs(type_: ir.TypeRef | None) -> Iterator[str]:
    """The names of every REF inside `type_`."""
    stack = [type_] if type_ else []
    while stack:
        node = stack.pop()
        if node.kind is ir.TypeKind.REF:
            yield node.name
        stack.extend(node.variants)
        stack.extend([node.item] if node.item else [])


def test_full_spec_every_schema_gets_a_model_and_every_reference_resolves() -> None:
    data = normalize(load_document(shared_spec("openai-full.yaml")), RULES).data
    names = set(data["components"]["schemas"])
    built = build_models(SchemaReader(data), names)
    assert [m.name for m in built] == sorted(names)
    types = [t for m in built for t in (m.type, m.extra, *(f.type for f in m.fields))]
    dangling = {name for t in types for name in refs(t)} - names
    assert not dangling
    members = {name for m in built for _, name in m.mapping}
    assert members <= names
