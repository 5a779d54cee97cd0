"""Request bodies of every encoding, end to end in both targets: a package generated from
`tests/specs/bodies.yaml` calls a local recording server, and every body arrives byte for
byte as the spec prescribes (urlencoded forms with deep objects and flat repeated fields,
raw bytes, text, and JSON bodies that are a union, an array or a primitive), with its
content type, the same from Python and from TypeScript."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from generator.cli import EXIT_OK, main

from conftest import CONFIG, TEST_SPECS, with_node_tools
from recording_server import RecordingServer, json_reply

SPEC = TEST_SPECS / "bodies.yaml"
FORM = "application/x-www-form-urlencoded"

# (what the call is, the request target, its content type, its body), in call order.
EXPECTED: list[tuple[str, str, str | None, bytes]] = [
    (
        "a form with deep objects, lists of objects and of scalars, joined and JSON fields",
        "/v1/customers",
        FORM,
        b"name=Jo+Doe&expand%5B%5D=customer&expand%5B%5D=invoice&items%5B0%5D%5Bprice%5D=p_1"
        b"&items%5B0%5D%5Bquantity%5D=2&items%5B1%5D%5Bprice%5D=p_2&livemode=false&metadata%5Border%5D=6735"
        b"&settings=%7B%22theme%22%3A%22dark%22%7D&tags=a%2Cb",
    ),
    ("a form with only its required field", "/v1/customers", FORM, b"name=x"),
    (
        "a flat form whose arrays repeat their name",
        "/v1/accounts/AC1/messages.json",
        FORM,
        b"To=%2B15551234&Body=Hi+there+%F0%9F%91%8D&ProvideFeedback=true"
        b"&StatusCallbackEvent=sent&StatusCallbackEvent=delivered",
    ),
    ("raw bytes", "/v1/blobs/b1", "application/octet-stream", b"\x00\x01binary"),
    ("a named file for a media range", "/v1/avatars", "image/png", b"PNG"),
    ("bare bytes for a media range", "/v1/avatars", "application/octet-stream", b"GIF"),
    ("text", "/v1/notes", "text/plain", "héllo\nworld".encode()),
    ("a body that is one of a union", "/v1/servers", "application/json", b'{"name":"web-1","image":"ubuntu"}'),
    ("an array body", "/v1/tags", "application/json", b'["red","blue"]'),
    ("a primitive body that is falsy", "/v1/counter", "application/json", b"0"),
    ("JSON under a media type of its own", "/v1/customers/c1", "application/merge-patch+json", b'{"note":null}'),
]

PYTHON_CALLS = """
import sys
from openai_conversations import OpenAI

client = OpenAI(base_url=sys.argv[1], max_retries=0)
client.customers.create(
    name="Jo Doe",
    expand=["customer", "invoice"],
    items=[{"price": "p_1", "quantity": 2}, {"price": "p_2"}],
    livemode=False,
    metadata={"order": "6735"},
    settings={"theme": "dark"},
    tags=["a", "b"],
)
client.customers.create(name="x")
client.accounts.messages.create(
    "AC1", to="+15551234", body="Hi there \\U0001F44D", provide_feedback=True, status_callback_event=["sent", "delivered"]
)
client.blobs.update("b1", body=b"\\x00\\x01binary")
client.avatars.create(body=("me.png", b"PNG", "image/png"))
client.avatars.create(body=b"GIF")
client.notes.create(body="héllo\\nworld")
client.servers.create(body={"name": "web-1", "image": "ubuntu"})
client.tags.update(body=["red", "blue"])
client.counter.update(body=0)
client.customers.update("c1", note=None)
"""

NODE_CALLS = """
import OpenAI from './build/src/index.js';

