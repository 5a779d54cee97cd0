# File generated from conversations.yaml by sdkgen. Do not edit.
"""Runtime: the retry policy, back-off delays, and transport failures."""

from __future__ import annotations

import time
import email.utils
from types import SimpleNamespace
from typing import Any, Dict, List, Callable, Iterator, Optional

import anyio
import httpx2
import pytest

from openai_conversations import (
    Client,
    AsyncClient,
    APIStatusError,
    APITimeoutError,
    APIConnectionError,
    InternalServerError,
)
from openai_conversations import _deadline
from openai_conversations._retry import retry_delay, parse_retry_after
from openai_conversations._exceptions import SDKError
from openai_conversations._base_client import make_request_options

PREFIX = Client._header_prefix.lower()
Handler = Callable[[httpx2.Request], httpx2.Response]


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


class Script:
    """Replies with copies of the given responses (the last one repeats), or raises the
    given exceptions, and records the requests."""

    def __init__(self, *replies: Any) -> None:
        self.replies = list(replies)
        self.requests: List[httpx2.Request] = []

    def __call__(self, request: httpx2.Request) -> httpx2.Response:
        self.requests.append(request)
        reply = self.replies[min(len(self.requests), len(self.replies)) - 1]
        if isinstance(reply, Exception):
            raise reply
        assert isinstance(reply, httpx2.Response)
        return httpx2.Response(reply.status_code, headers=reply.headers, content=reply.content)  # a fresh copy


@pytest.fixture
def sleeps(monkeypatch: pytest.MonkeyPatch) -> List[float]:
    recorded: List[float] = []
    monkeypatch.setattr(time, "sleep", recorded.append)

    async def fake_sleep(seconds: float) -> None:
        recorded.append(seconds)

    monkeypatch.setattr(anyio, "sleep", fake_sleep)
    return recorded


def make_client(script: Script, **kwargs: Any) -> Client:
    return Client(
        api_key="My API Key",
        base_url="http://localhost/v1",
        http_client=httpx2.Client(transport=httpx2.MockTransport(script)),
        **kwargs,
    )


def status(code: int, headers: Optional[Dict[str, str]] = None) -> httpx2.Response:
    return httpx2.Response(code, json={"error": {"message": "nope"}}, headers=headers)


OK = httpx2.Response(200, json={"ok": True})


@pytest.mark.parametrize(
    "code, attempts",
    [
        (400, 1),
        (401, 1),
        (403, 1),
        (404, 1),
        (418, 1),
        (422, 1),
        (408, 3),
        (409, 3),
        (429, 3),
        (500, 3),
        (502, 3),
        (503, 3),
    ],
)
def test_attempts_per_status(code: int, attempts: int, sleeps: List[float]) -> None:
    script = Script(status(code))
    with pytest.raises(APIStatusError) as info:
        make_client(script).get("/x", cast_to=object)
    assert info.value.status_code == code
    assert len(script.requests) == attempts
    assert [r.headers[f"{PREFIX}-retry-count"] for r in script.requests] == [str(n) for n in range(attempts)]
    assert len(sleeps) == attempts - 1


def test_success_after_retries_reports_retry_count(sleeps: List[float]) -> None:
    script = Script(status(500), status(429), OK)
    assert make_client(script).get("/x", cast_to=object) == {"ok": True}
    assert [r.headers[f"{PREFIX}-retry-count"] for r in script.requests] == ["0", "1", "2"]
    assert 0.375 <= sleeps[0] <= 0.5 and 0.75 <= sleeps[1] <= 1.0


@pytest.mark.parametrize("code, header, attempts", [(500, "false", 1), (400, "true", 3), (200, "false", 1)])
def test_x_should_retry_overrides_status(code: int, header: str, attempts: int, sleeps: List[float]) -> None:
    script = Script(httpx2.Response(code, json={}, headers={"x-should-retry": header}))
    try:
        make_client(script).get("/x", cast_to=object)
    except APIStatusError:
        pass
    assert len(script.requests) == attempts


