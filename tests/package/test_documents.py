"""Documents of other shapes, end to end in both targets: a spec split over several files
(`tests/specs/multifile/`), `$ref` keys inside example and default values, and a document
of webhooks only. Each generates, type-checks (mypy --strict, tsc --strict), and the
multi-file client's calls send what the spec prescribes, byte for byte."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from generator.cli import EXIT_OK, main

from conftest import CONFIG, TEST_SPECS, python_types, with_node_tools
from recording_server import RecordingServer, json_reply

MULTIFILE = TEST_SPECS / "multifile" / "openapi.yaml"
PET = {"id": 7, "name": "Rex", "tags": [{"label": "good"}]}


def generate(spec: Path, target: str, out: Path) -> None:
    command = ["generate", "--target", target, "--spec", str(spec), "--config", str(CONFIG), "--out", str(out)]
    assert main([*command, "--quiet"]) == EXIT_OK


def run(command: list[str], cwd: Path, **env: str) -> subprocess.CompletedProcess[str]:
    environment = {**os.environ, **env}
    environment.pop("OPENAI_API_KEY", None)
    return subprocess.run(command, cwd=cwd, env=environment, capture_output=True, text=True, timeout=600)


def mypy_strict(out: Path) -> None:
    cache = out.parent / ".mypy"
    typed = run([sys.executable, "-m", "mypy", "--strict", "--cache-dir", str(cache), "openai_conversations"], out)
    assert typed.returncode == 0, typed.stdout[-3000:]


def tsc_strict(out: Path) -> None:
    compiled = run(["node_modules/.bin/tsc", "-p", "tsconfig.json"], with_node_tools(out))
    assert compiled.returncode == 0, compiled.stdout[-3000:]


def wire(server: RecordingServer) -> list[tuple[str, bytes, str | None, bytes]]:
    """Each request's method, target, content type and body."""
    return [(r.method, r.target, dict(r.header_pairs()).get("content-type"), r.body) for r in server.requests]


EXPECTED = [
    ("GET", b"/v1/pets?limit=2", None, b""),
    ("POST", b"/v1/pets", "application/json", b'{"name":"Rex","tags":[{"label":"good"}]}'),
    ("GET", b"/v1/pets/7", None, b""),
]


@pytest.fixture(scope="module")
def multifile(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("multifile")
    outs = {target: folder / target for target in ("python", "typescript")}
    for target, out in outs.items():
        generate(MULTIFILE, target, out)
    return outs


def test_a_multifile_spec_generates_every_model_in_both_targets(multifile: dict[str, Path]) -> None:
    types = multifile["python"] / "openai_conversations" / "types"
    models = "".join(p.read_text() for p in sorted(types.rglob("*.py")))  # one module per type
    names = ("Category", "CommonError", "Error", "Pet", "Tag")
    assert all(f"class {name}(BaseModel):" in models for name in names)
    assert '    """The pet\'s name."""\n' in models  # a docstring from schemas/pet.yaml
    resources = multifile["typescript"] / "src" / "resources"
    ts_models = "".join(p.read_text() for p in sorted(resources.rglob("*.ts")))  # each beside its resource
    assert all(f"export interface {name} {{" in ts_models for name in names)


def test_a_multifile_python_client_type_checks_and_sends_what_the_spec_says(multifile: dict[str, Path]) -> None:
    out = multifile["python"]
    mypy_strict(out)
    server = RecordingServer().start()
    try:
        server.script(json_reply([PET]), json_reply(PET, 201), json_reply(PET))
        code = (
            "import sys, json\n"
            "from openai_conversations import OpenAI\n"
            "client = OpenAI(base_url=sys.argv[1], max_retries=0)\n"
            "pets = client.pets.list(limit=2)\n"
            "made = client.pets.create(name='Rex', tags=[{'label': 'good'}])\n"
            "one = client.pets.retrieve(7)\n"
            "print(json.dumps([type(pets[0]).__name__, made.tags[0].label, type(one.tags[0]).__name__]))\n"
        )
        result = run([sys.executable, "-c", code, server.base_url], out, PYTHONPATH=str(out))
        assert result.returncode == 0, result.stderr
        assert json.loads(result.stdout) == ["Pet", "good", "Tag"]
        assert wire(server) == EXPECTED
    finally:
        server.stop()


def test_a_multifile_typescript_client_type_checks_and_sends_what_the_spec_says(multifile: dict[str, Path]) -> None:
    out = multifile["typescript"]
    tsc_strict(out)
    script = out / "call.mjs"
    script.write_text(
        "import OpenAI from './dist/index.js';\n"
        "const client = new OpenAI({ baseURL: process.argv[2], maxRetries: 0 });\n"
        "const pets = await client.pets.list({ limit: 2 });\n"
        "const made = await client.pets.create({ name: 'Rex', tags: [{ label: 'good' }] });\n"
        "const one = await client.pets.retrieve(7);\n"
        "console.log(JSON.stringify([pets[0].name, made.tags[0].label, one.id]));\n"
    )
    server = RecordingServer().start()
    try:
        server.script(json_reply([PET]), json_reply(PET, 201), json_reply(PET))
        result = run(["node", str(script), server.base_url], out)
        assert result.returncode == 0, result.stderr
        assert json.loads(result.stdout) == ["Rex", "good", 7]
        assert wire(server) == EXPECTED
    finally:
        server.stop()


@pytest.mark.parametrize("target", ["python", "typescript"])
def test_refs_inside_examples_and_defaults_are_data(target: str, tmp_path: Path) -> None:
    out = tmp_path / target
    generate(TEST_SPECS / "ref_in_examples.yaml", target, out)
    if target == "python":
        models = python_types(out / "openai_conversations")
        assert '= {\n        "$ref": "#/components/schemas/Nowhere"\n    }\n' in models  # the default, kept as data
        mypy_strict(out)
    else:
        tsc_strict(out)


@pytest.mark.parametrize("target", ["python", "typescript"])
def test_a_webhooks_only_document_generates_its_payload_models(target: str, tmp_path: Path) -> None:
    out = tmp_path / target
    generate(TEST_SPECS / "webhooks_only.yaml", target, out)
    if target == "python":
        models = python_types(out / "openai_conversations")
        assert "class PetAdopted(BaseModel):" in models and "class PetLostPayload(BaseModel):" in models
        assert "The pet that was lost." in models
        mypy_strict(out)
    else:
        models = (out / "src" / "resources" / "shared.ts").read_text()  # no resource owns them
        assert "export interface PetAdopted {" in models and "export interface PetLostPayload {" in models
        tsc_strict(out)
