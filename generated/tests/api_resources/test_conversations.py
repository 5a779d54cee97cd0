# File generated from conversations.yaml by sdkgen. Do not edit.

from __future__ import annotations

import json
from typing import Any, cast

import pytest

from openai_conversations import AsyncOpenAI, OpenAI
from openai_conversations.types import Conversation, ConversationDeletedResource

from ..conftest import Server


class TestConversations:
    def test_method_create(self, client: OpenAI, server: Server) -> None:
        server.reply(
            {
                "id": "string",
                "object": "conversation",
                "created_at": 0,
                "metadata": {"foo": "string"},
            }
        )
        result = client.conversations.create()
        assert isinstance(result, Conversation)
        assert server.last.method == "POST"
        assert server.last.url.path == "/conversations"
        assert json.loads(server.last.content) == {}

    def test_method_create_with_all_params(
        self, client: OpenAI, server: Server
    ) -> None:
        server.reply(
            {
                "id": "string",
                "object": "conversation",
                "created_at": 0,
                "metadata": {"foo": "string"},
            }
        )
        result = client.conversations.create(
            items=[{"role": "user", "content": "string"}], metadata={"foo": "string"}
        )
        assert isinstance(result, Conversation)
        assert list(server.last.url.params.multi_items()) == []
        assert json.loads(server.last.content) == {
            "items": [{"role": "user", "content": "string"}],
            "metadata": {"foo": "string"},
        }

    def test_raw_response_create(self, client: OpenAI, server: Server) -> None:
        server.reply(
            {
                "id": "string",
                "object": "conversation",
                "created_at": 0,
                "metadata": {"foo": "string"},
            }
        )
        response = client.conversations.with_raw_response.create()
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        assert response.http_request.headers.get("X-Stainless-Raw-Response") == "true"
        result = response.parse()
        assert isinstance(result, Conversation)

    def test_streaming_response_create(self, client: OpenAI, server: Server) -> None:
        server.reply(
            {
                "id": "string",
                "object": "conversation",
                "created_at": 0,
                "metadata": {"foo": "string"},
            }
        )
        with client.conversations.with_streaming_response.create() as response:
            assert (
                response.http_request.headers.get("X-Stainless-Raw-Response")
                == "stream"
            )
            result = response.parse()
            assert isinstance(result, Conversation)
        assert cast(Any, response.is_closed) is True

    def test_method_retrieve(self, client: OpenAI, server: Server) -> None:
        server.reply(
            {
                "id": "string",
                "object": "conversation",
                "created_at": 0,
                "metadata": {"foo": "string"},
            }
        )
        result = client.conversations.retrieve(conversation_id="conv_123")
        assert isinstance(result, Conversation)
        assert server.last.method == "GET"
        assert server.last.url.path == "/conversations/conv_123"

    def test_raw_response_retrieve(self, client: OpenAI, server: Server) -> None:
        server.reply(
            {
                "id": "string",
                "object": "conversation",
                "created_at": 0,
                "metadata": {"foo": "string"},
            }
        )
        response = client.conversations.with_raw_response.retrieve(
            conversation_id="conv_123"
        )
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        assert response.http_request.headers.get("X-Stainless-Raw-Response") == "true"
        result = response.parse()
        assert isinstance(result, Conversation)

    def test_streaming_response_retrieve(self, client: OpenAI, server: Server) -> None:
        server.reply(
            {
                "id": "string",
                "object": "conversation",
                "created_at": 0,
                "metadata": {"foo": "string"},
            }
        )
        with client.conversations.with_streaming_response.retrieve(
            conversation_id="conv_123"
        ) as response:
            assert (
                response.http_request.headers.get("X-Stainless-Raw-Response")
                == "stream"
            )
            result = response.parse()
            assert isinstance(result, Conversation)
        assert cast(Any, response.is_closed) is True

    def test_path_params_retrieve(self, client: OpenAI, server: Server) -> None:
        with pytest.raises(
            ValueError,
            match="Expected\\ a\\ non\\-empty\\ value\\ for\\ `conversation_id`\\ but\\ received\\ ''",
        ):
            client.conversations.with_raw_response.retrieve(conversation_id="")
        assert server.requests == []

    def test_method_update(self, client: OpenAI, server: Server) -> None:
        server.reply(
            {
                "id": "string",
                "object": "conversation",
                "created_at": 0,
                "metadata": {"foo": "string"},
            }
        )
        result = client.conversations.update(
            conversation_id="conv_123", metadata={"foo": "string"}
        )
        assert isinstance(result, Conversation)
        assert server.last.method == "POST"
        assert server.last.url.path == "/conversations/conv_123"
        assert json.loads(server.last.content) == {"metadata": {"foo": "string"}}

    def test_raw_response_update(self, client: OpenAI, server: Server) -> None:
        server.reply(
            {
                "id": "string",
                "object": "conversation",
                "created_at": 0,
                "metadata": {"foo": "string"},
            }
        )
        response = client.conversations.with_raw_response.update(
            conversation_id="conv_123", metadata={"foo": "string"}
        )
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        assert response.http_request.headers.get("X-Stainless-Raw-Response") == "true"
        result = response.parse()
        assert isinstance(result, Conversation)

    def test_streaming_response_update(self, client: OpenAI, server: Server) -> None:
        server.reply(
            {
                "id": "string",
                "object": "conversation",
                "created_at": 0,
                "metadata": {"foo": "string"},
            }
        )
        with client.conversations.with_streaming_response.update(
            conversation_id="conv_123", metadata={"foo": "string"}
        ) as response:
            assert (
                response.http_request.headers.get("X-Stainless-Raw-Response")
                == "stream"
            )
            result = response.parse()
            assert isinstance(result, Conversation)
        assert cast(Any, response.is_closed) is True

    def test_path_params_update(self, client: OpenAI, server: Server) -> None:
        with pytest.raises(
            ValueError,
            match="Expected\\ a\\ non\\-empty\\ value\\ for\\ `conversation_id`\\ but\\ received\\ ''",
        ):
            client.conversations.with_raw_response.update(
                conversation_id="", metadata={"foo": "string"}
            )
        assert server.requests == []

    def test_method_delete(self, client: OpenAI, server: Server) -> None:
        server.reply(
            {"id": "string", "object": "conversation.deleted", "deleted": True}
        )
        result = client.conversations.delete(conversation_id="conv_123")
        assert isinstance(result, ConversationDeletedResource)
        assert server.last.method == "DELETE"
        assert server.last.url.path == "/conversations/conv_123"

    def test_raw_response_delete(self, client: OpenAI, server: Server) -> None:
        server.reply(
            {"id": "string", "object": "conversation.deleted", "deleted": True}
        )
        response = client.conversations.with_raw_response.delete(
            conversation_id="conv_123"
        )
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        assert response.http_request.headers.get("X-Stainless-Raw-Response") == "true"
        result = response.parse()
        assert isinstance(result, ConversationDeletedResource)

    def test_streaming_response_delete(self, client: OpenAI, server: Server) -> None:
        server.reply(
            {"id": "string", "object": "conversation.deleted", "deleted": True}
        )
        with client.conversations.with_streaming_response.delete(
            conversation_id="conv_123"
        ) as response:
            assert (
                response.http_request.headers.get("X-Stainless-Raw-Response")
                == "stream"
            )
            result = response.parse()
            assert isinstance(result, ConversationDeletedResource)
        assert cast(Any, response.is_closed) is True

    def test_path_params_delete(self, client: OpenAI, server: Server) -> None:
        with pytest.raises(
            ValueError,
            match="Expected\\ a\\ non\\-empty\\ value\\ for\\ `conversation_id`\\ but\\ received\\ ''",
        ):
            client.conversations.with_raw_response.delete(conversation_id="")
        assert server.requests == []


