"""Parity of the TypeScript client's runtime with the official Node SDK, for what a caller
sets beside a method's own arguments: every `RequestOptions.body` form, request options
given in a list method's query slot, `idempotencyKey`, a base URL that repeats a query
key, the request ID after a retry, and the log (`logger`, `logLevel`, `OPENAI_LOG`).

Run as `test_typescript_parity.py` runs its scenarios (`tests/node/drive.mjs`, the official
`openai` package and ours against the same kind of server); what the client logged is
compared too, once the parts that differ between any two runs are blanked: the attempts'
log IDs (numbered in order), durations, the server's port, the date, and the headers that
name the package's version. A debug line's request options are compared by the fields
both SDKs have (`method`, `path`, `query`, `body`); each also logs internal options of its own.
"""

from __future__ import annotations

import re
from typing import Any, Dict, List

import pytest

from .test_typescript_parity import (
    CONV,
    CONVERSATIONS,
    ERROR,
    ITEMS_RESOURCE,
    PAGE_2,
    RETRY_NOW,
    VERSIONED,
    Scenario,
    comparable,
    jr,
    observe_both,
)

CREATE = (("POST", "/v1/conversations"),)
LIST = (("GET", "/v1/conversations/conv_123/items"),)
RETRIEVE = (("GET", "/v1/conversations/conv_123"),)
FORM = {"Content-Type": "application/x-www-form-urlencoded"}


def _body(name: str, options: Dict[str, Any], replies: Any = (jr(CONV),), expect: Any = CREATE) -> Scenario:
    return Scenario(name, CONVERSATIONS, "create", ({},), tuple(replies), tuple(expect), options=options)


def _retrieve(name: str, replies: Any, count: int = 1, **fields: Any) -> Scenario:
    """`conversations.retrieve('conv_123')`, answered by `replies`, sent `count` times."""
    return Scenario(name, CONVERSATIONS, "retrieve", ("conv_123",), tuple(replies), RETRIEVE * count, **fields)


def _slot(name: str, query: Any, expect: Any = LIST, *options: Dict[str, Any]) -> Scenario:
    return Scenario(name, ITEMS_RESOURCE, "list", ("conv_123", query, *options), (jr(PAGE_2),), tuple(expect))


BODIES = [
    _body("a string body is JSON", {"body": "hello"}),
    _body(
        "a string body under a content type is sent as it is", {"body": "a,b", "headers": {"Content-Type": "text/csv"}}
    ),
    _body("a Uint8Array body", {"body": {"$body": "bytes", "value": "héllo"}}),
    _body("an ArrayBuffer body", {"body": {"$body": "arraybuffer", "value": "raw"}}),
    _body("a DataView body", {"body": {"$body": "dataview", "value": "view"}}),
    _body("a URLSearchParams body", {"body": {"$body": "search", "value": "a=1&b=2 3&a=4"}}),
    _body("a FormData body", {"body": {"$body": "formdata", "value": [["a", "1"], ["b", "two"]]}}),
    _body("a Blob body", {"body": {"$body": "blob", "value": "x,y", "type": "text/csv"}}),
    _body("a ReadableStream body", {"body": {"$body": "stream", "value": ["ab", "cd"]}}),
    _body("an async iterable body", {"body": {"$body": "iterable", "value": ["ab", "cd"]}}),
    _body(
        "a stream body is not retried",
        {"body": {"$body": "stream", "value": ["ab"]}},
        (jr(ERROR, 500, RETRY_NOW), jr(CONV)),
    ),
    _body("an object under a form content type", {"body": {"a": 1, "b": ["x", "y"], "c": {"d": "é"}}, "headers": FORM}),
    _body("a null body", {"body": None}),
    _body("a body given with an idempotency key", {"body": {"a": 1}, "idempotencyKey": "key-1"}),
]

