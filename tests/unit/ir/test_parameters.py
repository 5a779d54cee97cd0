"""Parameters in the IR: argument names (readable, distinct, the wire name untouched),
`style`/`explode` with OpenAPI's defaults or the config's `array_format`, and the clashes
that are settled rather than refused."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from generator import ir
from generator.ir.parameters import argument_word, name_arguments, needs_style, parameter_style

from unit.ir.test_build import build, ok, path_param


@pytest.mark.parametrize(
    "wire, word",
    [
        ("StartTime", "start_time"),
        ("StartTime<", "start_time_before"),
        ("StartTime>", "start_time_after"),
        ("Count<=", "count_on_or_before"),
        ("Count>=", "count_on_or_after"),
        ("status!=", "status_not"),
        ("ids[]", "ids"),
        ("filter[name]", "filter_name"),
        ("page.size", "page_size"),
        ("x-request-id", "x_request_id"),
        ("2fa", "2fa"),
        ("<", "before"),
        ("", "value"),
    ],
)
def test_argument_words(wire: str, word: str) -> None:
    assert argument_word(wire) == word


def param(name: str, location: ir.ParamLocation) -> ir.Parameter:
    return ir.Parameter(name, location, ir.TypeRef(ir.TypeKind.STRING), False, "", "")


def test_clashes_go_to_the_path_then_query_header_cookie_and_body_by_prefix() -> None:
    P = ir.ParamLocation
    named = name_arguments(
        [param("id", P.BODY), param("id", P.HEADER), param("id", P.QUERY), param("id", P.PATH), param("Id", P.COOKIE)]
    )
    assert [(p.name, p.location, p.argument) for p in named] == [
        ("id", P.BODY, "body_id"),
        ("id", P.HEADER, "header_id"),
        ("id", P.QUERY, "query_id"),
        ("id", P.PATH, "id"),
        ("Id", P.COOKIE, "cookie_id"),
    ]


def test_names_differing_only_in_case_keep_the_exact_spelling_first() -> None:
    named = name_arguments([param("Name", ir.ParamLocation.QUERY), param("name", ir.ParamLocation.QUERY)])
    assert [p.argument for p in named] == ["name_2", "name"]
    named = name_arguments([param("myField", ir.ParamLocation.BODY), param("MyField", ir.ParamLocation.BODY)])
    assert [p.argument for p in named] == ["my_field", "my_field_2"]


@pytest.mark.parametrize(
    "spec, location, array_format, expected",
    [
        ({}, "query", None, ("form", True)),
        ({}, "query", "brackets", ("", False)),  # the config's format applies
        ({"explode": True}, "query", "brackets", ("form", True)),  # the spec's word wins
        ({"style": "form", "explode": False}, "query", None, ("form", False)),
        ({"style": "pipeDelimited"}, "query", None, ("pipeDelimited", False)),
        ({"style": "deepObject", "explode": True}, "query", "comma", ("deepObject", True)),
        ({}, "path", "brackets", ("simple", False)),
        ({"style": "matrix", "explode": True}, "path", None, ("matrix", True)),
        ({}, "header", None, ("simple", False)),
        ({}, "cookie", None, ("form", True)),
    ],
)
def test_styles_take_openapi_defaults(
    spec: dict[str, Any], location: str, array_format: str | None, expected: tuple[str, bool]
) -> None:
    warnings: list[str] = []
    assert parameter_style(spec, location, array_format, warnings.append) == expected
    assert warnings == []


def test_a_style_the_location_does_not_define_is_reported() -> None:
    warnings: list[str] = []
    assert parameter_style({"style": "label"}, "query", None, warnings.append) == ("form", True)
    assert warnings == ["style 'label' is not defined for query parameters; it is sent in the default style 'form'"]


def test_only_values_the_runtime_would_send_otherwise_are_styled() -> None:
    array = ir.TypeRef(ir.TypeKind.ARRAY, item=ir.TypeRef(ir.TypeKind.STRING))
    text = ir.TypeRef(ir.TypeKind.STRING)
    P = ir.ParamLocation

    def styled(location: ir.ParamLocation, type_: ir.TypeRef, style: str, explode: bool) -> bool:
        return needs_style(ir.Parameter("p", location, type_, False, "", "", style=style, explode=explode))

    assert not styled(P.QUERY, array, "", False)  # the client-wide format
    assert styled(P.QUERY, array, "form", True) and not styled(P.QUERY, text, "pipeDelimited", False)
    assert not styled(P.PATH, text, "simple", False) and styled(P.PATH, text, "label", False)
    assert styled(P.PATH, array, "simple", False)
    assert not styled(P.HEADER, array, "simple", False) and styled(P.HEADER, array, "simple", True)
    assert not styled(P.COOKIE, array, "form", True) and styled(P.COOKIE, array, "form", False)


def json_body(**properties: Any) -> dict[str, Any]:
    schema = {"type": "object", "properties": properties}
    return {"content": {"application/json": {"schema": schema}}}


def test_a_body_field_and_a_parameter_in_two_places_are_named_not_refused(tmp_path: Path) -> None:
    api = build(
        tmp_path,
        {
            "/things/{id}": {
                "parameters": [path_param("id")],
                "post": {
                    **ok(),
                    "parameters": [
                        {"name": "limit", "in": "query", "schema": {"type": "integer"}},
                        {"name": "limit", "in": "header", "schema": {"type": "string"}},
                        {"name": "session", "in": "cookie", "schema": {"type": "string"}},
                    ],
                    "requestBody": json_body(id={"type": "string"}, name={"type": "string"}),
                },
            }
        },
    )
    (op,) = api.operations()
    assert [(p.name, p.location.value, p.arg) for p in op.arguments] == [
        ("id", "path", "id"),
        ("id", "body", "body_id"),
        ("limit", "query", "limit"),
        ("limit", "header", "header_limit"),
        ("name", "body", "name"),
        ("session", "cookie", "session"),
    ]
    assert [(p.style, p.explode) for p in op.located(ir.ParamLocation.COOKIE)] == [("form", True)]


def test_the_config_array_format_leaves_query_parameters_the_spec_says_nothing_about(tmp_path: Path) -> None:
    parameters = [
        {"name": "tags", "in": "query", "schema": {"type": "array", "items": {"type": "string"}}},
        {"name": "ids", "in": "query", "explode": True, "schema": {"type": "array", "items": {"type": "string"}}},
    ]
    paths = {"/things": {"get": {**ok(), "parameters": parameters}}}
    (op,) = build(tmp_path, paths).operations()  # spec/sdk.yaml: array_format brackets
    assert [(p.name, p.style, p.explode) for p in op.arguments] == [("ids", "form", True), ("tags", "", False)]
    config = tmp_path / "plain.yaml"
    config.write_text(f"spec: {tmp_path / 'spec.yaml'}\n")
    (op,) = build(tmp_path, paths, config=config).operations()
    assert [(p.name, p.style, p.explode) for p in op.arguments] == [("ids", "form", True), ("tags", "form", True)]
