# File generated from conversations.yaml by sdkgen. Do not edit.

from __future__ import annotations

import json
from typing import Any, cast

import pytest

from openai_conversations import AsyncOpenAI, OpenAI
from openai_conversations.pagination import (
    AsyncConversationCursorPage,
    SyncConversationCursorPage,
)
from openai_conversations.types import Conversation, ConversationItemList, Message

from ...conftest import Server


class TestItems:
    def test_method_list(self, client: OpenAI, server: Server) -> None:
        server.reply(
            {
                "object": "list",
                "data": [
                    {
                        "id": "string",
                        "type": "message",
                        "role": "unknown",
                        "status": "in_progress",
                        "content": [
                            {
                                "type": "input_text",
                                "text": "string",
                                "prompt_cache_breakpoint": {"mode": None},
                            }
                        ],
                        "phase": "commentary",
                    }
                ],
                "first_id": "string",
                "last_id": "string",
                "has_more": True,
            }
        )
        result = client.conversations.items.list(conversation_id="conv_123")
        assert isinstance(result, SyncConversationCursorPage)
        assert all(isinstance(item, Message) for item in result._get_page_items())
        assert server.last.method == "GET"
        assert server.last.url.path == "/conversations/conv_123/items"

    def test_method_list_with_all_params(self, client: OpenAI, server: Server) -> None:
        server.reply(
            {
                "object": "list",
                "data": [
                    {
                        "id": "string",
                        "type": "message",
                        "role": "unknown",
                        "status": "in_progress",
                        "content": [
                            {
                                "type": "input_text",
                                "text": "string",
                                "prompt_cache_breakpoint": {"mode": None},
                            }
                        ],
                        "phase": "commentary",
                    }
                ],
                "first_id": "string",
                "last_id": "string",
                "has_more": True,
            }
        )
        result = client.conversations.items.list(
            conversation_id="conv_123",
            after="string",
            include=["file_search_call.results"],
            limit=20,
            order="desc",
        )
        assert isinstance(result, SyncConversationCursorPage)
        assert all(isinstance(item, Message) for item in result._get_page_items())
        assert list(server.last.url.params.multi_items()) == [
            ("after", "string"),
            ("include[]", "file_search_call.results"),
            ("limit", "20"),
            ("order", "desc"),
        ]

    def test_raw_response_list(self, client: OpenAI, server: Server) -> None:
        server.reply(
            {
                "object": "list",
                "data": [
                    {
                        "id": "string",
                        "type": "message",
                        "role": "unknown",
                        "status": "in_progress",
                        "content": [
                            {
                                "type": "input_text",
                                "text": "string",
                                "prompt_cache_breakpoint": {"mode": None},
                            }
                        ],
                        "phase": "commentary",
                    }
                ],
                "first_id": "string",
                "last_id": "string",
                "has_more": True,
            }
        )
        response = client.conversations.items.with_raw_response.list(
            conversation_id="conv_123"
        )
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        assert response.http_request.headers.get("X-Stainless-Raw-Response") == "true"
        result = response.parse()
        assert isinstance(result, SyncConversationCursorPage)
        assert all(isinstance(item, Message) for item in result._get_page_items())

    def test_streaming_response_list(self, client: OpenAI, server: Server) -> None:
        server.reply(
            {
                "object": "list",
                "data": [
                    {
                        "id": "string",
                        "type": "message",
                        "role": "unknown",
                        "status": "in_progress",
                        "content": [
                            {
                                "type": "input_text",
                                "text": "string",
                                "prompt_cache_breakpoint": {"mode": None},
                            }
                        ],
                        "phase": "commentary",
                    }
                ],
                "first_id": "string",
                "last_id": "string",
                "has_more": True,
            }
        )
        with client.conversations.items.with_streaming_response.list(
            conversation_id="conv_123"
        ) as response:
            assert (
                response.http_request.headers.get("X-Stainless-Raw-Response")
                == "stream"
            )
            result = response.parse()
            assert isinstance(result, SyncConversationCursorPage)
            assert all(isinstance(item, Message) for item in result._get_page_items())
        assert cast(Any, response.is_closed) is True

    def test_path_params_list(self, client: OpenAI, server: Server) -> None:
        with pytest.raises(
            ValueError,
            match="Expected\\ a\\ non\\-empty\\ value\\ for\\ `conversation_id`\\ but\\ received\\ ''",
        ):
            client.conversations.items.with_raw_response.list(conversation_id="")
        assert server.requests == []

    def test_method_create(self, client: OpenAI, server: Server) -> None:
        server.reply(
            {
                "object": "list",
                "data": [
                    {
                        "id": "string",
                        "type": "message",
                        "role": "unknown",
                        "status": "in_progress",
                        "content": [
                            {
                                "type": "input_text",
                                "text": "string",
                                "prompt_cache_breakpoint": {"mode": None},
                            }
                        ],
                        "phase": "commentary",
                    }
                ],
                "first_id": "string",
                "last_id": "string",
                "has_more": True,
            }
        )
        result = client.conversations.items.create(
            conversation_id="conv_123", items=[{"role": "user", "content": "string"}]
        )
        assert isinstance(result, ConversationItemList)
        assert server.last.method == "POST"
        assert server.last.url.path == "/conversations/conv_123/items"
        assert json.loads(server.last.content) == {
            "items": [{"role": "user", "content": "string"}]
        }

    def test_method_create_with_all_params(
        self, client: OpenAI, server: Server
    ) -> None:
        server.reply(
            {
                "object": "list",
                "data": [
                    {
                        "id": "string",
                        "type": "message",
                        "role": "unknown",
                        "status": "in_progress",
                        "content": [
                            {
                                "type": "input_text",
                                "text": "string",
                                "prompt_cache_breakpoint": {"mode": None},
                            }
                        ],
                        "phase": "commentary",
                    }
                ],
                "first_id": "string",
                "last_id": "string",
                "has_more": True,
            }
        )
        result = client.conversations.items.create(
            conversation_id="conv_123",
            items=[{"role": "user", "content": "string"}],
            include=["file_search_call.results"],
        )
        assert isinstance(result, ConversationItemList)
        assert list(server.last.url.params.multi_items()) == [
            ("include[]", "file_search_call.results")
        ]
        assert json.loads(server.last.content) == {
            "items": [{"role": "user", "content": "string"}]
        }

    def test_raw_response_create(self, client: OpenAI, server: Server) -> None:
        server.reply(
            {
                "object": "list",
                "data": [
                    {
                        "id": "string",
                        "type": "message",
                        "role": "unknown",
                        "status": "in_progress",
                        "content": [
                            {
                                "type": "input_text",
                                "text": "string",
                                "prompt_cache_breakpoint": {"mode": None},
                            }
                        ],
                        "phase": "commentary",
                    }
                ],
                "first_id": "string",
                "last_id": "string",
                "has_more": True,
            }
        )
        response = client.conversations.items.with_raw_response.create(
            conversation_id="conv_123", items=[{"role": "user", "content": "string"}]
        )
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        assert response.http_request.headers.get("X-Stainless-Raw-Response") == "true"
        result = response.parse()
        assert isinstance(result, ConversationItemList)

    def test_streaming_response_create(self, client: OpenAI, server: Server) -> None:
        server.reply(
            {
                "object": "list",
                "data": [
                    {
                        "id": "string",
                        "type": "message",
                        "role": "unknown",
                        "status": "in_progress",
                        "content": [
                            {
                                "type": "input_text",
                                "text": "string",
                                "prompt_cache_breakpoint": {"mode": None},
                            }
                        ],
                        "phase": "commentary",
                    }
                ],
                "first_id": "string",
                "last_id": "string",
                "has_more": True,
            }
        )
        with client.conversations.items.with_streaming_response.create(
            conversation_id="conv_123", items=[{"role": "user", "content": "string"}]
        ) as response:
            assert (
                response.http_request.headers.get("X-Stainless-Raw-Response")
                == "stream"
            )
            result = response.parse()
            assert isinstance(result, ConversationItemList)
        assert cast(Any, response.is_closed) is True

    def test_path_params_create(self, client: OpenAI, server: Server) -> None:
        with pytest.raises(
            ValueError,
            match="Expected\\ a\\ non\\-empty\\ value\\ for\\ `conversation_id`\\ but\\ received\\ ''",
        ):
            client.conversations.items.with_raw_response.create(
                conversation_id="", items=[{"role": "user", "content": "string"}]
            )
        assert server.requests == []

    def test_method_retrieve(self, client: OpenAI, server: Server) -> None:
        server.reply(
            {
                "id": "string",
                "type": "message",
                "role": "unknown",
                "status": "in_progress",
                "content": [
                    {
                        "type": "input_text",
                        "text": "string",
                        "prompt_cache_breakpoint": {"mode": "explicit"},
                    }
                ],
                "phase": "commentary",
            }
        )
        result = client.conversations.items.retrieve(
            conversation_id="conv_123", item_id="msg_abc"
        )
        assert isinstance(result, Message)
        assert server.last.method == "GET"
        assert server.last.url.path == "/conversations/conv_123/items/msg_abc"

    def test_method_retrieve_with_all_params(
        self, client: OpenAI, server: Server
    ) -> None:
        server.reply(
            {
                "id": "string",
                "type": "message",
                "role": "unknown",
                "status": "in_progress",
                "content": [
                    {
                        "type": "input_text",
                        "text": "string",
                        "prompt_cache_breakpoint": {"mode": "explicit"},
                    }
                ],
                "phase": "commentary",
            }
        )
        result = client.conversations.items.retrieve(
            conversation_id="conv_123",
            item_id="msg_abc",
            include=["file_search_call.results"],
        )
        assert isinstance(result, Message)
        assert list(server.last.url.params.multi_items()) == [
            ("include[]", "file_search_call.results")
        ]

    def test_raw_response_retrieve(self, client: OpenAI, server: Server) -> None:
        server.reply(
            {
                "id": "string",
                "type": "message",
                "role": "unknown",
                "status": "in_progress",
                "content": [
                    {
                        "type": "input_text",
                        "text": "string",
                        "prompt_cache_breakpoint": {"mode": "explicit"},
                    }
                ],
                "phase": "commentary",
            }
        )
        response = client.conversations.items.with_raw_response.retrieve(
            conversation_id="conv_123", item_id="msg_abc"
        )
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        assert response.http_request.headers.get("X-Stainless-Raw-Response") == "true"
        result = response.parse()
        assert isinstance(result, Message)

    def test_streaming_response_retrieve(self, client: OpenAI, server: Server) -> None:
        server.reply(
            {
                "id": "string",
                "type": "message",
                "role": "unknown",
                "status": "in_progress",
                "content": [
                    {
                        "type": "input_text",
                        "text": "string",
                        "prompt_cache_breakpoint": {"mode": "explicit"},
                    }
                ],
                "phase": "commentary",
            }
        )
        with client.conversations.items.with_streaming_response.retrieve(
            conversation_id="conv_123", item_id="msg_abc"
        ) as response:
            assert (
                response.http_request.headers.get("X-Stainless-Raw-Response")
                == "stream"
            )
            result = response.parse()
            assert isinstance(result, Message)
        assert cast(Any, response.is_closed) is True

    def test_path_params_retrieve(self, client: OpenAI, server: Server) -> None:
        with pytest.raises(
            ValueError,
            match="Expected\\ a\\ non\\-empty\\ value\\ for\\ `conversation_id`\\ but\\ received\\ ''",
        ):
            client.conversations.items.with_raw_response.retrieve(
                conversation_id="", item_id="msg_abc"
            )
        with pytest.raises(
            ValueError,
            match="Expected\\ a\\ non\\-empty\\ value\\ for\\ `item_id`\\ but\\ received\\ ''",
        ):
            client.conversations.items.with_raw_response.retrieve(
                conversation_id="conv_123", item_id=""
            )
        assert server.requests == []

    def test_method_delete(self, client: OpenAI, server: Server) -> None:
        server.reply(
            {
                "id": "string",
                "object": "conversation",
                "created_at": 0,
                "metadata": {"foo": "string"},
            }
        )
        result = client.conversations.items.delete(
            conversation_id="conv_123", item_id="msg_abc"
        )
        assert isinstance(result, Conversation)
        assert server.last.method == "DELETE"
        assert server.last.url.path == "/conversations/conv_123/items/msg_abc"

    def test_raw_response_delete(self, client: OpenAI, server: Server) -> None:
        server.reply(
            {
                "id": "string",
                "object": "conversation",
                "created_at": 0,
                "metadata": {"foo": "string"},
            }
        )
        response = client.conversations.items.with_raw_response.delete(
            conversation_id="conv_123", item_id="msg_abc"
        )
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        assert response.http_request.headers.get("X-Stainless-Raw-Response") == "true"
        result = response.parse()
        assert isinstance(result, Conversation)

    def test_streaming_response_delete(self, client: OpenAI, server: Server) -> None:
        server.reply(
            {
                "id": "string",
                "object": "conversation",
                "created_at": 0,
                "metadata": {"foo": "string"},
            }
        )
        with client.conversations.items.with_streaming_response.delete(
            conversation_id="conv_123", item_id="msg_abc"
        ) as response:
            assert (
                response.http_request.headers.get("X-Stainless-Raw-Response")
                == "stream"
            )
            result = response.parse()
            assert isinstance(result, Conversation)
        assert cast(Any, response.is_closed) is True

    def test_path_params_delete(self, client: OpenAI, server: Server) -> None:
        with pytest.raises(
            ValueError,
            match="Expected\\ a\\ non\\-empty\\ value\\ for\\ `conversation_id`\\ but\\ received\\ ''",
        ):
            client.conversations.items.with_raw_response.delete(
                conversation_id="", item_id="msg_abc"
            )
        with pytest.raises(
            ValueError,
            match="Expected\\ a\\ non\\-empty\\ value\\ for\\ `item_id`\\ but\\ received\\ ''",
        ):
            client.conversations.items.with_raw_response.delete(
                conversation_id="conv_123", item_id=""
            )
        assert server.requests == []


