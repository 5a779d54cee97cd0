"""Parity of the TypeScript target with the official Node SDK, and with the Python target.

Every scenario below is run by `tests/node/drive.mjs` twice, with the official `openai`
npm package (7.59.0, a test-only dependency) and with our compiled TypeScript package,
each against a fresh recording server on loopback. The two observations must be equal:
the requests (method, raw target, body, and every header but the two naming the package's
own version) and the outcome (the returned value, page or items field by field, the
request ID, or the error's class, message, status and fields).

Scenarios marked `python` are also made with our Python package against
`recording_server`: both targets must send the same method, target (path and query
bytes), body bytes, and the headers a server acts on. Each scenario pins what the
reference sends (`expect`), so a harness that sends nothing cannot pass.

Deviations from the reference, on purpose: the missing-credentials message does not
mention the admin key and workload identity options (which this client does not have).
"""

from __future__ import annotations

import json
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Dict, List, Optional, Tuple

import pytest

from recording_server import Reply, RecordingServer

from conftest import GENERATED, GENERATED_TS, ROOT, typescript_copy

DRIVER = ROOT / "tests" / "node" / "drive.mjs"
API_KEY = "sk-parity"
VERSIONED = {"user-agent", "x-stainless-package-version"}  # name the package and its version
PER_SERVER = {"host"}  # each run has a server of its own, on a port of its own
# What a server acts on: these must be the same from both targets.
WIRE_HEADERS = ("accept", "authorization", "content-type", "openai-organization", "openai-project", "x-custom")
RETRY_NOW = ("retry-after-ms", "1")


def jr(body: Any, status: int = 200, *headers: Tuple[str, str]) -> Dict[str, Any]:
    """A JSON reply, as both servers take it."""
    return {"status": status, "headers": [("content-type", "application/json"), *headers], "body": json.dumps(body)}


_HEAD = "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\n"


def _raw_json(body: str, length: Optional[int] = None) -> str:
    """A raw 200 answer with a JSON content type (a `length` longer than `body`: cut mid-body)."""
    return f"{_HEAD}content-length: {length or len(body)}\r\n\r\n{body}"


@dataclass(frozen=True)
class Scenario:
    """One call: the resource path and method, its arguments in the Node SDK's form
    (`args`, then `options`), the client's options, the replies, how the result is
    observed (`await`, `with_response`, `as_response`, `iterate`, `pages`, `next_page`), and
    the (method, target) pairs the reference must send. `python` gives the same call's
    keyword arguments for the Python target when both targets must send the same bytes."""

    name: str
    resource: Tuple[str, ...]
    method: str
    args: Tuple[Any, ...]
    replies: Tuple[Dict[str, Any], ...]
    expect: Tuple[Tuple[str, str], ...]
    options: Optional[Dict[str, Any]] = None
    client: Dict[str, Any] = field(default_factory=dict)
    observe: str = "await"
    python: Optional[Dict[str, Any]] = None
    base_path: str = "/v1"
    log: bool = False  # observe what the client logs too
    env: Dict[str, str] = field(default_factory=dict)  # set while the client is made
    idempotency_header: str = ""  # given to the official client (ours is generated with it)
    with_options: Optional[Dict[str, Any]] = None  # the call is made by `client.withOptions(...)`
    # A deliberate deviation (README): the error class ours raises instead of the reference's.
    ours_raises: Optional[str] = None

    def as_json(self) -> Dict[str, Any]:
        call: Dict[str, Any] = {"resource": list(self.resource), "method": self.method, "args": list(self.args)}
        if self.options is not None:
            call["options"] = self.options
        return {
            "call": call,
            "client": self.client,
            "replies": [dict(r) for r in self.replies],
            "observe": self.observe,
            "base_path": self.base_path,
            "log": self.log,
            "env": self.env,
            "idempotency_header": self.idempotency_header,
            "with_options": self.with_options,
        }


