"""Every paging scheme, end to end in both targets: a package generated from one small spec
per scheme (`tests/specs/paging_*.yaml`) iterates a list across three pages served by the
recording server, sync and async in Python and with `for await` in TypeScript; the test
checks the exact request of each page and that the iteration stops after the third. Each
package's own tests pass (their runtime tests walk its page classes), the Python package
passes `mypy --strict` and the TypeScript package `tsc --strict`."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

import pytest

from generator.cli import EXIT_OK, main

from conftest import TEST_SPECS, with_node_tools
from recording_server import RecordingServer, Reply, json_reply

CONFIG = TEST_SPECS / "paging.sdk.yaml"
BASE = "{base}"  # the server's base URL, in a scripted body or header


def widgets(*numbers: int) -> list[dict[str, str]]:
    return [{"id": f"w{n}", "name": f"widget {n}"} for n in numbers]


@dataclass(frozen=True)
class Case:
    """A scheme: the spec, the call's arguments, the three pages and the requests expected."""

    scheme: str
    arguments: dict[str, int]  # by their wire names (TypeScript's argument names)
    pages: tuple[tuple[object, tuple[tuple[str, str], ...]], ...]  # (body, headers) per page
    targets: tuple[str, ...]
    python_arguments: dict[str, int] | None = None  # when Python names them otherwise


CASES = (
    Case(
        "cursor",
        {"page_size": 2},
        (
            ({"widgets": widgets(1, 2), "next_page_token": "t2"}, ()),
            ({"widgets": widgets(3, 4), "next_page_token": "t3"}, ()),
            ({"widgets": widgets(5), "next_page_token": None}, ()),
        ),
        ("/v1/widgets?page_size=2", "/v1/widgets?page_size=2&page_token=t2", "/v1/widgets?page_size=2&page_token=t3"),
    ),
    Case(
        "item_id",
        {"limit": 2},
        (
            ({"object": "list", "data": widgets(1, 2), "has_more": True, "url": "/v1/widgets"}, ()),
            ({"object": "list", "data": widgets(3, 4), "has_more": True, "url": "/v1/widgets"}, ()),
            ({"object": "list", "data": widgets(5), "has_more": False, "url": "/v1/widgets"}, ()),
        ),
        ("/v1/widgets?limit=2", "/v1/widgets?limit=2&starting_after=w2", "/v1/widgets?limit=2&starting_after=w4"),
    ),
    Case(
        "next_url",
        {"PageSize": 2},
        (
            ({"widgets": widgets(1, 2), "next_page_uri": "/v1/widgets?PageSize=2&Page=1&PageToken=PA2"}, ()),
            ({"widgets": widgets(3, 4), "next_page_uri": f"{BASE}/widgets?PageSize=2&Page=2&PageToken=PA4"}, ()),
            ({"widgets": widgets(5), "next_page_uri": None}, ()),
        ),
        (
            "/v1/widgets?PageSize=2",
            "/v1/widgets?PageSize=2&Page=1&PageToken=PA2",
            "/v1/widgets?PageSize=2&Page=2&PageToken=PA4",
        ),
        {"page_size": 2},
    ),
    Case(
        "offset",
        {"limit": 2},
        (
            ({"results": widgets(1, 2), "total": 5}, ()),
            ({"results": widgets(3, 4), "total": 5}, ()),
            ({"results": widgets(5), "total": 5}, ()),
        ),
        ("/v1/widgets?limit=2", "/v1/widgets?limit=2&offset=2", "/v1/widgets?limit=2&offset=4"),
    ),
    Case(
        "page_number",
        {"per_page": 2},
        ((widgets(1, 2), ()), (widgets(3, 4), ()), (widgets(5), ())),
        ("/v1/widgets?per_page=2", "/v1/widgets?per_page=2&page=2", "/v1/widgets?per_page=2&page=3"),
    ),
    Case(
        "link_header",
        {"per_page": 2},
        (
            (widgets(1, 2), (("Link", f'<{BASE}/widgets?per_page=2&page=2>; rel="next", <{BASE}/x>; rel="last"'),)),
            (
                widgets(3, 4),
                (("Link", f'<{BASE}/widgets?page=1>; rel="prev", <{BASE}/widgets?per_page=2&page=3>; rel="next"'),),
            ),
            (widgets(5), (("Link", f'<{BASE}/widgets?page=2>; rel="prev"'),)),
        ),
        ("/v1/widgets?per_page=2", "/v1/widgets?per_page=2&page=2", "/v1/widgets?per_page=2&page=3"),
    ),
)
IDS = [case.scheme for case in CASES]
EVERY_ITEM = [f"w{n}" for n in range(1, 6)]