@pytest.mark.parametrize(
    "headers, expected_sleeps, attempts",
    [
        ({"retry-after-ms": "1500"}, [1.5, 1.5], 3),
        ({"retry-after": "3"}, [3.0, 3.0], 3),
        ({"retry-after": "120"}, [120.0, 120.0], 3),
        ({"retry-after": "121"}, [], 1),
        ({"retry-after-ms": "121000"}, [], 1),
        ({"retry-after": "1e400"}, [], 1),
        ({"retry-after-ms": "1500", "retry-after": "9"}, [1.5, 1.5], 3),
    ],
)
def test_retry_after_forms(
    headers: Dict[str, str], expected_sleeps: List[float], attempts: int, sleeps: List[float]
) -> None:
    script = Script(httpx2.Response(429, json={}, headers=headers))
    with pytest.raises(APIStatusError):
        make_client(script).get("/x", cast_to=object)
    assert len(script.requests) == attempts
    assert sleeps == expected_sleeps


@pytest.mark.parametrize("value", ["0", "-3", "garbage", "inf"])
def test_unusable_retry_after_falls_back_to_backoff(value: str, sleeps: List[float]) -> None:
    script = Script(httpx2.Response(429, json={}, headers={"retry-after": value}), OK)
    make_client(script).get("/x", cast_to=object)
    assert len(sleeps) == 1 and 0.375 <= sleeps[0] <= 0.5


def test_retry_after_http_date(monkeypatch: pytest.MonkeyPatch) -> None:
    now = 1_700_000_000.0
    monkeypatch.setattr(time, "time", lambda: now)
    date = email.utils.formatdate(now + 20, usegmt=True)
    assert parse_retry_after(httpx2.Headers({"retry-after": date})) == 20.0
    assert retry_delay(0, httpx2.Headers({"retry-after": date})) == 20.0
    assert parse_retry_after(httpx2.Headers({"retry-after": "Wed, 99 Foo"})) is None
    assert parse_retry_after(None) is None


@pytest.mark.parametrize(
    "retries_taken, low, high",
    [(0, 0.375, 0.5), (1, 0.75, 1.0), (2, 1.5, 2.0), (3, 3.0, 4.0), (4, 6.0, 8.0), (5, 6.0, 8.0), (2000, 6.0, 8.0)],
)
def test_backoff_bounds(retries_taken: int, low: float, high: float) -> None:
    delays = [retry_delay(retries_taken) for _ in range(300)]
    assert all(low <= delay <= high for delay in delays)
    assert max(delays) - min(delays) > (high - low) / 4  # jitter is applied


def test_backoff_uses_jitter_formula(monkeypatch: pytest.MonkeyPatch) -> None:
    import random

    monkeypatch.setattr(random, "random", lambda: 1.0)
    assert retry_delay(1) == 0.75
    monkeypatch.setattr(random, "random", lambda: 0.0)
    assert retry_delay(1) == 1.0


def test_per_request_max_retries(sleeps: List[float]) -> None:
    script = Script(status(429))
    client = make_client(script)
    with pytest.raises(APIStatusError):
        client.with_options(max_retries=0).get("/x", cast_to=object)
    assert len(script.requests) == 1
    with pytest.raises(APIStatusError):
        client.get("/x", cast_to=object, options={"max_retries": 1})
    assert len(script.requests) == 3
    with pytest.raises(APIStatusError):
        make_client(script, max_retries=4).get("/x", cast_to=object)
    assert len(script.requests) == 8


def test_timeouts_become_api_timeout_error_after_retries(sleeps: List[float]) -> None:
    script = Script(httpx2.ReadTimeout("slow"))
    with pytest.raises(APITimeoutError) as info:
        make_client(script).get("/x", cast_to=object)
    assert len(script.requests) == 3 and len(sleeps) == 2
    assert str(info.value) == "Request timed out."
    assert info.value.request is script.requests[-1]
    assert isinstance(info.value.__cause__, httpx2.ReadTimeout)


def test_connection_errors_become_api_connection_error(sleeps: List[float]) -> None:
    script = Script(httpx2.ConnectError("refused"), httpx2.ConnectError("refused"), OK)
    assert make_client(script).get("/x", cast_to=object) == {"ok": True}
    script = Script(httpx2.RemoteProtocolError("bad"))
    with pytest.raises(APIConnectionError) as info:
        make_client(script, max_retries=1).get("/x", cast_to=object)
    assert type(info.value) is APIConnectionError
    assert str(info.value) == "Connection error." and info.value.body is None
    assert len(script.requests) == 2


