"""Spec text is data: text built to close a docstring, a string or a comment and run code stays text.

Canary specs whose text would create files if it were ever executed are generated, imported,
called, tested and type-checked; nothing is created, and the text arrives intact (docstrings,
requests, parsed replies). The spec's file name and the SDK config cannot become code either.
"""

from __future__ import annotations

import ast
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from generator.cli import EXIT_OK, main

from conftest import CONFIG, TEST_SPECS, python_types, with_node_tools

SPEC = TEST_SPECS / "hostile_text.yaml"


def test_hostile_descriptions_never_run(tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert (
        main(
            [
                "generate",
                "--no-cache",
                "--config",
                str(CONFIG),
                "--target",
                "python",
                "--spec",
                str(SPEC),
                "--out",
                str(out),
            ]
        )
        == EXIT_OK
    )
    code = (
        "import inspect, openai_conversations as p, openai_conversations.types as t\n"
        "c = p.OpenAI()\n"
        "print(repr(inspect.getdoc(c.things.retrieve).splitlines()[2]))\n"
        "print(repr(inspect.getdoc(t.Thing)))\n"
        "print(list(inspect.signature(c.things.retrieve).parameters)[:3])\n"
    )
    env = {**os.environ, "PYTHONPATH": str(out)}
    result = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, env=env, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [
        repr('x"""; import os; os.system(\'touch canary-method\'); """ back\\slash'),
        repr('Model """ doc; import os; os.system(\'touch canary-model\') \\'),
        "['id', 'from_', 'x_dash']",
    ]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out"]


EVERYTHING = TEST_SPECS / "hostile_everything.yaml"
CHECK_EVERYTHING = r"""
import importlib, json, pkgutil
import httpx
import openai_conversations as package
from openai_conversations import OpenAI

def undent(doc, indent):  # inspect.getdoc would expand tabs; the first line starts after the quotes
    first, _, rest = doc.partition("\n")
    return "\n".join([first, *(line[indent:] for line in rest.split("\n"))]).strip("\n")

for module in pkgutil.walk_packages(package.__path__, "openai_conversations."):
    importlib.import_module(module.name)
sent = []
replies = iter([
    {"kind": "g\"\"\"h", "note": None, "my-field": "1", "My Field": "2", "myField": "3", "class": "c", "1st": 1},
    {"pet_type": "d'o\"\"\"g; __import__('pathlib').Path('canary-tag-value').touch()"},
])
def answer(request):
    sent.append(request)
    return httpx.Response(200, json=next(replies))
client = OpenAI(base_url="http://test", http_client=httpx.Client(transport=httpx.MockTransport(answer)))
thing = client.things.retrieve("i/d", x_it_s_ok="v", q_uery="c\u2028d", match_="m", type_="t")
pet = client.beta_x.things.create(kind="nul\0", my_field="a", my_field_2="b", my_field_3="c", timeout_="t", cast_="x", self_="s", n="u")
print(json.dumps({
    "paths": [r.url.raw_path.decode().partition("?")[0] for r in sent],
    "query": [sorted(r.url.params.multi_items()) for r in sent],
    "header": sent[0].headers["X-It's-\\Ok"],
    "body": json.loads(sent[1].content),
    "thing": thing.model_dump(mode="json", by_alias=True, exclude_none=True),
    "pet": [type(pet).__name__, pet.pet_type],
    "doc": undent(client.things.retrieve.__doc__, 8).split("\n\nArgs:")[0],
    "resource_doc": undent(type(client.things).__doc__, 4),
    "model_doc": undent(type(thing).__doc__, 4),
}))
"""


def test_hostile_text_everywhere_stays_text(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Every text field of a spec, built to run code: generation, import, calls, the package's own
    tests and mypy --strict run nothing of it, and the text arrives unchanged."""
    monkeypatch.chdir(tmp_path)  # canaries would land here
    out = tmp_path / "out"
    assert (
        main(
            [
                "generate",
                "--no-cache",
                "--config",
                str(CONFIG),
                "--target",
                "python",
                "--spec",
                str(EVERYTHING),
                "--out",
                str(out),
            ]
        )
        == EXIT_OK
    )
    env = {**os.environ, "PYTHONPATH": str(out), "PYTHONDONTWRITEBYTECODE": "1"}
    result = subprocess.run(
        [sys.executable, "-c", CHECK_EVERYTHING], cwd=tmp_path, env=env, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
    assert len(result.stdout.splitlines()) == 1  # nothing printed but the findings: no `import this`
    seen = json.loads(result.stdout)
    assert seen["paths"] == ["/things/i%2Fd", "/things"]
    assert seen["query"] == [[["match", "m"], ['q"uery', "c\u2028d"], ["type", "t"]], [["beta", "\"x'\\\\"]]]
    assert seen["header"] == "v"
    assert seen["body"] == {
        "kind": "nul\0",
        "my-field": "b",
        "my_field": "a",
        "myField": "c",
        "timeout": "t",
        "cast": "x",
        "self": "s",
        "Ünï": "u",
    }
    assert seen["thing"] == {
        "kind": 'g"""h',
        "note": '"""; __import__(\'pathlib\').Path(\'canary-default\').touch(); """',
        "my-field": "1",
        "My Field": "2",
        "myField": "3",
        "class": "c",
        "1st": 1,
    }
    assert seen["pet"] == ["NoneVariantA", "d'o\"\"\"g; __import__('pathlib').Path('canary-tag-value').touch()"]
    # A paragraph is refilled (its line breaks and tabs become spaces); its words arrive unchanged.
    assert (
        seen["doc"] == 'ends with a quote"\n\nLine one line two line three end """ \\ {{ x }} {% y %} # not a comment'
    )
    assert seen["resource_doc"] == "Tag \"\"\" doc\n__import__('pathlib').Path('canary-tag').touch()\x00 \\"
    assert "__import__('pathlib').Path('canary-model').touch()" in seen["model_doc"]
    tests = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "tests"],
        cwd=out,
        env=env,
        capture_output=True,
        text=True,
    )
    assert tests.returncode == 0, tests.stdout[-3000:]
    typed = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--cache-dir", str(tmp_path / ".mypy"), "openai_conversations"],
        cwd=out,
        env=env,
        capture_output=True,
        text=True,
    )
    assert typed.returncode == 0, typed.stdout[-3000:]
    assert sorted(p.name for p in tmp_path.iterdir() if p.name != ".mypy") == ["out"]