def generate(scheme: str, target: str, out: Path) -> Path:
    spec = TEST_SPECS / f"paging_{scheme}.yaml"
    command = ["generate", "--target", target, "--spec", str(spec), "--config", str(CONFIG), "--out", str(out)]
    assert main([*command, "--quiet"]) == EXIT_OK
    return out


def script(server: RecordingServer, case: Case) -> None:
    def reply(body: object, headers: tuple[tuple[str, str], ...]) -> Reply:
        text = json.dumps(body).replace(BASE, server.base_url)
        return json_reply(json.loads(text), headers=[(k, v.replace(BASE, server.base_url)) for k, v in headers])

    server.script(*(reply(body, headers) for body, headers in case.pages))


def served(server: RecordingServer, case: Case, run: list[str]) -> list[str]:
    """The requests `run` made against the three scripted pages (its output checked)."""
    script(server, case)
    result = subprocess.run([*run, server.base_url], capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr[-4000:]
    assert json.loads(result.stdout) == EVERY_ITEM
    assert all(r.method == "GET" for r in server.requests)
    return [r.target.decode() for r in server.requests]


PYTHON = """
import asyncio, json, sys
from widgets import WidgetClient, AsyncWidgetClient
kwargs = json.loads(sys.argv[1])
if sys.argv[2] == "sync":
    client = WidgetClient(base_url=sys.argv[3], max_retries=0)
    items = [w.id for w in client.widgets.list(**kwargs)]
else:
    async def main():
        client = AsyncWidgetClient(base_url=sys.argv[3], max_retries=0)
        return [w.id async for w in client.widgets.list(**kwargs)]
    items = asyncio.run(main())
print(json.dumps(items))
"""


@pytest.fixture
def server() -> Iterator[RecordingServer]:
    recording = RecordingServer().start()
    yield recording
    recording.stop()


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_python_iterates_three_pages_sync_and_async(
    case: Case, server: RecordingServer, tmp_path_factory: pytest.TempPathFactory
) -> None:
    out = generate(case.scheme, "python", tmp_path_factory.mktemp(f"py-{case.scheme}"))
    env_python = [sys.executable, "-c", f"import sys; sys.path.insert(0, {str(out)!r}); exec({PYTHON!r})"]
    for flavor in ("sync", "async"):
        assert served(server, case, [*env_python, json.dumps(case.python_arguments or case.arguments), flavor]) == list(
            case.targets
        ), flavor
    own_tests = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "tests"],
        cwd=out,
        env={**os.environ, "PYTHONPATH": str(out)},
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert own_tests.returncode == 0, own_tests.stdout[-4000:]
    mypy = [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "--cache-dir", os.devnull, "-p", "widgets"]
    typed = subprocess.run(mypy, cwd=out, capture_output=True, text=True, timeout=600)
    assert typed.returncode == 0, typed.stdout[-4000:]


TYPESCRIPT = """
import Client from './build/src/index.js';
const client = new Client({ baseURL: process.argv[3], maxRetries: 0 });
const items = [];
for await (const widget of client.widgets.list(JSON.parse(process.argv[2]))) {
  items.push(widget.id);
}
console.log(JSON.stringify(items));
"""


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_typescript_iterates_three_pages(
    case: Case, server: RecordingServer, tmp_path_factory: pytest.TempPathFactory
) -> None:
    out = with_node_tools(generate(case.scheme, "typescript", tmp_path_factory.mktemp(f"ts-{case.scheme}")))
    compiled = subprocess.run(
        ["node_modules/.bin/tsc", "-p", "tests/tsconfig.json"], cwd=out, capture_output=True, text=True, timeout=300
    )
    assert compiled.returncode == 0, compiled.stdout[-4000:]
    (out / "drive.mjs").write_text(TYPESCRIPT)
    assert served(server, case, ["node", str(out / "drive.mjs"), json.dumps(case.arguments)]) == list(case.targets)
    own_tests = subprocess.run(["node", "--test", "build/tests/"], cwd=out, capture_output=True, text=True, timeout=300)
    assert own_tests.returncode == 0, own_tests.stdout[-4000:]