CONV = {"id": "conv_123", "object": "conversation", "created_at": 1741900000, "metadata": {"topic": "demo"}}
DELETED = {"id": "conv_123", "object": "conversation.deleted", "deleted": True}
MESSAGE = {
    "type": "message",
    "id": "msg_abc",
    "status": "completed",
    "role": "user",
    "content": [{"type": "input_text", "text": "Hello ü"}],
}
UNKNOWN_ITEM = {"type": "totally_new", "id": "x_1", "foo": {"bar": [1, 2]}}
ITEMS = [{"type": "message", "role": "user", "content": "Hi"}]
INCLUDE = ["file_search_call.results", "message.output_text.logprobs"]
INCLUDE_QUERY = "include%5B%5D=file_search_call.results&include%5B%5D=message.output_text.logprobs"
PAGE_1 = {"object": "list", "data": [MESSAGE], "first_id": "msg_abc", "last_id": "msg_abc", "has_more": True}
PAGE_2 = {"object": "list", "data": [UNKNOWN_ITEM], "first_id": "x_1", "last_id": "x_1", "has_more": False}
ERROR = {"error": {"message": "Bad thing", "type": "invalid_request_error", "param": "items", "code": "bad"}}
CONVERSATIONS = ("conversations",)
ITEMS_RESOURCE = ("conversations", "items")


def _errors() -> List[Scenario]:
    found = []
    for status in (400, 401, 403, 404, 409, 418, 422, 429, 500, 503):
        found.append(
            Scenario(
                f"error {status}",
                CONVERSATIONS,
                "retrieve",
                ("conv_123",),
                (jr(ERROR, status, ("x-request-id", "req_err"), ("x-should-retry", "false")),),
                (("GET", "/v1/conversations/conv_123"),),
            )
        )
    bodies = {
        "text body": {"status": 404, "headers": [("content-type", "text/plain")], "body": "plain text"},
        "empty body": {"status": 404, "headers": [], "body": ""},
        "top-level error object": jr({"message": "top", "code": "c1"}, 404),
        "string error": jr({"error": "string error"}, 404),
        "array body": jr([1, 2], 404),
        "invalid json error": {"status": 404, "headers": [("content-type", "application/json")], "body": "{bad"},
    }
    for name, reply in bodies.items():
        found.append(
            Scenario(name, CONVERSATIONS, "retrieve", ("conv_1",), (reply,), (("GET", "/v1/conversations/conv_1"),))
        )
    return found