QUERY_SLOT = [
    _slot("request options in the query slot", {"headers": {"X-Custom": "yes"}, "maxRetries": 0, "timeout": 9000}),
    _slot(
        "a query option in the query slot", {"query": {"x": "1"}}, (("GET", "/v1/conversations/conv_123/items?x=1"),)
    ),
    _slot("a query in the query slot", {"limit": 2}, (("GET", "/v1/conversations/conv_123/items?limit=2"),)),
    _slot("an empty query slot", {}),
    _slot("a query mixed with request options", {"limit": 2, "headers": {"X-Custom": "yes"}}, ()),
    _slot("request options in both slots", {"headers": {"X-Custom": "yes"}}, (), {"timeout": 1000}),
    _slot("a transport override in the query slot", {"fetchOptions": {}}, ()),
    _slot("a method in the query slot", {"method": "post", "maxRetries": 1}, ()),
    _slot("an unknown key in the query slot", {"headers": {"X-A": "1"}, "other": 1}, ()),
]

STALLED = (
    {**jr(CONV, 200, ("x-request-id", "req_stalled")), "body_delay_ms": 3000},
    jr(CONV, 200, ("x-request-id", "req_ok")),
)
RETRIES = [
    _retrieve("withResponse after a stalled body", STALLED, 2, client={"timeout": 600}, observe="with_response"),
    _retrieve("_request_id after a stalled body", STALLED, 2, client={"timeout": 600}),
    _retrieve(
        "withResponse after a failed attempt",
        (jr(ERROR, 500, RETRY_NOW, ("x-request-id", "req_failed")), jr(CONV, 200, ("x-request-id", "req_ok"))),
        2,
        observe="with_response",
    ),
]


def _base_url(name: str, target: str, query: Dict[str, Any], **fields: Any) -> Scenario:
    """`items.list('conv_123', query)` under a base URL that repeats the key `a`."""
    expect = (("GET", f"/v1/conversations/conv_123/items?{target}"),)
    return Scenario(
        name, ITEMS_RESOURCE, "list", ("conv_123", query), (jr(PAGE_2),), expect, base_path="/v1?a=1&a=2&b=3", **fields
    )


BASE_URLS = [
    _base_url("a base URL that repeats a query key", "b=3&limit=2&after=a+b&a=1&a=2", {"limit": 2, "after": "a b"}),
    _base_url("a repeated base URL key a later query replaces", "a=9&b=3", {}, client={"defaultQuery": {"a": "9"}}),
]

SECRETS = {"X-Api-Key": "abc", "Cookie": "c=1", "X-Note": "Authorization: Bearer sk-x"}
LOGS = [
    _retrieve(
        "the info log of a retried request",
        (jr(ERROR, 500, RETRY_NOW, ("x-request-id", "req_1")), jr(CONV, 200, ("x-request-id", "req_2"))),
        2,
        client={"logLevel": "info"},
        log=True,
    ),
    Scenario(
        "the debug log, its secrets redacted",
        CONVERSATIONS,
        "update",
        ("conv_123", {"metadata": {"api_key": "k", "note": "token=abc"}}),
        (jr(ERROR, 500, RETRY_NOW), jr(CONV, 200, ("x-request-id", "req_2"))),
        (("POST", "/v1/conversations/conv_123?api_key=zz&x=1&token=t"),) * 2,
        options={"headers": SECRETS, "query": {"token": "t"}},
        env={"OPENAI_LOG": "debug"},
        base_path="/v1?api_key=zz&x=1",
        log=True,
    ),
    _retrieve(
        "an error that is not retried, at debug",
        ({"status": 404, "headers": [("content-type", "text/plain")], "body": "no proxy user:pw@host:8080 here"},),
        client={"logLevel": "debug"},
        log=True,
    ),
    _retrieve(
        "a dropped connection, at debug", ({"drop": True},), 2, client={"logLevel": "debug", "maxRetries": 1}, log=True
    ),
    _retrieve("a log level from the environment", (jr(CONV),), env={"OPENAI_LOG": "info"}, log=True),
    _retrieve("an invalid log level in the environment", (jr(CONV),), env={"OPENAI_LOG": "verbose"}, log=True),
    _retrieve(
        "an invalid logLevel option beside a valid environment",
        (jr(CONV),),
        client={"logLevel": "loud"},
        env={"OPENAI_LOG": "info"},
        log=True,
    ),
    _retrieve(
        "withOptions keeps the logger and the level",
        (jr(CONV),),
        client={"logLevel": "loud"},
        env={"OPENAI_LOG": "info"},
        with_options={"maxRetries": 0},
        log=True,
    ),
    _retrieve(
        "the option's log level over the environment's",
        (jr(CONV),),
        client={"logLevel": "off"},
        env={"OPENAI_LOG": "debug"},
        log=True,
    ),
]

