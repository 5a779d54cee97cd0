"""Bundling a spec split over local files into one document: what each reference becomes,
where each node is located, and every reference that is refused (with its file and line)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator.core.diagnostics import GenerationError, display_name
from generator.spec.bundle import bundle, has_external_refs, load_bundled
from generator.spec.load import load_document
from generator.spec.references import holders, references
from generator.spec.validate import structural_findings

from conftest import TEST_SPECS

HEAD = "openapi: 3.1.0\ninfo: {title: T, version: '1'}\n"


def tree(root: Path, files: dict[str, str | dict[str, Any]]) -> Path:
    """Write `files` (YAML text, or data written as JSON) under `root`; the path of the first."""
    for name, content in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(content if isinstance(content, str) else json.dumps(content, indent=1))
    return root / next(iter(files))


def spec_with_schema(ref: str) -> str:
    """A root spec whose one response's schema is `{$ref: <ref>}` (the `$ref` at line 10, column 41)."""
    return HEAD + (
        "paths:\n"
        "  /things:\n"
        "    get:\n"
        "      responses:\n"
        "        '200':\n"
        "          description: OK\n"
        "          content:\n"
        f"            application/json: {{schema: {{$ref: '{ref}'}}}}\n"
    )


def refused(path: Path) -> list[str]:
    with pytest.raises(GenerationError) as err:
        load_bundled(path, display=path.name)
    return [d.render() for d in err.value.diagnostics]


def external(data: Any) -> list[str]:
    return [ref for p, node in holders(data) for _, ref in references(p, node) if not ref.startswith("#")]


def test_the_multifile_spec_bundles_into_one_document() -> None:
    """Nested folders, `../`, YAML beside JSON, pointers into files and whole files."""
    document = load_bundled(TEST_SPECS / "multifile" / "openapi.yaml", display="openapi.yaml")
    assert external(document.data) == []
    schemas = document.data["components"]["schemas"]
    assert list(schemas) == ["Category", "Error", "Pet", "NewPet", "CommonError", "Tag"]  # in the order first met
    assert schemas["Category"]["description"] == "A kind of pet."  # the component took its target's place
    assert schemas["Pet"]["properties"]["category"] == {"$ref": "#/components/schemas/Category"}
    assert schemas["Pet"]["properties"]["tags"]["items"] == {"$ref": "#/components/schemas/Tag"}
    assert schemas["CommonError"]["properties"] == {"message": {"type": "string"}}  # `Error` was taken
    pets = document.data["paths"]["/pets"]  # a path item copied in place
    assert pets["get"]["parameters"][0]["name"] == "limit"
    assert pets["post"]["requestBody"]["content"]["application/json"]["schema"] == {
        "$ref": "#/components/schemas/NewPet"
    }
    default = document.data["paths"]["/pets/{petId}"]["get"]["responses"]["default"]
    assert default["content"]["application/json"]["schema"] == {"$ref": "#/components/schemas/CommonError"}
    assert structural_findings(document) == ()
    names = {Path(name).relative_to(TEST_SPECS / "multifile").as_posix() for name in document.files}
    assert names == {
        "common.yaml",
        "paths/pets.yaml",
        "schemas/pet.yaml",
        "schemas/shared/category.json",
        "schemas/shared/tag.yaml",
    }


def test_every_node_is_located_in_the_file_it_came_from() -> None:
    document = load_bundled(TEST_SPECS / "multifile" / "openapi.yaml", display="openapi.yaml")
    name = document.locate("/components/schemas/Pet/properties/name")
    assert (Path(name.file).name, name.pointer, name.line, name.column) == ("pet.yaml", "/Pet/properties/name", 7, 5)
    body = document.locate("/paths/~1pets/post/requestBody/content")
    assert (Path(body.file).name, body.pointer, body.line) == ("pets.yaml", "/post/requestBody/content", 19)
    category = document.locate("/components/schemas/Category/properties/name")
    assert (Path(category.file).name, category.line) == ("category.json", 4)
    assert str(document.locate("/paths/~1pets~1{petId}/get/operationId")) == "openapi.yaml:13:7"


