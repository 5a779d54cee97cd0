"""Write operations of real APIs take form bodies, in both targets: Stripe's `POST
/v1/customers` (deep objects: `metadata[k]=v`, `expand[]=a`) and Twilio's `POST
.../Calls.json` and `.../Messages.json` (flat fields, an array repeating its name). Each
operation is cut out of its spec (with the schemas it reaches), generated, and called
against a local recording server; the bodies must arrive byte for byte as the spec says."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator import ir
from generator.cli import EXIT_OK, main
from generator.ir.build import build_ir
from generator.ir.schemas import SchemaReader
from generator.pipeline import read_config
from generator.spec.load import load_document
from generator.targets.python.names import identifier
from generator.targets.python.view_tests import operation_arguments
from generator.targets.typescript.names import camel

from conftest import CONFIG, shared_spec, with_node_tools
from recording_server import RecordingServer, json_reply

FORM = "application/x-www-form-urlencoded"
TWILIO = "/2010-04-01/Accounts/{AccountSid}"

# (spec, path, arguments by wire name, the body that must arrive). The arguments are in the
# order the Python method sends them (required first, then by name), as a TypeScript caller
# writes the object whose key order its body keeps.
CALLS: list[tuple[str, str, dict[str, Any], bytes]] = [
    (
        "real/stripe-spec3.yaml",
        "/v1/customers",
        {"email": "jo@example.com", "expand": ["tax", "test_clock"], "metadata": {"order": "6735"}},
        b"email=jo%40example.com&expand%5B%5D=tax&expand%5B%5D=test_clock&metadata%5Border%5D=6735",
    ),
    (
        "real/twilio_api_v2010.json",
        f"{TWILIO}/Calls.json",
        {"AccountSid": "AC1", "From": "+15550000", "To": "+15551234", "StatusCallbackEvent": ["ringing", "answered"]},
        b"From=%2B15550000&To=%2B15551234&StatusCallbackEvent=ringing&StatusCallbackEvent=answered",
    ),
    (
        "real/twilio_api_v2010.json",
        f"{TWILIO}/Messages.json",
        {"AccountSid": "AC1", "To": "+15551234", "Body": "Hi!", "SendAsMms": False},
        b"To=%2B15551234&Body=Hi%21&SendAsMms=false",
    ),
]


def cut(spec: Path, path: str, folder: Path) -> Path:
    """The spec with only `path`'s POST (answering nothing), and the component schemas it reaches."""
    data = yaml.safe_load(spec.read_text()) if spec.suffix == ".yaml" else json.loads(spec.read_text())
    item = {k: v for k, v in data["paths"][path].items() if k in ("post", "parameters")}
    item["post"] = {**item["post"], "responses": {"200": {"description": "OK"}}}  # the body is what counts here
    reached = SchemaReader(data).reachable([item])
    schemas = data["components"]["schemas"]
    data["paths"] = {path: item}
    data["components"] = {"schemas": {name: schemas[name] for name in reached}}
    out = folder / spec.name
    out.write_text(json.dumps(data))
    return out


def post_of(spec: Path) -> tuple[ir.Resource, ir.Operation]:
    api = build_ir(load_document(spec), read_config(CONFIG)).api
    [resource] = [r for r in ir.depth_first(api.resources) if r.operations]
    return resource, resource.operations[0]


def python_call(resource: ir.Resource, op: ir.Operation, arguments: dict[str, Any]) -> str:
    by_arg = operation_arguments(op)
    names = {p.name: by_arg[p.arg] for p in op.arguments}  # by wire name: unique in these operations
    path_args = op.located(ir.ParamLocation.PATH)
    positional = [repr(arguments[p.name]) for p in path_args[-1:]]
    keywords = [f"{names[n]}={v!r}" for n, v in arguments.items() if not path_args or n != path_args[-1].name]
    chain = ".".join(identifier(p) for p in resource.path)
    return f"client.{chain}.{identifier(op.name)}({', '.join([*positional, *keywords])})"


def typescript_call(resource: ir.Resource, op: ir.Operation, arguments: dict[str, Any]) -> str:
    path_args = op.located(ir.ParamLocation.PATH)
    positional = [json.dumps(arguments[p.name]) for p in path_args[-1:]]
    rest = {n: v for n, v in arguments.items() if not path_args or n != path_args[-1].name}
    chain = ".".join(camel(p) for p in resource.path)
    return f"await client.{chain}.{camel(op.name)}({', '.join([*positional, json.dumps(rest)])});"


def sent(command: list[str], cwd: Path) -> tuple[str | None, bytes]:
    server = RecordingServer().start()
    try:
        server.script(json_reply({}))
        env = {**os.environ, "PYTHONPATH": str(cwd)}
        result = subprocess.run(
            [*command, server.base_url], cwd=cwd, env=env, capture_output=True, text=True, timeout=300
        )
        assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
        [request] = server.requests
        return dict(request.header_pairs()).get("content-type"), request.body
    finally:
        server.stop()


def generate(spec: Path, target: str, out: Path) -> Path:
    arguments = ["generate", "--no-cache", "--quiet", "--config", str(CONFIG), "--target", target]
    assert main([*arguments, "--spec", str(spec), "--out", str(out)]) == EXIT_OK
    return out


@pytest.mark.parametrize(("name", "path", "arguments", "body"), CALLS, ids=[c[1] for c in CALLS])
def test_real_write_operations_send_form_bodies(
    tmp_path: Path, name: str, path: str, arguments: dict[str, Any], body: bytes
) -> None:
    spec = cut(shared_spec(name), path, tmp_path)
    resource, op = post_of(spec)
    assert op.body is not None and op.body.kind is ir.BodyKind.FORM
    python = generate(spec, "python", tmp_path / "python")
    code = "import sys\nfrom openai_conversations import OpenAI\n"
    code += "client = OpenAI(base_url=sys.argv[1], max_retries=0)\n"
    assert sent([sys.executable, "-c", code + python_call(resource, op, arguments)], python) == (FORM, body)
    typescript = with_node_tools(generate(spec, "typescript", tmp_path / "typescript"))
    compiled = subprocess.run(
        ["node_modules/.bin/tsc", "-p", "tsconfig.json", "--outDir", "build"],
        cwd=typescript,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert compiled.returncode == 0, compiled.stdout[-4000:]
    script = "import OpenAI from './build/index.js';\n"
    script += "const client = new OpenAI({ baseURL: process.argv[2], maxRetries: 0 });\n"
    (typescript / "call.mjs").write_text(script + typescript_call(resource, op, arguments) + "\n")
    assert sent(["node", "call.mjs"], typescript) == (FORM, body)
