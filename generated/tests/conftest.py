# File generated from conversations.yaml by sdkgen. Do not edit.
"""Fixtures: clients wired to an in-process transport that records every request."""

from __future__ import annotations

import json
from collections.abc import Iterator

import httpx
import pytest

from openai_conversations import AsyncOpenAI, OpenAI

BASE_URL = "http://127.0.0.1:4010"


class Server:
    """Answers every request with the configured JSON reply and keeps the requests."""

    def __init__(self) -> None:
        self.requests: list[httpx.Request] = []
        self.body = b"{}"
        self.status = 200

    def reply(self, body: object, status: int = 200) -> None:
        self.body = json.dumps(body).encode()
        self.status = status

    def handle(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return httpx.Response(
            self.status, content=self.body, headers={"content-type": "application/json"}
        )

    @property
    def last(self) -> httpx.Request:
        assert self.requests, "no request was sent"
        return self.requests[-1]


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture
def server() -> Server:
    return Server()


@pytest.fixture
def client(server: Server) -> Iterator[OpenAI]:
    transport = httpx.MockTransport(server.handle)
    with OpenAI(
        api_key="My API Key",
        base_url=BASE_URL,
        max_retries=0,
        http_client=httpx.Client(transport=transport),
    ) as sdk:
        yield sdk


@pytest.fixture
def async_client(server: Server) -> AsyncOpenAI:
    transport = httpx.MockTransport(server.handle)
    return AsyncOpenAI(
        api_key="My API Key",
        base_url=BASE_URL,
        max_retries=0,
        http_client=httpx.AsyncClient(transport=transport),
    )
