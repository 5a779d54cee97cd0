"""Byte-level server faults: the generated Python client beside the official `openai` package.

Each case runs a call of both packages against one raw-socket server on loopback
(`recording_server`, whose `Reply.raw` writes broken answers byte for byte) and compares
what came out: a value's type or an exception's class, and how many requests were sent.
Where issue 17 asks for better than the reference, the reference's outcome is pinned too,
so the case shows the difference rather than assuming it. Every case has a hard time limit.
"""

from __future__ import annotations

import os
import sys
import json
import time
import threading
from typing import Any, Dict, Tuple, Callable, Optional
from pathlib import Path
from dataclasses import dataclass

import pytest

from conftest import GENERATED
from recording_server import Reply, RecordingServer, json_reply

import openai  # test-only dependency: the reference

sys.path.insert(0, str(GENERATED))
try:
    import openai_conversations
finally:
    sys.path.remove(str(GENERATED))
assert Path(openai_conversations.__file__).parent == GENERATED / "openai_conversations"

CONVERSATION = {"id": "conv_1", "object": "conversation", "created_at": 1, "metadata": {}}
LIMIT = 20.0  # seconds a case may take, both packages together


@dataclass(frozen=True)
class Outcome:
    """What a call came to: the class of its value or of the exception it raised, and
    the class of that exception's cause."""

    kind: str
    name: str
    cause: Optional[str] = None
    requests: int = 0


def outcome(call: Callable[[], Any], server: RecordingServer) -> Outcome:
    try:
        value = call()
    except BaseException as err:  # noqa: BLE001 - RecursionError, RuntimeError, ... are the point
        cause = type(err.__cause__).__name__ if err.__cause__ is not None else None
        return Outcome("raised", type(err).__name__, cause, len(server.requests))
    return Outcome("returned", type(value).__name__, None, len(server.requests))


def run(sdk: Any, server: RecordingServer, replies: Tuple[Reply, ...], act: Callable[[Any], Any]) -> Outcome:
    server.script(*replies, max_requests=100)
    client = sdk.OpenAI(api_key="sk-faults", base_url=server.base_url, max_retries=1, timeout=2.0)
    try:
        return outcome(lambda: act(client), server)
    finally:
        client.close()


def within_limit(work: Callable[[], Any]) -> Any:
    """`work()`, or a failure if it takes longer than the case's limit."""
    box: Dict[str, Any] = {}

    def target() -> None:
        try:
            box["value"] = work()
        except BaseException as err:  # noqa: BLE001 - re-raised below
            box["error"] = err

    thread = threading.Thread(target=target, daemon=True)
    thread.start()
    thread.join(LIMIT)
    if thread.is_alive():
        pytest.fail(f"the case took longer than {LIMIT} s")
    if "error" in box:
        raise box["error"]
    return box["value"]


def raw_json(body: bytes, length: Optional[int] = None) -> Reply:
    head = f"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: {length or len(body)}\r\n\r\n"
    return Reply(raw=head.encode() + body)


TRUNCATED_CHUNKED = Reply(
    raw=b'HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ntransfer-encoding: chunked\r\n\r\n5\r\n{"id"\r\n'
)

# case: (replies, call, the reference's outcome, ours), or ours alone where both agree
CASES: Dict[str, Tuple[Tuple[Reply, ...], Callable[[Any], Any], Outcome, Optional[Outcome]]] = {
    "invalid JSON in a 2xx": (
        (raw_json(b"{not json"),),
        lambda client: client.conversations.retrieve("conv_1"),
        Outcome("raised", "JSONDecodeError", None, 1),
        Outcome("raised", "APIResponseValidationError", "JSONDecodeError", 1),
    ),
    "truncated JSON in a 2xx": (
        (raw_json(b'{"id": "conv_1", "crea'),),
        lambda client: client.conversations.retrieve("conv_1"),
        Outcome("raised", "JSONDecodeError", None, 1),
        Outcome("raised", "APIResponseValidationError", "JSONDecodeError", 1),
    ),
    "a 2xx body that is not UTF-8": (
        (raw_json(b'{"id": "\xff\xfe"}'),),
        lambda client: client.conversations.retrieve("conv_1"),
        Outcome("raised", "UnicodeDecodeError", None, 1),
        Outcome("raised", "APIResponseValidationError", "UnicodeDecodeError", 1),
    ),
    "JSON nested past the recursion limit": (
        (raw_json(b"[" * 200_000 + b"]" * 200_000),),
        lambda client: client.conversations.retrieve("conv_1"),
        Outcome("raised", "RecursionError", None, 1),
        Outcome("raised", "APIResponseValidationError", "RecursionError", 1),
    ),
    "has_more sent as the string false": (
        (json_reply({"data": [{"id": "m1", "type": "message"}], "has_more": "false", "last_id": "m1"}),),
        lambda client: len(list(client.conversations.items.list("conv_1"))),
        Outcome("returned", "int", None, 1),
        None,
    ),
    "reset before the answer": (
        (Reply(drop=True),),
        lambda client: client.conversations.retrieve("conv_1"),
        Outcome("raised", "APIConnectionError", "RemoteProtocolError", 2),
        None,
    ),
    "reset in the middle of the body": (
        (raw_json(b'{"id": "conv_1"', length=100),),
        lambda client: client.conversations.retrieve("conv_1"),
        Outcome("raised", "APIConnectionError", "RemoteProtocolError", 2),
        None,
    ),
    "a chunked body cut before its last chunk": (
        (TRUNCATED_CHUNKED,),
        lambda client: client.conversations.retrieve("conv_1"),
        Outcome("raised", "APIConnectionError", "RemoteProtocolError", 2),
        None,
    ),
    "a streamed body cut while parse() reads it": (
        (raw_json(b'{"id": "conv_1"', length=100),),
        lambda client: _parse_streamed(client),
        Outcome("raised", "RemoteProtocolError", "RemoteProtocolError", 1),  # httpx2's own, not an SDK error
        Outcome("raised", "APIConnectionError", "RemoteProtocolError", 1),
    ),
    "a server that never answers": (
        (Reply(delay=4.0),),
        lambda client: client.with_options(timeout=0.3).conversations.retrieve("conv_1"),
        Outcome("raised", "APITimeoutError", "ReadTimeout", 2),
        None,
    ),
    "a redirect loop": (
        (Reply(302, (("location", "/v1/conversations/conv_1"),)),),
        lambda client: client.conversations.retrieve("conv_1"),
        Outcome("raised", "APIConnectionError", "TooManyRedirects", 42),  # 21 per attempt, retried
        Outcome("raised", "APIConnectionError", "TooManyRedirects", 21),  # one attempt
    ),
    "a call after close()": (
        (json_reply(CONVERSATION),),
        lambda client: (client.close(), client.conversations.retrieve("conv_1")),
        Outcome("raised", "RuntimeError", None, 0),
        Outcome("raised", "APIConnectionError", "RuntimeError", 0),
    ),
}


