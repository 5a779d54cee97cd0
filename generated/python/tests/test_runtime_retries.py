# File generated from conversations.yaml by sdkgen. Do not edit.
"""Runtime: the retry policy, back-off delays, and transport failures."""

from __future__ import annotations

import time
import email.utils
from typing import Any, Dict, List, Callable, Optional

import anyio
import httpx
import pytest

from openai_conversations import (
    Client,
    AsyncClient,
    APIStatusError,
    APITimeoutError,
    APIConnectionError,
    InternalServerError,
)
from openai_conversations._retry import retry_delay, parse_retry_after
from openai_conversations._exceptions import SDKError
from openai_conversations._base_client import make_request_options

PREFIX = Client._header_prefix.lower()
Handler = Callable[[httpx.Request], httpx.Response]


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


class Script:
    """Replies with copies of the given responses (the last one repeats), or raises the
    given exceptions, and records the requests."""

    def __init__(self, *replies: Any) -> None:
        self.replies = list(replies)
        self.requests: List[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        reply = self.replies[min(len(self.requests), len(self.replies)) - 1]
        if isinstance(reply, Exception):
            raise reply
        assert isinstance(reply, httpx.Response)
        return httpx.Response(reply.status_code, headers=reply.headers, content=reply.content)  # a fresh copy


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
        http_client=httpx.Client(transport=httpx.MockTransport(script)),
        **kwargs,
    )


def status(code: int, headers: Optional[Dict[str, str]] = None) -> httpx.Response:
    return httpx.Response(code, json={"error": {"message": "nope"}}, headers=headers)


OK = httpx.Response(200, json={"ok": True})


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
    script = Script(httpx.Response(code, json={}, headers={"x-should-retry": header}))
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
    script = Script(httpx.Response(429, json={}, headers=headers))
    with pytest.raises(APIStatusError):
        make_client(script).get("/x", cast_to=object)
    assert len(script.requests) == attempts
    assert sleeps == expected_sleeps


@pytest.mark.parametrize("value", ["0", "-3", "garbage", "inf"])
def test_unusable_retry_after_falls_back_to_backoff(value: str, sleeps: List[float]) -> None:
    script = Script(httpx.Response(429, json={}, headers={"retry-after": value}), OK)
    make_client(script).get("/x", cast_to=object)
    assert len(sleeps) == 1 and 0.375 <= sleeps[0] <= 0.5


def test_retry_after_http_date(monkeypatch: pytest.MonkeyPatch) -> None:
    now = 1_700_000_000.0
    monkeypatch.setattr(time, "time", lambda: now)
    date = email.utils.formatdate(now + 20, usegmt=True)
    assert parse_retry_after(httpx.Headers({"retry-after": date})) == 20.0
    assert retry_delay(0, httpx.Headers({"retry-after": date})) == 20.0
    assert parse_retry_after(httpx.Headers({"retry-after": "Wed, 99 Foo"})) is None
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
    script = Script(httpx.ReadTimeout("slow"))
    with pytest.raises(APITimeoutError) as info:
        make_client(script).get("/x", cast_to=object)
    assert len(script.requests) == 3 and len(sleeps) == 2
    assert str(info.value) == "Request timed out."
    assert info.value.request is script.requests[-1]
    assert isinstance(info.value.__cause__, httpx.ReadTimeout)


def test_connection_errors_become_api_connection_error(sleeps: List[float]) -> None:
    script = Script(httpx.ConnectError("refused"), httpx.ConnectError("refused"), OK)
    assert make_client(script).get("/x", cast_to=object) == {"ok": True}
    script = Script(httpx.RemoteProtocolError("bad"))
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
    script = Script(httpx.Response(200, json={}))
    client = make_client(script)
    client.close()
    with pytest.raises(APIConnectionError, match=r"The client is closed: it sends no more requests after `close\(\)`"):
        client.get("/x", cast_to=object)
    assert script.requests == [] and sleeps == []


def test_a_redirect_loop_is_not_retried(sleeps: List[float]) -> None:
    script = Script(httpx.Response(302, headers={"location": "/x"}))
    http = httpx.Client(transport=httpx.MockTransport(script), follow_redirects=True)
    client = Client(api_key="My API Key", base_url="http://localhost/v1", http_client=http)
    with pytest.raises(APIConnectionError, match="Too many redirects") as info:
        client.get("/x", cast_to=object)
    assert isinstance(info.value.__cause__, httpx.TooManyRedirects)
    assert len(script.requests) == 21 and sleeps == []  # one call's redirects (httpx allows 20), not three


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
        http_client=httpx.Client(transport=httpx.MockTransport(script)),
    ).get("/x", cast_to=object)
    assert [r.headers["authorization"] for r in script.requests] == ["Bearer k1", "Bearer k2"]


@pytest.mark.anyio
async def test_async_retries_use_anyio_sleep(sleeps: List[float]) -> None:
    script = Script(status(503), httpx.ConnectError("x"), OK)
    client = AsyncClient(
        api_key="My API Key",
        base_url="http://localhost/v1",
        http_client=httpx.AsyncClient(transport=httpx.MockTransport(script)),
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
        http_client=httpx.AsyncClient(transport=httpx.MockTransport(script)),
    )
    with pytest.raises(InternalServerError):
        await client.get("/x", cast_to=object, options=make_request_options(extra_headers={"X": "1"}))
    assert len(script.requests) == 3
    timeouts = Script(httpx.ConnectTimeout("x"))
    client = AsyncClient(
        api_key="My API Key",
        base_url="http://localhost/v1",
        http_client=httpx.AsyncClient(transport=httpx.MockTransport(timeouts)),
    )
    with pytest.raises(APITimeoutError):
        await client.get("/x", cast_to=object)
    assert len(timeouts.requests) == 3