SCENARIOS: List[Scenario] = [
    Scenario(
        "create with no arguments",
        CONVERSATIONS,
        "create",
        (),
        (jr(CONV),),
        (("POST", "/v1/conversations"),),
        python={},
    ),
    Scenario(
        "create with items and metadata",
        CONVERSATIONS,
        "create",
        ({"items": ITEMS, "metadata": {"topic": "demo", "ü": "é"}},),
        (jr(CONV, 200, ("x-request-id", "req_1")),),
        (("POST", "/v1/conversations"),),
        python={"items": ITEMS, "metadata": {"topic": "demo", "ü": "é"}},
    ),
    Scenario(
        "create with null metadata",
        CONVERSATIONS,
        "create",
        ({"metadata": None},),
        (jr(CONV),),
        (("POST", "/v1/conversations"),),
        python={"metadata": None},
    ),
    Scenario(
        "retrieve",
        CONVERSATIONS,
        "retrieve",
        ("conv_123",),
        (jr(CONV, 200, ("x-request-id", "req_r")),),
        (("GET", "/v1/conversations/conv_123"),),
        python={"conversation_id": "conv_123"},
    ),
    Scenario(
        "retrieve an id that needs encoding",
        CONVERSATIONS,
        "retrieve",
        ("a/b c?d#é%",),
        (jr(CONV),),
        (("GET", "/v1/conversations/a%2Fb%20c%3Fd%23%C3%A9%25"),),
        python={"conversation_id": "a/b c?d#é%"},
    ),
    Scenario(
        "retrieve an id of RFC 3986 segment characters",
        CONVERSATIONS,
        "retrieve",
        ("!$&'()*+,;=:@-._~",),
        (jr(CONV),),
        (("GET", "/v1/conversations/!$&'()*+,;=:@-._~"),),
        python={"conversation_id": "!$&'()*+,;=:@-._~"},
    ),
    Scenario(
        "retrieve an id of '..'",
        CONVERSATIONS,
        "retrieve",
        ("..",),
        (jr(CONV),),
        (),
    ),
    Scenario(
        "update",
        CONVERSATIONS,
        "update",
        ("conv_123", {"metadata": {"k": "v"}}),
        (jr(CONV),),
        (("POST", "/v1/conversations/conv_123"),),
        python={"conversation_id": "conv_123", "metadata": {"k": "v"}},
    ),
    Scenario(
        "delete",
        CONVERSATIONS,
        "delete",
        ("conv_123",),
        (jr(DELETED),),
        (("DELETE", "/v1/conversations/conv_123"),),
        python={"conversation_id": "conv_123"},
    ),
    Scenario(
        "items.create with include",
        ITEMS_RESOURCE,
        "create",
        ("conv_123", {"items": ITEMS, "include": INCLUDE}),
        (jr({"object": "list", "data": [MESSAGE], "first_id": "msg_abc", "last_id": "msg_abc", "has_more": False}),),
        (("POST", f"/v1/conversations/conv_123/items?{INCLUDE_QUERY}"),),
        python={"conversation_id": "conv_123", "items": ITEMS, "include": INCLUDE},
    ),
    Scenario(
        "items.retrieve",
        ITEMS_RESOURCE,
        "retrieve",
        ("msg_abc", {"conversation_id": "conv_123", "include": INCLUDE}),
        (jr(MESSAGE),),
        (("GET", f"/v1/conversations/conv_123/items/msg_abc?{INCLUDE_QUERY}"),),
        python={"item_id": "msg_abc", "conversation_id": "conv_123", "include": INCLUDE},
    ),
    Scenario(
        "items.retrieve of an unknown item type",
        ITEMS_RESOURCE,
        "retrieve",
        ("x_1", {"conversation_id": "conv_123"}),
        (jr(UNKNOWN_ITEM),),
        (("GET", "/v1/conversations/conv_123/items/x_1"),),
        python={"item_id": "x_1", "conversation_id": "conv_123"},
    ),
    Scenario(
        "items.list with every argument",
        ITEMS_RESOURCE,
        "list",
        ("conv_123", {"after": "a b&c=d/é", "include": INCLUDE, "limit": 10, "order": "asc"}),
        (jr(PAGE_2),),
        (("GET", f"/v1/conversations/conv_123/items?after=a%20b%26c%3Dd%2F%C3%A9&{INCLUDE_QUERY}&limit=10&order=asc"),),
        python={"conversation_id": "conv_123", "after": "a b&c=d/é", "limit": 10, "order": "asc", "include": INCLUDE},
    ),
    Scenario(
        "items.list iterated across pages",
        ITEMS_RESOURCE,
        "list",
        ("conv_123", {"limit": 1}),
        (jr(PAGE_1), jr(PAGE_2)),
        (
            ("GET", "/v1/conversations/conv_123/items?limit=1"),
            ("GET", "/v1/conversations/conv_123/items?limit=1&after=msg_abc"),
        ),
        observe="iterate",
    ),
    Scenario(
        "items.list pages",
        ITEMS_RESOURCE,
        "list",
        ("conv_123",),
        (jr(PAGE_1), jr(PAGE_2)),
        (("GET", "/v1/conversations/conv_123/items"), ("GET", "/v1/conversations/conv_123/items?after=msg_abc")),
        observe="pages",
    ),
    Scenario(
        "items.list next page after the last one",
        ITEMS_RESOURCE,
        "list",
        ("conv_123",),
        (jr(PAGE_2),),
        (("GET", "/v1/conversations/conv_123/items"), ("GET", "/v1/conversations/conv_123/items?after=x_1")),
        observe="next_page",
    ),
    Scenario(
        "items.list with a page that has no items",
        ITEMS_RESOURCE,
        "list",
        ("conv_123",),
        (jr({"object": "list", "data": [], "has_more": True, "last_id": "z"}),),
        (("GET", "/v1/conversations/conv_123/items"),),
    ),
    Scenario(
        "items.delete",
        ITEMS_RESOURCE,
        "delete",
        ("msg_abc", {"conversation_id": "conv_123"}),
        (jr(CONV),),
        (("DELETE", "/v1/conversations/conv_123/items/msg_abc"),),
        python={"item_id": "msg_abc", "conversation_id": "conv_123"},
    ),
    *_errors(),
    Scenario(
        "a 500 retried after retry-after-ms",
        CONVERSATIONS,
        "retrieve",
        ("conv_123",),
        (jr(ERROR, 500, RETRY_NOW), jr(CONV)),
        (("GET", "/v1/conversations/conv_123"), ("GET", "/v1/conversations/conv_123")),
        python={"conversation_id": "conv_123"},
    ),
    Scenario(
        "retries run out",
        CONVERSATIONS,
        "retrieve",
        ("conv_123",),
        (jr(ERROR, 429, RETRY_NOW, ("x-request-id", "req_last")),),
        (("GET", "/v1/conversations/conv_123"),) * 3,
        python={"conversation_id": "conv_123"},
    ),
    Scenario(
        "x-should-retry true on a 400",
        CONVERSATIONS,
        "retrieve",
        ("conv_123",),
        (jr(ERROR, 400, RETRY_NOW, ("x-should-retry", "true")), jr(CONV)),
        (("GET", "/v1/conversations/conv_123"),) * 2,
        python={"conversation_id": "conv_123"},
    ),
    Scenario(
        "per-request maxRetries",
        CONVERSATIONS,
        "retrieve",
        ("conv_123",),
        (jr(ERROR, 503, RETRY_NOW),),
        (("GET", "/v1/conversations/conv_123"),) * 4,
        options={"maxRetries": 3},
    ),
    Scenario(
        "client maxRetries 0",
        CONVERSATIONS,
        "retrieve",
        ("conv_123",),
        (jr(ERROR, 503, RETRY_NOW),),
        (("GET", "/v1/conversations/conv_123"),),
        client={"maxRetries": 0},
    ),
    Scenario(
        "request headers, added and removed",
        CONVERSATIONS,
        "retrieve",
        ("conv_123",),
        (jr(CONV),),
        (("GET", "/v1/conversations/conv_123"),),
        options={"headers": {"X-Custom": "yes", "Accept": None}},
    ),
    Scenario(
        "request headers beside the client's",
        CONVERSATIONS,
        "update",
        ("conv_123", {"metadata": {}}),
        (jr(CONV),),
        (("POST", "/v1/conversations/conv_123"),),
        options={"headers": {"X-Custom": "call"}},
        client={"defaultHeaders": {"X-Custom": "client", "X-Other": "1"}, "organization": "org_1", "project": "p_1"},
        python={"conversation_id": "conv_123", "metadata": {}, "extra_headers": {"X-Custom": "call"}},
    ),
    Scenario(
        "request query and body replace the method's",
        ITEMS_RESOURCE,
        "create",
        ("conv_123", {"items": ITEMS, "include": INCLUDE}),
        (jr(CONV),),
        (("POST", "/v1/conversations/conv_123/items?x=1"),),
        options={"query": {"x": "1"}, "body": {"replaced": True}},
    ),
    Scenario(
        "a per-request timeout is announced",
        CONVERSATIONS,
        "retrieve",
        ("conv_123",),
        (jr(CONV),),
        (("GET", "/v1/conversations/conv_123"),),
        options={"timeout": 45999},
    ),
    Scenario(
        "a timeout",
        CONVERSATIONS,
        "retrieve",
        ("conv_123",),
        ({**jr(CONV), "delay_ms": 2000},),
        (("GET", "/v1/conversations/conv_123"),),
        client={"timeout": 200, "maxRetries": 0},
    ),
    Scenario(
        "a dropped connection",
        CONVERSATIONS,
        "retrieve",
        ("conv_123",),
        ({"drop": True},),
        (("GET", "/v1/conversations/conv_123"),),
        client={"maxRetries": 0},
    ),
    # The fault matrix of issue 17: byte-level faults, each beside openai-node.
    *(
        Scenario(
            name,
            CONVERSATIONS,
            "retrieve",
            ("conv_123",),
            (reply,),
            (("GET", "/v1/conversations/conv_123"),) * requests,
            client={"maxRetries": retries, "timeout": 2000},
            ours_raises=ours_raises,
        )
        for name, reply, retries, requests, ours_raises in (
            ("a reset before the answer, retried", {"drop": True}, 1, 2, None),
            ("a reset in the middle of the body", {"raw": _raw_json('{"id": "conv_123"', length=100)}, 0, 1, None),
            (
                "a chunked body cut before its last chunk",
                {"raw": _HEAD + 'transfer-encoding: chunked\r\n\r\n5\r\n{"id"\r\n'},
                0,
                1,
                None,
            ),
            (
                "truncated JSON in a 2xx",
                {"raw": _raw_json('{"id": "conv_123", "crea')},
                0,
                1,
                "APIResponseValidationError",
            ),
            ("a server that never answers, retried", {"delay_ms": 5000}, 1, 2, None),
            # fetch follows 20 redirects, then fails
            ("a redirect loop", {"status": 302, "headers": [("location", "/v1/conversations/conv_123")]}, 0, 21, None),
        )
    ),
    *(
        Scenario(
            f"a 503 with {header}: {value}",
            CONVERSATIONS,
            "retrieve",
            ("conv_123",),
            ({**jr(ERROR, 503), "headers": [("content-type", "application/json"), (header, value)]}, jr(CONV)),
            (("GET", "/v1/conversations/conv_123"),) * 2,
            client={"maxRetries": 1},
        )
        for header, value in (
            ("retry-after", "0"),
            ("retry-after-ms", "5"),
            ("retry-after", "Wed, 21 Oct 2015 07:28:00 GMT"),
            ("retry-after", "99999"),
            ("retry-after", "soon"),
        )
    ),
    Scenario(
        "default query and a base URL with a slash",
        CONVERSATIONS,
        "retrieve",
        ("conv_123",),
        (jr(CONV),),
        (("GET", "/v1/conversations/conv_123?api-version=2"),),
        client={"defaultQuery": {"api-version": "2"}},
        base_path="/v1/",
    ),
    Scenario(
        "a base URL with a query of its own",
        ITEMS_RESOURCE,
        "list",
        ("conv_123", {"limit": 2}),
        (jr(PAGE_2),),
        (("GET", "/v1/conversations/conv_123/items?api-version=1&limit=2"),),
        base_path="/v1?api-version=1",
    ),
    Scenario(
        "an invalid per-request maxRetries means the default",
        CONVERSATIONS,
        "retrieve",
        ("conv_123",),
        (jr(ERROR, 500, RETRY_NOW),),
        (("GET", "/v1/conversations/conv_123"),) * 3,
        options={"maxRetries": -1},
        client={"maxRetries": 0},
    ),
    Scenario(
        "headers given as pairs, one removed again",
        CONVERSATIONS,
        "retrieve",
        ("conv_123",),
        (jr(CONV),),
        (("GET", "/v1/conversations/conv_123"),),
        options={"headers": [["X-A", "1"], ["x-a", None], ["X-B", "1"], ["x-b", "2"]]},
    ),
    Scenario(
        "header names that differ only in case",
        CONVERSATIONS,
        "retrieve",
        ("conv_123",),
        (jr(CONV),),
        (("GET", "/v1/conversations/conv_123"),),
        options={"headers": {"X-A": "1", "x-a": "2", "X-List": ["a", "b"]}},
    ),
    Scenario(
        "an invalid header name",
        CONVERSATIONS,
        "retrieve",
        ("conv_123",),
        (jr(CONV),),
        (),
        options={"headers": {"Bad Header": "1"}},
    ),
    Scenario(
        "create with a null body",
        CONVERSATIONS,
        "create",
        (None,),
        (jr(CONV),),
        (("POST", "/v1/conversations"),),
    ),
    Scenario(
        "withResponse",
        CONVERSATIONS,
        "retrieve",
        ("conv_123",),
        (jr(CONV, 200, ("x-request-id", "req_w")),),
        (("GET", "/v1/conversations/conv_123"),),
        observe="with_response",
    ),
    Scenario(
        "asResponse",
        CONVERSATIONS,
        "retrieve",
        ("conv_123",),
        (jr(CONV, 201),),
        (("GET", "/v1/conversations/conv_123"),),
        observe="as_response",
    ),
    Scenario(
        "asResponse of an error",
        CONVERSATIONS,
        "retrieve",
        ("conv_123",),
        (jr(ERROR, 404),),
        (("GET", "/v1/conversations/conv_123"),),
        observe="as_response",
    ),
    Scenario(
        "a 2xx body that is not JSON",
        CONVERSATIONS,
        "retrieve",
        ("conv_123",),
        ({"status": 200, "headers": [("content-type", "application/json")], "body": "{oops"},),
        (("GET", "/v1/conversations/conv_123"),),
        ours_raises="APIResponseValidationError",  # the reference throws the bare SyntaxError
    ),
    Scenario(
        "a 2xx body that is text",
        CONVERSATIONS,
        "retrieve",
        ("conv_123",),
        ({"status": 200, "headers": [("content-type", "text/plain")], "body": "hello"},),
        (("GET", "/v1/conversations/conv_123"),),
        ours_raises="APIResponseValidationError",  # the reference resolves the text as a Conversation
    ),
    Scenario(
        "a 204",
        CONVERSATIONS,
        "delete",
        ("conv_123",),
        ({"status": 204, "headers": []},),
        (("DELETE", "/v1/conversations/conv_123"),),
    ),
]