def _parse_streamed(client: Any) -> Any:
    with client.conversations.with_streaming_response.retrieve("conv_1") as response:
        return response.parse()


@pytest.fixture(scope="module")
def server() -> Any:
    running = RecordingServer(lifetime=600, idle_timeout=5.0).start()
    yield running
    running.stop()


@pytest.mark.parametrize("case", list(CASES))
def test_fault(case: str, server: RecordingServer) -> None:
    replies, act, reference, better = CASES[case]
    theirs = within_limit(lambda: run(openai, server, replies, act))
    ours = within_limit(lambda: run(openai_conversations, server, replies, act))
    # The reference's causes are httpx2's classes, which have httpx's names.
    assert theirs == reference, "the official package no longer behaves as this case records"
    assert ours == (better or reference)


@pytest.mark.skipif(not hasattr(os, "fork"), reason="fork() is POSIX only")
def test_a_forked_child_opens_its_own_connection(server: RecordingServer) -> None:
    """A child process must not send on its parent's pooled connection. The official client
    does (the server sees the child's request on the parent's connection); ours does not."""

    def connections(sdk: Any) -> Tuple[int, int]:
        server.script(json_reply(CONVERSATION), max_requests=10)
        client = sdk.OpenAI(api_key="sk-faults", base_url=server.base_url, max_retries=0, timeout=5.0)
        client.conversations.retrieve("conv_1")  # the parent's pooled connection
        pid = os.fork()
        if pid == 0:
            try:
                client.conversations.retrieve("conv_1")
            finally:
                os._exit(0)
        os.waitpid(pid, 0)
        client.close()
        first, second = server.requests[:2]
        return first.connection, second.connection

    theirs = within_limit(lambda: connections(openai))
    ours = within_limit(lambda: connections(openai_conversations))
    assert theirs[0] == theirs[1], "the official client no longer shares its connection with a child"
    assert ours[0] != ours[1]


def test_a_deadline_bounds_a_trickling_body_and_long_retry_waits(server: RecordingServer) -> None:
    """The opt-in `deadline`: the official client has no such bound (its `timeout` bounds
    each read, so a body trickling in a byte every 0.1 s takes as long as the server
    likes, and a `retry-after` of 119 s is waited for)."""
    body = json.dumps(CONVERSATION).encode()
    head = f"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: {len(body)}\r\n\r\n"
    trickle = Reply(raw=head.encode() + body, pace=0.1)  # ~10 s in all
    client = openai_conversations.OpenAI(
        api_key="sk-faults", base_url=server.base_url, max_retries=2, timeout=1.0, deadline=1.5
    )

    def timed(replies: Tuple[Reply, ...]) -> Tuple[Outcome, float]:
        server.script(*replies, max_requests=10)
        started = time.monotonic()
        result = outcome(lambda: client.conversations.retrieve("conv_1"), server)
        return result, time.monotonic() - started

    cut, took = within_limit(lambda: timed((trickle,)))
    assert cut == Outcome("raised", "APITimeoutError", "ReadTimeout", 1) and took < 1.5 + 1.0 + 0.5
    waited, took = within_limit(lambda: timed((Reply(429, (("retry-after", "119"),)),)))
    assert waited == Outcome("raised", "RateLimitError", None, 1) and took < 1.0  # no wait it cannot finish
    client.close()
