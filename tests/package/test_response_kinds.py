"""A response body is what the operation says, in both targets: an operation whose response
is not JSON (here CSV) returns the raw response, whose text is the body; one whose response
is JSON gets the JSON of a mislabelled JSON body, and an `APIResponseValidationError` for
anything else, never the text (the official packages return the text there, typed as the
model)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from generator.cli import EXIT_OK, main

from conftest import CONFIG, TEST_SPECS, with_node_tools
from recording_server import Reply, RecordingServer

SPEC = TEST_SPECS / "response_kinds.yaml"
CSV = (("content-type", "text/csv"),)
# (the call, the reply): what each target's script does, in order
REPLIES = (
    Reply(200, CSV, b"a,b\n1,2\n"),  # the report: text, as the spec says
    Reply(200, (("content-type", "text/plain"),), b'{"id": "t1"}'),  # the thing, JSON under another label
    Reply(200, (("content-type", "text/plain"),), b"not json"),  # the thing: neither
)
EXPECTED = [["returned", "a,b\n1,2\n"], ["returned", "t1"], ["raised", "APIResponseValidationError"]]

PYTHON = """
import json, sys
from openai_conversations import OpenAI, APIResponseValidationError

client = OpenAI(base_url=sys.argv[1], max_retries=0)
seen = [["returned", client.reports.retrieve("r1").text], ["returned", client.things.retrieve("t1").id]]
try:
    client.things.retrieve("t1")
except APIResponseValidationError as error:
    seen.append(["raised", type(error).__name__])
print(json.dumps(seen))
"""

TYPESCRIPT = """
import Client, { APIResponseValidationError } from './dist/index.js';

const client = new Client({ baseURL: process.argv[2], maxRetries: 0 });
const report = await (await client.reports.retrieve('r1')).text();
const seen = [['returned', report], ['returned', (await client.things.retrieve('t1')).id]];
try {
  await client.things.retrieve('t1');
} catch (error) {
  if (error instanceof APIResponseValidationError) seen.push(['raised', error.constructor.name]);
}
console.log(JSON.stringify(seen));
"""


def generate(target: str, out: Path) -> Path:
    arguments = ["generate", "--no-cache", "--quiet", "--config", str(CONFIG), "--target", target]
    assert main([*arguments, "--spec", str(SPEC), "--out", str(out)]) == EXIT_OK
    return out


def outcomes(command: list[str], cwd: Path, env: dict[str, str]) -> list[list[str]]:
    server = RecordingServer().start()
    try:
        server.script(*REPLIES)
        result = subprocess.run(
            [*command, server.base_url], cwd=cwd, env=env, capture_output=True, text=True, timeout=300
        )
        assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
        assert [r.target for r in server.requests] == [b"/v1/reports/r1", b"/v1/things/t1", b"/v1/things/t1"]
        seen: list[list[str]] = json.loads(result.stdout)
        return seen
    finally:
        server.stop()


def test_python(tmp_path: Path) -> None:
    out = generate("python", tmp_path / "python")
    assert outcomes([sys.executable, "-c", PYTHON], out, {**os.environ, "PYTHONPATH": str(out)}) == EXPECTED


def test_typescript(tmp_path: Path) -> None:
    out = with_node_tools(generate("typescript", tmp_path / "typescript"))
    compiled = subprocess.run(
        ["node_modules/.bin/tsc", "-p", "tsconfig.json"], cwd=out, capture_output=True, text=True, timeout=600
    )
    assert compiled.returncode == 0, compiled.stdout[-4000:]
    (out / "calls.mjs").write_text(TYPESCRIPT)
    assert outcomes(["node", "calls.mjs"], out, dict(os.environ)) == EXPECTED


@pytest.fixture(autouse=True)
def _no_key(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OPENAI_API_KEY", "sk-text")