@pytest.mark.parametrize("error", [RuntimeError("boom"), KeyError("k")])
def test_other_exceptions_are_connection_errors_after_one_attempt(error: Exception, sleeps: List[float]) -> None:
    # The official SDK lets them out as they are; every failure of a call is an SDK error here.
    script = Script(error)
    with pytest.raises(APIConnectionError) as info:
        make_client(script).get("/x", cast_to=object)
    assert info.value.__cause__ is error and str(info.value) == f"{type(error).__name__}: {error}"
    assert len(script.requests) == 1 and sleeps == []


def test_a_call_on_a_closed_client_is_a_clear_error(sleeps: List[float]) -> None:
    script = Script(httpx2.Response(200, json={}))
    client = make_client(script)
    client.close()
    with pytest.raises(APIConnectionError, match=r"The client is closed: it sends no more requests after `close\(\)`"):
        client.get("/x", cast_to=object)
    assert script.requests == [] and sleeps == []


def test_a_redirect_loop_is_not_retried(sleeps: List[float]) -> None:
    script = Script(httpx2.Response(302, headers={"location": "/x"}))
    http = httpx2.Client(transport=httpx2.MockTransport(script), follow_redirects=True)
    client = Client(api_key="My API Key", base_url="http://localhost/v1", http_client=http)
    with pytest.raises(APIConnectionError, match="Too many redirects") as info:
        client.get("/x", cast_to=object)
    assert isinstance(info.value.__cause__, httpx2.TooManyRedirects)
    assert len(script.requests) == 21 and sleeps == []  # one call's redirects (httpx2 allows 20), not three


def test_sdk_errors_raised_by_the_transport_are_not_retried(sleeps: List[float]) -> None:
    error = SDKError("from a hook")
    script = Script(error)
    with pytest.raises(SDKError) as info:
        make_client(script).get("/x", cast_to=object)
    assert info.value is error and len(script.requests) == 1


def test_post_body_is_resent_on_retry(sleeps: List[float]) -> None:
    script = Script(status(500), OK)
    make_client(script).post("/x", cast_to=object, body={"a": 1})
    assert [r.content for r in script.requests] == [b'{"a":1}', b'{"a":1}']


def test_callable_key_is_refreshed_per_attempt(sleeps: List[float]) -> None:
    keys = iter(["k1", "k2"])
    script = Script(status(500), OK)
    Client(
        api_key=lambda: next(keys),
        base_url="http://localhost/v1",
        http_client=httpx2.Client(transport=httpx2.MockTransport(script)),
    ).get("/x", cast_to=object)
    assert [r.headers["authorization"] for r in script.requests] == ["Bearer k1", "Bearer k2"]


@pytest.mark.anyio
async def test_async_retries_use_anyio_sleep(sleeps: List[float]) -> None:
    script = Script(status(503), httpx2.ConnectError("x"), OK)
    client = AsyncClient(
        api_key="My API Key",
        base_url="http://localhost/v1",
        http_client=httpx2.AsyncClient(transport=httpx2.MockTransport(script)),
    )
    assert await client.get("/x", cast_to=object) == {"ok": True}
    assert [r.headers[f"{PREFIX}-retry-count"] for r in script.requests] == ["0", "1", "2"]
    assert len(sleeps) == 2 and 0.375 <= sleeps[0] <= 0.5 and 0.75 <= sleeps[1] <= 1.0


@pytest.mark.anyio
async def test_async_errors_after_retries(sleeps: List[float]) -> None:
    script = Script(status(500))
    client = AsyncClient(
        api_key="My API Key",
        base_url="http://localhost/v1",
        http_client=httpx2.AsyncClient(transport=httpx2.MockTransport(script)),
    )
    with pytest.raises(InternalServerError):
        await client.get("/x", cast_to=object, options=make_request_options(extra_headers={"X": "1"}))
    assert len(script.requests) == 3
    timeouts = Script(httpx2.ConnectTimeout("x"))
    client = AsyncClient(
        api_key="My API Key",
        base_url="http://localhost/v1",
        http_client=httpx2.AsyncClient(transport=httpx2.MockTransport(timeouts)),
    )
    with pytest.raises(APITimeoutError):
        await client.get("/x", cast_to=object)
    assert len(timeouts.requests) == 3


# -- the opt-in deadline of a whole call ------------------------------------------------------------


