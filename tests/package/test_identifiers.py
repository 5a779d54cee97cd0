"""Names from the spec become valid, unique, deterministic Python names, keeping the wire name.

Arguments of one method (named in the IR by `name_arguments`, spelled by `argument_names`): keywords and soft keywords, the method's own
parameters and the helpers its body calls, dashes, dots, spaces, leading digits, non-ASCII,
case-only differences and spellings that meet. Component schemas (`normalize`): a key that is
no safe class name is renamed once, before any other stage, and every reference follows.
"""

from __future__ import annotations

import json
import keyword
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from generator import ir
from generator.cli import EXIT_OK, main
from generator.ir.parameters import name_arguments
from generator.spec.load import LoadedDocument
from generator.spec.normalize import normalize
from generator.targets.python.names import argument_names

from conftest import RULES

REF = "#/components/schemas/"


@pytest.mark.parametrize(
    ("wires", "names"),
    [
        (["from", "class", "in", "match", "case", "type", "_", "self"], None),
        (["extra_headers", "extra_query", "extra_body", "timeout", "cast", "path_template"], None),
        (["header_params", "make_request_options"], None),
        (["myField", "my_field", "my-field", "My Field", "my.field"], None),
        (["Ünï", "n", "", "value", "1st", "_1st", "日本"], None),
        (["timeout", "timeout_"], ["timeout_", "timeout_2"]),
        (["my-field", "my_field"], ["my_field_2", "my_field"]),
        (["id", "list", "type"], ["id", "list", "type_"]),
    ],
)
def test_argument_names_are_valid_unique_and_stable(wires: list[str], names: list[str] | None) -> None:
    def spelled(wires: list[str]) -> list[str]:
        string = ir.TypeRef(ir.TypeKind.STRING)
        named = name_arguments(ir.Parameter(w, ir.ParamLocation.BODY, string, False, "", "") for w in wires)
        return argument_names([p.argument for p in named])

    got = spelled(wires)
    assert got == spelled(list(wires))  # deterministic
    assert len(set(got)) == len(got)
    for name in got:
        assert name.isidentifier() and name.isascii()
        assert not keyword.iskeyword(name) and not keyword.issoftkeyword(name)
        assert name not in {"self", "extra_headers", "extra_query", "extra_body", "timeout", "cast"}
    if names is not None:
        assert got == names


def run(schemas: dict[str, Any], paths: dict[str, Any] | None = None) -> tuple[dict[str, Any], list[str]]:
    data = {"openapi": "3.1.0", "info": {"title": "t", "version": "1"}, "paths": paths or {}}
    data["components"] = {"schemas": schemas}
    result = normalize(LoadedDocument("spec.yaml", data, {"": (1, 1)}), RULES)
    return dict(result.data["components"]["schemas"]), [d.message for d in result.diagnostics]


def obj(**properties: Any) -> dict[str, Any]:
    return {"type": "object", "properties": properties}


def test_schema_keys_that_are_no_class_names_are_renamed_with_their_references() -> None:
    schemas, warnings = run(
        {
            "Thing": obj(a={"type": "string"}),
            "thing": obj(b={"$ref": REF + "Foo.Bar"}),
            "Foo.Bar": obj(c={"$ref": REF + "thing/properties/b"}),
            "MessagePhase-2": obj(d={"type": "string"}),
            "None": obj(pet_type={"const": "none"}),
            "Stream": obj(pet_type={"const": "stream"}),
            "Pet": {
                "oneOf": [{"$ref": REF + "None"}, {"$ref": REF + "Stream"}],
                "discriminator": {"propertyName": "pet_type", "mapping": {"none": "None", "stream": REF + "Stream"}},
            },
        }
    )
    assert list(schemas) == [
        "Thing",
        "ThingVariantA",
        "FooBar",
        "MessagePhase2",
        "NoneVariantA",
        "StreamVariantA",
        "Pet",
    ]
    assert schemas["ThingVariantA"]["properties"]["b"] == {"$ref": REF + "FooBar"}
    assert schemas["FooBar"]["properties"]["c"] == {"$ref": REF + "ThingVariantA/properties/b"}
    assert schemas["Pet"]["oneOf"] == [{"$ref": REF + "NoneVariantA"}, {"$ref": REF + "StreamVariantA"}]
    assert schemas["Pet"]["discriminator"]["mapping"] == {
        "none": REF + "NoneVariantA",
        "stream": REF + "StreamVariantA",
    }
    assert warnings == [
        "the schema 'thing' cannot be the class Thing: named it ThingVariantA",
        "the schema 'None' cannot be the class None: named it NoneVariantA",
        "the schema 'Stream' cannot be the class Stream: named it StreamVariantA",
    ]


