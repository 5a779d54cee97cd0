"""Parity of the generated client with the official ``openai`` package (3.54.0).

Every scenario below is run twice against ONE recording HTTP server on loopback
(``recording_server``): once with ``openai.OpenAI``/``AsyncOpenAI`` and once with
``openai_conversations.OpenAI``/``AsyncOpenAI``, each time with a fresh script and
``random`` seeded the same way. The two observations must be equal:

* the recorded requests: method, raw target (path and query bytes), body bytes, and the
  full ordered list of ``(lower-cased header name, value)`` pairs;
* the result: ``type(x).__name__`` (see ``_REFERENCE_CLASS_NAMES``), ``to_dict()``,
  ``to_json()`` (decoded), ``_request_id``; pages also their items, ``has_next_page()``
  and ``next_page_info()``; raw/streamed responses their status, headers,
  ``retries_taken`` and parsed value;
* or the exception: class name, ``str(e)``, ``status_code``, ``body``, ``request_id``,
  ``code``/``param``/``type``, the request it names, and its ``__cause__``;
* the delays the retry loop asked ``time.sleep``/``anyio.sleep`` for.

Each scenario also pins the requests the reference sends (``expect``) and, when it
raises, the exception class, so a harness that sends nothing cannot pass.
"""

from __future__ import annotations

import sys
import json
import time
import random
import inspect
import warnings
import itertools
from types import ModuleType
from typing import Any, Dict, List, Tuple, Callable, Iterator, Optional, Sequence
from pathlib import Path
from dataclasses import field, dataclass

import anyio
import httpx
import pytest

from conftest import GENERATED
from recording_server import Reply, RecordingServer, RecordedRequest, json_reply, unused_port

import openai  # test-only dependency: the reference
import openai._base_client

# Our package is imported from generated/ (it is not installed); the folder leaves
# sys.path again so that generated/tests cannot shadow anything.
sys.path.insert(0, str(GENERATED))
try:
    import openai_conversations
    import openai_conversations._base_client
finally:
    sys.path.remove(str(GENERATED))
assert Path(openai_conversations.__file__).parent == GENERATED / "openai_conversations"

SDKS = {"openai": openai, "ours": openai_conversations}
SEED = 20240521
API_KEY = "sk-parity"

# The reference names some item/content classes differently (intentional: our model
# names follow the spec); compare them through this table. Unlisted names must be equal.
_REFERENCE_CLASS_NAMES = {
    "ResponseCompactionItem": "Compaction",
    "ResponseFileSearchToolCall": "FileSearchToolCall",
    "ResponseFunctionToolCallItem": "FunctionToolCall",
    "ResponseFunctionToolCallOutputItem": "FunctionToolCallOutput",
    "ResponseReasoningItem": "ReasoningItem",
    "ResponseInputText": "InputTextContent",
    "ResponseOutputText": "OutputTextContent",
}


# -- canned data ----------------------------------------------------------------------

CONV = {"id": "conv_123", "object": "conversation", "created_at": 1741900000, "metadata": {"topic": "demo"}}
DELETED = {"id": "conv_123", "object": "conversation.deleted", "deleted": True}


def message(item_id: str, text: str = "Hello", **extra: Any) -> Dict[str, Any]:
    return {
        "type": "message",
        "id": item_id,
        "status": "completed",
        "role": "user",
        "content": [{"type": "input_text", "text": text}],
        **extra,
    }


ASSISTANT = {
    "type": "message",
    "id": "msg_out",
    "status": "completed",
    "role": "assistant",
    "phase": "final_answer",
    "content": [
        {
            "type": "output_text",
            "text": "Hi ü",
            "annotations": [{"type": "file_citation", "file_id": "file_1", "filename": "a.txt", "index": 0}],
            "logprobs": [{"token": "Hi", "logprob": -0.1, "bytes": [72, 105], "top_logprobs": []}],
        }
    ],
}
FUNCTION_CALL = {
    "type": "function_call",
    "id": "fc_1",
    "call_id": "call_1",
    "name": "lookup",
    "arguments": '{"q":1}',
    "status": "completed",
}
FUNCTION_OUTPUT = {
    "type": "function_call_output",
    "id": "fco_1",
    "call_id": "call_1",
    "output": "42",
    "status": "completed",
}
REASONING = {"type": "reasoning", "id": "rs_1", "summary": [{"type": "summary_text", "text": "thought"}]}
UNKNOWN_ITEM = {"type": "totally_new", "id": "x_1", "foo": 1}
ITEM_LIST = {
    "object": "list",
    "data": [message("msg_abc"), ASSISTANT, FUNCTION_CALL, FUNCTION_OUTPUT, REASONING],
    "first_id": "msg_abc",
    "last_id": "rs_1",
    "has_more": False,
}
ITEMS = [{"content": "string", "role": "user", "type": "message"}]
ITEMS_ALL = [{"content": "string", "role": "user", "phase": "commentary", "type": "message"}]
INCLUDE = ["file_search_call.results", "message.output_text.logprobs"]
INCLUDE_QUERY = "include%5B%5D=file_search_call.results&include%5B%5D=message.output_text.logprobs"
ERROR_BODY = {"error": {"message": "Bad thing", "type": "invalid_request_error", "param": None, "code": None}}
REQ_ID = (("x-request-id", "req_123"),)

ok_conv = json_reply(CONV, headers=REQ_ID)


def error_reply(status: int, *headers: Tuple[str, str], body: Any = ERROR_BODY) -> Reply:
    if isinstance(body, bytes):
        return Reply(status, (("content-type", "text/plain"), *REQ_ID, *headers), body)
    return json_reply(body, status, (*REQ_ID, *headers))


def page(ids: Sequence[str], **fields: Any) -> Reply:
    body = {"object": "list", "data": [message(i) for i in ids], **fields}
    return json_reply(body, headers=(("x-request-id", f"req_{ids[0] if ids else 'empty'}"),))


THREE_PAGES = (
    page(["msg_1", "msg_2"], first_id="msg_1", last_id="msg_2", has_more=True),
    page(["msg_3"], first_id="msg_3", last_id="msg_3", has_more=True),
    page(["msg_4"], first_id="msg_4", last_id="msg_4", has_more=False),
)
LIST_URL = "/v1/conversations/conv_123/items"


# -- helpers that hide the sync/async difference --------------------------------------


async def aw(value: Any) -> Any:
    """``await`` awaitables; pass anything else through (never suspends for sync values)."""
    if inspect.isawaitable(value):
        return await value
    return value


async def all_items(pager: Any) -> List[Any]:
    """``for item in page`` (sync) or ``async for item in paginator`` (async)."""
    if hasattr(pager, "__aiter__"):
        return [item async for item in pager]
    return list(pager)


async def all_pages(first: Any) -> List[Any]:
    """``page.iter_pages()``, sync or async."""
    pages = first.iter_pages()
    if hasattr(pages, "__aiter__"):
        return [p async for p in pages]
    return list(pages)