def test_a_document_without_references_to_files_is_returned_as_it_is(tmp_path: Path) -> None:
    path = tree(
        tmp_path, {"spec.yaml": spec_with_schema("#/components/schemas/X") + "components: {schemas: {X: {}}}\n"}
    )
    document = load_document(path)
    assert bundle(document, path) is document


def test_references_across_files_in_a_cycle_end(tmp_path: Path) -> None:
    """Schemas in two files that refer to each other (and to themselves) are read once each."""
    path = tree(
        tmp_path,
        {
            "spec.yaml": spec_with_schema("./a.yaml#/A"),
            "a.yaml": "A: {type: object, properties: {b: {$ref: 'b.yaml#/B'}, self: {$ref: '#/A'}}}\n",
            "b.yaml": "B: {type: object, properties: {a: {$ref: './a.yaml#/A'}}}\n",
        },
    )
    schemas = load_bundled(path, display="spec.yaml").data["components"]["schemas"]
    assert schemas == {
        "A": {
            "type": "object",
            "properties": {"b": {"$ref": "#/components/schemas/B"}, "self": {"$ref": "#/components/schemas/A"}},
        },
        "B": {"type": "object", "properties": {"a": {"$ref": "#/components/schemas/A"}}},
    }


def test_an_object_copied_into_itself_is_a_located_error(tmp_path: Path) -> None:
    path = tree(
        tmp_path,
        {
            "spec.yaml": HEAD + "paths:\n  /a: {$ref: './a.yaml'}\n",
            "a.yaml": "get:\n  responses:\n    '200': {$ref: './b.yaml#/R'}\n",
            "b.yaml": "R: {$ref: '#/S'}\nS: {$ref: '#/R'}\n",
        },
    )
    (problem,) = refused(path)
    assert problem.startswith(f"{display_name(tmp_path / 'b.yaml')}:2:5: error: reference cycle across files: ")
    assert "b.yaml#/R -> " in problem and "[at /S/$ref]" in problem


def test_names_stay_clear_of_each_other(tmp_path: Path) -> None:
    """A taken name gets the file's name in front, then a number."""
    path = tree(
        tmp_path,
        {
            "spec.yaml": HEAD
            + "paths: {}\ncomponents:\n  schemas:\n    Error: {type: object}\n    CommonError: {type: string}\n"
            + "    All: {anyOf: [{$ref: 'common.yaml#/Error'}, {$ref: 'other/common.json#/Error'}, {$ref: 'x/1.yaml'}]}\n",
            "common.yaml": "Error: {type: integer}\n",
            "other/common.json": {"Error": {"type": "boolean"}},
            "x/1.yaml": "type: number\n",
        },
    )
    schemas = load_bundled(path, display="spec.yaml").data["components"]["schemas"]
    assert schemas["All"]["anyOf"] == [
        {"$ref": "#/components/schemas/Error2"},
        {"$ref": "#/components/schemas/Error3"},
        {"$ref": "#/components/schemas/1"},
    ]
    assert (schemas["Error2"], schemas["Error3"], schemas["1"]) == (
        {"type": "integer"},
        {"type": "boolean"},
        {"type": "number"},
    )


