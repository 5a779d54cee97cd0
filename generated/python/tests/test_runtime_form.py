# File generated from conversations.yaml by sdkgen. Do not edit.
"""Runtime: bodies that are not JSON (urlencoded forms, text, raw bytes)."""

from __future__ import annotations

import io
from pathlib import Path
from datetime import date

import pytest

from openai_conversations import omit, not_given
from openai_conversations._form import encode_form, form_pairs
from openai_conversations._content import encode_content

FORM = "application/x-www-form-urlencoded"


def test_form_fields_default_to_exploded_form_style() -> None:
    body = {"To": "+1 555", "StatusCallbackEvent": ["a", "b"], "Flag": True, "Off": False, "Gone": None, "No": omit}
    assert encode_form(body) == b"To=%2B1+555&StatusCallbackEvent=a&StatusCallbackEvent=b&Flag=true&Off=false"
    assert form_pairs({"address": {"city": "Paris", "zip": None}, "day": date(2024, 1, 2)}) == [
        ("city", "Paris"),
        ("day", "2024-01-02"),
    ]


def test_form_styles_that_join_values() -> None:
    styles = {"a": ("form", False), "s": ("spaceDelimited", False), "p": ("pipeDelimited", False), "o": ("form", False)}
    body = {"a": [1, 2], "s": ["x", "y"], "p": ["x", "y"], "o": {"k": "v", "n": 1}, "empty": []}
    assert form_pairs(body, styles) == [("a", "1,2"), ("s", "x y"), ("p", "x|y"), ("o", "k,v,n,1")]


def test_deep_objects_nest_dicts_and_lists() -> None:
    deep = ("deepObject", True)
    styles = {"metadata": deep, "expand": deep, "items": deep}
    body = {
        "metadata": {"order": "6735", "note": None},
        "expand": ["customer", "invoice"],
        "items": [{"price": "p_1", "tax_rates": ["t1"], "quantity": 2}, {"price": "p_2"}],
    }
    assert form_pairs(body, styles) == [
        ("metadata[order]", "6735"),
        ("expand[]", "customer"),
        ("expand[]", "invoice"),
        ("items[0][price]", "p_1"),
        ("items[0][tax_rates][]", "t1"),
        ("items[0][quantity]", "2"),
        ("items[1][price]", "p_2"),
    ]
    assert encode_form({"metadata": {"a b": "c&d~*'"}}, styles) == b"metadata%5Ba+b%5D=c%26d~%2A%27"


def test_a_json_field_travels_as_json_text() -> None:
    assert form_pairs({"data": {"a": [1, True]}}, {"data": ("json", True)}) == [("data", '{"a":[1,true]}')]


def test_a_form_body_must_be_a_mapping() -> None:
    with pytest.raises(TypeError, match="mapping body"):
        encode_form(["a"])


def test_content_of_each_kind() -> None:
    assert encode_content({"a": 1, "b": omit}, FORM, extra_json={"c": "d"}) == (FORM, b"a=1&c=d")
    merge_patch = "application/merge-patch+json"
    assert encode_content({"a": 1, "b": omit}, merge_patch, extra_json={"c": None}) == (
        merge_patch,
        b'{"a":1,"c":null}',
    )
    assert encode_content([1], "application/json") == ("application/json", b"[1]")
    assert encode_content("héllo", "text/plain") == ("text/plain", "héllo".encode())
    assert encode_content(b"\x00\x01", "application/octet-stream") == ("application/octet-stream", b"\x00\x01")
    assert encode_content(io.BytesIO(b"abc"), "application/pdf") == ("application/pdf", b"abc")
    assert encode_content(("a.png", b"png"), "image/*") == ("image/png", b"png")
    assert encode_content(("a", b"x", "image/gif"), "image/*") == ("image/gif", b"x")
    assert encode_content(b"x", "*/*") == ("application/octet-stream", b"x")
    for absent in (None, omit, not_given):
        assert encode_content(absent, "text/plain") == (None, None)


def test_content_from_a_path(tmp_path: Path) -> None:
    file = tmp_path / "report.csv"
    file.write_bytes(b"a,b")
    assert encode_content(file, "*/*") == ("text/csv", b"a,b")


def test_content_of_the_wrong_kind_is_refused() -> None:
    with pytest.raises(TypeError, match="str body"):
        encode_content(b"x", "text/plain")
    with pytest.raises(TypeError, match="binary file"):
        encode_content({"a": 1}, "application/octet-stream")
    with pytest.raises(RuntimeError, match="extra_body"):
        encode_content("x", "text/plain", extra_json={"a": 1})
