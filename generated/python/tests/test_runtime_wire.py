# File generated from conversations.yaml by sdkgen. Do not edit.
"""Runtime: the URL, query string and body a request puts on the wire."""

from __future__ import annotations

import json
from typing import Any, List

import httpx2
import pytest

from openai_conversations import Client, NotGiven, omit, not_given
from openai_conversations._types import Body, Query, Headers
from openai_conversations._utils import path_template
from openai_conversations._models import BaseModel
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

    def list_items(
        self,
        conversation_id: str,
        *,
        after: str | NotGiven | Any = omit,
        include: List[str] | Any = omit,
        limit: int | Any = omit,
        order: str | Any = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx2.Timeout | None | NotGiven = not_given,
    ) -> object:
        return self._get(
            path_template("/conversations/{conversation_id}/items", conversation_id=conversation_id),
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                query={"after": after, "include": include, "limit": limit, "order": order},
            ),
            cast_to=object,
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


# -- body -------------------------------------------------------------------------------


def test_body_is_compact_utf8_json_in_insertion_order(api: Conversations, recorder: Recorder) -> None:
    items = [{"content": "string", "role": "user", "phase": "commentary", "type": "message"}]
    api.create(items=items, metadata={"ü": "ß"})
    assert recorder.last.content == (
        '{"items":[{"content":"string","role":"user","phase":"commentary","type":"message"}],' '"metadata":{"ü":"ß"}}'
    ).encode("utf-8")


def test_omitted_params_are_absent_and_none_is_null(api: Conversations, recorder: Recorder) -> None:
    api.create(metadata=None)
    assert recorder.last.content == b'{"metadata":null}'
    api.create(items=None, metadata=None)
    assert recorder.last.content == b'{"items":null,"metadata":null}'
    api.create(items=not_given, metadata={"k": omit, "keep": "v"})
    assert recorder.last.content == b'{"metadata":{"keep":"v"}}'


def test_iterables_are_sent_as_lists(api: Conversations, recorder: Recorder) -> None:
    api.create(items=(item for item in [{"a": 1}]), metadata=({"k": "v"},))
    assert recorder.last.content == b'{"items":[{"a":1}],"metadata":[{"k":"v"}]}'


def test_extra_body_merges_over_body_and_omit_removes(api: Conversations, recorder: Recorder) -> None:
    api.create(metadata={"k": "v"}, extra_body={"extra": 1, "metadata": None})
    assert recorder.last.content == b'{"metadata":null,"extra":1}'
    api.create(metadata={"k": "v"}, extra_body={"metadata": omit})
    assert recorder.last.content == b"{}"


def test_extra_body_is_dropped_on_get_but_sent_on_delete(api: Conversations, recorder: Recorder) -> None:
    api.retrieve("c", extra_body={"x": 1})
    assert recorder.last.content == b""
    assert "content-type" not in recorder.last.headers
    api.delete("c", extra_body={"x": 1})
    assert recorder.last.content == b'{"x":1}'


def test_nan_is_rejected(api: Conversations) -> None:
    with pytest.raises(ValueError, match="Out of range float values are not JSON compliant"):
        api.create(metadata={"x": float("nan")})


# -- query --------------------------------------------------------------------------------


def test_query_order_brackets_and_dropped_values(api: Conversations, recorder: Recorder) -> None:
    api.list_items("conv_123", after="msg_x", include=["a", "b"], limit=10, order="asc")
    assert str(recorder.last.url) == (
        "http://localhost/v1/conversations/conv_123/items?after=msg_x&include%5B%5D=a&include%5B%5D=b&limit=10&order=asc"
    )
    api.list_items("c", include=[], after=None, limit=0)
    assert recorder.last.url.query == b"limit=0"
    api.list_items("c")
    assert str(recorder.last.url) == "http://localhost/v1/conversations/c/items"


def test_extra_query_wins_over_query_in_place(api: Conversations, recorder: Recorder) -> None:
    api.list_items("c", after="a", limit=1, extra_query={"after": "b", "limit": 5, "z": True})
    assert recorder.last.url.query == b"after=b&limit=5&z=true"