async def streamed(manager: Any, use: Callable[[Any], Any]) -> Any:
    """Enter a ``with_streaming_response`` context, ``use`` the response, and report
    ``is_closed`` before reading, what ``use`` returned, and ``is_closed`` after exit."""
    if hasattr(manager, "__aenter__"):
        async with manager as response:
            before = response.is_closed
            used = await aw(use(response))
    else:
        with manager as response:
            before = response.is_closed
            used = await aw(use(response))
    return {"closed_before": before, "used": used, "closed_after": response.is_closed, **response_facts(response)}


def drive(coroutine: Any) -> Any:
    """Run a coroutine that never suspends (the sync client's scenarios) without a loop."""
    try:
        coroutine.send(None)
    except StopIteration as stop:
        return stop.value
    coroutine.close()
    raise RuntimeError("a sync scenario suspended: it awaited real async work")


# -- describing what a call gave ------------------------------------------------------


def class_name(value: Any) -> str:
    """The class name, the reference's mapped to ours. A page class is parametrised with
    the item union, whose spelling differs with the item class names: compare it as
    ``SyncConversationCursorPage[ConversationItem]``."""
    name = type(value).__name__
    if hasattr(value, "has_next_page"):
        return name.split("[", 1)[0] + "[ConversationItem]"
    return _REFERENCE_CLASS_NAMES.get(name, name)