SCENARIOS = BODIES + QUERY_SLOT + RETRIES + BASE_URLS + LOGS


@pytest.fixture(scope="module")
def observations(tmp_path_factory: pytest.TempPathFactory) -> Dict[str, List[Dict[str, Any]]]:
    return observe_both(tmp_path_factory.mktemp("ts-runtime-parity"), SCENARIOS)


_UNSTABLE_HEADERS = VERSIONED | {"date", "host"}


def _log_entry(entry: List[Any], ids: Dict[str, str]) -> List[Any]:
    """One logged call with what differs between runs blanked (see the module docstring)."""

    def blank(value: Any, key: str = "") -> Any:
        if isinstance(value, str):
            value = re.sub(r"log_[0-9a-f]{6}", lambda m: ids.setdefault(m.group(0), f"log_{len(ids)}"), value)
            value = re.sub(r"127\.0\.0\.1:\d+", "HOST", value)
            return re.sub(r" in \d+ms", " in Nms", value)
        if isinstance(value, list):
            return [blank(item) for item in value]
        if not isinstance(value, dict):
            return 0 if key == "durationMs" else value
        if key == "headers":
            return {k: blank(v) for k, v in value.items() if k not in _UNSTABLE_HEADERS}
        if key == "options":
            return {k: blank(v, k) for k, v in value.items() if k in ("method", "path", "query", "body")}
        return {k: blank(v, k) for k, v in value.items()}

    return [blank(item) for item in entry]


def _observed(observation: Dict[str, Any]) -> Dict[str, Any]:
    found = comparable(observation)
    ids: Dict[str, str] = {}
    outcome = dict(found["outcome"])
    if "logs" in outcome:
        outcome["logs"] = [_log_entry(entry, ids) for entry in outcome["logs"]]
    return {**found, "outcome": outcome}


@pytest.mark.parametrize("index", range(len(SCENARIOS)), ids=[s.name for s in SCENARIOS])
def test_the_same_as_the_node_sdk(observations: Dict[str, List[Dict[str, Any]]], index: int) -> None:
    scenario = SCENARIOS[index]
    reference, ours = observations["openai"][index], observations["ours"][index]
    assert [(r["method"], r["target"]) for r in reference["requests"]] == list(scenario.expect)
    assert _observed(ours) == _observed(reference)


def test_what_the_scenarios_pin(observations: Dict[str, List[Dict[str, Any]]]) -> None:
    """What the reference does, so that a harness that observes nothing cannot pass."""
    ours = {s.name: o for s, o in zip(SCENARIOS, observations["ours"])}
    assert ours["withResponse after a stalled body"]["outcome"]["request_id"] == "req_ok"
    assert ours["_request_id after a stalled body"]["outcome"]["request_id"] == "req_ok"
    assert ours["a URLSearchParams body"]["requests"][0]["body"] == "a=1&b=2+3&a=4"
    assert ours["a string body is JSON"]["requests"][0]["body"] == '"hello"'
    slot = dict(ours["request options in the query slot"]["requests"][0]["headers"])
    assert slot["x-custom"] == "yes" and slot["x-stainless-timeout"] == "9"
    assert ours["a query mixed with request options"]["outcome"]["raised"] == "TypeError"
    logged = str(ours["the debug log, its secrets redacted"]["outcome"]["logs"])
    assert "sk-parity" not in logged and "abc" not in logged and "[REDACTED]" in logged
    assert "Idempotency" not in str(ours["a body given with an idempotency key"]["requests"])
