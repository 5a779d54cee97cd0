# File generated from conversations.yaml by sdkgen. Do not edit.
"""Runtime: binary response bodies (`cast_to=BinaryResponseContent`)."""

from __future__ import annotations

import pathlib
from typing import Any, List

import httpx2
import pytest

from openai_conversations import Client, AsyncClient, NotFoundError
from openai_conversations._binary import BinaryResponseContent
from openai_conversations._response import (
    APIResponse,
    LegacyAPIResponse,
    to_raw_response_wrapper,
    to_streamed_response_wrapper,
    async_to_streamed_response_wrapper,
)
from openai_conversations._resource import SyncAPIResource, AsyncAPIResource
from openai_conversations._base_client import make_request_options

AUDIO = bytes(range(256)) * 4


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


def handler(request: httpx2.Request) -> httpx2.Response:
    if request.url.path.endswith("/missing"):
        return httpx2.Response(404, json={"error": {"message": "no such file"}})
    if request.url.path.endswith("/text"):
        return httpx2.Response(
            200, content="naïve\nline two".encode("latin-1"), headers={"content-type": "text/plain; charset=latin-1"}
        )
    return httpx2.Response(200, content=AUDIO, headers={"content-type": "audio/mpeg", "x-request-id": "req_b"})


class Speech(SyncAPIResource):
    def create(self, path: str = "/audio/speech", **kwargs: Any) -> BinaryResponseContent:
        return self._post(
            path, body={"input": "hi"}, options=make_request_options(**kwargs), cast_to=BinaryResponseContent
        )


class AsyncSpeech(AsyncAPIResource):
    async def create(self, path: str = "/audio/speech", **kwargs: Any) -> BinaryResponseContent:
        return await self._post(
            path, body={"input": "hi"}, options=make_request_options(**kwargs), cast_to=BinaryResponseContent
        )


def speech(strict: bool = False) -> Speech:
    http = httpx2.Client(transport=httpx2.MockTransport(handler))
    return Speech(
        Client(
            api_key="My API Key", base_url="http://localhost/v1", http_client=http, _strict_response_validation=strict
        )
    )


def async_speech() -> AsyncSpeech:
    http = httpx2.AsyncClient(transport=httpx2.MockTransport(handler))
    return AsyncSpeech(AsyncClient(api_key="My API Key", base_url="http://localhost/v1", http_client=http))


@pytest.mark.parametrize("strict", [False, True], ids=["loose", "strict"])
def test_binary_content(strict: bool) -> None:
    result = speech(strict).create()
    assert isinstance(result, BinaryResponseContent)
    assert result.content == AUDIO and result.read() == AUDIO
    assert result.response.headers["content-type"] == "audio/mpeg"
    assert result.response.status_code == 200 and result.response.is_closed
    assert b"".join(result.iter_bytes()) == AUDIO
    chunks = list(result.iter_bytes(chunk_size=100))
    assert len(chunks) == 11 and b"".join(chunks) == AUDIO
    assert repr(result) == "<BinaryResponseContent [200] 1024 bytes>"
    result.close()  # the body is read: nothing left to release


def test_text_encoding_and_json() -> None:
    result = speech().create("/text")
    assert result.encoding == "latin-1" and result.charset_encoding == "latin-1"
    assert result.text == "naïve\nline two"
    assert list(result.iter_lines()) == ["naïve", "line two"]
    assert "".join(result.iter_text()) == result.text

    def json_handler(request: httpx2.Request) -> httpx2.Response:
        return httpx2.Response(200, json={"a": [1, 2]})

    http = httpx2.Client(transport=httpx2.MockTransport(json_handler))
    api = Speech(Client(api_key="My API Key", base_url="http://localhost/v1", http_client=http))
    assert api.create().json() == {"a": [1, 2]}


def test_write_to_file(tmp_path: pathlib.Path) -> None:
    target = tmp_path / "speech.mp3"
    target.write_bytes(b"old content that is longer than nothing")
    speech().create().write_to_file(target)
    assert target.read_bytes() == AUDIO
    as_text = tmp_path / "again.mp3"
    speech().create().write_to_file(str(as_text))
    assert as_text.read_bytes() == AUDIO


def test_errors_are_raised_as_for_any_call() -> None:
    with pytest.raises(NotFoundError, match="no such file"):
        speech().create("/missing")


def test_a_subclass_can_be_the_cast_type() -> None:
    class Audio(BinaryResponseContent):
        @property
        def size(self) -> int:
            return len(self.content)

    api = speech()
    result = api._post("/audio/speech", cast_to=Audio)
    assert isinstance(result, Audio) and result.size == len(AUDIO)


def test_raw_response_parses_to_binary() -> None:
    api = speech()
    response = to_raw_response_wrapper(api.create)()
    assert isinstance(response, LegacyAPIResponse)
    assert response.content == AUDIO and response.headers["x-request-id"] == "req_b"
    parsed = response.parse()
    assert isinstance(parsed, BinaryResponseContent) and parsed.content == AUDIO
    assert response.parse() is parsed


def test_streaming_response_parses_to_binary(tmp_path: pathlib.Path) -> None:
    with to_streamed_response_wrapper(speech().create)() as response:
        assert isinstance(response, APIResponse)
        parsed = response.parse()
        assert isinstance(parsed, BinaryResponseContent)
        parsed.write_to_file(tmp_path / "out.bin")
    assert (tmp_path / "out.bin").read_bytes() == AUDIO
    with to_streamed_response_wrapper(speech().create)() as response:
        assert b"".join(response.iter_bytes()) == AUDIO


@pytest.mark.anyio
async def test_async_binary(tmp_path: pathlib.Path) -> None:
    result = await async_speech().create()
    assert isinstance(result, BinaryResponseContent)
    assert result.content == AUDIO and await result.aread() == AUDIO
    assert b"".join(result.iter_bytes()) == AUDIO
    result.write_to_file(tmp_path / "a.mp3")
    assert (tmp_path / "a.mp3").read_bytes() == AUDIO
    result.close()
    seen: List[bytes] = []
    async with async_to_streamed_response_wrapper(async_speech().create)() as response:
        parsed = await response.parse()
        seen.append(parsed.content)
    assert seen == [AUDIO]