const client = new OpenAI({ baseURL: process.argv[2], maxRetries: 0 });
await client.customers.create({
  name: 'Jo Doe',
  expand: ['customer', 'invoice'],
  items: [{ price: 'p_1', quantity: 2 }, { price: 'p_2' }],
  livemode: false,
  metadata: { order: '6735' },
  settings: { theme: 'dark' },
  tags: ['a', 'b'],
});
await client.customers.create({ name: 'x' });
await client.accounts.messages.create('AC1', {
  To: '+15551234',
  Body: 'Hi there \\u{1F44D}',
  ProvideFeedback: true,
  StatusCallbackEvent: ['sent', 'delivered'],
});
await client.blobs.update('b1', { body: new Uint8Array([0, 1, ...new TextEncoder().encode('binary')]) });
await client.avatars.create({ body: { data: new TextEncoder().encode('PNG'), filename: 'me.png', contentType: 'image/png' } });
await client.avatars.create({ body: new TextEncoder().encode('GIF') });
await client.notes.create({ body: 'héllo\\nworld' });
await client.servers.create({ body: { name: 'web-1', image: 'ubuntu' } });
await client.tags.update({ body: ['red', 'blue'] });
await client.counter.update({ body: 0 });
await client.customers.update('c1', { note: null });
"""


def generate(target: str, out: Path) -> Path:
    arguments = ["generate", "--no-cache", "--quiet", "--config", str(CONFIG), "--target", target]
    assert main([*arguments, "--spec", str(SPEC), "--out", str(out)]) == EXIT_OK
    return out


def sent(command: list[str], cwd: Path, env: dict[str, str]) -> list[tuple[str, str, str | None, bytes]]:
    server = RecordingServer().start()
    try:
        server.script(json_reply({"ok": True}))
        result = subprocess.run(
            [*command, server.base_url], cwd=cwd, env=env, capture_output=True, text=True, timeout=300
        )
        assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
        return [
            (request.method, request.target.decode(), dict(request.header_pairs()).get("content-type"), request.body)
            for request in server.requests
        ]
    finally:
        server.stop()


@pytest.fixture(scope="module")
def python_requests(tmp_path_factory: pytest.TempPathFactory) -> list[tuple[str, str, str | None, bytes]]:
    out = generate("python", tmp_path_factory.mktemp("bodies") / "python")
    env = {**os.environ, "PYTHONPATH": str(out)}
    return sent([sys.executable, "-c", PYTHON_CALLS], out, env)


@pytest.fixture(scope="module")
def typescript_requests(tmp_path_factory: pytest.TempPathFactory) -> list[tuple[str, str, str | None, bytes]]:
    out = with_node_tools(generate("typescript", tmp_path_factory.mktemp("bodies") / "typescript"))
    compiled = subprocess.run(
        ["node_modules/.bin/tsc", "-p", "tests/tsconfig.json"], cwd=out, capture_output=True, text=True, timeout=600
    )
    assert compiled.returncode == 0, compiled.stdout[-4000:]
    (out / "calls.mjs").write_text(NODE_CALLS)
    return sent(["node", "calls.mjs"], out, dict(os.environ))


@pytest.mark.parametrize("target", ["python", "typescript"])
@pytest.mark.parametrize("index", range(len(EXPECTED)), ids=[e[0] for e in EXPECTED])
def test_each_body_is_sent_as_the_spec_prescribes(request: pytest.FixtureRequest, target: str, index: int) -> None:
    requests: list[tuple[str, str, str | None, bytes]] = request.getfixturevalue(f"{target}_requests")
    _, path, content_type, body = EXPECTED[index]
    assert requests[index][1:] == (path, content_type, body)


def test_methods_are_the_spec_s(python_requests: list[tuple[str, str, str | None, bytes]]) -> None:
    methods = [method for method, *_ in python_requests]
    assert methods == ["POST", "POST", "POST", "PUT", "POST", "POST", "POST", "POST", "PUT", "PUT", "PATCH"]


def test_the_generated_tests_of_both_packages_check_these_bodies(tmp_path: Path) -> None:
    python = generate("python", tmp_path / "python")
    customers = (python / "tests/api_resources/test_customers.py").read_text()
    assert 'content_type="application/x-www-form-urlencoded"' in customers
    typescript = generate("typescript", tmp_path / "typescript")
    notes = (typescript / "tests/api-resources/notes.test.ts").read_text()
    assert "assert.equal(server.last.headers['content-type'], 'text/plain');" in notes
