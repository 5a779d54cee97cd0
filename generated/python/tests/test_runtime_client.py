# File generated from conversations.yaml by sdkgen. Do not edit.
"""Runtime: client construction, configuration, copy/with_options and closing."""

from __future__ import annotations

import os
import json
from typing import Any, Dict, List, cast

import httpx2
import pytest

from openai_conversations import Client, AsyncClient
from openai_conversations._version import __version__
from openai_conversations._exceptions import SDKError


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture(autouse=True)
def _clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for env in (Client._api_key_env, Client._base_url_env, *(env for _p, _h, env in Client._header_options)):
        monkeypatch.delenv(env, raising=False)


def handler(request: httpx2.Request) -> httpx2.Response:
    return httpx2.Response(200, json={"ok": True})


def http() -> httpx2.Client:
    return httpx2.Client(transport=httpx2.MockTransport(handler))


# -- credentials and environment -----------------------------------------------------------


def test_missing_api_key_names_the_environment_variable() -> None:
    with pytest.raises(SDKError) as info:
        Client()
    assert str(info.value) == (
        "The api_key client option must be set either by passing api_key to the client "
        f"or by setting the {Client._api_key_env} environment variable"
    )
    with pytest.raises(SDKError):
        Client(api_key="")


def test_api_key_from_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(Client._api_key_env, "from-env")
    assert Client().api_key == "from-env"
    assert Client(api_key="explicit").api_key == "explicit"
    assert Client().auth_headers == {"Authorization": "Bearer from-env"}


def test_callable_api_key_is_not_called_at_construction() -> None:
    calls: List[int] = []

    def provider() -> str:
        calls.append(1)
        return "k"

    client = Client(api_key=provider)
    assert calls == [] and client.api_key == ""
    assert client.auth_headers == {"Authorization": "Bearer k"} and calls == [1]


def test_base_url_default_environment_and_setter(monkeypatch: pytest.MonkeyPatch) -> None:
    assert str(Client(api_key="k").base_url) == Client._default_base_url.rstrip("/") + "/"
    monkeypatch.setenv(Client._base_url_env, "http://env.example/api")
    assert str(Client(api_key="k").base_url) == "http://env.example/api/"
    assert str(Client(api_key="k", base_url=None).base_url) == "http://env.example/api/"
    client = Client(api_key="k", base_url="http://explicit.example/v2")
    assert str(client.base_url) == "http://explicit.example/v2/"
    client.base_url = "https://example.com/from_setter"
    assert str(client.base_url) == "https://example.com/from_setter/"
    assert isinstance(client.base_url, httpx2.URL)


def test_header_options_from_arguments_then_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    for param, _header, env in Client._header_options:
        monkeypatch.setenv(env, f"env-{param}")
    client = Client(api_key="k")
    for param, _header, _env in Client._header_options:
        assert getattr(client, param) == f"env-{param}"
    arguments: Dict[str, Any] = {param: f"arg-{param}" for param, _h, _e in Client._header_options}
    explicit = Client(api_key="k", **arguments)
    for param, _header, _env in Client._header_options:
        assert getattr(explicit, param) == f"arg-{param}"


def test_user_agent_uses_the_class_name() -> None:
    class Custom(Client):
        pass

    assert Client(api_key="k").user_agent == f"{Client.__name__}/Python {__version__}"
    assert Custom(api_key="k").user_agent == f"Custom/Python {__version__}"


# -- timeouts, retries, http clients ----------------------------------------------------------


def test_default_timeout_and_connection_settings() -> None:
    client = Client(api_key="k")
    assert client.timeout == httpx2.Timeout(600, connect=5.0)
    http_client: Any = client._client
    assert isinstance(http_client, httpx2.Client)
    assert http_client.follow_redirects is True
    pool = cast(Any, http_client._transport)._pool
    assert (pool._max_connections, pool._max_keepalive_connections) == (1000, 100)
    assert client.max_retries == 2


def test_custom_http_client_timeout_wins_unless_httpx_default() -> None:
    assert Client(api_key="k", http_client=httpx2.Client(timeout=12)).timeout == httpx2.Timeout(12)
    assert Client(api_key="k", http_client=httpx2.Client()).timeout == httpx2.Timeout(600, connect=5.0)
    assert Client(api_key="k", http_client=httpx2.Client(timeout=12), timeout=3).timeout == 3


