"""Parameter styles and argument names on the wire, in both targets.

`tests/specs/parameter_styles.yaml` has a parameter of every OpenAPI style (query: `form`
exploded and not, `spaceDelimited`, `pipeDelimited`, `deepObject`, an object in `form`;
path: `simple`, `label`, `matrix`; header: `simple` exploded and not; cookie: `form`),
wire names that are not identifiers (`StartTime<`, `Count<=`, `ids[]`, `page.size`,
`2fa`, `Name` beside `name`), a body field named like the path parameter and a name used
in the query, a header and the body, and a body field that is not an identifier. Both packages are generated with a config that sets
no `array_format`, called against the recording server, and each request is compared
with what the spec prescribes, byte for byte; the Python package is then generated again
with `array_format: brackets`, which changes only the parameters whose spec says nothing.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from generator.cli import EXIT_OK, main
from generator.ir.build import build_ir
from generator.pipeline import read_config
from generator.spec.load import load_document
from generator.targets.python.view_tests import operation_arguments

from conftest import CONFIG, TEST_SPECS, shared_spec, typescript_copy
from recording_server import RecordedRequest, RecordingServer, Reply

SPEC = TEST_SPECS / "parameter_styles.yaml"

PYTHON_CALLS = """
import sys
from styles import Styles
client = Styles(base_url=sys.argv[1], max_retries=0)
client.things.list(
    tags=["a", "b"], csv=["a", "b"], spaced=["a", "b"], piped=[1, 2], filter={"color": "red", "size": 2},
    point={"x": 1, "y": 2}, start_time_before="2020-01-01", start_time_after="2019-01-01", start_time="2021",
    count_on_or_before=5, count_on_or_after=1, ids=["i", "j"], page_size=10, _2fa=True, name_2="N", name="n",
    x_tags=["a", "b"], x_meta={"a": "1", "b": "2"}, session="abc", prefs=["x", "y"],
)
client.cells.retrieve([3, 4], ids=[1, 2], point=[5, 6])
client.users.update("alice", body_username="bob", email="b@example.com", id="q", header_id="h", body_id=7)
client.notes.create(note_text="x", count=1)
client.things.list(tags=["a"], ids=["i"])
"""

TYPESCRIPT_CALLS = """
const { default: Styles } = await import(process.argv[2]);
const client = new Styles({ baseURL: process.argv[3], maxRetries: 0 });
await client.things.list({
  tags: ['a', 'b'], csv: ['a', 'b'], spaced: ['a', 'b'], piped: [1, 2], filter: { color: 'red', size: 2 },
  point: { x: 1, y: 2 }, start_time_before: '2020-01-01', start_time_after: '2019-01-01', StartTime: '2021',
  count_on_or_before: 5, count_on_or_after: 1, ids: ['i', 'j'], page_size: 10, _2fa: true, name_2: 'N', name: 'n',
  x_tags: ['a', 'b'], x_meta: { a: '1', b: '2' }, session: 'abc', prefs: ['x', 'y'],
});
await client.cells.retrieve([3, 4], { ids: [1, 2], point: [5, 6] });
await client.users.update('alice', { body_username: 'bob', email: 'b@example.com', id: 'q', header_id: 'h', body_id: 7 });
await client.notes.create({ note_text: 'x', count: 1 });
"""


def list_query(space: str) -> str:
    """The query of the first call: wire names sorted as the arguments are (`2fa` first)."""
    return (
        "2fa=true&Count%3C%3D=5&Count%3E%3D=1&Name=N&StartTime=2021&StartTime%3C=2020-01-01"
        "&StartTime%3E=2019-01-01&csv=a%2Cb&filter%5Bcolor%5D=red&filter%5Bsize%5D=2&ids%5B%5D=i&ids%5B%5D=j"
        f"&name=n&page.size=10&piped=1%7C2&x=1&y=2&spaced=a{space}b&tags=a&tags=b"
    )


def generate(out: Path, target: str, array_format: str | None = None) -> Path:
    config = out.parent / f"sdkgen-{target}-{array_format}.yaml"
    query = f"query: {{array_format: {array_format}}}\n" if array_format else ""
    config.write_text(f"spec: {SPEC}\n{query}")
    args = ["generate", "--config", str(config), "--target", target, "--out", str(out), "--quiet", "--strict"]
    assert main(args) == EXIT_OK
    return out


def headers(request: RecordedRequest) -> dict[str, str]:
    return {name: value for name, value in request.header_pairs() if name in ("x-tags", "x-meta", "cookie", "id")}


def target(request: RecordedRequest) -> str:
    return request.target.decode().removeprefix("/v1")


def python_requests(package: Path) -> list[RecordedRequest]:
    server = RecordingServer().start()
    try:
        server.script(Reply(200))
        env = {**os.environ, "PYTHONPATH": str(package)}
        result = subprocess.run(
            [sys.executable, "-c", PYTHON_CALLS, server.base_url], env=env, capture_output=True, text=True, timeout=120
        )
        assert result.returncode == 0, result.stderr
        return server.requests
    finally:
        server.stop()


@pytest.fixture(scope="module")
def python_sent(tmp_path_factory: pytest.TempPathFactory) -> list[RecordedRequest]:
    return python_requests(generate(tmp_path_factory.mktemp("styles") / "python", "python"))


@pytest.fixture(scope="module")
def typescript_sent(tmp_path_factory: pytest.TempPathFactory) -> list[RecordedRequest]:
    folder = tmp_path_factory.mktemp("styles-ts")
    package = typescript_copy(generate(folder / "typescript", "typescript"), folder)
    compiled = subprocess.run(
        ["node_modules/.bin/tsc", "-p", "tsconfig.json"], cwd=package, capture_output=True, text=True, timeout=300
    )
    assert compiled.returncode == 0, compiled.stdout[-4000:]
    script = folder / "calls.mjs"
    script.write_text(TYPESCRIPT_CALLS)
    server = RecordingServer().start()
    try:
        server.script(Reply(200))
        index = (package / "dist" / "index.js").as_uri()
        result = subprocess.run(
            ["node", str(script), index, server.base_url], capture_output=True, text=True, timeout=120
        )
        assert result.returncode == 0, result.stderr
        return server.requests
    finally:
        server.stop()


@pytest.mark.parametrize("sdk", ["python", "typescript"])
def test_query_header_and_cookie_styles(sdk: str, request: pytest.FixtureRequest) -> None:
    sent: list[RecordedRequest] = request.getfixturevalue(f"{sdk}_sent")
    listing = sent[0]
    assert listing.method == "GET"
    assert target(listing) == "/things?" + list_query("+" if sdk == "python" else "%20")
    assert headers(listing) == {"x-tags": "a,b", "x-meta": "a=1,b=2", "cookie": "prefs=x,y; session=abc"}


@pytest.mark.parametrize("sdk", ["python", "typescript"])
def test_path_styles(sdk: str, request: pytest.FixtureRequest) -> None:
    sent: list[RecordedRequest] = request.getfixturevalue(f"{sdk}_sent")
    assert (sent[1].method, target(sent[1])) == ("GET", "/cells/1,2/.5,6/;coords=3;coords=4")


@pytest.mark.parametrize("sdk", ["python", "typescript"])
def test_a_name_shared_by_the_path_query_header_and_body(sdk: str, request: pytest.FixtureRequest) -> None:
    sent: list[RecordedRequest] = request.getfixturevalue(f"{sdk}_sent")
    update = sent[2]
    assert (update.method, target(update)) == ("PUT", "/users/alice?id=q")
    assert headers(update) == {"id": "h"}
    assert json.loads(update.body) == {"username": "bob", "email": "b@example.com", "id": 7}


@pytest.mark.parametrize("sdk", ["python", "typescript"])
def test_a_body_field_that_is_no_identifier(sdk: str, request: pytest.FixtureRequest) -> None:
    sent: list[RecordedRequest] = request.getfixturevalue(f"{sdk}_sent")
    assert (sent[3].method, target(sent[3])) == ("POST", "/notes")
    assert json.loads(sent[3].body) == {"note-text": "x", "count": 1}


def test_the_config_array_format_applies_only_where_the_spec_says_nothing(tmp_path: Path) -> None:
    sent = python_requests(generate(tmp_path / "python", "python", "brackets"))
    # `tags` says nothing: brackets; `ids[]` neither (its own brackets then get more).
    assert target(sent[4]) == "/things?ids%5B%5D%5B%5D=i&tags%5B%5D=a"
    query = target(sent[0]).partition("?")[2]
    assert "csv=a%2Cb" in query and "x=1&y=2" not in query and "point%5Bx%5D=1&point%5By%5D=2" in query


PETSTORE_CALLS = """
import sys
from swagger_petstore import SwaggerPetstore
client = SwaggerPetstore(access_token="tok", api_key="k", base_url=sys.argv[1], max_retries=0)
client.user.update("alice", body_username="bob", email="b@example.com")
client.pet.find_by_tags.list(tags=["a", "b"])
"""


def test_swagger_petstore3_names_the_body_field_beside_the_path_parameter(tmp_path: Path) -> None:
    """`PUT /user/{username}` has a body field `username`: it is `body_username`, and the
    `tags` its spec explodes repeat their key (no config `array_format`)."""
    spec = shared_spec("real/swagger-petstore3.yaml")
    config = tmp_path / "sdkgen.yaml"
    config.write_text(f"spec: {spec}\n")
    out = tmp_path / "python"
    assert main(["generate", "--config", str(config), "--target", "python", "--out", str(out), "--quiet"]) == EXIT_OK
    server = RecordingServer().start()
    try:
        server.script(Reply(200, (("content-type", "application/json"),), b"[]"))
        env = {**os.environ, "PYTHONPATH": str(out)}
        result = subprocess.run(
            [sys.executable, "-c", PETSTORE_CALLS, server.base_url], env=env, capture_output=True, text=True
        )
        assert result.returncode == 0, result.stderr
        update, find = server.requests
    finally:
        server.stop()
    assert (update.method, target(update)) == ("PUT", "/user/alice")
    assert json.loads(update.body) == {"username": "bob", "email": "b@example.com"}
    assert (find.method, target(find)) == ("GET", "/pet/findByTags?tags=a&tags=b")


def test_twilio_comparison_parameters_get_readable_distinct_names() -> None:
    spec = shared_spec("real/twilio_api_v2010.json")
    api = build_ir(load_document(spec), read_config(CONFIG)).api
    calls = next(op for op in api.operations() if op.operation_id == "ListCall")
    names = {p.name: (p.arg, operation_arguments(calls)[p.arg]) for p in calls.arguments}
    assert {wire: names[wire] for wire in ("StartTime", "StartTime<", "StartTime>", "EndTime<", "From")} == {
        "StartTime": ("start_time", "start_time"),
        "StartTime<": ("start_time_before", "start_time_before"),
        "StartTime>": ("start_time_after", "start_time_after"),
        "EndTime<": ("end_time_before", "end_time_before"),
        "From": ("from", "from_"),
    }
    every = [p.arg for op in api.operations() for p in op.arguments]
    assert not [name for name in every if name.endswith(("_2", "_3"))]