def test_a_spec_file_name_cannot_end_the_header_comment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    spec = tmp_path / "x\n__import__('pathlib').Path('canary-file-name').touch()\n#.yaml"
    spec.write_text(
        "openapi: 3.1.0\ninfo: {title: T, version: '1'}\n"
        "paths: {/things: {get: {operationId: listThings, responses: {'200': {description: OK}}}}}\n"
    )
    out = tmp_path / "out"
    assert (
        main(
            [
                "generate",
                "--no-cache",
                "--config",
                str(CONFIG),
                "--target",
                "python",
                "--spec",
                str(spec),
                "--out",
                str(out),
            ]
        )
        == EXIT_OK
    )
    header = (out / "openai_conversations/resources/things.py").read_text().splitlines()[0]
    assert (
        header
        == "# File generated from x __import__('pathlib').Path('canary-file-name').touch() #.yaml by sdkgen. Do not edit."
    )
    env = {**os.environ, "PYTHONPATH": str(out)}
    code = "import openai_conversations.resources.things, openai_conversations.types"
    result = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, env=env, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([spec.name, "out"])


@pytest.mark.parametrize(
    ("key", "value"),
    [
        ("default_base_url", "https://x\"+__import__('os').system('id')+\""),
        ("default_base_url", "https://x\\"),
        ("default_base_url", "https://x\n"),
        ("api_key_env", "KEY\n"),
    ],
)
def test_config_values_cannot_become_code(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], key: str, value: str
) -> None:
    config = tmp_path / "sdk.yaml"
    text = CONFIG.read_text()
    assert f"\n{key}: " in text
    lines = [f"{key}: {json.dumps(value)}" if line.startswith(f"{key}: ") else line for line in text.splitlines()]
    config.write_text("\n".join(lines) + "\n")
    out = tmp_path / "out"
    assert (
        main(
            [
                "generate",
                "--no-cache",
                "--config",
                str(CONFIG),
                "--target",
                "python",
                "--config",
                str(config),
                "--out",
                str(out),
            ]
        )
        == 2
    )
    assert f"error: {key} must be" in capsys.readouterr().err
    assert not out.exists()


