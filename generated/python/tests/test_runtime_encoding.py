# File generated from conversations.yaml by sdkgen. Do not edit.
"""Runtime: the pure encoders (query strings, path templates, bodies, request options)."""

from __future__ import annotations

from typing import Any, Dict, List

import httpx2
import pytest

from openai_conversations import NOT_GIVEN, Omit, NotGiven, omit, not_given
from openai_conversations._qs import stringify, stringify_items
from openai_conversations._styles import cookie_header, path_param, styled
from openai_conversations._types import is_given
from openai_conversations._utils import json_bytes, path_template, strip_not_given, platform_headers
from openai_conversations._models import BaseModel
from openai_conversations._base_client import make_request_options

# -- sentinels --------------------------------------------------------------------------


def test_sentinels() -> None:
    assert not not_given and not NOT_GIVEN and not omit
    assert not_given is not NOT_GIVEN
    assert isinstance(NOT_GIVEN, NotGiven) and isinstance(omit, Omit)
    assert repr(not_given) == "NOT_GIVEN" and repr(NOT_GIVEN) == "NOT_GIVEN"
    assert [is_given(v) for v in (None, 0, "", omit, not_given, NOT_GIVEN)] == [True, True, True, False, False, False]


# -- query strings ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "value, style, explode, expected",
    [
        (["a", "b"], "form", True, "tags=a&tags=b"),
        (["a", "b"], "form", False, "tags=a%2Cb"),
        (["a", "b"], "spaceDelimited", False, "tags=a+b"),
        (["a", "b"], "pipeDelimited", False, "tags=a%7Cb"),
        ({"r": 1, "g": True}, "form", True, "r=1&g=true"),
        ({"r": 1, "g": 2}, "form", False, "tags=r%2C1%2Cg%2C2"),
        (
            {"r": 1, "g": {"x": [3, 4]}},
            "deepObject",
            True,
            "tags%5Br%5D=1&tags%5Bg%5D%5Bx%5D%5B%5D=3&tags%5Bg%5D%5Bx%5D%5B%5D=4",
        ),
        (["a"], "deepObject", True, "tags%5B%5D=a"),
        ("x", "pipeDelimited", False, "tags=x"),
    ],
)
def test_styled_query_values_ignore_the_array_format(value: Any, style: str, explode: bool, expected: str) -> None:
    assert stringify({"tags": styled(value, style, explode)}, array_format="brackets") == expected
    assert styled(omit, "form", False) is omit and styled(None, "form", False) is None


@pytest.mark.parametrize(
    "value, style, explode, expected",
    [
        (5, "simple", False, "5"),
        ([3, 4], "simple", False, "3,4"),
        ({"r": 1, "g": 2}, "simple", True, "r=1,g=2"),
        ([3, 4], "label", False, ".3,4"),
        ([3, 4], "label", True, ".3.4"),
        (5, "matrix", False, ";id=5"),
        ([3, 4], "matrix", False, ";id=3,4"),
        ([3, 4], "matrix", True, ";id=3;id=4"),
        ({"r": 1, "g": 2}, "matrix", True, ";r=1;g=2"),
    ],
)
def test_path_styles(value: Any, style: str, explode: bool, expected: str) -> None:
    assert path_param("id", value, style, explode) == expected


def test_cookie_header() -> None:
    assert cookie_header({"a": "x y;z", "b": omit, "c": None, "d": [1, 2], "e": styled([1, 2], "form", False)}) == {
        "Cookie": "a=x%20y%3Bz; d=1; d=2; e=1,2"
    }
    assert cookie_header({"a": omit}) == {}


@pytest.mark.parametrize(
    "array_format, expected",
    [
        ("brackets", "include%5B%5D=a&include%5B%5D=b&limit=2"),
        ("repeat", "include=a&include=b&limit=2"),
        ("comma", "include=a%2Cb&limit=2"),
        ("indices", "include%5B0%5D=a&include%5B1%5D=b&limit=2"),
    ],
)
def test_array_formats(array_format: Any, expected: str) -> None:
    assert stringify({"include": ["a", "b"], "limit": 2}, array_format=array_format) == expected


def test_stringify_items_drops_none_sentinels_and_empty_lists() -> None:
    params = {"a": None, "b": omit, "c": not_given, "d": [], "e": 0, "f": "", "g": [None, "x"]}
    assert stringify_items(params, array_format="brackets") == [("e", "0"), ("f", ""), ("g[]", "x")]


def test_booleans_nested_objects_and_tuples() -> None:
    params = {"t": True, "f": False, "obj": {"a": {"b": 1}, "c": [True]}, "tup": (1, 2)}
    assert stringify_items(params, array_format="brackets") == [
        ("t", "true"),
        ("f", "false"),
        ("obj[a][b]", "1"),
        ("obj[c][]", "true"),
        ("tup[]", "1"),
        ("tup[]", "2"),
    ]


def test_comma_format_of_an_empty_list_keeps_the_key() -> None:
    assert stringify({"a": []}, array_format="comma") == "a="