def run_driver(module: str, tmp_path: Path, scenarios_run: List[Scenario]) -> List[Dict[str, Any]]:
    """Each scenario's observation with the SDK `module` (run by `drive.mjs`)."""
    scenarios = tmp_path / f"scenarios-{len(scenarios_run)}.json"
    scenarios.write_text(json.dumps([s.as_json() for s in scenarios_run]))
    result = subprocess.run(
        ["node", str(DRIVER), module, str(scenarios)],
        cwd=DRIVER.parent,
        capture_output=True,
        text=True,
        timeout=300,
        env={"PATH": "/usr/local/bin:/usr/bin:/bin", "HOME": str(tmp_path)},
    )
    assert result.returncode == 0, result.stderr[-4000:]
    observations: List[Dict[str, Any]] = json.loads(result.stdout)
    return observations


def observe_both(
    build: Path, scenarios: List[Scenario], source: Path = GENERATED_TS
) -> Dict[str, List[Dict[str, Any]]]:
    """Every scenario's observation with the official package and with ours (`source`, compiled in `build`)."""
    package = typescript_copy(source, build)
    compiled = subprocess.run(
        ["node_modules/.bin/tsc", "-p", "tsconfig.json"], cwd=package, capture_output=True, text=True, timeout=300
    )
    assert compiled.returncode == 0, compiled.stdout[-4000:]
    return {
        "openai": run_driver("openai", build, scenarios),
        "ours": run_driver((package / "dist" / "index.js").as_uri(), build, scenarios),
    }