# -- the TypeScript target ---------------------------------------------------------------

TS_SPEC = TEST_SPECS / "hostile_typescript.yaml"


@pytest.mark.parametrize("spec", [TS_SPEC, SPEC, EVERYTHING], ids=lambda p: p.stem)
def test_hostile_text_stays_text_in_typescript(spec: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Text built to end a JSDoc comment, a string or a template literal and run code: the
    package type-checks, its tests pass, and no canary file appears."""
    out = tmp_path / "out"
    assert (
        main(
            [
                "generate",
                "--no-cache",
                "--config",
                str(CONFIG),
                "--target",
                "typescript",
                "--spec",
                str(spec),
                "--out",
                str(out),
            ]
        )
        == EXIT_OK
    )
    with_node_tools(out)
    compiled = subprocess.run(["node_modules/.bin/tsc", "-p", "tests/tsconfig.json"], cwd=out, capture_output=True)
    assert compiled.returncode == 0, compiled.stdout.decode()[-4000:]
    result = subprocess.run(["node", "--test", "build/tests/"], cwd=out, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0 and "# fail 0" in result.stdout, result.stdout[-4000:]
    assert sorted(p.name for p in tmp_path.rglob("canary*")) == []
    if spec == TS_SPEC:
        models = "".join(p.read_text() for p in sorted((out / "src" / "resources").rglob("*.ts")))
        assert " * *\\/ }; require('node:fs').writeFileSync('canary-field', ''); /*\n" in models
        assert "  'it\\'s'?: string;\n" in models and "  '`${x}`'?: number;\n" in models
        things = (out / "src" / "resources" / "things.ts").read_text()
        # The query parameter's wire name is no identifier: its key is its argument name.
        assert (
            "  x_require_node_fs_write_file_sync_canary_query?: 'a\\'b' | 'c\\\\d' | '${e}' | '`f`' | 'g */ h';\n"
            in things
        )


DOCSTRINGS = TEST_SPECS / "hostile_docstrings.json"


def test_docstrings_built_to_break_the_layout_keep_every_word_and_pass_black(tmp_path: Path) -> None:
    """Descriptions with triple quotes at wrap boundaries, a closing quote or backslash, escapes,
    words longer than a line, non-ASCII and Markdown: the package is black-clean at its own line
    length, and each field's and class's docstring holds exactly the description's words."""
    out = tmp_path / "out"
    args = ["generate", "--no-cache", "--config", str(CONFIG), "--target", "python", "--spec", str(DOCSTRINGS)]
    assert main([*args, "--out", str(out)]) == EXIT_OK
    result = subprocess.run([sys.executable, "-m", "black", "--check", "."], cwd=out, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    spec = json.loads(DOCSTRINGS.read_text(encoding="utf-8"))
    schemas = spec["components"]["schemas"]
    docs = _docstrings(python_types(out / "openai_conversations"))
    for name, schema in schemas.items():
        assert docs[name].split() == schema["description"].split(), name
        for field, prop in schema["properties"].items():
            if "description" in prop:
                assert docs[f"{name}.{field}"].split() == prop["description"].split(), f"{name}.{field}"
    resource = (out / "openai_conversations" / "resources" / "things.py").read_text(encoding="utf-8")
    method = next(
        ast.get_docstring(node, clean=False) or ""
        for node in ast.walk(ast.parse(resource))
        if isinstance(node, ast.FunctionDef) and node.name == "create"
    )
    operation = spec["paths"]["/things"]["post"]
    for text in [operation["summary"], operation["description"], *(p["description"] for p in operation["parameters"])]:
        assert " ".join(text.split()) in " ".join(method.split())


def _docstrings(source: str) -> dict[str, str]:
    """The docstrings of a module's classes (`Name`) and documented fields (`Name.field`)."""
    docs = {}
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.ClassDef):
            continue
        docs[node.name] = ast.get_docstring(node, clean=False) or ""
        for before, statement in zip(node.body, node.body[1:]):
            if isinstance(before, ast.AnnAssign) and isinstance(before.target, ast.Name):
                if isinstance(statement, ast.Expr) and isinstance(statement.value, ast.Constant):
                    docs[f"{node.name}.{before.target.id}"] = str(statement.value.value)
    return docs
