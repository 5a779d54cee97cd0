"""The Python target's names, type spellings and docstring escaping."""

from __future__ import annotations

import ast

import pytest

from generator.ir import TypeKind, TypeRef
from generator.targets.python.names import identifier, pascal, singular, unique
from generator.targets.python.types import TypeSpeller
from generator.targets.python.text import docstring_lines, python_literal

REF = TypeRef(TypeKind.REF, name="Thing")
NULL = TypeRef(TypeKind.NULL)


@pytest.mark.parametrize(
    ("wire", "name"),
    [
        ("conversation_id", "conversation_id"),
        ("from", "from_"),
        ("class", "class_"),
        ("match", "match_"),
        ("type", "type_"),
        ("Fine-Tuning", "fine_tuning"),
        ("2fa", "_2fa"),
        ("a.b c", "a_b_c"),
        ("naïve", "na_ve"),
        ("", "value"),
        ("camelCase", "camel_case"),
    ],
)
def test_identifiers_are_valid_and_never_keywords(wire: str, name: str) -> None:
    assert identifier(wire) == name
    assert name.isidentifier()


def test_class_names_and_singulars() -> None:
    assert pascal("conversations") == "Conversations"
    assert pascal("fine_tuning") == "FineTuning"
    assert [singular(w) for w in ("conversations", "items", "entries", "batches", "status")] == [
        "conversation",
        "item",
        "entry",
        "batch",
        "status",
    ]


def test_unique_names_are_deterministic() -> None:
    assert unique(["a", "a", "b", "a"]) == ["a", "a_2", "b", "a_3"]


def speller() -> TypeSpeller:
    return TypeSpeller(frozenset({"Thing", "Mode"}), frozenset({"ThingParam", "ModeParam"}), frozenset({"ModeParam"}))


def test_python_literals_are_spelled_as_black_writes_them() -> None:
    value = {"a": ['x"y', "it's", b"raw"], "n": (1,), "t": True, "none": None}
    assert python_literal(value) == """{"a": ['x"y', "it's", b"raw"], "n": (1,), "t": True, "none": None}"""
    assert eval(python_literal(value)) == value


def test_request_and_response_spellings() -> None:
    s = speller()
    assert s.response(REF) == "Thing"
    assert s.request(REF) == "ThingParam"
    assert s.request(TypeRef(TypeKind.ARRAY, item=REF)) == "Iterable[ThingParam]"
    mode = TypeRef(TypeKind.ARRAY, item=TypeRef(TypeKind.REF, name="Mode"))
    assert s.request(mode) == "List[ModeParam]"
    assert s.response(TypeRef(TypeKind.UNION, variants=(REF, NULL))) == "Optional[Thing]"
    assert s.response(TypeRef(TypeKind.LITERAL, values=("a", "b", "it's"))) == """Literal["a", "b", "it's"]"""
    assert s.request(TypeRef(TypeKind.BINARY)) == "FileTypes" and s.response(TypeRef(TypeKind.BINARY)) == (
        "BinaryResponseContent"
    )
    assert s.runtime == {"FileTypes", "BinaryResponseContent"}
    assert s.response(TypeRef(TypeKind.MAP, item=TypeRef(TypeKind.STRING))) == "Dict[str, str]"
    assert s.typing == {"Iterable", "List", "Optional", "Literal", "Dict"}
    assert s.used_models == {"Thing"} and s.used_params == {"ThingParam", "ModeParam"}


@pytest.mark.parametrize(
    "text",
    [
        'ends with a quote"',
        'ends with an escaped quote\\"',
        'has """ inside',
        "back\\slash at end\\",
        "nul\x00 and bell\x07",
        "line\u2028separator",
        "carriage\rreturn",
        'x"""; import os; os.system("id"); """',
    ],
)
def test_docstrings_cannot_be_closed_by_spec_text(text: str) -> None:
    lines = docstring_lines(text)
    source = 'def f():\n    """\n' + "".join(f"    {line}\n" for line in lines) + '    """\n'
    tree = ast.parse(source)
    function = tree.body[0]
    assert isinstance(function, ast.FunctionDef) and len(function.body) == 1
    doc = ast.get_docstring(function, clean=False)
    assert doc is not None
    flattened = doc.replace("\n    ", "\n").strip()
    expected = text.replace("\t", "    ").strip()
    for separator in ("\r", "\u2028"):
        expected = expected.replace(separator, "\n")
    assert flattened == expected