@pytest.fixture(scope="module")
def observations(tmp_path_factory: pytest.TempPathFactory) -> Dict[str, List[Dict[str, Any]]]:
    return observe_both(tmp_path_factory.mktemp("ts-parity"), SCENARIOS)


def comparable(observation: Dict[str, Any]) -> Dict[str, Any]:
    requests = [
        {**r, "headers": sorted((k, v) for k, v in r["headers"] if k not in VERSIONED | PER_SERVER)}
        for r in observation["requests"]
    ]
    return {"requests": requests, "outcome": observation["outcome"]}


@pytest.mark.parametrize("index", range(len(SCENARIOS)), ids=[s.name for s in SCENARIOS])
def test_the_same_as_the_node_sdk(observations: Dict[str, List[Dict[str, Any]]], index: int) -> None:
    scenario = SCENARIOS[index]
    reference, ours = observations["openai"][index], observations["ours"][index]
    assert [(r["method"], r["target"]) for r in reference["requests"]] == list(scenario.expect)
    if scenario.ours_raises is not None:
        assert comparable(ours)["requests"] == comparable(reference)["requests"]
        assert ours["outcome"].get("raised") == scenario.ours_raises != reference["outcome"].get("raised")
        return
    assert comparable(ours) == comparable(reference)


def test_the_version_headers_name_each_package(observations: Dict[str, List[Dict[str, Any]]]) -> None:
    headers = dict(observations["ours"][0]["requests"][0]["headers"])
    assert headers["user-agent"] == "OpenAI/JS 0.1.0"
    assert headers["x-stainless-package-version"] == "0.1.0"
    assert dict(observations["openai"][0]["requests"][0]["headers"])["user-agent"] == "OpenAI/JS 7.59.0"