@pytest.mark.parametrize(
    "ref, message",
    [
        ("../outside.yaml#/X", "reference outside the spec's directory: ../outside.yaml#/X"),
        ("sub/../../outside.yaml", "reference outside the spec's directory: sub/../../outside.yaml"),
        ("/etc/passwd", "reference outside the spec's directory: /etc/passwd"),
        ("https://example.com/x.yaml#/X", "reference to a URL: https://example.com/x.yaml#/X"),
        ("http://127.0.0.1:1/x.yaml", "reference to a URL: http://127.0.0.1:1/x.yaml"),
        ("file:///etc/passwd", "reference to a URL: file:///etc/passwd"),
        ("missing.yaml#/X", "the file missing.yaml (of missing.yaml#/X) does not exist"),
        ("there.yaml#/Nothing", "there.yaml has nothing at #/Nothing"),
        ("there.yaml#Anchor", "reference by anchor: there.yaml#Anchor"),
    ],
)
def test_a_reference_that_cannot_be_followed_is_an_error_at_its_line(tmp_path: Path, ref: str, message: str) -> None:
    folder = tmp_path / "spec"
    (tmp_path / "outside.yaml").write_text("X: {type: object}\n")
    path = tree(folder, {"spec.yaml": spec_with_schema(ref), "there.yaml": "Thing: {type: object}\n"})
    (problem,) = refused(path)
    location, _, rest = problem.partition(" error: ")
    assert location == "spec.yaml:10:41:" and rest.startswith(
        message.replace("there.yaml has", f"{display_name(folder / 'there.yaml')} has")
    )
    assert "[at /paths/~1things/get/responses/200/content/application~1json/schema/$ref]" in rest


def test_a_symbolic_link_out_of_the_spec_directory_is_refused(tmp_path: Path) -> None:
    (tmp_path / "secret.yaml").write_text("X: {type: object}\n")
    path = tree(tmp_path / "spec", {"spec.yaml": spec_with_schema("./link.yaml#/X")})
    (tmp_path / "spec" / "link.yaml").symlink_to(tmp_path / "secret.yaml")
    (problem,) = refused(path)
    assert "reference outside the spec's directory: ./link.yaml#/X" in problem


def test_a_problem_inside_a_referenced_file_names_that_file(tmp_path: Path) -> None:
    path = tree(
        tmp_path,
        {
            "spec.yaml": spec_with_schema("./deep/a.yaml#/A"),
            "deep/a.yaml": "A:\n  type: object\n  properties:\n    b: {$ref: '../b.yaml#/B'}\n",
            "b.yaml": "B: {type: object}\nB: {type: string}\n",
        },
    )
    (problem,) = refused(path)
    assert problem.startswith(f"{display_name(tmp_path / 'b.yaml')}:2:1: error: duplicate key 'B'")


def test_the_limits_of_one_file_hold_for_each_file(tmp_path: Path) -> None:
    laughs = "a: &a [x, x, x, x, x, x, x, x, x, x]\n" + "".join(
        f"{chr(98 + i)}: &{chr(98 + i)} [{', '.join(['*' + chr(97 + i)] * 10)}]\n" for i in range(8)
    )
    path = tree(tmp_path, {"spec.yaml": spec_with_schema("./laughs.yaml#/a"), "laughs.yaml": laughs})
    (problem,) = refused(path)
    assert "laughs.yaml" in problem and "nodes (YAML alias expansion?)" in problem


def test_a_spec_read_from_elsewhere_follows_no_file(tmp_path: Path) -> None:
    path = tree(tmp_path, {"spec.yaml": spec_with_schema("./there.yaml#/Thing"), "there.yaml": "Thing: {}\n"})
    with pytest.raises(GenerationError) as err:
        bundle(load_document(path, display="main:spec.yaml"), None)
    (problem,) = err.value.diagnostics
    assert str(problem.location) == "main:spec.yaml:10:41" and problem.message.startswith("reference to another file")


