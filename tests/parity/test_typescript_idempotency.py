"""`idempotencyKey` where the SDK config names an idempotency header, against the official
Node SDK given the same header (`idempotencyHeader`, which openai-node's own client leaves
unset for OpenAI): every request but a GET sends the caller's key, else a fresh one, and
each retry the same. The package is generated from the committed spec and config with
`idempotency_header: Idempotency-Key` and `log_env: CONVERSATIONS_LOG` added; a fresh key
is random (openai-node's reads `stainless-node-retry-<uuid>`, ours `node-retry-<uuid>`), so
it is compared as `KEY` once each attempt's is checked to be the same.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any, Dict, List

import pytest
import yaml

from generator.core.write import write_tree
from generator.pipeline import generate_targets

from conftest import CONFIG, SPEC

from .test_typescript_parity import CONV, CONVERSATIONS, ERROR, ITEMS_RESOURCE, PAGE_2, RETRY_NOW, Scenario, comparable
from .test_typescript_parity import jr, observe_both

HEADER = "Idempotency-Key"
RETRIED = (jr(ERROR, 500, RETRY_NOW), jr(CONV))
CREATE = (("POST", "/v1/conversations"),)


def _scenario(name: str, method: str, args: Any, replies: Any, expect: Any, **fields: Any) -> Scenario:
    resource = ITEMS_RESOURCE if method == "list" else CONVERSATIONS
    return Scenario(name, resource, method, args, replies, expect, idempotency_header=HEADER, **fields)


SCENARIOS = [
    _scenario("a POST with a key, retried", "create", ({},), RETRIED, CREATE * 2, options={"idempotencyKey": "key-1"}),
    _scenario("a POST without a key, retried", "create", ({},), RETRIED, CREATE * 2),
    _scenario("a DELETE", "delete", ("conv_1",), (jr(CONV),), (("DELETE", "/v1/conversations/conv_1"),)),
    _scenario("a GET sends no key", "retrieve", ("conv_1",), (jr(CONV),), (("GET", "/v1/conversations/conv_1"),)),
    _scenario(
        "a key in a list's query slot",
        "list",
        ("conv_1", {"idempotencyKey": "k"}),
        (jr(PAGE_2),),
        (("GET", "/v1/conversations/conv_1/items"),),
    ),
    _scenario("a key in the headers wins", "create", ({},), (jr(CONV),), CREATE, options={"headers": {HEADER: "h"}}),
    _scenario(
        "the log level from the configured variable",
        "retrieve",
        ("conv_1",),
        (jr(CONV),),
        (("GET", "/v1/conversations/conv_1"),),
        env={"CONVERSATIONS_LOG": "info", "OPENAI_LOG": "info"},
        log=True,
    ),
]


@pytest.fixture(scope="module")
def observations(tmp_path_factory: pytest.TempPathFactory) -> Dict[str, List[Dict[str, Any]]]:
    data = yaml.safe_load(CONFIG.read_text())
    data.update(idempotency_header=HEADER, log_env="CONVERSATIONS_LOG")
    config = tmp_path_factory.mktemp("config") / "sdk.yaml"
    config.write_text(yaml.safe_dump(data, sort_keys=False))
    source = tmp_path_factory.mktemp("idempotent") / "package"
    write_tree(generate_targets(SPEC, config, targets=("typescript",), cache_root=None)["typescript"].files, source)
    return observe_both(tmp_path_factory.mktemp("build"), SCENARIOS, source)


def _keys(observation: Dict[str, Any]) -> List[str | None]:
    return [dict(r["headers"]).get(HEADER.lower()) for r in observation["requests"]]


def _blanked(observation: Dict[str, Any]) -> Dict[str, Any]:
    found = comparable(observation)
    for request in found["requests"]:
        request["headers"] = [(k, "KEY" if k == HEADER.lower() and "retry-" in v else v) for k, v in request["headers"]]
    logs = [re.sub(r"log_[0-9a-f]{6}|127\.0\.0\.1:\d+| in \d+ms", "", str(e)) for e in found["outcome"].get("logs", [])]
    return {**found, "outcome": {**found["outcome"], "logs": logs}}


@pytest.mark.parametrize("index", range(len(SCENARIOS)), ids=[s.name for s in SCENARIOS])
def test_the_same_as_the_node_sdk(observations: Dict[str, List[Dict[str, Any]]], index: int) -> None:
    scenario = SCENARIOS[index]
    reference, ours = observations["openai"][index], observations["ours"][index]
    assert [(r["method"], r["target"]) for r in reference["requests"]] == list(scenario.expect)
    assert _blanked(ours) == _blanked(reference)


def test_the_keys_sent(observations: Dict[str, List[Dict[str, Any]]]) -> None:
    ours = {s.name: o for s, o in zip(SCENARIOS, observations["ours"])}
    assert _keys(ours["a POST with a key, retried"]) == ["key-1", "key-1"]
    first, second = _keys(ours["a POST without a key, retried"])
    assert first == second and first is not None and re.fullmatch(r"node-retry-[0-9a-f-]{36}", first)
    assert _keys(ours["a GET sends no key"]) == _keys(ours["a key in a list's query slot"]) == [None]
    assert _keys(ours["a key in the headers wins"]) == ["h"]
    assert ours["the log level from the configured variable"]["outcome"]["logs"][0] == ["logLevel", "info"]