@pytest.mark.parametrize(
    "value, error, message",
    [
        (
            None,
            TypeError,
            "max_retries cannot be None. Use 0 to disable retries or a large integer for a larger retry budget.",
        ),
        ("2", TypeError, "max_retries must be a non-negative integer"),
        (-1, ValueError, "max_retries must be a non-negative integer"),
    ],
)
def test_max_retries_validation(value: Any, error: type[Exception], message: str) -> None:
    with pytest.raises(error) as info:
        Client(api_key="k", max_retries=value)
    assert str(info.value) == message


def test_http_client_type_is_checked() -> None:
    with pytest.raises(TypeError) as info:
        Client(api_key="k", http_client=httpx2.AsyncClient())  # type: ignore[arg-type]
    assert str(info.value) == (
        "Invalid `http_client` argument; Expected an instance of `httpx.Client` or `httpx2.Client` "
        "but got <class 'httpx2.AsyncClient'>"
    )
    with pytest.raises(TypeError) as async_info:
        AsyncClient(api_key="k", http_client=httpx2.Client())  # type: ignore[arg-type]
    assert str(async_info.value) == (
        "Invalid `http_client` argument; Expected an instance of `httpx.AsyncClient` or `httpx2.AsyncClient` "
        "but got <class 'httpx2.Client'>"
    )


def test_a_legacy_httpx_client_is_accepted_as_the_official_sdk_accepts_it() -> None:
    httpx = pytest.importorskip("httpx")
    seen: List[Any] = []

    def answer(request: Any) -> Any:
        seen.append(request)
        if len(seen) == 1:
            raise httpx.ConnectError("refused", request=request)  # its errors are retried as httpx2's are
        return httpx.Response(200, json={"ok": True}, headers={"x-request-id": "req_1"})

    legacy = httpx.Client(transport=httpx.MockTransport(answer), timeout=httpx.Timeout(7.0))
    client = Client(api_key="k", base_url="http://localhost/v1", http_client=legacy)
    assert client.timeout == httpx2.Timeout(7.0)
    assert client.with_options(max_retries=1).get("/x", cast_to=object) == {"ok": True}
    assert [type(r).__module__.partition(".")[0] for r in seen] == ["httpx", "httpx"]
    assert seen[-1].extensions["timeout"] == {"connect": 7.0, "read": 7.0, "write": 7.0, "pool": 7.0}
    raw = client.get("/x", cast_to=httpx.Response)
    assert isinstance(raw, httpx.Response) and raw.json() == {"ok": True}


@pytest.mark.anyio
async def test_a_legacy_httpx_async_client_is_accepted() -> None:
    httpx = pytest.importorskip("httpx")

    async def answer(request: Any) -> Any:
        return httpx.Response(200, json={"ok": True})

    legacy = httpx.AsyncClient(transport=httpx.MockTransport(answer))
    client = AsyncClient(api_key="k", base_url="http://localhost/v1", http_client=legacy)
    assert await client.get("/x", cast_to=object) == {"ok": True}
    await client.close()
    assert legacy.is_closed


# -- copy / with_options -------------------------------------------------------------------------


def test_copy_shares_http_client_and_overrides_options() -> None:
    original = Client(api_key="k", base_url="http://a/v1", max_retries=1, timeout=5, http_client=http())
    copied = original.copy(max_retries=4, timeout=7)
    assert copied._client is original._client
    assert (copied.max_retries, copied.timeout, original.max_retries, original.timeout) == (4, 7, 1, 5)
    assert copied.api_key == "k" and str(copied.base_url) == "http://a/v1/"
    assert Client.__dict__["with_options"] is Client.__dict__["copy"]
    assert str(original.with_options(base_url="http://b/").base_url) == "http://b/"


def test_copy_keeps_strictness_and_callable_key() -> None:
    def key() -> str:
        return "dyn"

    original = Client(api_key=key, _strict_response_validation=True, http_client=http())
    copied = original.copy()
    assert copied._strict_response_validation is True
    assert copied.auth_headers == {"Authorization": "Bearer dyn"}


def test_copy_merges_or_replaces_default_headers_and_query() -> None:
    original = Client(api_key="k", default_headers={"A": "1", "B": "2"}, default_query={"q": "1"}, http_client=http())
    merged = original.copy(default_headers={"B": "3"}, default_query={"r": "2"})
    assert dict(merged._custom_headers) == {"A": "1", "B": "3"}
    assert dict(merged.default_query) == {"q": "1", "r": "2"}
    replaced = original.copy(set_default_headers={"C": "4"}, set_default_query={"s": "3"})
    assert dict(replaced._custom_headers) == {"C": "4"}
    assert replaced.default_query == {"s": "3"}
    assert dict(original._custom_headers) == {"A": "1", "B": "2"}


