# File generated from conversations.yaml by sdkgen. Do not edit.
"""Runtime: the headers a request puts on the wire (order, values, precedence, auth)."""

from __future__ import annotations

import platform
from typing import Any, Dict, List, Tuple, Iterator, Optional

import httpx2
import pytest

from openai_conversations import Client, AsyncClient, NotGiven, omit, not_given
from openai_conversations._types import Body, Query, Headers
from openai_conversations._utils import path_template, header_params
from openai_conversations._models import BaseModel
from openai_conversations._version import __version__
from openai_conversations._resource import SyncAPIResource
from openai_conversations._base_client import make_request_options

PREFIX = Client._header_prefix.lower()
CONV = {"id": "conv_123", "object": "conversation", "created_at": 1741900000, "metadata": {"topic": "demo"}}


class Conversation(BaseModel):
    id: str
    created_at: int
    metadata: object
    object: str


class Recorder:
    """A MockTransport handler that answers with ``CONV`` and keeps every request."""

    def __init__(self) -> None:
        self.requests: List[httpx2.Request] = []

    def __call__(self, request: httpx2.Request) -> httpx2.Response:
        request.read()
        self.requests.append(request)
        return httpx2.Response(200, json=CONV, headers={"x-request-id": "req_1"})

    @property
    def last(self) -> httpx2.Request:
        return self.requests[-1]