def test_the_scenarios_cover_every_method() -> None:
    covered = {(s.resource, s.method) for s in SCENARIOS if s.python is not None}
    assert covered == {
        (CONVERSATIONS, "create"),
        (CONVERSATIONS, "retrieve"),
        (CONVERSATIONS, "update"),
        (CONVERSATIONS, "delete"),
        (ITEMS_RESOURCE, "create"),
        (ITEMS_RESOURCE, "retrieve"),
        (ITEMS_RESOURCE, "list"),
        (ITEMS_RESOURCE, "delete"),
    }


# -- the Python target: the same calls, the same bytes --------------------------------


def _python_requests(scenario: Scenario, server: RecordingServer) -> List[Dict[str, Any]]:
    sys.path.insert(0, str(GENERATED))
    try:
        import openai_conversations
    finally:
        sys.path.remove(str(GENERATED))
    server.script(*(Reply(r["status"], tuple(r["headers"]), r["body"].encode()) for r in scenario.replies))
    options = {"organization": "org_1", "project": "p_1"} if "organization" in scenario.client else {}
    client = openai_conversations.OpenAI(
        api_key=API_KEY,
        base_url=server.base_url.removesuffix("/v1") + "/v1",
        default_headers=scenario.client.get("defaultHeaders"),
        **options,
    )
    resource: Any = client
    for name in scenario.resource:
        resource = getattr(resource, name)
    assert scenario.python is not None
    try:
        getattr(resource, scenario.method)(**scenario.python)
    except openai_conversations.APIStatusError:
        pass  # the requests are what is compared here
    finally:
        client.close()
    return [
        {"method": r.method, "target": r.target.decode("latin-1"), "headers": r.header_pairs(), "body": r.body}
        for r in server.requests
    ]