class TestAsyncItems:
    @pytest.mark.anyio
    async def test_method_list(self, async_client: AsyncOpenAI, server: Server) -> None:
        server.reply(
            {
                "object": "list",
                "data": [
                    {
                        "id": "string",
                        "type": "message",
                        "role": "unknown",
                        "status": "in_progress",
                        "content": [
                            {
                                "type": "input_text",
                                "text": "string",
                                "prompt_cache_breakpoint": {"mode": None},
                            }
                        ],
                        "phase": "commentary",
                    }
                ],
                "first_id": "string",
                "last_id": "string",
                "has_more": True,
            }
        )
        result = await async_client.conversations.items.list(conversation_id="conv_123")
        assert isinstance(result, AsyncConversationCursorPage)
        assert all(isinstance(item, Message) for item in result._get_page_items())
        assert server.last.method == "GET"
        assert server.last.url.path == "/conversations/conv_123/items"

    @pytest.mark.anyio
    async def test_method_list_with_all_params(
        self, async_client: AsyncOpenAI, server: Server
    ) -> None:
        server.reply(
            {
                "object": "list",
                "data": [
                    {
                        "id": "string",
                        "type": "message",
                        "role": "unknown",
                        "status": "in_progress",
                        "content": [
                            {
                                "type": "input_text",
                                "text": "string",
                                "prompt_cache_breakpoint": {"mode": None},
                            }
                        ],
                        "phase": "commentary",
                    }
                ],
                "first_id": "string",
                "last_id": "string",
                "has_more": True,
            }
        )
        result = await async_client.conversations.items.list(
            conversation_id="conv_123",
            after="string",
            include=["file_search_call.results"],
            limit=20,
            order="desc",
        )
        assert isinstance(result, AsyncConversationCursorPage)
        assert all(isinstance(item, Message) for item in result._get_page_items())
        assert list(server.last.url.params.multi_items()) == [
            ("after", "string"),
            ("include[]", "file_search_call.results"),
            ("limit", "20"),
            ("order", "desc"),
        ]

    @pytest.mark.anyio
    async def test_raw_response_list(
        self, async_client: AsyncOpenAI, server: Server
    ) -> None:
        server.reply(
            {
                "object": "list",
                "data": [
                    {
                        "id": "string",
                        "type": "message",
                        "role": "unknown",
                        "status": "in_progress",
                        "content": [
                            {
                                "type": "input_text",
                                "text": "string",
                                "prompt_cache_breakpoint": {"mode": None},
                            }
                        ],
                        "phase": "commentary",
                    }
                ],
                "first_id": "string",
                "last_id": "string",
                "has_more": True,
            }
        )
        response = await async_client.conversations.items.with_raw_response.list(
            conversation_id="conv_123"
        )
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        assert response.http_request.headers.get("X-Stainless-Raw-Response") == "true"
        result = response.parse()
        assert isinstance(result, AsyncConversationCursorPage)
        assert all(isinstance(item, Message) for item in result._get_page_items())

    @pytest.mark.anyio
    async def test_streaming_response_list(
        self, async_client: AsyncOpenAI, server: Server
    ) -> None:
        server.reply(
            {
                "object": "list",
                "data": [
                    {
                        "id": "string",
                        "type": "message",
                        "role": "unknown",
                        "status": "in_progress",
                        "content": [
                            {
                                "type": "input_text",
                                "text": "string",
                                "prompt_cache_breakpoint": {"mode": None},
                            }
                        ],
                        "phase": "commentary",
                    }
                ],
                "first_id": "string",
                "last_id": "string",
                "has_more": True,
            }
        )
        async with async_client.conversations.items.with_streaming_response.list(
            conversation_id="conv_123"
        ) as response:
            assert (
                response.http_request.headers.get("X-Stainless-Raw-Response")
                == "stream"
            )
            result = await response.parse()
            assert isinstance(result, AsyncConversationCursorPage)
            assert all(isinstance(item, Message) for item in result._get_page_items())
        assert cast(Any, response.is_closed) is True

    @pytest.mark.anyio
    async def test_path_params_list(
        self, async_client: AsyncOpenAI, server: Server
    ) -> None:
        with pytest.raises(
            ValueError,
            match="Expected\\ a\\ non\\-empty\\ value\\ for\\ `conversation_id`\\ but\\ received\\ ''",
        ):
            await async_client.conversations.items.with_raw_response.list(
                conversation_id=""
            )
        assert server.requests == []

    @pytest.mark.anyio
    async def test_method_create(
        self, async_client: AsyncOpenAI, server: Server
    ) -> None:
        server.reply(
            {
                "object": "list",
                "data": [
                    {
                        "id": "string",
                        "type": "message",
                        "role": "unknown",
                        "status": "in_progress",
                        "content": [
                            {
                                "type": "input_text",
                                "text": "string",
                                "prompt_cache_breakpoint": {"mode": None},
                            }
                        ],
                        "phase": "commentary",
                    }
                ],
                "first_id": "string",
                "last_id": "string",
                "has_more": True,
            }
        )
        result = await async_client.conversations.items.create(
            conversation_id="conv_123", items=[{"role": "user", "content": "string"}]
        )
        assert isinstance(result, ConversationItemList)
        assert server.last.method == "POST"
        assert server.last.url.path == "/conversations/conv_123/items"
        assert json.loads(server.last.content) == {
            "items": [{"role": "user", "content": "string"}]
        }

    @pytest.mark.anyio
    async def test_method_create_with_all_params(
        self, async_client: AsyncOpenAI, server: Server
    ) -> None:
        server.reply(
            {
                "object": "list",
                "data": [
                    {
                        "id": "string",
                        "type": "message",
                        "role": "unknown",
                        "status": "in_progress",
                        "content": [
                            {
                                "type": "input_text",
                                "text": "string",
                                "prompt_cache_breakpoint": {"mode": None},
                            }
                        ],
                        "phase": "commentary",
                    }
                ],
                "first_id": "string",
                "last_id": "string",
                "has_more": True,
            }
        )
        result = await async_client.conversations.items.create(
            conversation_id="conv_123",
            items=[{"role": "user", "content": "string"}],
            include=["file_search_call.results"],
        )
        assert isinstance(result, ConversationItemList)
        assert list(server.last.url.params.multi_items()) == [
            ("include[]", "file_search_call.results")
        ]
        assert json.loads(server.last.content) == {
            "items": [{"role": "user", "content": "string"}]
        }

    @pytest.mark.anyio
    async def test_raw_response_create(
        self, async_client: AsyncOpenAI, server: Server
    ) -> None:
        server.reply(
            {
                "object": "list",
                "data": [
                    {
                        "id": "string",
                        "type": "message",
                        "role": "unknown",
                        "status": "in_progress",
                        "content": [
                            {
                                "type": "input_text",
                                "text": "string",
                                "prompt_cache_breakpoint": {"mode": None},
                            }
                        ],
                        "phase": "commentary",
                    }
                ],
                "first_id": "string",
                "last_id": "string",
                "has_more": True,
            }
        )
        response = await async_client.conversations.items.with_raw_response.create(
            conversation_id="conv_123", items=[{"role": "user", "content": "string"}]
        )
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        assert response.http_request.headers.get("X-Stainless-Raw-Response") == "true"
        result = response.parse()
        assert isinstance(result, ConversationItemList)

    @pytest.mark.anyio
    async def test_streaming_response_create(
        self, async_client: AsyncOpenAI, server: Server
    ) -> None:
        server.reply(
            {
                "object": "list",
                "data": [
                    {
                        "id": "string",
                        "type": "message",
                        "role": "unknown",
                        "status": "in_progress",
                        "content": [
                            {
                                "type": "input_text",
                                "text": "string",
                                "prompt_cache_breakpoint": {"mode": None},
                            }
                        ],
                        "phase": "commentary",
                    }
                ],
                "first_id": "string",
                "last_id": "string",
                "has_more": True,
            }
        )
        async with async_client.conversations.items.with_streaming_response.create(
            conversation_id="conv_123", items=[{"role": "user", "content": "string"}]
        ) as response:
            assert (
                response.http_request.headers.get("X-Stainless-Raw-Response")
                == "stream"
            )
            result = await response.parse()
            assert isinstance(result, ConversationItemList)
        assert cast(Any, response.is_closed) is True

    @pytest.mark.anyio
    async def test_path_params_create(
        self, async_client: AsyncOpenAI, server: Server
    ) -> None:
        with pytest.raises(
            ValueError,
            match="Expected\\ a\\ non\\-empty\\ value\\ for\\ `conversation_id`\\ but\\ received\\ ''",
        ):
            await async_client.conversations.items.with_raw_response.create(
                conversation_id="", items=[{"role": "user", "content": "string"}]
            )
        assert server.requests == []

    @pytest.mark.anyio
    async def test_method_retrieve(
        self, async_client: AsyncOpenAI, server: Server
    ) -> None:
        server.reply(
            {
                "id": "string",
                "type": "message",
                "role": "unknown",
                "status": "in_progress",
                "content": [
                    {
                        "type": "input_text",
                        "text": "string",
                        "prompt_cache_breakpoint": {"mode": "explicit"},
                    }
                ],
                "phase": "commentary",
            }
        )
        result = await async_client.conversations.items.retrieve(
            conversation_id="conv_123", item_id="msg_abc"
        )
        assert isinstance(result, Message)
        assert server.last.method == "GET"
        assert server.last.url.path == "/conversations/conv_123/items/msg_abc"

    @pytest.mark.anyio
    async def test_method_retrieve_with_all_params(
        self, async_client: AsyncOpenAI, server: Server
    ) -> None:
        server.reply(
            {
                "id": "string",
                "type": "message",
                "role": "unknown",
                "status": "in_progress",
                "content": [
                    {
                        "type": "input_text",
                        "text": "string",
                        "prompt_cache_breakpoint": {"mode": "explicit"},
                    }
                ],
                "phase": "commentary",
            }
        )
        result = await async_client.conversations.items.retrieve(
            conversation_id="conv_123",
            item_id="msg_abc",
            include=["file_search_call.results"],
        )
        assert isinstance(result, Message)
        assert list(server.last.url.params.multi_items()) == [
            ("include[]", "file_search_call.results")
        ]

    @pytest.mark.anyio
    async def test_raw_response_retrieve(
        self, async_client: AsyncOpenAI, server: Server
    ) -> None:
        server.reply(
            {
                "id": "string",
                "type": "message",
                "role": "unknown",
                "status": "in_progress",
                "content": [
                    {
                        "type": "input_text",
                        "text": "string",
                        "prompt_cache_breakpoint": {"mode": "explicit"},
                    }
                ],
                "phase": "commentary",
            }
        )
        response = await async_client.conversations.items.with_raw_response.retrieve(
            conversation_id="conv_123", item_id="msg_abc"
        )
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        assert response.http_request.headers.get("X-Stainless-Raw-Response") == "true"
        result = response.parse()
        assert isinstance(result, Message)

    @pytest.mark.anyio
    async def test_streaming_response_retrieve(
        self, async_client: AsyncOpenAI, server: Server
    ) -> None:
        server.reply(
            {
                "id": "string",
                "type": "message",
                "role": "unknown",
                "status": "in_progress",
                "content": [
                    {
                        "type": "input_text",
                        "text": "string",
                        "prompt_cache_breakpoint": {"mode": "explicit"},
                    }
                ],
                "phase": "commentary",
            }
        )
        async with async_client.conversations.items.with_streaming_response.retrieve(
            conversation_id="conv_123", item_id="msg_abc"
        ) as response:
            assert (
                response.http_request.headers.get("X-Stainless-Raw-Response")
                == "stream"
            )
            result = await response.parse()
            assert isinstance(result, Message)
        assert cast(Any, response.is_closed) is True

    @pytest.mark.anyio
    async def test_path_params_retrieve(
        self, async_client: AsyncOpenAI, server: Server
    ) -> None:
        with pytest.raises(
            ValueError,
            match="Expected\\ a\\ non\\-empty\\ value\\ for\\ `conversation_id`\\ but\\ received\\ ''",
        ):
            await async_client.conversations.items.with_raw_response.retrieve(
                conversation_id="", item_id="msg_abc"
            )
        with pytest.raises(
            ValueError,
            match="Expected\\ a\\ non\\-empty\\ value\\ for\\ `item_id`\\ but\\ received\\ ''",
        ):
            await async_client.conversations.items.with_raw_response.retrieve(
                conversation_id="conv_123", item_id=""
            )
        assert server.requests == []

    @pytest.mark.anyio
    async def test_method_delete(
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
        result = await async_client.conversations.items.delete(
            conversation_id="conv_123", item_id="msg_abc"
        )
        assert isinstance(result, Conversation)
        assert server.last.method == "DELETE"
        assert server.last.url.path == "/conversations/conv_123/items/msg_abc"

    @pytest.mark.anyio
    async def test_raw_response_delete(
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
        response = await async_client.conversations.items.with_raw_response.delete(
            conversation_id="conv_123", item_id="msg_abc"
        )
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        assert response.http_request.headers.get("X-Stainless-Raw-Response") == "true"
        result = response.parse()
        assert isinstance(result, Conversation)

    @pytest.mark.anyio
    async def test_streaming_response_delete(
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
        async with async_client.conversations.items.with_streaming_response.delete(
            conversation_id="conv_123", item_id="msg_abc"
        ) as response:
            assert (
                response.http_request.headers.get("X-Stainless-Raw-Response")
                == "stream"
            )
            result = await response.parse()
            assert isinstance(result, Conversation)
        assert cast(Any, response.is_closed) is True

    @pytest.mark.anyio
    async def test_path_params_delete(
        self, async_client: AsyncOpenAI, server: Server
    ) -> None:
        with pytest.raises(
            ValueError,
            match="Expected\\ a\\ non\\-empty\\ value\\ for\\ `conversation_id`\\ but\\ received\\ ''",
        ):
            await async_client.conversations.items.with_raw_response.delete(
                conversation_id="", item_id="msg_abc"
            )
        with pytest.raises(
            ValueError,
            match="Expected\\ a\\ non\\-empty\\ value\\ for\\ `item_id`\\ but\\ received\\ ''",
        ):
            await async_client.conversations.items.with_raw_response.delete(
                conversation_id="conv_123", item_id=""
            )
        assert server.requests == []