def test_other_objects_are_copied_where_they_are_referenced(tmp_path: Path) -> None:
    """A parameter, a response, a request body and a header, with the keys beside the `$ref`."""
    path = tree(
        tmp_path,
        {
            "spec.yaml": HEAD
            + "paths:\n  /a/{id}:\n    post:\n"
            + "      parameters: [{$ref: 'parts.yaml#/id'}]\n"
            + "      requestBody: {$ref: 'parts.yaml#/body', description: Mine}\n"
            + "      responses: {'200': {$ref: 'parts.yaml#/ok'}}\n",
            "parts.yaml": "id: {name: id, in: path, required: true, schema: {type: string}}\n"
            + "body: {description: Theirs, content: {application/json: {schema: {$ref: '#/Thing'}}}}\n"
            + "ok: {description: OK, headers: {X-Id: {$ref: '#/header'}}}\n"
            + "header: {schema: {type: string}}\n"
            + "Thing: {type: object}\n",
        },
    )
    document = load_bundled(path, display="spec.yaml")
    post = document.data["paths"]["/a/{id}"]["post"]
    assert post["parameters"] == [{"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}]
    assert post["requestBody"] == {
        "description": "Mine",
        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}},
    }
    assert post["responses"]["200"] == {"description": "OK", "headers": {"X-Id": {"schema": {"type": "string"}}}}
    assert str(document.locate("/paths/~1a~1{id}/post/responses/200/headers/X-Id/schema")).endswith("parts.yaml:4:10")


def test_a_discriminator_mapping_into_another_file_names_a_component(tmp_path: Path) -> None:
    path = tree(
        tmp_path,
        {
            "spec.yaml": spec_with_schema("./pets.yaml#/Pet"),
            "pets.yaml": "Pet:\n  oneOf: [{$ref: '#/Cat'}, {$ref: 'dog.yaml'}]\n"
            + "  discriminator: {propertyName: kind, mapping: {cat: '#/Cat', dog: './dog.yaml'}}\n"
            + "Cat: {type: object, properties: {kind: {const: cat}}}\n",
            "dog.yaml": "type: object\nproperties: {kind: {const: dog}}\n",
        },
    )
    pet = load_bundled(path, display="spec.yaml").data["components"]["schemas"]["Pet"]
    assert pet["discriminator"]["mapping"] == {"cat": "#/components/schemas/Cat", "dog": "#/components/schemas/Dog"}
    assert pet["oneOf"] == [{"$ref": "#/components/schemas/Cat"}, {"$ref": "#/components/schemas/Dog"}]


def test_a_ref_inside_data_is_never_followed(tmp_path: Path) -> None:
    """Examples, defaults, enums, consts and extensions are data, in the root file and in others."""
    data_refs = {"$ref": "./nowhere.yaml#/X"}
    thing = {
        "type": "object",
        "example": data_refs,
        "examples": [data_refs],
        "default": data_refs,
        "enum": [data_refs],
        "const": data_refs,
        "x-extension": data_refs,
        "properties": {"$ref": {"type": "string", "default": data_refs}},
    }
    path = tree(
        tmp_path,
        {
            "spec.yaml": spec_with_schema("./thing.json#/Thing"),
            "thing.json": {"Thing": thing},
        },
    )
    document = load_bundled(path, display="spec.yaml")
    assert document.data["components"]["schemas"]["Thing"] == thing
    assert not has_external_refs({"x-anything": data_refs, "paths": {}})
    media = {"schema": {"type": "object"}, "example": data_refs, "examples": {"one": {"value": data_refs}}}
    assert external({"paths": {"/a": {"get": {"responses": {"200": {"content": {"application/json": media}}}}}}}) == []
    assert external({"components": {"examples": {"one": {"$ref": "./e.yaml"}}}}) == ["./e.yaml"]
    assert yaml.safe_load(yaml.safe_dump(thing)) == thing


def test_a_dynamic_ref_to_an_anchor_stays_as_it_is(tmp_path: Path) -> None:
    path = tree(
        tmp_path,
        {
            "spec.yaml": spec_with_schema("./tree.yaml#/Tree"),
            "tree.yaml": "Tree: {$dynamicAnchor: node, type: object, properties: {kids: {items: {$dynamicRef: '#node'}}}}\n",
        },
    )
    tree_schema = load_bundled(path, display="spec.yaml").data["components"]["schemas"]["Tree"]
    assert tree_schema["properties"]["kids"]["items"] == {"$dynamicRef": "#node"}
