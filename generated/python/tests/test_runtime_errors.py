# File generated from conversations.yaml by sdkgen. Do not edit.
"""Runtime: HTTP errors, their messages and attributes, and unparseable responses."""

from __future__ import annotations

from typing import Any, Dict, List, Type, Optional, cast

import httpx2
import pytest

from openai_conversations import (
    Client,
    APIError,
    ConflictError,
    NotFoundError,
    APIStatusError,
    RateLimitError,
    BadRequestError,
    AuthenticationError,
    InternalServerError,
    PermissionDeniedError,
    UnprocessableEntityError,
    APIResponseValidationError,
)
from openai_conversations._models import BaseModel
from openai_conversations._exceptions import SDKError


class Conversation(BaseModel):
    id: str
    created_at: int


def make_client(response: httpx2.Response, **kwargs: Any) -> Client:
    def handler(request: httpx2.Request) -> httpx2.Response:
        return httpx2.Response(response.status_code, headers=response.headers, content=response.content)

    return Client(
        api_key="My API Key",
        base_url="http://localhost/v1",
        max_retries=0,
        http_client=httpx2.Client(transport=httpx2.MockTransport(handler)),
        **kwargs,
    )


ERROR_BODY = {"error": {"message": "Bad thing", "type": "invalid_request_error", "param": None, "code": None}}


@pytest.mark.parametrize(
    "code, error_class",
    [
        (400, BadRequestError),
        (401, AuthenticationError),
        (403, PermissionDeniedError),
        (404, NotFoundError),
        (409, ConflictError),
        (422, UnprocessableEntityError),
        (429, RateLimitError),
        (500, InternalServerError),
        (503, InternalServerError),
        (599, InternalServerError),
        (408, APIStatusError),
        (418, APIStatusError),
        (304, APIStatusError),
    ],
)
def test_status_mapping_and_message(code: int, error_class: Type[APIStatusError]) -> None:
    client = make_client(httpx2.Response(code, json=ERROR_BODY, headers={"x-request-id": "req_9"}))
    with pytest.raises(APIStatusError) as info:
        client.get("/x", cast_to=object)
    error = info.value
    assert type(error) is error_class
    assert isinstance(error, APIError) and isinstance(error, SDKError)
    assert str(error) == error.message == f"Error code: {code} - Bad thing"
    assert error.status_code == code and error.response.status_code == code
    assert error.body == ERROR_BODY["error"]
    assert (error.code, error.param, error.type) == (None, None, "invalid_request_error")
    assert error.request_id == "req_9"
    assert error.request is error.response.request
    assert error.__cause__ is None and error.__suppress_context__ is True


def test_top_level_message_code_and_param() -> None:
    client = make_client(httpx2.Response(400, json={"message": "top", "code": 12, "param": "p", "type": "t"}))
    with pytest.raises(BadRequestError) as info:
        client.get("/x", cast_to=object)
    assert str(info.value) == "Error code: 400 - top"
    assert info.value.body == {"message": "top", "code": 12, "param": "p", "type": "t"}
    assert (info.value.code, info.value.param, info.value.type) == ("12", "p", "t")


@pytest.mark.parametrize(
    "content, body",
    [
        (b"not json", "not json"),
        (b"  padded text \n", "padded text"),
        (b"", ""),
        (b'"a json string"', "a json string"),
        (b"[1, 2]", [1, 2]),
        (b'{"error": {"message": ""}}', {"message": ""}),
        (b'{"error": {"message": 5}}', {"message": 5}),
        (b'{"error": "flat"}', "flat"),
    ],
)
def test_message_only_uses_non_empty_string_messages(content: bytes, body: object) -> None:
    client = make_client(httpx2.Response(500, content=content))
    with pytest.raises(InternalServerError) as info:
        client.get("/x", cast_to=object)
    assert str(info.value) == "Error code: 500"
    assert info.value.body == body
    assert (info.value.code, info.value.param, info.value.type) == (None, None, None)
    assert info.value.request_id is None


def test_streamed_error_bodies_are_read_before_raising() -> None:
    client = make_client(httpx2.Response(404, json=ERROR_BODY))
    with pytest.raises(NotFoundError) as info:
        client.get("/x", cast_to=object, options={"headers": {f"{Client._header_prefix}-Raw-Response": "stream"}})
    assert str(info.value) == "Error code: 404 - Bad thing"
    assert info.value.response.is_closed


# -- 2xx responses that are not what was asked for ------------------------------------------------


def test_loose_mode_builds_models_without_validation() -> None:
    conversation = make_client(httpx2.Response(200, json={"id": "conv_1", "created_at": "yesterday"})).get(
        "/x", cast_to=Conversation
    )
    assert isinstance(conversation, Conversation)
    assert conversation.id == "conv_1" and cast(Any, conversation.created_at) == "yesterday"
    missing = make_client(httpx2.Response(200, json={"id": "conv_1"})).get("/x", cast_to=Conversation)
    assert missing.created_at is None