class TestAsyncConversations:
    @pytest.mark.anyio
    async def test_method_create(
        self, async_client: AsyncOpenAI, server: Server
    ) -> None:
        server.reply(
            {
                "id": "string",
                "object": "conversation",
                "created_at": 0,
                "metadata": {"foo": "string"},
            }
        )
        result = await async_client.conversations.create()
        assert isinstance(result, Conversation)
        assert server.last.method == "POST"
        assert server.last.url.path == "/conversations"
        assert json.loads(server.last.content) == {}

    @pytest.mark.anyio
    async def test_method_create_with_all_params(
        self, async_client: AsyncOpenAI, server: Server
    ) -> None:
        server.reply(
            {
                "id": "string",
                "object": "conversation",
                "created_at": 0,
                "metadata": {"foo": "string"},
            }
        )
        result = await async_client.conversations.create(
            items=[{"role": "user", "content": "string"}], metadata={"foo": "string"}
        )
        assert isinstance(result, Conversation)
        assert list(server.last.url.params.multi_items()) == []
        assert json.loads(server.last.content) == {
            "items": [{"role": "user", "content": "string"}],
            "metadata": {"foo": "string"},
        }

    @pytest.mark.anyio
    async def test_raw_response_create(
        self, async_client: AsyncOpenAI, server: Server
    ) -> None:
        server.reply(
            {
                "id": "string",
                "object": "conversation",
                "created_at": 0,
                "metadata": {"foo": "string"},
            }
        )
        response = await async_client.conversations.with_raw_response.create()
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        assert response.http_request.headers.get("X-Stainless-Raw-Response") == "true"
        result = response.parse()
        assert isinstance(result, Conversation)

    @pytest.mark.anyio
    async def test_streaming_response_create(
        self, async_client: AsyncOpenAI, server: Server
    ) -> None:
        server.reply(
            {
                "id": "string",
                "object": "conversation",
                "created_at": 0,
                "metadata": {"foo": "string"},
            }
        )
        async with (
            async_client.conversations.with_streaming_response.create() as response
        ):
            assert (
                response.http_request.headers.get("X-Stainless-Raw-Response")
                == "stream"
            )
            result = await response.parse()
            assert isinstance(result, Conversation)
        assert cast(Any, response.is_closed) is True

    @pytest.mark.anyio
    async def test_method_retrieve(
        self, async_client: AsyncOpenAI, server: Server
    ) -> None:
        server.reply(
            {
                "id": "string",
                "object": "conversation",
                "created_at": 0,
                "metadata": {"foo": "string"},
            }
        )
        result = await async_client.conversations.retrieve(conversation_id="conv_123")
        assert isinstance(result, Conversation)
        assert server.last.method == "GET"
        assert server.last.url.path == "/conversations/conv_123"

    @pytest.mark.anyio
    async def test_raw_response_retrieve(
        self, async_client: AsyncOpenAI, server: Server
    ) -> None:
        server.reply(
            {
                "id": "string",
                "object": "conversation",
                "created_at": 0,
                "metadata": {"foo": "string"},
            }
        )
        response = await async_client.conversations.with_raw_response.retrieve(
            conversation_id="conv_123"
        )
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        assert response.http_request.headers.get("X-Stainless-Raw-Response") == "true"
        result = response.parse()
        assert isinstance(result, Conversation)

    @pytest.mark.anyio
    async def test_streaming_response_retrieve(
        self, async_client: AsyncOpenAI, server: Server
    ) -> None:
        server.reply(
            {
                "id": "string",
                "object": "conversation",
                "created_at": 0,
                "metadata": {"foo": "string"},
            }
        )
        async with async_client.conversations.with_streaming_response.retrieve(
            conversation_id="conv_123"
        ) as response:
            assert (
                response.http_request.headers.get("X-Stainless-Raw-Response")
                == "stream"
            )
            result = await response.parse()
            assert isinstance(result, Conversation)
        assert cast(Any, response.is_closed) is True

    @pytest.mark.anyio
    async def test_path_params_retrieve(
        self, async_client: AsyncOpenAI, server: Server
    ) -> None:
        with pytest.raises(
            ValueError,
            match="Expected\\ a\\ non\\-empty\\ value\\ for\\ `conversation_id`\\ but\\ received\\ ''",
        ):
            await async_client.conversations.with_raw_response.retrieve(
                conversation_id=""
            )
        assert server.requests == []

    @pytest.mark.anyio
    async def test_method_update(
        self, async_client: AsyncOpenAI, server: Server
    ) -> None:
        server.reply(
            {
                "id": "string",
                "object": "conversation",
                "created_at": 0,
                "metadata": {"foo": "string"},
            }
        )
        result = await async_client.conversations.update(
            conversation_id="conv_123", metadata={"foo": "string"}
        )
        assert isinstance(result, Conversation)
        assert server.last.method == "POST"
        assert server.last.url.path == "/conversations/conv_123"
        assert json.loads(server.last.content) == {"metadata": {"foo": "string"}}

    @pytest.mark.anyio
    async def test_raw_response_update(
        self, async_client: AsyncOpenAI, server: Server
    ) -> None:
        server.reply(
            {
                "id": "string",
                "object": "conversation",
                "created_at": 0,
                "metadata": {"foo": "string"},
            }
        )
        response = await async_client.conversations.with_raw_response.update(
            conversation_id="conv_123", metadata={"foo": "string"}
        )
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        assert response.http_request.headers.get("X-Stainless-Raw-Response") == "true"
        result = response.parse()
        assert isinstance(result, Conversation)

    @pytest.mark.anyio
    async def test_streaming_response_update(
        self, async_client: AsyncOpenAI, server: Server
    ) -> None:
        server.reply(
            {
                "id": "string",
                "object": "conversation",
                "created_at": 0,
                "metadata": {"foo": "string"},
            }
        )
        async with async_client.conversations.with_streaming_response.update(
            conversation_id="conv_123", metadata={"foo": "string"}
        ) as response:
            assert (
                response.http_request.headers.get("X-Stainless-Raw-Response")
                == "stream"
            )
            result = await response.parse()
            assert isinstance(result, Conversation)
        assert cast(Any, response.is_closed) is True

    @pytest.mark.anyio
    async def test_path_params_update(
        self, async_client: AsyncOpenAI, server: Server
    ) -> None:
        with pytest.raises(
            ValueError,
            match="Expected\\ a\\ non\\-empty\\ value\\ for\\ `conversation_id`\\ but\\ received\\ ''",
        ):
            await async_client.conversations.with_raw_response.update(
                conversation_id="", metadata={"foo": "string"}
            )
        assert server.requests == []

    @pytest.mark.anyio
    async def test_method_delete(
        self, async_client: AsyncOpenAI, server: Server
    ) -> None:
        server.reply(
            {"id": "string", "object": "conversation.deleted", "deleted": True}
        )
        result = await async_client.conversations.delete(conversation_id="conv_123")
        assert isinstance(result, ConversationDeletedResource)
        assert server.last.method == "DELETE"
        assert server.last.url.path == "/conversations/conv_123"

    @pytest.mark.anyio
    async def test_raw_response_delete(
        self, async_client: AsyncOpenAI, server: Server
    ) -> None:
        server.reply(
            {"id": "string", "object": "conversation.deleted", "deleted": True}
        )
        response = await async_client.conversations.with_raw_response.delete(
            conversation_id="conv_123"
        )
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        assert response.http_request.headers.get("X-Stainless-Raw-Response") == "true"
        result = response.parse()
        assert isinstance(result, ConversationDeletedResource)

    @pytest.mark.anyio
    async def test_streaming_response_delete(
        self, async_client: AsyncOpenAI, server: Server
    ) -> None:
        server.reply(
            {"id": "string", "object": "conversation.deleted", "deleted": True}
        )
        async with async_client.conversations.with_streaming_response.delete(
            conversation_id="conv_123"
        ) as response:
            assert (
                response.http_request.headers.get("X-Stainless-Raw-Response")
                == "stream"
            )
            result = await response.parse()
            assert isinstance(result, ConversationDeletedResource)
        assert cast(Any, response.is_closed) is True

    @pytest.mark.anyio
    async def test_path_params_delete(
        self, async_client: AsyncOpenAI, server: Server
    ) -> None:
        with pytest.raises(
            ValueError,
            match="Expected\\ a\\ non\\-empty\\ value\\ for\\ `conversation_id`\\ but\\ received\\ ''",
        ):
            await async_client.conversations.with_raw_response.delete(
                conversation_id=""
            )
        assert server.requests == []