def test_renaming_is_deterministic_and_leaves_safe_keys_alone() -> None:
    schemas = {"foo-bar": obj(), "foo_bar": obj(), "FooBar": obj(), "Plain": obj(x={"$ref": REF + "foo_bar"})}
    first, _ = run(schemas)
    again, _ = run(dict(schemas))
    assert list(first) == list(again) == ["FooBarVariantA", "FooBarVariantB", "FooBar", "Plain"]
    assert first["Plain"]["properties"]["x"] == {"$ref": REF + "FooBarVariantB"}


def test_colliding_names_generate_a_package_that_sends_the_wire_names(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    spec = tmp_path / "spec.yaml"
    spec.write_text("""openapi: 3.1.0
info: {title: Names, version: '1'}
paths:
  /things/{class}:
    post:
      parameters:
        - {name: class, in: path, required: true, schema: {type: string}}
        - {name: from, in: query, schema: {type: string}}
        - {name: X-Request-Id, in: header, schema: {type: string}}
      requestBody:
        content:
          application/json:
            schema:
              type: object
              properties:
                my-field: {type: string}
                my_field: {type: string}
                myField: {type: string}
                timeout: {type: number}
                extra_body: {type: string}
                self: {type: string}
                thing: {$ref: '#/components/schemas/thing'}
      responses:
        '200':
          description: OK
          content: {application/json: {schema: {$ref: '#/components/schemas/Thing'}}}
components:
  schemas:
    Thing: {type: object, properties: {from: {type: string}, My Field: {type: string}}}
    thing: {type: object, properties: {x: {type: string}}}
""")
    out = tmp_path / "out"
    assert main(["generate", "--no-cache", "--target", "python", "--spec", str(spec), "--out", str(out)]) == EXIT_OK
    code = """
import json, httpx
from openai_conversations import OpenAI
from openai_conversations.types import Thing, ThingVariantAParam
sent = []
def answer(request):
    sent.append(request)
    return httpx.Response(200, json={"from": "f", "My Field": "m"})
client = OpenAI(base_url="http://test", http_client=httpx.Client(transport=httpx.MockTransport(answer)))
thing: ThingVariantAParam = {"x": "1"}
result = client.things.update(
    "c", from_="q", x_request_id="r", my_field="a", my_field_2="b", my_field_3="c", timeout_=1.5,
    extra_body_="e", self_="s", thing=thing, timeout=5,
)
print(json.dumps([sent[0].url.path, dict(sent[0].url.params), sent[0].headers["X-Request-Id"],
                  json.loads(sent[0].content), type(result).__name__, result.model_dump(by_alias=True)]))
"""
    env = {"PYTHONPATH": str(out), "PATH": ""}
    result = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, env=env, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == [
        "/things/c",
        {"from": "q"},
        "r",
        {
            "my-field": "b",
            "my_field": "a",
            "myField": "c",
            "timeout": 1.5,
            "extra_body": "e",
            "self": "s",
            "thing": {"x": "1"},
        },
        "Thing",
        {"from": "f", "My Field": "m"},
    ]