def test_default_query_comes_first_and_omit_removes_it(recorder: Recorder) -> None:
    client = make_client(recorder, default_query={"api-version": "x", "keep": "1"})
    Conversations(client).list_items("c", limit=3, extra_query={"keep": omit})
    assert recorder.last.url.query == b"api-version=x&limit=3"


def test_nested_and_special_query_values(recorder: Recorder) -> None:
    make_client(recorder).get(
        "/c",
        cast_to=object,
        options=make_request_options(
            query={"b": False, "arr": [1, 2], "nested": {"a": 1, "b": [None, "x y"]}, "sp ace": "a+b&c=d/é"}
        ),
    )
    assert recorder.last.url.query == (
        b"b=false&arr%5B%5D=1&arr%5B%5D=2&nested%5Ba%5D=1&nested%5Bb%5D%5B%5D=x+y&sp+ace=a%2Bb%26c%3Dd%2F%C3%A9"
    )


def test_hard_coded_path_query_is_kept_first(recorder: Recorder) -> None:
    client = make_client(recorder)
    client.get("/c?x=1&y=2", cast_to=object, options=make_request_options(query={"y": 3, "z": 4}))
    assert recorder.last.url.query == b"x=1&y=3&z=4"
    client.get("/c?x=1", cast_to=object)
    assert recorder.last.url.query == b"x=1"


def test_repeat_array_format_is_the_runtime_default(recorder: Recorder) -> None:
    class RepeatClient(Client):
        _array_format = "repeat"

    make_client(recorder, RepeatClient).get("/c", cast_to=object, options=make_request_options(query={"a": [1, 2]}))
    assert recorder.last.url.query == b"a=1&a=2"


# -- paths and URLs -------------------------------------------------------------------------


def test_path_values_are_percent_encoded(api: Conversations, recorder: Recorder) -> None:
    api.retrieve("a b/c?d#e%")
    assert recorder.last.url.raw_path == b"/v1/conversations/a%20b%2Fc%3Fd%23e%25"
    api.retrieve("%2e")
    assert recorder.last.url.raw_path == b"/v1/conversations/%252e"


@pytest.mark.parametrize("value", ["..", "."])
def test_dot_segments_are_rejected_before_sending(api: Conversations, recorder: Recorder, value: str) -> None:
    with pytest.raises(ValueError) as info:
        api.retrieve(value)
    assert (
        str(info.value)
        == f"Constructed path '/conversations/{value}' contains dot-segment '{value}' which is not allowed"
    )
    assert recorder.requests == []


@pytest.mark.parametrize(
    "base_url, prefix",
    [
        ("http://localhost/v1", "http://localhost/v1/"),
        ("http://localhost/v1/", "http://localhost/v1/"),
        ("http://127.0.0.1:4010", "http://127.0.0.1:4010/"),
        ("https://h.example:8443/a/b", "https://h.example:8443/a/b/"),
    ],
)
def test_base_url_join(recorder: Recorder, base_url: str, prefix: str) -> None:
    client = make_client(recorder, base_url=base_url)
    client.get("/conversations", cast_to=object)
    client.get("conversations", cast_to=object)
    client.get("https://other.example/abs", cast_to=object)
    assert [str(r.url) for r in recorder.requests] == [
        f"{prefix}conversations",
        f"{prefix}conversations",
        "https://other.example/abs",
    ]


def test_base_url_with_a_query_is_joined_like_httpx(recorder: Recorder) -> None:
    make_client(recorder, base_url="http://localhost/v1?k=1").get("/conversations", cast_to=object)
    assert str(recorder.last.url) == "http://localhost/v1/?k=1conversations"


def test_response_request_id_is_attached(api: Conversations) -> None:
    conversation = api.retrieve("c")
    assert conversation._request_id == "req_1"
    assert json.loads(conversation.to_json(indent=None)) == CONV
