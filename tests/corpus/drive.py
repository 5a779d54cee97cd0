"""Runs representative calls of a corpus package against the recording server, in a
process of its own per call, for either target, and returns the requests as they arrived.

A call is code in the target's language: `client` is the constructed client; a Python
call is statements run in a function, a TypeScript call the body of an async function.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from dataclasses import dataclass, field
from pathlib import Path

from recording_server import RecordedRequest, RecordingServer, Reply

from conftest import NODE_TOOLS


@dataclass(frozen=True)
class Sent:
    """What one request must be on the wire: its method and raw target (path and query as
    sent), the headers named here (None: the header must be absent), and its body."""

    method: str
    target: str
    headers: dict[str, str | None] = field(default_factory=dict)
    json: object = None  # a JSON body, compared as a value
    form: tuple[str, ...] = ()  # a urlencoded body's `key=value` pairs, each as sent


@dataclass(frozen=True)
class Call:
    """A representative call of one corpus spec, the replies it gets, and what it must send."""

    name: str
    python: str
    typescript: str
    expected: tuple[Sent, ...]
    replies: tuple[Reply, ...] = (Reply(200, (("content-type", "application/json"),), b"{}"),)


@dataclass(frozen=True)
class Client:
    """How a corpus package's client is made: a Python and a TypeScript expression, with
    `SERVER` standing for the recording server's base URL (a string literal)."""

    python: str
    typescript: str


def run_python(package: Path, import_name: str, client: Client, call: Call, server: RecordingServer) -> str:
    """Run `call` with the Python package; the output of the process (for failure messages)."""
    url = json.dumps(f"http://127.0.0.1:{server.port}")
    body = textwrap.indent(call.python, "    ")
    code = f"import {import_name} as sdk\n\ndef main(client):\n{body}\n\nmain({client.python.replace('SERVER', url)})\n"
    env = {**os.environ, "PYTHONPATH": str(package)}
    for key in [k for k in env if k.endswith(("_API_KEY", "_USERNAME", "_PASSWORD", "_TOKEN", "_BASE_URL"))]:
        del env[key]
    result = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=120)
    return _outcome(result)


def compile_typescript(package: Path) -> Path:
    """Build the TypeScript package once (its own `tsc` build into `dist/`); its entry point."""
    link = package / "node_modules"
    if not link.exists():
        link.symlink_to(NODE_TOOLS, target_is_directory=True)
    entry = package / "dist" / "index.js"
    if not entry.exists():
        tsc = [str(NODE_TOOLS / ".bin" / "tsc"), "-p", str(package)]
        result = subprocess.run(tsc, capture_output=True, text=True, timeout=900)
        assert result.returncode == 0, result.stdout[-4000:]
    return entry


def run_typescript(entry: Path, client: Client, call: Call, server: RecordingServer) -> str:
    """Run `call` with the compiled TypeScript package; the output of the process."""
    url = json.dumps(f"http://127.0.0.1:{server.port}")
    code = (
        f"import * as sdk from {json.dumps(entry.as_uri())};\n"
        f"const Client = sdk.default;\n"
        f"const client = {client.typescript.replace('SERVER', url)};\n"
        f"async function main() {{\n{textwrap.indent(call.typescript, '  ')}\n}}\n"
        "await main();\n"
    )
    script = entry.parent / f"call-{abs(hash(call.name))}.mjs"
    script.write_text(code)
    env = {k: v for k, v in os.environ.items() if not k.endswith(("_API_KEY", "_USERNAME", "_PASSWORD", "_TOKEN"))}
    result = subprocess.run(["node", str(script)], env=env, capture_output=True, text=True, timeout=120)
    return _outcome(result)


def check(call: Call, requests: list[RecordedRequest], outcome: str) -> None:
    """Every request `call` must send, in order, exactly as expected."""
    assert len(requests) == len(call.expected), f"{len(requests)} requests: {requests}\n{outcome}"
    for sent, got in zip(call.expected, requests):
        headers = {name.lower(): value for name, value in got.header_pairs()}
        path, _, query = got.target.decode("latin-1").partition("?")
        want_path, _, want_query = sent.target.partition("?")
        assert (got.method, path, _pairs(query)) == (sent.method, want_path, _pairs(want_query)), outcome
        for name, value in sent.headers.items():
            assert headers.get(name.lower()) == value, f"{name}: {headers.get(name.lower())!r}, not {value!r}"
        if sent.form:
            assert _pairs(got.body.decode("latin-1")) == sorted(sent.form), got.body
        elif sent.json is not None:
            assert json.loads(got.body) == sent.json, got.body
        else:
            assert got.body == b"", got.body


def _pairs(text: str) -> list[str]:
    """The `key=value` pairs of a query or form, each as sent, in a fixed order."""
    return sorted(pair for pair in text.split("&") if pair)


def _outcome(result: subprocess.CompletedProcess[str]) -> str:
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    return result.stdout + result.stderr