def test_strict_mode_validates() -> None:
    client = make_client(httpx2.Response(200, json={"id": "conv_1"}), _strict_response_validation=True)
    with pytest.raises(APIResponseValidationError) as info:
        client.get("/x", cast_to=Conversation)
    assert str(info.value) == "Data returned by API invalid for expected schema."
    assert info.value.body == {"id": "conv_1"} and info.value.status_code == 200
    assert type(info.value.__cause__).__name__ == "ValidationError"
    ok = make_client(httpx2.Response(200, json={"id": "c", "created_at": 1}), _strict_response_validation=True)
    assert ok.get("/x", cast_to=Conversation).created_at == 1


@pytest.mark.parametrize("strict", [False, True], ids=["loose", "strict"])
@pytest.mark.parametrize("content_type", ["text/plain", None])
def test_non_json_content_type(content_type: Optional[str], strict: bool) -> None:
    headers: Dict[str, str] = {"content-type": content_type} if content_type else {}
    response = httpx2.Response(200, content=b"plain", headers=headers)
    with pytest.raises(APIResponseValidationError) as info:
        make_client(response, _strict_response_validation=strict).get("/x", cast_to=Conversation)
    shown = content_type or "*"
    assert str(info.value) == (
        f"Expected Content-Type response header to be `application/json` but received `{shown}` instead."
    )
    assert info.value.body == "plain" and info.value.response.status_code == 200
    assert make_client(response).get("/x", cast_to=object) == "plain"  # any value is an `object`


def test_json_with_another_content_type_is_still_parsed_for_models() -> None:
    response = httpx2.Response(200, content=b'{"id": "c", "created_at": 1}', headers={"content-type": "text/plain"})
    conversation = make_client(response).get("/x", cast_to=Conversation)
    assert isinstance(conversation, Conversation) and conversation.id == "c"
    assert make_client(response).get("/x", cast_to=object) == '{"id": "c", "created_at": 1}'


@pytest.mark.parametrize("strict", [False, True], ids=["loose", "strict"])
@pytest.mark.parametrize(
    "content",
    [b"{not json", b'{"id": "conv_1", "crea', b'{"id": "\xff\xfe"}', b"", b"[" * 100_000 + b"]" * 100_000],
    ids=["invalid", "truncated", "not-utf-8", "empty", "nested-past-the-recursion-limit"],
)
def test_a_body_that_does_not_decode_raises_in_both_modes(content: bytes, strict: bool) -> None:
    # Never the text where the annotation promises a model (the official SDK returns the text in loose mode).
    response = httpx2.Response(200, content=content, headers={"content-type": "application/json"})
    with pytest.raises(APIResponseValidationError) as info:
        make_client(response, _strict_response_validation=strict).get("/x", cast_to=Conversation)
    assert str(info.value).startswith("The response body is not valid JSON: ")
    assert info.value.body == response.text and info.value.response is not None
    assert isinstance(info.value.__cause__, (ValueError, RecursionError))


@pytest.mark.parametrize(
    "cast_to, content, expected",
    [
        (str, b"hello", "hello"),
        (bytes, b"hello", b"hello"),
        (int, b"42", 42),
        (float, b"2.5", 2.5),
        (bool, b" True ", True),
        (bool, b"no", False),
        (type(None), b"whatever", None),
        (object, b'{"a": [1]}', {"a": [1]}),
        (Dict[str, int], b'{"a": 1}', {"a": 1}),
        (List[Conversation], b'[{"id": "x"}]', None),
    ],
)
def test_cast_to_kinds(cast_to: Any, content: bytes, expected: Any) -> None:
    response = httpx2.Response(200, content=content, headers={"content-type": "application/json"})
    value = make_client(response).get("/x", cast_to=cast_to)
    if expected is None and cast_to is not type(None):
        assert isinstance(value, list) and isinstance(value[0], Conversation) and value[0].id == "x"
    else:
        assert value == expected


def test_json_null_is_none_only_where_none_is_a_value() -> None:
    response = httpx2.Response(200, content=b"null", headers={"content-type": "application/json"})
    assert make_client(response).get("/x", cast_to=object) is None
    assert make_client(response).get("/x", cast_to=cast(Any, Optional[Conversation])) is None
    with pytest.raises(APIResponseValidationError) as info:
        make_client(response).get("/x", cast_to=Conversation)
    assert str(info.value) == "Expected a JSON object for `Conversation`, got `null`."


def test_http_response_cast_returns_the_response() -> None:
    response = make_client(httpx2.Response(200, json={})).get("/x", cast_to=httpx2.Response)
    assert isinstance(response, httpx2.Response) and response.status_code == 200


def test_plain_pydantic_models_and_unsupported_types_are_rejected() -> None:
    import pydantic

    class Plain(pydantic.BaseModel):
        a: int

    client = make_client(httpx2.Response(200, json={"a": 1}))
    with pytest.raises(TypeError, match="Pydantic models must subclass our base model type"):
        client.get("/x", cast_to=Plain)
    with pytest.raises(RuntimeError, match="Unsupported type, expected"):
        client.get("/x", cast_to=set)