def _wire(request: Dict[str, Any]) -> Dict[str, Any]:
    """What a server acts on. Two differences the official SDKs have between them are
    kept by each target and normalized here: a space in the query is `+` from Python and
    `%20` from Node (a `+` itself is `%2B` from both), and Python also sends
    `Content-Type: application/json` on requests without a body."""
    headers = dict(request["headers"])
    body = request["body"] if isinstance(request["body"], bytes) else request["body"].encode()
    path, _, query = request["target"].partition("?")
    wire = {name: headers.get(name) for name in WIRE_HEADERS}
    if not body:
        wire.pop("content-type")
    return {
        "method": request["method"],
        "target": path + ("?" + query.replace("+", "%20") if query else ""),
        "body": body,
        "headers": wire,
        "retry_count": headers.get("x-stainless-retry-count"),
    }


CROSS = [i for i, s in enumerate(SCENARIOS) if s.python is not None]


@pytest.mark.parametrize("index", CROSS, ids=[SCENARIOS[i].name for i in CROSS])
def test_the_same_bytes_as_the_python_target(observations: Dict[str, List[Dict[str, Any]]], index: int) -> None:
    scenario = SCENARIOS[index]
    server = RecordingServer().start()
    try:
        python = _python_requests(scenario, server)
    finally:
        server.stop()
    typescript = observations["ours"][index]["requests"]
    assert [(r["method"], _wire(r)["target"]) for r in python] == list(scenario.expect)
    assert [_wire(r) for r in typescript] == [_wire(r) for r in python]