def typed(value: Any) -> Any:
    """``value`` with every leaf paired with its type name, so that ``1``, ``1.0`` and
    ``True`` (equal in Python) compare as different."""
    if isinstance(value, dict):
        return {key: typed(item) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return [typed(item) for item in value]
    return (type(value).__name__, value)


def dumps(value: Any) -> Tuple[Dict[str, Any], Any, Dict[str, Any], List[str]]:
    """``to_dict()``, decoded ``to_json()``, ``to_dict(mode="json")`` (leaves typed) and
    the warnings they emitted (pydantic warns when a loose value does not fit its field)."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        dumped = (typed(value.to_dict()), typed(json.loads(value.to_json())), typed(value.to_dict(mode="json")))
    # Only the warning classes: pydantic's texts name the model classes, which differ
    # (intentionally) between the SDKs.
    return (*dumped, [w.category.__name__ for w in caught])


def describe(value: Any) -> Any:
    """A comparable picture of a returned value (models, pages, lists, plain data)."""
    if isinstance(value, list):
        return [describe(item) for item in value]
    if not hasattr(value, "to_dict"):
        return value
    # to_dict()/to_json() key order follows each SDK's field order (ours: the spec's);
    # comparing dicts and decoded JSON ignores that order, nothing else.
    as_dict, as_json, json_mode_dict, emitted = dumps(value)
    picture: Dict[str, Any] = {
        "class": class_name(value),
        "dict": as_dict,
        "json": as_json,
        "json_mode_dict": json_mode_dict,
        "warnings": emitted,
        "request_id": getattr(value, "_request_id", "<unset>"),
    }
    if hasattr(value, "has_next_page"):
        info = value.next_page_info()
        picture["items"] = [describe(item) for item in value.data]
        picture["has_next_page"] = value.has_next_page()
        picture["next_page_info"] = None if info is None else dict(info.params)
    else:
        picture["content"] = describe(getattr(value, "content", None))
    return picture


def describe_error(error: BaseException) -> Dict[str, Any]:
    """Class, text, the API fields, the request the error names and its cause."""
    request = getattr(error, "request", None)
    cause = error.__cause__
    return {
        "class": type(error).__name__,
        "str": str(error),
        "args": [str(arg) for arg in error.args],
        **{
            name: getattr(error, name, "<absent>")
            for name in ("message", "status_code", "body", "request_id", "code", "param", "type")
        },
        "request": None if request is None else (request.method, str(request.url)),
        "cause": None if cause is None else (type(cause).__module__.split(".")[0], type(cause).__name__),
        "suppress_context": error.__suppress_context__,
    }


def response_facts(response: Any) -> Dict[str, Any]:
    """What a raw or streamed response exposes, apart from its body."""
    return {
        "class": type(response).__name__,
        "status_code": response.status_code,
        "headers": list(response.headers.multi_items()),
        "retries_taken": response.retries_taken,
        "request_id": response.request_id,
        "method": response.method,
        "url": str(response.url),
        "http_version": response.http_version,
        "http_request": (response.http_request.method, str(response.http_request.url)),
    }


def raw_facts(response: Any) -> Dict[str, Any]:
    """A ``with_raw_response`` result: its facts, its body and what ``parse()`` gives."""
    return {**page_raw_facts(response), "parse_to_str": response.parse(to=str)}


def page_raw_facts(response: Any) -> Dict[str, Any]:
    """``raw_facts`` without ``parse(to=str)``, which both SDKs break for a list method
    (its page post-parser is applied to the text and raises AttributeError)."""
    parsed = response.parse()
    return {
        **response_facts(response),
        "is_closed": response.is_closed,
        "content": response.content,
        "text": response.text,
        "parsed": describe(parsed),
        "parse_is_cached": response.parse() is parsed,
    }


# -- the scenarios --------------------------------------------------------------------

Call = Callable[[Any, ModuleType], Any]


@dataclass(frozen=True)
class Scenario:
    """One call (or a few) made identically with both SDKs.

    ``call(client, sdk_module)`` may return a value or an awaitable; ``client`` gives
    extra constructor arguments (a dict, or a function of ``is_async``); ``expect``
    lists the ``"METHOD target"`` of every request the reference sends; ``raises`` the
    exception class it raises, if any.
    """

    id: str
    call: Call
    expect: Tuple[str, ...]
    replies: Tuple[Reply, ...] = (ok_conv,)
    client: Any = field(default_factory=dict)
    raises: Optional[str] = None
    refused: bool = False
    known_bug: Optional[str] = None
    # A deliberate deviation (README, "When a call fails"): the exception class ours raises
    # where the reference returns a value of another type than the method's annotation.
    ours_raises: Optional[str] = None

    def param(self) -> Any:
        """The scenario as a pytest parameter; a known (reported, unfixed) difference is
        a strict xfail, so it shows in every run and fails once it is fixed."""
        marks = [pytest.mark.xfail(reason=self.known_bug, strict=True)] if self.known_bug else []
        return pytest.param(self, id=self.id, marks=marks)


S = Scenario
STD = dict(extra_headers={"X-Custom": "1"}, extra_query={"q": "v"}, extra_body={"extra": True}, timeout=30.0)
ITEM_URL = "/v1/conversations/conv_123/items/msg_abc"


def counter_key(is_async: bool) -> Dict[str, Any]:
    """A callable api_key giving ``dyn1``, ``dyn2``, ... (called for every attempt); the
    async clients take a coroutine function, as the reference requires."""
    numbers = itertools.count(1)

    async def async_key() -> str:
        return f"dyn{next(numbers)}"

    return {"api_key": async_key if is_async else lambda: f"dyn{next(numbers)}"}


GET_CONV = "GET /v1/conversations/conv_123"
GET_LIST = f"GET {LIST_URL}"


def retrieve(c: Any, _m: ModuleType) -> Any:
    return c.conversations.retrieve("conv_123")


def list_items(c: Any, _m: ModuleType) -> Any:
    return c.conversations.items.list("conv_123")


async def two_retrievals(c: Any, _m: ModuleType) -> List[Any]:
    return [await aw(c.conversations.retrieve("conv_1")), await aw(c.conversations.retrieve("conv_2"))]


METHODS = [
    # each of the 8 methods with only the required arguments ...
    S("conv.create", lambda c, m: c.conversations.create(), ("POST /v1/conversations",)),
    S("conv.retrieve", retrieve, (GET_CONV,)),
    S(
        "conv.update",
        lambda c, m: c.conversations.update("conv_123", metadata={"foo": "string"}),
        ("POST /v1/conversations/conv_123",),
    ),
    S(
        "conv.delete",
        lambda c, m: c.conversations.delete("conv_123"),
        ("DELETE /v1/conversations/conv_123",),
        (json_reply(DELETED, headers=REQ_ID),),
    ),
    S(
        "items.create",
        lambda c, m: c.conversations.items.create("conv_123", items=ITEMS),
        (f"POST {LIST_URL}",),
        (json_reply(ITEM_LIST, headers=REQ_ID),),
    ),
    S(
        "items.retrieve",
        lambda c, m: c.conversations.items.retrieve("msg_abc", conversation_id="conv_123"),
        (f"GET {ITEM_URL}",),
        (json_reply(message("msg_abc"), headers=REQ_ID),),
    ),
    S(
        "items.list",
        list_items,
        (GET_LIST,),
        (json_reply(ITEM_LIST, headers=REQ_ID),),
    ),
    S(
        "items.delete",
        lambda c, m: c.conversations.items.delete("msg_abc", conversation_id="conv_123"),
        (f"DELETE {ITEM_URL}",),
    ),
    # ... and with every argument (path parameters by keyword, plus the four options)
    S(
        "conv.create.all",
        lambda c, m: c.conversations.create(items=ITEMS_ALL, metadata={"foo": "string"}, **STD),
        ("POST /v1/conversations?q=v",),
    ),
    S(
        "conv.retrieve.all",
        lambda c, m: c.conversations.retrieve(conversation_id="conv_123", **STD),
        ("GET /v1/conversations/conv_123?q=v",),
    ),
    S(
        "conv.update.all",
        lambda c, m: c.conversations.update(conversation_id="conv_123", metadata={"foo": "string"}, **STD),
        ("POST /v1/conversations/conv_123?q=v",),
    ),
    S(
        "conv.delete.all",
        lambda c, m: c.conversations.delete(conversation_id="conv_123", **STD),
        ("DELETE /v1/conversations/conv_123?q=v",),
        (json_reply(DELETED, headers=REQ_ID),),
    ),
    S(
        "items.create.all",
        lambda c, m: c.conversations.items.create(conversation_id="conv_123", items=ITEMS_ALL, include=INCLUDE, **STD),
        (f"POST {LIST_URL}?{INCLUDE_QUERY}&q=v",),
        (json_reply(ITEM_LIST, headers=REQ_ID),),
    ),
    S(
        "items.retrieve.all",
        lambda c, m: c.conversations.items.retrieve(
            item_id="msg_abc", conversation_id="conv_123", include=["reasoning.encrypted_content"], **STD
        ),
        (f"GET {ITEM_URL}?include%5B%5D=reasoning.encrypted_content&q=v",),
        (json_reply(ASSISTANT, headers=REQ_ID),),
    ),
    S(
        "items.list.all",
        lambda c, m: c.conversations.items.list(
            conversation_id="conv_123", after="after", include=INCLUDE, limit=0, order="asc", **STD
        ),
        (f"GET {LIST_URL}?after=after&{INCLUDE_QUERY}&limit=0&order=asc&q=v",),
        (json_reply(ITEM_LIST, headers=REQ_ID),),
    ),
    S(
        "items.delete.all",
        lambda c, m: c.conversations.items.delete(item_id="msg_abc", conversation_id="conv_123", **STD),
        (f"DELETE {ITEM_URL}?q=v",),
    ),
]

OPTIONS = [
    S(
        "omit-vs-none.create-null",
        lambda c, m: c.conversations.create(items=None, metadata=None),
        ("POST /v1/conversations",),
    ),
    S(
        "omit-vs-none.create-omit",
        lambda c, m: c.conversations.create(items=m.omit, metadata=m.NOT_GIVEN),
        ("POST /v1/conversations",),
    ),
    S(
        "omit-vs-none.update-null",
        lambda c, m: c.conversations.update("conv_123", metadata=None),
        ("POST /v1/conversations/conv_123",),
    ),
    S(
        "omit-vs-none.query-dropped",
        lambda c, m: c.conversations.items.list("conv_123", after=None, include=[], limit=0, order=m.omit),
        (f"GET {LIST_URL}?limit=0",),
        (page([], has_more=False),),
    ),
    S(
        "omit-vs-none.retrieve-include-none",
        lambda c, m: c.conversations.items.retrieve("msg_abc", conversation_id="conv_123", include=None),
        (f"GET {ITEM_URL}",),
        (json_reply(message("msg_abc")),),
    ),
    S(
        "iterables-become-lists",
        lambda c, m: c.conversations.items.create("conv_123", items=(dict(i) for i in ITEMS_ALL)),
        (f"POST {LIST_URL}",),
        (json_reply(ITEM_LIST),),
    ),
    S(
        "extra_headers.override",
        lambda c, m: c.conversations.retrieve(
            "conv_123", extra_headers={"user-agent": "mine", "ACCEPT": "text/plain", "Authorization": "Bearer other"}
        ),
        (GET_CONV,),
    ),
    S(
        "extra_headers.omit-accept",
        lambda c, m: c.conversations.retrieve("conv_123", extra_headers={"Accept": m.omit}),
        (GET_CONV,),
    ),
    S(
        "extra_headers.omit-retry-count-and-auth",
        lambda c, m: c.conversations.create(
            extra_headers={"X-Stainless-Retry-Count": m.omit, "authorization": m.omit, "x-stainless-read-timeout": "7"}
        ),
        ("POST /v1/conversations",),
    ),
    S(
        "extra_query.wins",
        lambda c, m: c.conversations.items.list(
            "conv_123", after="a", extra_query={"after": "b", "limit": 5, "flag": True, "arr": [1, 2], "o": {"k": "v"}}
        ),
        (f"GET {LIST_URL}?after=b&limit=5&flag=true&arr%5B%5D=1&arr%5B%5D=2&o%5Bk%5D=v",),
        (page([], has_more=False),),
    ),
    S(
        "extra_query.none-dropped",
        lambda c, m: c.conversations.retrieve("conv_123", extra_query={"a": None, "b": "", "c": 0, "d": False}),
        ("GET /v1/conversations/conv_123?b=&c=0&d=false",),
    ),
    S(
        "base-url.without-path",
        retrieve,
        ("GET /conversations/conv_123",),
        client={"base_path": ""},
    ),
    S(
        "base-url.trailing-slash",
        lambda c, m: c.conversations.items.list("conv_123", limit=1),
        (f"GET {LIST_URL}?limit=1",),
        (page([], has_more=False),),
        client={"base_path": "/v1/"},
    ),
    S(
        "base-url.with-query",
        lambda c, m: c.conversations.items.list("conv_123", limit=1),
        # The reference mangles a base URL with a query this way; ours does the same.
        ("GET /v1/?x=1conversations%2Fconv_123%2Fitems&limit=1",),
        (page([], has_more=False),),
        client={"base_path": "/v1?x=1"},
    ),
    S(
        "with_options.invalid-max-retries",
        lambda c, m: c.with_options(max_retries=-1),
        (),
        raises="ValueError",
    ),
    S(
        "copy.exclusive-arguments",
        lambda c, m: c.copy(default_headers={"a": "1"}, set_default_headers={"b": "2"}),
        (),
        raises="ValueError",
    ),
    S(
        "extra_body.get-drops-it",
        lambda c, m: c.conversations.retrieve("conv_123", extra_body={"x": 1}),
        (GET_CONV,),
    ),
    S(
        "extra_body.delete-sends-it",
        lambda c, m: c.conversations.delete("conv_123", extra_body={"x": 1}),
        ("DELETE /v1/conversations/conv_123",),
        (json_reply(DELETED),),
    ),
    S(
        "extra_body.items-delete",
        lambda c, m: c.conversations.items.delete("msg_abc", conversation_id="conv_123", extra_body={"x": [1, "ü"]}),
        (f"DELETE {ITEM_URL}",),
    ),
    S(
        "extra_body.merges-over-body",
        lambda c, m: c.conversations.update("conv_123", metadata={"k": "v"}, extra_body={"extra": 1, "metadata": None}),
        ("POST /v1/conversations/conv_123",),
    ),
    S(
        "extra_body.omit-removes-key",
        lambda c, m: c.conversations.create(metadata={"k": "v"}, items=ITEMS, extra_body={"metadata": m.omit}),
        ("POST /v1/conversations",),
    ),
    S(
        "default_headers-and-query",
        lambda c, m: c.conversations.items.list("conv_123", limit=3),
        (f"GET {LIST_URL}?api-version=x&limit=3",),
        (page([], has_more=False),),
        client={
            "default_headers": {"X-Team": "a", "User-Agent": "custom-agent"},
            "default_query": {"api-version": "x"},
        },
    ),
    S(
        "default_query.removed-by-extra_query-omit",
        lambda c, m: c.conversations.retrieve("conv_123", extra_query={"api-version": m.omit, "z": "1"}),
        ("GET /v1/conversations/conv_123?keep=1&z=1",),
        client={"default_query": {"api-version": "x", "keep": "1"}},
    ),
    S(
        "with_options.merge",
        lambda c, m: c.with_options(
            default_headers={"X-B": "2"}, default_query={"v": "2"}, timeout=5.0, max_retries=0
        ).conversations.items.list("conv_123", limit=3),
        (f"GET {LIST_URL}?a=1&v=2&limit=3",),
        (page([], has_more=False),),
        client={"default_headers": {"X-A": "1"}, "default_query": {"a": "1"}},
    ),
    S(
        "copy.set-defaults",
        lambda c, m: c.copy(set_default_headers={"X-B": "2"}, set_default_query={"v": "2"}).conversations.retrieve(
            "conv_123"
        ),
        ("GET /v1/conversations/conv_123?v=2",),
        client={"default_headers": {"X-A": "1"}, "default_query": {"a": "1"}},
    ),
    S(
        "organization-and-project",
        lambda c, m: c.conversations.create(metadata={"a": "b"}),
        ("POST /v1/conversations",),
        client={"organization": "org_1", "project": "proj_1"},
    ),
    S(
        "organization-overridden-by-default_headers",
        retrieve,
        (GET_CONV,),
        client={"organization": "org_1", "default_headers": {"OpenAI-Organization": "org_2"}},
    ),
    S(
        "callable-api-key.per-attempt",
        two_retrievals,
        ("GET /v1/conversations/conv_1",) * 2 + ("GET /v1/conversations/conv_2",),
        (error_reply(500), ok_conv),
        client=counter_key,
    ),
    S(
        "default_headers.override-sdk-headers",
        retrieve,
        (GET_CONV,),
        client={"default_headers": {"X-Stainless-Async": "custom", "x-stainless-lang": "py", "Accept": "*/*"}},
    ),
    S(
        "timeout.none-drops-header",
        lambda c, m: c.conversations.retrieve("conv_123", timeout=None),
        (GET_CONV,),
    ),
    S(
        "timeout.object-read-value",
        lambda c, m: c.conversations.retrieve("conv_123", timeout=httpx.Timeout(10, read=5)),
        (GET_CONV,),
        client={"timeout": 3.5},
    ),
    S(
        "non-ascii-metadata",
        lambda c, m: c.conversations.create(metadata={"ü": "ß", "emoji": "😀 \u2028"}),
        ("POST /v1/conversations",),
        (json_reply({**CONV, "metadata": {"ü": "ß", "emoji": "😀"}}),),
    ),
]

PATHS = [
    S(
        "path.escaped",
        lambda c, m: c.conversations.retrieve("a b/c?d#e%"),
        ("GET /v1/conversations/a%20b%2Fc%3Fd%23e%25",),
    ),
    S(
        "path.escaped-both",
        lambda c, m: c.conversations.items.retrieve("x/y?#", conversation_id="c d%"),
        ("GET /v1/conversations/c%20d%25/items/x%2Fy%3F%23",),
        (json_reply(message("x")),),
    ),
    S(
        "path.safe-chars-and-encoded-dot",
        lambda c, m: c.conversations.retrieve("%2e!$&'()*+,;=:@~"),
        ("GET /v1/conversations/%252e!$&'()*+,;=:@~",),
    ),
    S("path.dot-dot", lambda c, m: c.conversations.retrieve(".."), (), raises="ValueError"),
    S("path.dot", lambda c, m: c.conversations.update(".", metadata=None), (), raises="ValueError"),
    S(
        "path.dot-dot-item",
        lambda c, m: c.conversations.items.retrieve("..", conversation_id="conv_123"),
        (),
        raises="ValueError",
    ),
    S("path.empty.retrieve", lambda c, m: c.conversations.retrieve(""), (), raises="ValueError"),
    S("path.none.delete", lambda c, m: c.conversations.delete(None), (), raises="ValueError"),
    S(
        "path.empty.update-raw",
        lambda c, m: c.conversations.with_raw_response.update("", metadata=None),
        (),
        raises="ValueError",
    ),
    S(
        "path.empty.items-create",
        lambda c, m: c.conversations.items.create("", items=ITEMS),
        (),
        raises="ValueError",
    ),
    S("path.empty.items-list", lambda c, m: c.conversations.items.list(""), (), raises="ValueError"),
    S(
        "path.empty.both-checks-conversation-first",
        lambda c, m: c.conversations.items.retrieve("", conversation_id=""),
        (),
        raises="ValueError",
    ),
    S(
        "path.empty.item-id",
        lambda c, m: c.conversations.items.delete("", conversation_id="conv_123"),
        (),
        raises="ValueError",
    ),
    S(
        "path.empty.streaming",
        lambda c, m: streamed(c.conversations.items.with_streaming_response.delete("msg", conversation_id=""), aw),
        (),
        raises="ValueError",
    ),
]


def status_scenario(status: int, name: str, attempts: int, body: Any = ERROR_BODY, suffix: str = "") -> Scenario:
    return S(
        f"status.{status}{suffix}",
        retrieve,
        (GET_CONV,) * attempts,
        (error_reply(status, body=body),),
        raises=name,
    )


ERRORS = [
    status_scenario(400, "BadRequestError", 1),
    status_scenario(401, "AuthenticationError", 1),
    status_scenario(403, "PermissionDeniedError", 1),
    status_scenario(404, "NotFoundError", 1),
    status_scenario(409, "ConflictError", 3),
    status_scenario(422, "UnprocessableEntityError", 1),
    status_scenario(429, "RateLimitError", 3),
    status_scenario(500, "InternalServerError", 3),
    status_scenario(418, "APIStatusError", 1),
    status_scenario(408, "APIStatusError", 3),
    status_scenario(400, "BadRequestError", 1, b"not json", ".non-json"),
    status_scenario(500, "InternalServerError", 3, b"<html>oops</html>", ".non-json"),
    status_scenario(400, "BadRequestError", 1, {"message": "top level", "code": 7}, ".top-level-message"),
    status_scenario(
        404, "NotFoundError", 1, {"error": {"message": "", "type": "t", "param": "p", "code": "c"}}, ".empty-message"
    ),
    status_scenario(401, "AuthenticationError", 1, {"error": "just a string"}, ".string-error"),
    status_scenario(403, "PermissionDeniedError", 1, b"", ".empty-body"),
    S(
        "status.404.items-list",
        list_items,
        (GET_LIST,),
        (error_reply(404),),
        raises="NotFoundError",
    ),
]

RETRIES = [
    S(
        "retry.429-then-ok",
        lambda c, m: c.conversations.create(metadata={"a": "b"}),
        ("POST /v1/conversations",) * 2,
        (error_reply(429), ok_conv),
    ),
    S(
        "retry.500-503-then-ok",
        lambda c, m: c.conversations.items.list("conv_123", limit=2),
        (f"GET {LIST_URL}?limit=2",) * 3,
        (error_reply(500), error_reply(503), page(["msg_1"], has_more=False)),
    ),
    S(
        "retry.exhausted",
        lambda c, m: c.conversations.delete("conv_123"),
        ("DELETE /v1/conversations/conv_123",) * 3,
        (error_reply(503),),
        raises="InternalServerError",
    ),
    S(
        "retry.should-retry-false",
        retrieve,
        (GET_CONV,),
        (error_reply(500, ("x-should-retry", "false")),),
        raises="InternalServerError",
    ),
    S(
        "retry.should-retry-true",
        retrieve,
        (GET_CONV,) * 3,
        (error_reply(400, ("x-should-retry", "true")),),
        raises="BadRequestError",
    ),
    S(
        "retry.retry-after",
        retrieve,
        (GET_CONV,) * 3,
        (error_reply(429, ("retry-after", "3")), error_reply(429, ("retry-after", "2.5")), ok_conv),
    ),
    S(
        "retry.retry-after-ms",
        retrieve,
        (GET_CONV,) * 2,
        (error_reply(503, ("retry-after-ms", "1500"), ("retry-after", "9")), ok_conv),
    ),
    S(
        "retry.retry-after-too-long",
        retrieve,
        (GET_CONV,),
        (error_reply(429, ("retry-after", "121")),),
        raises="RateLimitError",
    ),
    S(
        "retry.retry-after-zero-and-past-date",
        retrieve,
        (GET_CONV,) * 3,
        (
            error_reply(429, ("retry-after", "0")),
            error_reply(429, ("retry-after", "Wed, 21 Oct 2015 07:28:00 GMT")),
            ok_conv,
        ),
    ),
    S(
        "retry.max-retries-5",
        lambda c, m: aw_then(c.with_raw_response.conversations.retrieve("conv_123"), raw_facts),
        (GET_CONV,) * 6,
        (*(error_reply(500),) * 5, ok_conv),
        client={"max_retries": 5},
    ),
    S(
        "retry.with_options-max-retries-0",
        lambda c, m: c.with_options(max_retries=0).conversations.retrieve("conv_123"),
        (GET_CONV,),
        (error_reply(500),),
        raises="InternalServerError",
    ),
    S(
        "timeout.client",
        retrieve,
        (GET_CONV,) * 2,
        (Reply(200, (("content-type", "application/json"),), b"{}", delay=1.0),),
        client={"timeout": 0.2, "max_retries": 1},
        raises="APITimeoutError",
    ),
    S(
        "timeout.per-call-then-ok",
        lambda c, m: c.conversations.create(timeout=0.2),
        ("POST /v1/conversations",) * 2,
        (Reply(200, (("content-type", "application/json"),), b"{}", delay=1.0), ok_conv),
    ),
    S(
        "connection-dropped-then-ok",
        lambda c, m: c.conversations.update("conv_123", metadata={"a": "b"}),
        ("POST /v1/conversations/conv_123",) * 2,
        (Reply(drop=True), ok_conv),
    ),
    S(
        "connection-dropped-always",
        list_items,
        (GET_LIST,) * 3,
        (Reply(drop=True),),
        raises="APIConnectionError",
    ),
    S(
        "connection-refused",
        retrieve,
        (),
        raises="APIConnectionError",
        refused=True,
    ),
]


async def walk_manually(c: Any, _m: ModuleType) -> List[Any]:
    """``has_next_page``/``get_next_page`` by hand; then ``get_next_page`` on the last
    page, which only looks at ``last_id`` (not ``has_more``) and so fetches again."""
    current = await aw(c.conversations.items.list("conv_123", limit=2, order="asc"))
    seen = [describe(current)]
    while current.has_next_page():
        current = await aw(current.get_next_page())
        seen.append(describe(current))
    seen.append(describe(await aw(current.get_next_page())))
    return seen


async def next_page_without_cursor(c: Any, _m: ModuleType) -> Any:
    """``get_next_page`` on a page without ``last_id``: RuntimeError, nothing sent."""
    first = await aw(c.conversations.items.list("conv_123"))
    assert first.has_next_page() is False
    return await aw(first.get_next_page())


async def iterate_pages(c: Any, _m: ModuleType) -> List[Any]:
    first = await aw(c.conversations.items.list("conv_123", after="msg_0", limit=2))
    return [describe(p) for p in await all_pages(first)]


async def iterate_raw_page(c: Any, _m: ModuleType) -> Dict[str, Any]:
    raw = await aw(c.conversations.items.with_raw_response.list("conv_123", limit=2))
    return {**page_raw_facts(raw), "items": describe(await all_items(raw.parse()))}


async def iterate_awaited_page(c: Any, _m: ModuleType) -> Any:
    return describe(await all_items(await aw(c.conversations.items.list("conv_123"))))


PAGING = [
    S(
        "paging.for-item-in-page",
        lambda c, m: all_items(c.conversations.items.list("conv_123", limit=2, order="asc")),
        (
            f"GET {LIST_URL}?limit=2&order=asc",
            f"GET {LIST_URL}?limit=2&order=asc&after=msg_2",
            f"GET {LIST_URL}?limit=2&order=asc&after=msg_3",
        ),
        THREE_PAGES,
    ),
    S(
        "paging.iter_pages-replaces-after",
        iterate_pages,
        (
            f"GET {LIST_URL}?after=msg_0&limit=2",
            f"GET {LIST_URL}?after=msg_2&limit=2",
            f"GET {LIST_URL}?after=msg_3&limit=2",
        ),
        THREE_PAGES,
    ),
    S(
        "paging.manual-walk",
        walk_manually,
        (
            f"GET {LIST_URL}?limit=2&order=asc",
            f"GET {LIST_URL}?limit=2&order=asc&after=msg_2",
            f"GET {LIST_URL}?limit=2&order=asc&after=msg_3",
            f"GET {LIST_URL}?limit=2&order=asc&after=msg_4",
        ),
        THREE_PAGES,
    ),
    S(
        "paging.get_next_page-without-cursor",
        next_page_without_cursor,
        (GET_LIST,),
        (page(["msg_1"], has_more=True),),
        raises="RuntimeError",
    ),
    S(
        "paging.raw-response-page-iterates",
        iterate_raw_page,
        (
            f"GET {LIST_URL}?limit=2",
            f"GET {LIST_URL}?limit=2&after=msg_2",
            f"GET {LIST_URL}?limit=2&after=msg_3",
        ),
        THREE_PAGES,
    ),
    S(
        "paging.awaited-page-iterates",
        iterate_awaited_page,
        (f"GET {LIST_URL}", f"GET {LIST_URL}?after=msg_2", f"GET {LIST_URL}?after=msg_3"),
        THREE_PAGES,
    ),
    S(
        "paging.stop.has-more-false",
        lambda c, m: all_items(c.conversations.items.list("conv_123")),
        (GET_LIST,),
        (page(["msg_1"], last_id="msg_1", has_more=False),),
    ),
    S(
        "paging.stop.missing-last-id",
        lambda c, m: all_items(c.conversations.items.list("conv_123")),
        (GET_LIST,),
        (page(["msg_1"], has_more=True),),
    ),
    S(
        "paging.stop.empty-data",
        lambda c, m: all_items(c.conversations.items.list("conv_123")),
        (f"GET {LIST_URL}", f"GET {LIST_URL}?after=msg_1"),
        (page(["msg_1"], last_id="msg_1"), page([], last_id="msg_1", has_more=True)),
    ),
    S(
        "paging.missing-has-more-continues",
        lambda c, m: all_items(c.conversations.items.list("conv_123")),
        (f"GET {LIST_URL}", f"GET {LIST_URL}?after=msg_1"),
        (page(["msg_1"], last_id="msg_1"), page(["msg_2"], last_id="msg_2", has_more=False)),
    ),
    S(
        "paging.error-on-second-page",
        lambda c, m: all_items(c.conversations.items.list("conv_123")),
        (f"GET {LIST_URL}", f"GET {LIST_URL}?after=msg_1"),
        (page(["msg_1"], last_id="msg_1", has_more=True), error_reply(404)),
        raises="NotFoundError",
    ),
]

STRICT = {"_strict_response_validation": True}
UNKNOWN_PAGE = json_reply({"object": "list", "data": [UNKNOWN_ITEM, message("msg_1")], "has_more": False})
URL_MESSAGE = {
    **ASSISTANT,
    "content": [
        {
            "type": "output_text",
            "text": "see x",
            "annotations": [
                {"type": "url_citation", "url": "https://x.test", "title": "x", "start_index": 4, "end_index": 5}
            ],
            "logprobs": [],
        }
    ],
}
LONG_ATTRIBUTE = {
    "type": "file_search_call",
    "id": "fs_1",
    "queries": ["q"],
    "status": "completed",
    "results": [{"file_id": "f", "filename": "a", "score": 1.0, "text": "t", "attributes": {"k": "v" * 600}}],
}
ODD_MESSAGE = message("msg_odd", brand_new_field={"x": 1})
ODD_MESSAGE["content"] = [{"type": "brand_new_part", "text": "?"}, {"type": "input_text", "text": "ok"}]

RESPONSES = [
    S(
        "unknown-item.retrieve-loose",
        lambda c, m: c.conversations.items.retrieve("x_1", conversation_id="conv_123"),
        ("GET /v1/conversations/conv_123/items/x_1",),
        (json_reply(UNKNOWN_ITEM, headers=REQ_ID),),
    ),
    S(
        "unknown-item.retrieve-strict",
        lambda c, m: c.conversations.items.retrieve("x_1", conversation_id="conv_123"),
        ("GET /v1/conversations/conv_123/items/x_1",),
        (json_reply(UNKNOWN_ITEM, headers=REQ_ID),),
        client=STRICT,
        raises="APIResponseValidationError",
    ),
    S(
        "unknown-item.list-loose",
        list_items,
        (GET_LIST,),
        (UNKNOWN_PAGE,),
    ),
    S(
        "unknown-item.list-strict",
        list_items,
        (GET_LIST,),
        (UNKNOWN_PAGE,),
        client=STRICT,
        raises="APIResponseValidationError",
    ),
    S(
        "unknown-content-part-and-extra-field",
        lambda c, m: c.conversations.items.retrieve("msg_odd", conversation_id="conv_123"),
        ("GET /v1/conversations/conv_123/items/msg_odd",),
        (json_reply(ODD_MESSAGE),),
    ),
    S(
        "known-items.strict",
        list_items,
        (GET_LIST,),
        (json_reply(ITEM_LIST, headers=REQ_ID),),
        client=STRICT,
    ),
    S(
        "url-fields.loose",
        lambda c, m: c.conversations.items.retrieve("msg_out", conversation_id="conv_123"),
        ("GET /v1/conversations/conv_123/items/msg_out",),
        (json_reply(URL_MESSAGE),),
    ),
    S(
        "url-fields.strict",
        lambda c, m: c.conversations.items.retrieve("msg_out", conversation_id="conv_123"),
        ("GET /v1/conversations/conv_123/items/msg_out",),
        (json_reply(URL_MESSAGE),),
        client=STRICT,
    ),
    S(
        "compaction-item",
        lambda c, m: c.conversations.items.retrieve("cp_1", conversation_id="conv_123"),
        ("GET /v1/conversations/conv_123/items/cp_1",),
        (json_reply({"type": "compaction", "id": "cp_1", "encrypted_content": "x"}),),
    ),
    S(
        "long-attribute-values.strict",
        lambda c, m: c.conversations.items.retrieve("fs_1", conversation_id="conv_123"),
        ("GET /v1/conversations/conv_123/items/fs_1",),
        (json_reply(LONG_ATTRIBUTE),),
        client=STRICT,
    ),
    S(
        "missing-fields.loose",
        retrieve,
        (GET_CONV,),
        (json_reply({"id": "conv_1", "brand_new_field": {"x": 1}}),),
    ),
    S(
        "missing-fields.strict",
        retrieve,
        (GET_CONV,),
        (json_reply({"id": "conv_1"}),),
        client=STRICT,
        raises="APIResponseValidationError",
    ),
    S(
        "json-with-text-content-type",
        retrieve,
        (GET_CONV,),
        (Reply(200, (("content-type", "text/plain"),), json.dumps(CONV).encode()),),
    ),
    S(
        "plain-text.loose",
        retrieve,
        (GET_CONV,),
        (Reply(200, (("content-type", "text/plain"),), b"plain"),),
        ours_raises="APIResponseValidationError",  # the reference returns the text as a `Conversation`
    ),
    S(
        "plain-text.strict",
        retrieve,
        (GET_CONV,),
        (Reply(200, (("content-type", "text/plain"),), b"plain"),),
        client=STRICT,
        raises="APIResponseValidationError",
    ),
    S(
        "raw.retrieve",
        lambda c, m: aw_then(c.conversations.with_raw_response.retrieve("conv_123"), raw_facts),
        (GET_CONV,),
    ),
    S(
        "raw.client-level-after-retry",
        lambda c, m: aw_then(c.with_raw_response.conversations.items.delete("msg_abc", conversation_id="c"), raw_facts),
        ("DELETE /v1/conversations/c/items/msg_abc",) * 2,
        (error_reply(500), ok_conv),
    ),
    S(
        "raw.items-create",
        lambda c, m: aw_then(c.conversations.items.with_raw_response.create("conv_123", items=ITEMS), raw_facts),
        (f"POST {LIST_URL}",),
        (json_reply(ITEM_LIST, headers=REQ_ID),),
    ),
    S(
        "raw.error",
        lambda c, m: c.conversations.with_raw_response.retrieve("conv_123"),
        (GET_CONV,),
        (error_reply(404),),
        raises="NotFoundError",
    ),
    S(
        "streaming.error",
        lambda c, m: streamed(c.conversations.with_streaming_response.retrieve("conv_123"), aw),
        (GET_CONV,),
        (error_reply(422),),
        raises="UnprocessableEntityError",
    ),
    S(
        "json-null-body",
        retrieve,
        (GET_CONV,),
        (Reply(200, (("content-type", "application/json"),), b"null"),),
        ours_raises="APIResponseValidationError",  # the reference returns None as a `Conversation`
    ),
    S(
        "streaming.parse",
        lambda c, m: streamed(c.conversations.with_streaming_response.update("conv_123", metadata={}), parse_twice),
        ("POST /v1/conversations/conv_123",),
    ),
    S(
        "streaming.read-json-text-lines",
        lambda c, m: streamed(c.conversations.items.with_streaming_response.list("conv_123"), read_body),
        (GET_LIST,),
        (json_reply(ITEM_LIST, headers=REQ_ID),),
    ),
    S(
        "streaming.iter-lines",
        lambda c, m: streamed(c.conversations.with_streaming_response.retrieve("conv_123"), lines),
        (GET_CONV,),
        (Reply(200, (("content-type", "application/json"),), b'{"id":\n"conv_1"}\n'),),
    ),
    S(
        "streaming.parse-after-iter-lines",
        lambda c, m: streamed(c.conversations.with_streaming_response.retrieve("conv_123"), lines_then_parse),
        (GET_CONV,),
        raises="StreamAlreadyConsumed",
    ),
    S(
        "streaming.client-level-after-retry",
        lambda c, m: streamed(
            c.with_streaming_response.conversations.items.retrieve("msg_abc", conversation_id="conv_123"), parse_twice
        ),
        (f"GET {ITEM_URL}",) * 2,
        (error_reply(429, ("retry-after-ms", "10")), json_reply(ASSISTANT, headers=REQ_ID)),
    ),
]


async def aw_then(value: Any, then: Callable[[Any], Any]) -> Any:
    return then(await aw(value))


async def parse_twice(response: Any) -> Dict[str, Any]:
    first = await aw(response.parse())
    return {"parsed": describe(first), "cached": await aw(response.parse()) is first}


async def lines(response: Any) -> List[str]:
    """``iter_lines()`` without reading first."""
    iterator = response.iter_lines()
    return [line async for line in iterator] if hasattr(iterator, "__aiter__") else list(iterator)


async def lines_then_parse(response: Any) -> Any:
    """``parse()`` after ``iter_lines()`` consumed the stream: StreamAlreadyConsumed."""
    await lines(response)
    return await aw(response.parse())


async def read_body(response: Any) -> Dict[str, Any]:
    return {
        "read": await aw(response.read()),
        "json": await aw(response.json()),
        "text": await aw(response.text()),
        "parsed": describe(await aw(response.parse())),
    }


SCENARIOS = METHODS + OPTIONS + PATHS + ERRORS + RETRIES + PAGING + RESPONSES


# -- running a scenario with one SDK --------------------------------------------------


@dataclass
class Sleeps:
    """The delays the retry loops asked for."""

    delays: List[float] = field(default_factory=list)

    def sync(self, seconds: float) -> None:
        self.delays.append(seconds)

    async def asynchronous(self, seconds: float) -> None:
        self.delays.append(seconds)


def make_client(sdk: str, is_async: bool, base_url: str, scenario: Scenario) -> Any:
    """The client of ``sdk`` as a user builds it.

    Each is built with its own default HTTP client: both run on ``httpx2`` (§0 of the
    reference notes), so the transport's own headers, exception classes and response types
    are identical and every difference left is the SDK's. ``test_reference_transport_choice``
    shows the reference sends the same bytes on a legacy ``httpx`` client, which both accept.
    """
    module = SDKS[sdk]
    extra = scenario.client(is_async) if callable(scenario.client) else dict(scenario.client)
    base_url = base_url.removesuffix("/v1") + extra.pop("base_path", "/v1")
    kwargs: Dict[str, Any] = {"api_key": API_KEY, "base_url": base_url, **extra}
    cls = module.AsyncOpenAI if is_async else module.OpenAI
    return cls(**kwargs)


async def observe(
    sdk: str, scenario: Scenario, is_async: bool, server: RecordingServer, sleeps: Sleeps, base_url: str, seed: int
) -> Dict[str, Any]:
    """Run ``scenario`` with one SDK; return what was sent, what came back and the sleeps."""
    server.script(*scenario.replies)
    sleeps.delays.clear()
    random.seed(seed)
    client = make_client(sdk, is_async, base_url, scenario)
    try:
        outcome: Dict[str, Any] = {"returned": describe(await aw(scenario.call(client, SDKS[sdk])))}
    except Exception as error:  # noqa: BLE001 - the exception itself is what we compare
        outcome = {"raised": describe_error(error)}
    finally:
        await aw(client.close())
    requests = server.requests
    return {
        "requests": [normalise_request(request, SDKS[sdk]) for request in requests],
        "attempts": len(requests),
        "sleeps": list(sleeps.delays),
        **outcome,
    }


def normalise_request(request: RecordedRequest, module: ModuleType) -> Dict[str, Any]:
    """The request with only the package version masked: ``user-agent`` and
    ``x-stainless-package-version`` carry each package's own version (3.54.0 vs ours)."""
    version = module.__version__
    headers = []
    for name, value in request.header_pairs():
        if name == "x-stainless-package-version":
            assert value == version
            value = "<version>"
        elif name == "user-agent" and value.endswith(f"/Python {version}"):
            value = value.replace(version, "<version>")
        headers.append((name, value))
    return {"method": request.method, "target": request.target, "headers": headers, "body": request.body}


async def compare(
    scenario: Scenario, is_async: bool, server: RecordingServer, sleeps: Sleeps, seed: int = SEED
) -> Dict[str, Any]:
    """Observe the reference, then ours; check the reference against the scenario's
    expectations and ours against the reference. Returns the reference's observation."""
    # A refused connection needs a port nobody listens on; both SDKs get the same one.
    base_url = f"http://127.0.0.1:{unused_port()}/v1" if scenario.refused else server.base_url
    theirs = await observe("openai", scenario, is_async, server, sleeps, base_url, seed)
    ours = await observe("ours", scenario, is_async, server, sleeps, base_url, seed)
    sent = tuple(f"{r['method']} {r['target'].decode('latin-1')}" for r in theirs["requests"])
    assert sent == scenario.expect, "the reference did not send what the scenario expects"
    assert theirs.get("raised", {}).get("class") == scenario.raises
    if scenario.ours_raises is not None:
        assert "returned" in theirs and ours["requests"] == theirs["requests"]
        assert ours.get("raised", {}).get("class") == scenario.ours_raises
        return theirs
    assert ours == theirs
    return theirs


# -- fixtures and the tests -----------------------------------------------------------


@pytest.fixture(scope="module")
def server() -> Iterator[RecordingServer]:
    """One recording server for the whole module (each scenario scripts it afresh)."""
    recording = RecordingServer(lifetime=600.0, idle_timeout=3.0).start()
    yield recording
    recording.stop()


@pytest.fixture
def sleeps(monkeypatch: pytest.MonkeyPatch) -> Sleeps:
    """Record retry sleeps instead of sleeping. Both SDKs look them up as attributes of
    the ``time`` and ``anyio`` modules at call time (``time.sleep`` in each
    ``_base_client``; ``anyio.sleep`` there in the reference and after a local
    ``import anyio`` in ours), so those attributes are what we patch."""
    recorder = Sleeps()
    reference = vars(openai._base_client)
    assert reference["time"] is time and openai_conversations._base_client.time is time
    assert reference["anyio"] is anyio
    monkeypatch.setattr(time, "sleep", recorder.sync)
    monkeypatch.setattr(anyio, "sleep", recorder.asynchronous)
    return recorder


@pytest.fixture(autouse=True)
def clean_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("OPENAI_API_KEY", "OPENAI_BASE_URL", "OPENAI_ORG_ID", "OPENAI_PROJECT_ID", "OPENAI_CUSTOM_HEADERS"):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.mark.parametrize("scenario", [s.param() for s in SCENARIOS])
def test_sync_parity(scenario: Scenario, server: RecordingServer, sleeps: Sleeps) -> None:
    """``OpenAI``: the same requests, results, errors and retry sleeps as the reference."""
    drive(compare(scenario, False, server, sleeps))


@pytest.mark.anyio
@pytest.mark.parametrize("scenario", [s.param() for s in SCENARIOS])
async def test_async_parity(scenario: Scenario, server: RecordingServer, sleeps: Sleeps) -> None:
    """``AsyncOpenAI``: the same requests, results, errors and retry sleeps as the reference."""
    await compare(scenario, True, server, sleeps)


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_backoff_is_jittered_within_bounds(seed: int, server: RecordingServer, sleeps: Sleeps) -> None:
    """Beyond equality under one seed: under other seeds too both SDKs ask for the same
    delays, each within 0.5·2ⁿ·[0.75, 1] (n = retries made), capped at 8 s."""
    scenario = next(s for s in RETRIES if s.id == "retry.max-retries-5")
    delays = drive(compare(scenario, False, server, sleeps, seed))["sleeps"]
    bounds = [(0.375, 0.5), (0.75, 1.0), (1.5, 2.0), (3.0, 4.0), (6.0, 8.0)]
    assert len(delays) == 5 and all(low <= d <= high for d, (low, high) in zip(delays, bounds))


@pytest.mark.parametrize("sdk", sorted(SDKS))
def test_reference_transport_choice(sdk: str, server: RecordingServer) -> None:
    """Each SDK sends the same request bytes on its default httpx2 client as on a legacy
    ``httpx.Client``, which both accept (§0)."""
    sent = []
    http_clients: List[Any] = [None, httpx.Client()]  # typed httpx2, but httpx is accepted
    for http_client in http_clients:
        server.script(ok_conv)
        client = SDKS[sdk].OpenAI(api_key=API_KEY, base_url=server.base_url, http_client=http_client)
        client.conversations.create(metadata={"a": "ü"})
        client.conversations.retrieve("conv_123")
        client.close()
        sent.append([(r.method, r.target, r.header_pairs(), r.body) for r in server.requests])
    assert len(sent[0]) == 2 and sent[0] == sent[1]


def test_recording_server_is_bounded() -> None:
    """The server answers past its request cap with a non-retryable 599, records the
    request exactly, and shuts itself down when its lifetime is over."""
    bounded = RecordingServer(lifetime=0.5, max_requests=2).start()
    bounded.script(Reply(200, (("x-a", "1"),), b"ok"))
    with httpx.Client() as http:
        statuses = [http.post(f"{bounded.base_url}/x?q=%20", content=b"body").status_code for _ in range(3)]
        assert statuses == [200, 200, 599]
        first = bounded.requests[0]
        assert (first.method, first.target, first.body) == ("POST", b"/v1/x?q=%20", b"body")
        assert [name for name, _ in first.header_pairs()][:2] == ["host", "accept"]
        assert bounded.closed.wait(5.0)
        with pytest.raises(httpx.ConnectError):
            httpx.get(bounded.base_url, timeout=1.0)