class Clock:
    """The deadline's `time.monotonic`: each read of the body moves it on by `step` seconds."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, step: float = 0.0) -> None:
        self.now = 1000.0
        self.step = step
        monkeypatch.setattr(_deadline, "time", SimpleNamespace(monotonic=lambda: self.now))

    def chunks(self, count: int) -> Iterator[bytes]:
        yield b'{"ok": '
        for _ in range(count):
            self.now += self.step
            yield b" "
        yield b"true}"


class Trickle(httpx2.SyncByteStream):
    def __init__(self, clock: Clock, count: int) -> None:
        self.clock = clock
        self.count = count

    def __iter__(self) -> Iterator[bytes]:
        yield from self.clock.chunks(self.count)


def test_without_a_deadline_the_waits_are_the_policys(sleeps: List[float]) -> None:
    script = Script(status(429, {"retry-after": "30"}), OK)
    assert make_client(script).deadline is None
    assert make_client(script).get("/x", cast_to=object) == {"ok": True} and sleeps == [30.0]


def test_a_wait_the_deadline_cannot_fit_is_not_made(sleeps: List[float], monkeypatch: pytest.MonkeyPatch) -> None:
    Clock(monkeypatch)
    script = Script(status(429, {"retry-after": "30"}), OK)
    with pytest.raises(APIStatusError) as info:
        make_client(script, deadline=10).get("/x", cast_to=object)
    assert info.value.status_code == 429 and len(script.requests) == 1 and sleeps == []
    script = Script(status(429, {"retry-after": "3"}), OK)
    assert make_client(script, deadline=10).get("/x", cast_to=object) == {"ok": True} and sleeps == [3.0]
    refused = Script(httpx2.ConnectError("refused"))
    with pytest.raises(APIConnectionError):
        make_client(refused, deadline=0.2).get("/x", cast_to=object)  # the first back-off is 0.375-0.5 s
    assert len(refused.requests) == 1 and sleeps == [3.0]


def test_each_attempt_waits_no_longer_than_the_time_left(monkeypatch: pytest.MonkeyPatch) -> None:
    Clock(monkeypatch)
    script = Script(OK)
    make_client(script, deadline=2.5, timeout=httpx2.Timeout(60, connect=1)).get("/x", cast_to=object)
    assert script.requests[0].extensions["timeout"] == {"connect": 1, "read": 2.5, "write": 2.5, "pool": 2.5}


def test_a_body_trickling_past_the_deadline_is_cut(sleeps: List[float], monkeypatch: pytest.MonkeyPatch) -> None:
    clock = Clock(monkeypatch, step=1.0)

    def handler(request: httpx2.Request) -> httpx2.Response:
        return httpx2.Response(200, stream=Trickle(clock, 100), headers={"content-type": "application/json"})

    http_client = httpx2.Client(transport=httpx2.MockTransport(handler))
    client = Client(api_key="My API Key", base_url="http://localhost/v1", http_client=http_client, deadline=5)
    with pytest.raises(APITimeoutError) as info:
        client.get("/x", cast_to=object)
    assert isinstance(info.value.__cause__, httpx2.ReadTimeout) and sleeps == []  # no time left for a retry
    clock.step = 0.0
    assert client.get("/x", cast_to=object) == {"ok": True}


@pytest.mark.parametrize("value", [0, -1, float("inf"), float("nan"), "5", True])
def test_a_deadline_is_a_positive_number_of_seconds(value: Any) -> None:
    with pytest.raises(ValueError, match="`deadline` must be a positive number of seconds or None"):
        make_client(Script(OK), deadline=value)


def test_copies_keep_change_or_drop_the_deadline() -> None:
    client = make_client(Script(OK), deadline=3)
    assert client.copy().deadline == 3.0 and client.with_options(deadline=1).deadline == 1.0
    assert client.with_options(deadline=None).deadline is None


@pytest.mark.anyio
async def test_async_a_deadline_bounds_the_wait_for_an_answer() -> None:
    import asyncio

    async def never(request: httpx2.Request) -> httpx2.Response:
        await asyncio.sleep(30)
        return httpx2.Response(200, json={})

    http_client = httpx2.AsyncClient(transport=httpx2.MockTransport(never))
    client = AsyncClient(api_key="My API Key", base_url="http://localhost/v1", http_client=http_client, deadline=0.2)
    with pytest.raises(APITimeoutError):
        await client.get("/x", cast_to=object)