def test_copy_header_options_inherit_unless_given() -> None:
    if not Client._header_options:
        pytest.skip("no header options")
    values: Dict[str, Any] = {param: f"v-{param}" for param, _h, _e in Client._header_options}
    original = Client(api_key="k", http_client=http(), **values)
    assert all(getattr(original.copy(), param) == value for param, value in values.items())
    param = Client._header_options[0][0]
    override: Dict[str, Any] = {param: "new"}
    assert getattr(original.copy(**override), param) == "new"


@pytest.mark.parametrize("kind", ["headers", "query"])
def test_copy_merge_and_set_are_mutually_exclusive(kind: str) -> None:
    client = Client(api_key="k", http_client=http())
    with pytest.raises(ValueError) as info:
        arguments: Dict[str, Any] = {f"default_{kind}": {}, f"set_default_{kind}": {}}
        client.copy(**arguments)
    assert str(info.value) == f"The `default_{kind}` and `set_default_{kind}` arguments are mutually exclusive"


def test_deleting_a_copy_does_not_close_the_shared_client() -> None:
    import gc

    original = Client(api_key="k")
    copied = original.copy()
    del copied
    gc.collect()
    assert not original.is_closed()


@pytest.mark.skipif(not hasattr(os, "fork"), reason="fork() is POSIX only")
def test_a_forked_child_gets_its_own_connections_but_keeps_a_users_client() -> None:
    own = Client(api_key="k")
    copied = own.copy(max_retries=0)
    users = Client(api_key="k", http_client=http())
    parents = (own._http(), copied._http(), users._http())
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: report, then leave without running the parent's cleanup
        children = (own._http(), copied._http(), users._http())
        report = [
            children[0] is not parents[0],
            children[1] is not parents[1],
            children[2] is parents[2],
            getattr(parents[0], "_sdk_abandoned", False),
            not children[0].is_closed,
            own._http() is children[0],
        ]
        os.write(write_end, json.dumps(report).encode())
        os._exit(0)
    os.close(write_end)
    with os.fdopen(read_end) as pipe:
        report = json.loads(pipe.read())
    os.waitpid(pid, 0)
    assert report == [True, True, True, True, True, True]
    assert (own._http(), copied._http(), users._http()) == parents  # the parent keeps its pool
    assert not getattr(parents[0], "_sdk_abandoned", False)


# -- closing ----------------------------------------------------------------------------------------


def test_close_and_context_manager() -> None:
    client = Client(api_key="k", http_client=http())
    assert not client.is_closed()
    client.close()
    assert client.is_closed()
    with Client(api_key="k", http_client=http()) as entered:
        assert not entered.is_closed()
    assert entered.is_closed()


@pytest.mark.anyio
async def test_async_close_and_context_manager() -> None:
    async_http = httpx2.AsyncClient(transport=httpx2.MockTransport(handler))
    client = AsyncClient(api_key="k", http_client=async_http)
    assert not client.is_closed()
    await client.close()
    assert client.is_closed() and async_http.is_closed
    async with AsyncClient(api_key="k") as entered:
        assert isinstance(entered, AsyncClient) and not entered.is_closed()
    assert entered.is_closed()


@pytest.mark.anyio
async def test_async_copy_and_user_agent() -> None:
    client = AsyncClient(api_key="k", base_url="http://x/")
    copied = client.with_options(max_retries=0)
    assert copied._client is client._client and copied.max_retries == 0
    assert copied.user_agent == f"{AsyncClient.__name__}/Python {__version__}"
    await client.close()


def test_importing_the_package_defers_httpx_and_pydantic() -> None:
    import sys
    import subprocess

    code = (
        "import sys, openai_conversations\n"
        "print(sorted(m for m in ('httpx2', 'pydantic', 'anyio') if m in sys.modules))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout == "[]\n"


def test_timeout_alias_is_httpx_timeout() -> None:
    from openai_conversations import _types

    assert _types.Timeout is httpx2.Timeout
    with pytest.raises(AttributeError):
        _types.NoSuchName  # noqa: B018