def test_urlencoding_of_reserved_characters() -> None:
    assert stringify({"k y": "a+b&c=d/é?"}) == "k+y=a%2Bb%26c%3Dd%2F%C3%A9%3F"


def test_unknown_array_format() -> None:
    with pytest.raises(NotImplementedError, match="Unknown array_format value: nope"):
        stringify({"a": [1]}, array_format="nope")  # type: ignore[arg-type]


# -- path templates --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "value, expected",
    [
        ("conv_123", "/c/conv_123/items"),
        ("a b/c?d#e%", "/c/a%20b%2Fc%3Fd%23e%25/items"),
        ("!$&'()*+,;=:@", "/c/!$&'()*+,;=:@/items"),
        ("é", "/c/%C3%A9/items"),
        (None, "/c/null/items"),
        (True, "/c/true/items"),
        (False, "/c/false/items"),
        (12, "/c/12/items"),
        ("%2e", "/c/%252e/items"),
        ("...", "/c/.../items"),
    ],
)
def test_path_template_encodes_values(value: Any, expected: str) -> None:
    assert path_template("/c/{id}/items", id=value) == expected


@pytest.mark.parametrize(
    "template, values, segment",
    [
        ("/c/{id}", {"id": ".."}, ".."),
        ("/c/{id}", {"id": "."}, "."),
        ("/c/{a}{b}", {"a": ".", "b": "."}, ".."),
        ("/c/{id}/x", {"id": ".."}, ".."),
    ],
)
def test_dot_segments_raise(template: str, values: Dict[str, Any], segment: str) -> None:
    with pytest.raises(ValueError) as info:
        path_template(template, **values)
    path = template
    for name, value in values.items():
        path = path.replace("{" + name + "}", value)
    assert str(info.value) == f"Constructed path {path!r} contains dot-segment {segment!r} which is not allowed"


def test_path_template_query_and_fragment_use_their_own_safe_sets() -> None:
    assert path_template("/p/{a}?q={b}#{c}", a="x/y", b="1&2=3/?", c="f g/?") == "/p/x%2Fy?q=1%262%3D3/?#f%20g/?"


def test_path_template_missing_value() -> None:
    with pytest.raises(KeyError, match="a value for placeholder {missing} was not provided"):
        path_template("/p/{missing}")


# -- bodies ------------------------------------------------------------------------------------


class Inner(BaseModel):
    a: int
    b: int = 2


def test_strip_not_given_at_every_level_and_materialise_iterables() -> None:
    body = {
        "a": omit,
        "b": not_given,
        "c": None,
        "d": {"x": omit, "y": [{"z": omit, "w": 1}]},
        "e": (i for i in range(2)),
        "f": {1, 2} - {2},
        "g": "str",
        "h": b"bytes",
    }
    assert strip_not_given(body) == {
        "c": None,
        "d": {"y": [{"w": 1}]},
        "e": [0, 1],
        "f": [1],
        "g": "str",
        "h": b"bytes",
    }


def test_models_in_bodies_are_dumped_with_set_fields_only() -> None:
    body = strip_not_given({"m": Inner(a=1)})
    assert json_bytes(body) == b'{"m":{"a":1}}'


def test_json_bytes() -> None:
    import datetime

    moment = datetime.datetime(2024, 3, 22, 18, 11, 19)
    assert json_bytes({"é": "ß", "n": [1, 2.5, None, True], "t": moment}) == (
        '{"é":"ß","n":[1,2.5,null,true],"t":"2024-03-22T18:11:19"}'.encode()
    )
    with pytest.raises(TypeError, match="Object of type object is not JSON serializable"):
        json_bytes({"x": object()})


# -- request options ------------------------------------------------------------------------


def test_make_request_options() -> None:
    assert make_request_options() == {}
    options = make_request_options(
        query={"after": omit, "limit": 2, "order": not_given, "none": None},
        extra_query={"limit": 5, "x": omit},
        extra_headers={"X": "1"},
        extra_body={"b": 1},
        timeout=None,
    )
    assert options == {
        "params": {"limit": 5, "none": None, "x": omit},
        "headers": {"X": "1"},
        "extra_json": {"b": 1},
        "timeout": None,
    }
    assert "timeout" not in make_request_options(timeout=not_given)
    assert make_request_options(timeout=httpx2.Timeout(3))["timeout"] == httpx2.Timeout(3)


def test_platform_headers_use_the_given_prefix() -> None:
    headers: List[Any] = list(platform_headers("X-Test", "1.2.3"))
    assert [name for name, _ in headers] == [
        "X-Test-Lang",
        "X-Test-Package-Version",
        "X-Test-OS",
        "X-Test-Arch",
        "X-Test-Runtime",
        "X-Test-Runtime-Version",
    ]
    assert headers[0][1] == "python" and headers[1][1] == "1.2.3"
    assert platform_headers("X-Test", "1.2.3") is platform_headers("X-Test", "1.2.3")