class Conversations(SyncAPIResource):
    """Written exactly like the generated resource methods."""

    def create(
        self,
        *,
        items: Any = omit,
        metadata: Any = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx2.Timeout | None | NotGiven = not_given,
    ) -> Conversation:
        return self._post(
            "/conversations",
            body={"items": items, "metadata": metadata},
            options=make_request_options(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            cast_to=Conversation,
        )

    def retrieve(
        self,
        conversation_id: Any,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx2.Timeout | None | NotGiven = not_given,
    ) -> Conversation:
        return self._get(
            path_template("/conversations/{conversation_id}", conversation_id=conversation_id),
            options=make_request_options(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            cast_to=Conversation,
        )

    def delete(
        self,
        conversation_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx2.Timeout | None | NotGiven = not_given,
    ) -> Conversation:
        return self._delete(
            path_template("/conversations/{conversation_id}", conversation_id=conversation_id),
            options=make_request_options(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            cast_to=Conversation,
        )


class BracketsClient(Client):
    _array_format = "brackets"


@pytest.fixture(autouse=True)
def _clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for _param, _header, env in Client._header_options:
        monkeypatch.delenv(env, raising=False)


@pytest.fixture
def recorder() -> Recorder:
    return Recorder()


def make_client(recorder: Recorder, cls: type[Client] = BracketsClient, **kwargs: Any) -> Client:
    kwargs.setdefault("api_key", "sk-test")
    kwargs.setdefault("base_url", "http://localhost/v1")
    return cls(http_client=httpx2.Client(transport=httpx2.MockTransport(recorder)), **kwargs)


@pytest.fixture
def api(recorder: Recorder) -> Conversations:
    return Conversations(make_client(recorder))


def header_pairs(request: httpx2.Request) -> List[Tuple[str, str]]:
    return [(name.decode(), value.decode()) for name, value in request.headers.raw]


def expected_arch() -> str:
    machine = platform.machine().lower()
    return {"arm64": "arm64", "aarch64": "arm64", "arm": "arm", "x86_64": "x64"}.get(machine, f"other:{machine}")


def sdk_headers(cls: type[Client] = BracketsClient, is_async: bool = False) -> List[Tuple[str, str]]:
    """The SDK's own headers of a GET, in wire order, for a client with no options set."""
    os_name = {"Linux": "Linux", "Darwin": "MacOS", "Windows": "Windows"}.get(platform.system(), platform.system())
    return [
        ("authorization", "Bearer sk-test"),
        ("accept", "application/json"),
        ("user-agent", f"{cls.__name__}/Python {__version__}"),
        (f"{PREFIX}-lang", "python"),
        (f"{PREFIX}-package-version", __version__),
        (f"{PREFIX}-os", os_name),
        (f"{PREFIX}-arch", expected_arch()),
        (f"{PREFIX}-runtime", platform.python_implementation()),
        (f"{PREFIX}-runtime-version", platform.python_version()),
        (f"{PREFIX}-async", "async:asyncio" if is_async else "false"),
        (f"{PREFIX}-retry-count", "0"),
        (f"{PREFIX}-read-timeout", "600"),
    ]


HTTPX_HEADERS = [("Host", "localhost"), ("Accept-Encoding", "gzip, deflate"), ("Connection", "keep-alive")]

# -- headers --------------------------------------------------------------------------


def test_get_headers_exact_order_and_values(api: Conversations, recorder: Recorder) -> None:
    api.retrieve("conv_123")
    request = recorder.last
    assert request.method == "GET"
    assert str(request.url) == "http://localhost/v1/conversations/conv_123"
    assert header_pairs(request) == HTTPX_HEADERS + sdk_headers()
    assert request.content == b""


def test_post_adds_content_type_after_accept_and_content_length_last(api: Conversations, recorder: Recorder) -> None:
    api.create()
    expected = sdk_headers()
    expected.insert(2, ("content-type", "application/json"))
    assert header_pairs(recorder.last) == HTTPX_HEADERS + expected + [("Content-Length", "2")]
    assert recorder.last.content == b"{}"


def test_delete_keeps_content_type_without_body(api: Conversations, recorder: Recorder) -> None:
    api.delete("conv_123")
    request = recorder.last
    assert request.method == "DELETE"
    assert request.headers["content-type"] == "application/json"
    assert "content-length" not in request.headers
    assert request.content == b""


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.mark.anyio
async def test_async_client_headers(recorder: Recorder) -> None:
    class BracketsAsync(AsyncClient):
        pass

    client = BracketsAsync(
        api_key="sk-test",
        base_url="http://localhost/v1",
        http_client=httpx2.AsyncClient(transport=httpx2.MockTransport(recorder)),
    )
    await client.get("/conversations/conv_123", cast_to=Conversation)
    expected = sdk_headers(is_async=True)
    expected[2] = ("user-agent", f"BracketsAsync/Python {__version__}")
    assert header_pairs(recorder.last) == HTTPX_HEADERS + expected


def test_header_options_are_sent_only_when_set(recorder: Recorder, monkeypatch: pytest.MonkeyPatch) -> None:
    make_client(recorder).get("/x", cast_to=object)
    names = {name.lower() for _param, name, _env in Client._header_options}
    assert not names & {name for name, _ in header_pairs(recorder.last)}
    values: Dict[str, Any] = {param: f"value-{param}" for param, _header, _env in Client._header_options}
    make_client(recorder, **values).get("/x", cast_to=object)
    sent = dict(header_pairs(recorder.last))
    for param, header, env in Client._header_options:
        assert sent[header.lower()] == f"value-{param}"
        monkeypatch.setenv(env, f"env-{param}")
    make_client(recorder).get("/x", cast_to=object)
    sent = dict(header_pairs(recorder.last))
    for param, header, _env in Client._header_options:
        assert sent[header.lower()] == f"env-{param}"


def test_header_options_follow_async_header_in_wire_order(recorder: Recorder) -> None:
    values: Dict[str, Any] = {param: f"v-{param}" for param, _header, _env in Client._header_options}
    make_client(recorder, default_headers={"X-Custom": "1"}, **values).get("/x", cast_to=object)
    names = [name for name, _ in header_pairs(recorder.last)]
    expected_tail = [f"{PREFIX}-runtime-version", "x-custom", f"{PREFIX}-async"]
    expected_tail += [header.lower() for _p, header, _e in Client._header_options]
    expected_tail += [f"{PREFIX}-retry-count", f"{PREFIX}-read-timeout"]
    assert names[-len(expected_tail) :] == expected_tail


def test_extra_headers_override_case_insensitively_in_place(api: Conversations, recorder: Recorder) -> None:
    api.retrieve("c", extra_headers={"User-Agent": "mine", "X-New": "1"})
    pairs = header_pairs(recorder.last)
    assert pairs[5] == ("user-agent", "mine")
    assert pairs[-3] == ("x-new", "1")


def test_omit_removes_default_header_and_httpx_default_returns(api: Conversations, recorder: Recorder) -> None:
    api.retrieve("c", extra_headers={"Accept": omit})
    assert recorder.last.headers.get_list("accept") == ["*/*"]
    assert header_pairs(recorder.last)[1] == ("Accept", "*/*")


def test_retry_count_and_read_timeout_headers_can_be_set_or_omitted(api: Conversations, recorder: Recorder) -> None:
    api.retrieve("c", extra_headers={f"{Client._header_prefix}-Retry-Count": omit, f"{PREFIX}-READ-TIMEOUT": "9"})
    headers = recorder.last.headers
    assert f"{PREFIX}-retry-count" not in headers
    assert headers.get_list(f"{PREFIX}-read-timeout") == ["9"]


@pytest.mark.parametrize(
    "timeout, header, extension",
    [
        (not_given, "600", {"connect": 5.0, "read": 600, "write": 600, "pool": 600}),
        (3.5, "3.5", {"connect": 3.5, "read": 3.5, "write": 3.5, "pool": 3.5}),
        (httpx2.Timeout(10, read=5), "5", {"connect": 10, "read": 5, "write": 10, "pool": 10}),
        (None, None, {"connect": None, "read": None, "write": None, "pool": None}),
    ],
)
def test_read_timeout_header_and_timeout_extension(
    api: Conversations, recorder: Recorder, timeout: Any, header: Optional[str], extension: Dict[str, Any]
) -> None:
    api.retrieve("c", timeout=timeout)
    assert recorder.last.headers.get(f"{PREFIX}-read-timeout") == header
    assert recorder.last.extensions["timeout"] == extension


def test_default_headers_then_extra_headers_precedence(recorder: Recorder) -> None:
    client = make_client(recorder, default_headers={"X-A": "default", "Accept": "text/plain"})
    Conversations(client).retrieve("c", extra_headers={"x-a": "extra"})
    sent = dict(header_pairs(recorder.last))
    assert sent["x-a"] == "extra"
    assert sent["accept"] == "text/plain"


def test_custom_http_client_headers_are_kept_under_ours(recorder: Recorder) -> None:
    http = httpx2.Client(transport=httpx2.MockTransport(recorder), headers={"X-Client": "1", "Accept": "x/y"})
    BracketsClient(api_key="sk-test", base_url="http://localhost/v1", http_client=http).get("/c", cast_to=object)
    pairs = header_pairs(recorder.last)
    assert ("accept", "application/json") in pairs and ("Accept", "x/y") not in pairs
    assert pairs.index(("X-Client", "1")) < pairs.index(("authorization", "Bearer sk-test"))


def test_custom_build_request_is_honoured(recorder: Recorder) -> None:
    class Tagging(httpx2.Client):
        def build_request(self, *args: Any, **kwargs: Any) -> httpx2.Request:
            request = super().build_request(*args, **kwargs)
            request.headers["X-Tagged"] = "yes"
            return request

    http = Tagging(transport=httpx2.MockTransport(recorder))
    BracketsClient(api_key="sk-test", base_url="http://localhost/v1", http_client=http).get("/c", cast_to=object)
    assert recorder.last.headers["x-tagged"] == "yes"


# -- auth -------------------------------------------------------------------------------


def test_callable_api_key_is_called_for_every_request(recorder: Recorder) -> None:
    keys: Iterator[str] = iter(["dyn1", "dyn2"])
    client = make_client(recorder, api_key=lambda: next(keys))
    client.get("/a", cast_to=object)
    client.get("/b", cast_to=object)
    assert [r.headers["authorization"] for r in recorder.requests] == ["Bearer dyn1", "Bearer dyn2"]


def test_authorization_can_be_overridden_or_omitted(api: Conversations, recorder: Recorder) -> None:
    api.retrieve("c", extra_headers={"authorization": "Bearer other"})
    assert recorder.last.headers.get_list("authorization") == ["Bearer other"]
    api.retrieve("c", extra_headers={"Authorization": omit})
    assert "authorization" not in recorder.last.headers


def test_unresolvable_auth_raises_type_error_before_sending(recorder: Recorder) -> None:
    client = make_client(recorder, api_key=lambda: "")
    with pytest.raises(TypeError, match=r"^Could not resolve authentication method\. .*`Authorization` header"):
        client.get("/a", cast_to=object)
    assert recorder.requests == []


def test_default_headers_are_applied_again_after_the_client_headers(recorder: Recorder) -> None:
    prefix = Client._header_prefix
    custom: Dict[str, str] = {"X-A": "1", f"{prefix}-Async": "custom"}
    option_headers = [header for _param, header, _env in Client._header_options]
    if option_headers:
        custom[option_headers[0]] = "from-default"
    make_client(recorder, default_headers=custom).get("/x", cast_to=object)
    tail = header_pairs(recorder.last)[12:]
    expected = [("x-a", "1"), (f"{PREFIX}-async", "custom")]
    expected += [(option_headers[0].lower(), "from-default")] if option_headers else []
    assert tail == expected + [(f"{PREFIX}-retry-count", "0"), (f"{PREFIX}-read-timeout", "600")]


def test_default_header_names_merge_case_sensitively_first(recorder: Recorder) -> None:
    # As in the reference SDK: a differently-cased custom header is overwritten by the
    # client's own header, which is set (with its canonical case) after it.
    make_client(recorder, default_headers={f"{PREFIX}-async": "custom"}).get("/x", cast_to=object)
    assert recorder.last.headers.get_list(f"{PREFIX}-async") == ["false"]


# -- header parameters ---------------------------------------------------------------------


def test_header_params_encode_values_in_the_simple_style() -> None:
    values = {
        "openai-beta": ["assistants=v2", "responses=v1"],
        "x-tuple": ("a", None, 2),
        "x-flag": True,
        "x-off": False,
        "x-count": 3,
        "x-ratio": 0.5,
        "x-text": "plain",
        "x-object": {"role": "admin", "level": 2},
        "x-empty": [],
        "x-omitted": omit,
        "x-not-given": not_given,
        "x-none": None,
    }
    assert header_params(values) == {
        "openai-beta": "assistants=v2,responses=v1",
        "x-tuple": "a,2",
        "x-flag": "true",
        "x-off": "false",
        "x-count": "3",
        "x-ratio": "0.5",
        "x-text": "plain",
        "x-object": "role,admin,level,2",
        "x-empty": "",
    }


def test_header_params_reach_the_wire_and_extra_headers_win(recorder: Recorder) -> None:
    class Betas(SyncAPIResource):
        def create(self, *, betas: Any = omit, extra_headers: Headers | None = None) -> Conversation:
            extra_headers = {**header_params({"OpenAI-Beta": betas}), **(extra_headers or {})}
            return self._post(
                "/conversations",
                body={},
                options=make_request_options(extra_headers=extra_headers),
                cast_to=Conversation,
            )

    api = Betas(make_client(recorder))
    api.create(betas=["a", "b"])
    assert recorder.last.headers["openai-beta"] == "a,b"
    api.create()
    assert "openai-beta" not in recorder.last.headers
    api.create(betas=["a"], extra_headers={"OpenAI-Beta": "mine"})
    assert recorder.last.headers["openai-beta"] == "mine"
    api.create(betas=["a"], extra_headers={"openai-beta": omit})
    assert "openai-beta" not in recorder.last.headers
