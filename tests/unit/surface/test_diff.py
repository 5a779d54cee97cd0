"""`sdkgen diff`'s engine (`generator/surface/`): one small spec pair per rule, each a
copy of `base()` changed in one place, then OpenAI's real spec against ours."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator.core.diagnostics import GenerationError
from generator.pipeline import diff_specs
from generator.surface import EXIT_BREAKING, EXIT_OK, ApiDiff, Bump, ChangeKind, Element, Rule, next_version

from conftest import CONFIG, SPEC, shared_spec

Edit = Callable[[dict[str, Any]], None]


def base() -> dict[str, Any]:
    """A small API: `things.list/create/retrieve/delete` and the `Thing` model."""
    thing_id = {"name": "thing_id", "in": "path", "required": True, "schema": {"type": "string"}}
    thing = {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}}}
    listing = {
        "operationId": "listThings",
        "parameters": [
            {"name": "limit", "in": "query", "schema": {"type": "integer"}},
            {"name": "order", "in": "query", "schema": {"type": "string", "enum": ["asc", "desc"]}},
        ],
        "responses": {"200": {"description": "OK", **thing}},
    }
    body = {
        "type": "object",
        "required": ["name"],
        "properties": {"name": {"type": "string"}, "color": {"type": "string", "enum": ["red", "green"]}},
    }
    return {
        "openapi": "3.1.0",
        "info": {"title": "Things", "version": "1"},
        "paths": {
            "/things": {
                "get": listing,
                "post": {
                    "operationId": "createThing",
                    "requestBody": {"required": True, "content": {"application/json": {"schema": body}}},
                    "responses": {"200": {"description": "OK", **thing}},
                },
            },
            "/things/{thing_id}": {
                "parameters": [thing_id],
                "get": {"operationId": "getThing", "responses": {"200": {"description": "OK", **thing}}},
                "delete": {"operationId": "deleteThing", "responses": {"204": {"description": "Deleted"}}},
            },
        },
        "components": {
            "schemas": {
                "Thing": {
                    "type": "object",
                    "description": "A thing.",
                    "required": ["id", "name", "status"],
                    "properties": {
                        "id": {"type": "string"},
                        "name": {"type": "string"},
                        "status": {"type": "string", "enum": ["active", "archived"]},
                        "note": {"type": "string"},
                    },
                }
            }
        },
    }


def diff(tmp_path: Path, edit: Edit, *, config: Path = CONFIG, before: Edit = lambda doc: None) -> ApiDiff:
    """The diff from `base()` changed by `before` to `base()` changed by `before`, then `edit`."""
    old, new = edited(before), edited(before, edit)
    (tmp_path / "old.yaml").write_text(yaml.safe_dump(old, sort_keys=False))
    (tmp_path / "new.yaml").write_text(yaml.safe_dump(new, sort_keys=False))
    return diff_specs(tmp_path / "old.yaml", tmp_path / "new.yaml", config)


def edited(*edits: Edit) -> dict[str, Any]:
    doc = base()
    for edit in edits:
        edit(doc)
    return doc


def only(result: ApiDiff) -> tuple[Rule, Element, str, Bump]:
    """The one change of `result`, as (rule, element, where, bump)."""
    assert len(result.changes) == 1, result.render()
    change = result.changes[0]
    return change.rule, change.element, change.where, change.bump


def body_properties(doc: dict[str, Any]) -> dict[str, Any]:
    schema = doc["paths"]["/things"]["post"]["requestBody"]["content"]["application/json"]["schema"]
    properties: dict[str, Any] = schema["properties"]
    return properties


def thing(doc: dict[str, Any]) -> dict[str, Any]:
    schema: dict[str, Any] = doc["components"]["schemas"]["Thing"]
    return schema


def test_no_change_is_an_empty_diff_and_no_bump(tmp_path: Path) -> None:
    result = diff(tmp_path, lambda doc: None)
    assert result.changes == () and result.bump is Bump.NONE and not result.breaking
    assert result.exit_code == EXIT_OK
    assert result.render().endswith(
        "No changes to the API surface.\n\n0 breaking, 0 additions, 0 other changes: no version bump\n"
    )


def test_an_added_method_is_an_addition(tmp_path: Path) -> None:
    def edit(doc: dict[str, Any]) -> None:
        doc["paths"]["/things/{thing_id}/archive"] = {
            "post": {
                "operationId": "archiveThing",
                "parameters": [{"name": "thing_id", "in": "path", "required": True, "schema": {"type": "string"}}],
                "responses": {"204": {"description": "Archived"}},
            }
        }

    result = diff(tmp_path, edit)
    assert only(result) == (Rule.METHOD_ADDED, Element.METHOD, "things.archive", Bump.MINOR)
    assert result.changes[0].detail == "POST /things/{thing_id}/archive"
    assert result.changes[0].kind is ChangeKind.ADDED
    assert result.changes[0].location.file.endswith("new.yaml") and result.changes[0].location.line is not None
    assert result.exit_code == EXIT_OK


def test_a_removed_method_breaks_and_points_into_the_old_spec(tmp_path: Path) -> None:
    result = diff(tmp_path, lambda doc: doc["paths"]["/things/{thing_id}"].pop("delete"))
    assert only(result) == (Rule.METHOD_REMOVED, Element.METHOD, "things.delete", Bump.MAJOR)
    change = result.changes[0]
    assert change.breaking and change.kind is ChangeKind.REMOVED
    assert change.location.file.endswith("old.yaml") and change.location.pointer == "/paths/~1things~1{thing_id}/delete"
    assert result.exit_code == EXIT_BREAKING


def test_a_new_required_argument_breaks(tmp_path: Path) -> None:
    def edit(doc: dict[str, Any]) -> None:
        body_properties(doc)["size"] = {"type": "integer"}
        doc["paths"]["/things"]["post"]["requestBody"]["content"]["application/json"]["schema"]["required"].append(
            "size"
        )

    result = diff(tmp_path, edit)
    assert only(result) == (Rule.ADDED_REQUIRED, Element.ARGUMENT, "things.create(size)", Bump.MAJOR)
    assert result.changes[0].detail == "required, integer"


def test_a_new_optional_argument_is_an_addition(tmp_path: Path) -> None:
    def edit(doc: dict[str, Any]) -> None:
        doc["paths"]["/things"]["get"]["parameters"].append(
            {"name": "after", "in": "query", "schema": {"type": "string"}}
        )

    assert only(diff(tmp_path, edit)) == (Rule.ADDED_OPTIONAL, Element.ARGUMENT, "things.list(after)", Bump.MINOR)


def test_a_wire_name_in_a_second_place_is_a_new_argument(tmp_path: Path) -> None:
    def edit(doc: dict[str, Any]) -> None:
        doc["paths"]["/things"]["get"]["parameters"].append(
            {"name": "limit", "in": "header", "schema": {"type": "string"}}
        )

    result = diff(tmp_path, edit)
    assert only(result) == (Rule.ADDED_OPTIONAL, Element.ARGUMENT, "things.list(header_limit)", Bump.MINOR)


def test_an_argument_becoming_required_breaks(tmp_path: Path) -> None:
    def edit(doc: dict[str, Any]) -> None:
        doc["paths"]["/things"]["get"]["parameters"][0]["required"] = True

    assert only(diff(tmp_path, edit)) == (Rule.NOW_REQUIRED, Element.ARGUMENT, "things.list(limit)", Bump.MAJOR)


def test_a_removed_argument_breaks(tmp_path: Path) -> None:
    result = diff(tmp_path, lambda doc: body_properties(doc).pop("color"))
    assert only(result) == (Rule.REMOVED, Element.ARGUMENT, "things.create(color)", Bump.MAJOR)


def test_an_enum_narrowed_in_a_request_breaks(tmp_path: Path) -> None:
    def edit(doc: dict[str, Any]) -> None:
        doc["paths"]["/things"]["get"]["parameters"][1]["schema"]["enum"] = ["asc"]

    result = diff(tmp_path, edit)
    assert only(result) == (Rule.VALUES_REMOVED, Element.ARGUMENT, "things.list(order)", Bump.MAJOR)
    assert result.changes[0].detail == 'values removed: "desc"'


def test_an_enum_widened_in_a_request_is_an_addition(tmp_path: Path) -> None:
    def edit(doc: dict[str, Any]) -> None:
        body_properties(doc)["color"]["enum"] = ["red", "green", "blue"]

    result = diff(tmp_path, edit)
    assert only(result) == (Rule.VALUES_ADDED, Element.ARGUMENT, "things.create(color)", Bump.MINOR)
    assert result.changes[0].detail == 'values added: "blue"'


def test_request_types_may_widen_but_not_narrow_or_change(tmp_path: Path) -> None:
    def widen(doc: dict[str, Any]) -> None:
        doc["paths"]["/things"]["get"]["parameters"][0]["schema"] = {"type": "number"}

    def change(doc: dict[str, Any]) -> None:
        body_properties(doc)["name"] = {"type": "integer"}

    assert only(diff(tmp_path, widen)) == (Rule.WIDENED, Element.ARGUMENT, "things.list(limit)", Bump.MINOR)
    result = diff(tmp_path, change)
    assert only(result) == (Rule.RETYPED, Element.ARGUMENT, "things.create(name)", Bump.MAJOR)
    assert result.changes[0].detail == "type string -> integer"


def test_a_removed_response_field_breaks(tmp_path: Path) -> None:
    result = diff(tmp_path, lambda doc: thing(doc)["properties"].pop("note"))
    assert only(result) == (Rule.REMOVED, Element.FIELD, "Thing.note", Bump.MAJOR)
    assert result.changes[0].location.pointer == "/components/schemas/Thing/properties/note"


def test_an_added_response_field_is_an_addition(tmp_path: Path) -> None:
    result = diff(tmp_path, lambda doc: thing(doc)["properties"].update(size={"type": "integer"}))
    assert only(result) == (Rule.ADDED_OPTIONAL, Element.FIELD, "Thing.size", Bump.MINOR)


def test_a_response_field_readers_can_no_longer_rely_on_breaks(tmp_path: Path) -> None:
    optional = diff(tmp_path, lambda doc: thing(doc)["required"].remove("name"))
    assert only(optional) == (Rule.NOW_OPTIONAL, Element.FIELD, "Thing.name", Bump.MAJOR)
    nullable = diff(tmp_path, lambda doc: thing(doc)["properties"].update(name={"type": ["string", "null"]}))
    assert only(nullable) == (Rule.NOW_NULLABLE, Element.FIELD, "Thing.name", Bump.MAJOR)
    required = diff(tmp_path, lambda doc: thing(doc)["required"].append("note"))
    assert only(required) == (Rule.NOW_REQUIRED, Element.FIELD, "Thing.note", Bump.MINOR)


def test_response_enum_values_added_or_removed_are_additions(tmp_path: Path) -> None:
    def widen(doc: dict[str, Any]) -> None:
        thing(doc)["properties"]["status"]["enum"] = ["active", "archived", "deleted"]

    def narrow(doc: dict[str, Any]) -> None:
        thing(doc)["properties"]["status"]["enum"] = ["active"]

    added = diff(tmp_path, widen)
    assert only(added) == (Rule.VALUES_ADDED, Element.FIELD, "Thing.status", Bump.MINOR)
    assert "strict readers may reject" in added.changes[0].detail
    assert only(diff(tmp_path, narrow)) == (Rule.VALUES_REMOVED, Element.FIELD, "Thing.status", Bump.MINOR)


def test_a_model_used_by_requests_and_responses_takes_the_stricter_verdict(tmp_path: Path) -> None:
    def share(doc: dict[str, Any]) -> None:
        body_properties(doc)["parent"] = {"$ref": "#/components/schemas/Thing"}

    shared = diff(tmp_path, share)
    assert only(shared) == (Rule.ADDED_OPTIONAL, Element.ARGUMENT, "things.create(parent)", Bump.MINOR)
    # `note` becoming required is harmless to readers, but now callers must send it.
    result = diff(tmp_path, lambda doc: thing(doc)["required"].append("note"), before=share)
    assert only(result) == (Rule.NOW_REQUIRED, Element.FIELD, "Thing.note", Bump.MAJOR)


def test_models_added_and_removed(tmp_path: Path) -> None:
    def add(doc: dict[str, Any]) -> None:
        doc["components"]["schemas"]["Tag"] = {"type": "object", "properties": {"label": {"type": "string"}}}
        thing(doc)["properties"]["tag"] = {"$ref": "#/components/schemas/Tag"}

    added = diff(tmp_path, add)
    assert [(c.rule, c.where, c.bump) for c in added.changes] == [
        (Rule.MODEL_ADDED, "Tag", Bump.MINOR),
        (Rule.ADDED_OPTIONAL, "Thing.tag", Bump.MINOR),
    ]
    removed = diff(tmp_path, lambda doc: doc.update(base()), before=add)
    assert [(c.rule, c.where, c.bump) for c in removed.changes] == [
        (Rule.MODEL_REMOVED, "Tag", Bump.MAJOR),
        (Rule.REMOVED, "Thing.tag", Bump.MAJOR),
    ]


def test_reordered_enum_values_are_no_change(tmp_path: Path) -> None:
    def edit(doc: dict[str, Any]) -> None:
        doc["paths"]["/things"]["get"]["parameters"][1]["schema"]["enum"] = ["desc", "asc"]

    assert diff(tmp_path, edit).changes == ()


def test_an_enum_moved_to_a_named_schema_is_the_same_type(tmp_path: Path) -> None:
    def name_it(doc: dict[str, Any]) -> None:
        doc["components"]["schemas"]["Status"] = thing(doc)["properties"]["status"]
        thing(doc)["properties"]["status"] = {"$ref": "#/components/schemas/Status"}

    result = diff(tmp_path, name_it)
    assert only(result) == (Rule.MODEL_ADDED, Element.MODEL, "Status", Bump.MINOR)


def test_a_response_union_gaining_a_member_is_an_addition_and_losing_one_too(tmp_path: Path) -> None:
    def two_kinds(doc: dict[str, Any]) -> None:
        doc["components"]["schemas"]["Gadget"] = {"type": "object", "properties": {"id": {"type": "string"}}}
        doc["components"]["schemas"]["Widget"] = {"type": "object", "properties": {"id": {"type": "string"}}}
        doc["components"]["schemas"]["Part"] = {
            "anyOf": [{"$ref": "#/components/schemas/Gadget"}, {"$ref": "#/components/schemas/Widget"}]
        }
        thing(doc)["properties"]["part"] = {"$ref": "#/components/schemas/Part"}

    def three_kinds(doc: dict[str, Any]) -> None:
        doc["components"]["schemas"]["Sprocket"] = {"type": "object", "properties": {"id": {"type": "string"}}}
        doc["components"]["schemas"]["Part"]["anyOf"].append({"$ref": "#/components/schemas/Sprocket"})

    result = diff(tmp_path, three_kinds, before=two_kinds)
    assert [(c.rule, c.where, c.bump) for c in result.changes] == [
        (Rule.MEMBERS_ADDED, "Part", Bump.MINOR),
        (Rule.MODEL_ADDED, "Sprocket", Bump.MINOR),
    ]
    assert result.changes[0].detail.startswith("members added: Sprocket (strict readers")
    narrowed = diff(tmp_path, lambda doc: doc["components"]["schemas"]["Part"]["anyOf"].pop(), before=two_kinds)
    # Widget stays a model: schemas no operation uses are models too.
    assert only(narrowed) == (Rule.NARROWED, Element.MODEL, "Part", Bump.MINOR)


def test_a_changed_http_method_or_path_breaks(tmp_path: Path) -> None:
    config = tmp_path / "sdk.yaml"
    settings = yaml.safe_load(CONFIG.read_text())
    settings["operations"] = {"deleteThing": {"resource": "things", "method": "delete"}}
    config.write_text(yaml.safe_dump(settings))

    def edit(doc: dict[str, Any]) -> None:
        operation = doc["paths"]["/things/{thing_id}"].pop("delete")
        parameters = doc["paths"]["/things/{thing_id}"]["parameters"]
        doc["paths"]["/things/{thing_id}/delete"] = {"parameters": parameters, "post": operation}

    result = diff(tmp_path, edit, config=config)
    assert only(result) == (Rule.ENDPOINT_CHANGED, Element.METHOD, "things.delete", Bump.MAJOR)
    assert result.changes[0].detail == "DELETE /things/{thing_id} -> POST /things/{thing_id}/delete"


def test_render_groups_by_bump_and_ends_with_the_summary(tmp_path: Path) -> None:
    def edit(doc: dict[str, Any]) -> None:
        doc["paths"]["/things/{thing_id}"].pop("delete")
        thing(doc)["properties"]["size"] = {"type": "integer"}
        thing(doc)["description"] = "A thing, described anew."

    result = diff(tmp_path, edit)
    text = result.render()
    lines = text.splitlines()
    assert lines[0] == f"API changes from {result.old} to {result.new}"
    assert lines[2] == "Breaking (1):"
    assert re.fullmatch(
        r"  - method   things\.delete: was DELETE /things/\{thing_id\}  \[.*old\.yaml:\d+:\d+\]", lines[3]
    )
    assert lines[5] == "Additions (1):"
    assert lines[6].startswith("  + field    Thing.size: optional, integer  [")
    assert lines[8] == "Other changes (1):"
    assert lines[9].startswith("  ~ model    Thing: description changed  [")
    # Below 1.0 a breaking change bumps the minor number, and the summary says so.
    assert lines[-1] == "1 breaking, 1 addition, 1 other change: a minor version bump (0.1.0 -> 0.2.0)"
    assert result.summary() == lines[-1]


@pytest.mark.parametrize(
    ("current", "bump", "expected"),
    [
        ("0.1.0", Bump.MAJOR, "0.2.0"),
        ("0.1.0", Bump.MINOR, "0.1.1"),
        ("0.1.3", Bump.PATCH, "0.1.4"),
        ("1.2.3", Bump.MAJOR, "2.0.0"),
        ("1.2.3", Bump.MINOR, "1.3.0"),
        ("1.2.3", Bump.PATCH, "1.2.4"),
        ("1.2.3", Bump.NONE, "1.2.3"),
        ("2", Bump.MINOR, "2.1.0"),
        ("", Bump.MAJOR, ""),
    ],
)
def test_next_version(current: str, bump: Bump, expected: str) -> None:
    assert next_version(current, bump) == expected


def test_an_invalid_spec_raises_with_every_problem(tmp_path: Path) -> None:
    old, new = tmp_path / "old.yaml", tmp_path / "new.yaml"
    old.write_text("openapi: [unclosed\n")
    broken = base()
    thing(broken)["properties"]["tag"] = {"$ref": "#/components/schemas/Missing"}
    new.write_text(yaml.safe_dump(broken))
    with pytest.raises(GenerationError) as raised:
        diff_specs(old, new, CONFIG)
    rendered = str(raised.value)
    assert "old.yaml:" in rendered and "not valid YAML" in rendered
    assert "new.yaml:" in rendered and "Missing" in rendered


def test_the_real_specs_diff_deterministically() -> None:
    openai = shared_spec("openai-conversations.yaml")
    first = diff_specs(openai, SPEC, CONFIG, lenient=True)
    second = diff_specs(openai, SPEC, CONFIG, lenient=True)
    assert first.render() == second.render() and first.changes == second.changes
    assert re.fullmatch(
        r"\d+ breaking, \d+ additions?, \d+ other changes?: a (major|minor|patch) version bump \(0\.1\.0 -> .*\)",
        first.render().splitlines()[-1],
    )
    ranks = [c.bump.rank for c in first.changes]
    assert ranks == sorted(ranks, reverse=True)
    # The surface itself matches: the same methods, with the same arguments.
    assert not [c for c in first.changes if c.rule in (Rule.METHOD_ADDED, Rule.METHOD_REMOVED)]
    assert diff_specs(SPEC, SPEC, CONFIG).changes == ()


def test_the_real_spec_needs_lenient_like_generate() -> None:
    openai = shared_spec("openai-conversations.yaml")
    with pytest.raises(GenerationError):
        diff_specs(openai, SPEC, CONFIG)
