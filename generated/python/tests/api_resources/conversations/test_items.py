# File generated from conversations.yaml by sdkgen. Do not edit.

from __future__ import annotations

from typing import Any

from openai_conversations.pagination import AsyncConversationCursorPage, SyncConversationCursorPage
from openai_conversations.types import Conversation, ConversationItemList, Message

from ...conftest import Case, PathCase, PathParamTests

CASES = (
    Case(
        method="list",
        http="GET",
        path="/conversations/conv_123/items",
        args={"conversation_id": "conv_123"},
        call_all=lambda client: client.conversations.items.list(
            conversation_id="conv_123", after="string", include=["file_search_call.results"], limit=20, order="desc"
        ),
        acall_all=lambda client: client.conversations.items.list(
            conversation_id="conv_123", after="string", include=["file_search_call.results"], limit=20, order="desc"
        ),
        reply={
            "data": [
                {
                    "id": "string",
                    "content": [{"text": "string", "type": "input_text", "prompt_cache_breakpoint": {"mode": None}}],
                    "role": "unknown",
                    "status": "in_progress",
                    "type": "message",
                    "phase": "commentary",
                }
            ],
            "first_id": "string",
            "has_more": True,
            "last_id": "string",
            "object": "list",
        },
        pages=(SyncConversationCursorPage, AsyncConversationCursorPage),
        returns=Message,
        query_all=[("after", "string"), ("include[]", "file_search_call.results"), ("limit", "20"), ("order", "desc")],
        path_cases=(
            PathCase(
                {"conversation_id": ""},
                "Expected\\ a\\ non\\-empty\\ value\\ for\\ `conversation_id`\\ but\\ received\\ ''",
            ),
        ),
    ),
    Case(
        method="create",
        http="POST",
        path="/conversations/conv_123/items",
        args={"conversation_id": "conv_123", "items": [{"content": "string", "role": "user"}]},
        call_all=lambda client: client.conversations.items.create(
            conversation_id="conv_123",
            items=[{"content": "string", "role": "user"}],
            include=["file_search_call.results"],
        ),
        acall_all=lambda client: client.conversations.items.create(
            conversation_id="conv_123",
            items=[{"content": "string", "role": "user"}],
            include=["file_search_call.results"],
        ),
        reply={
            "data": [
                {
                    "id": "string",
                    "content": [{"text": "string", "type": "input_text", "prompt_cache_breakpoint": {"mode": None}}],
                    "role": "unknown",
                    "status": "in_progress",
                    "type": "message",
                    "phase": "commentary",
                }
            ],
            "first_id": "string",
            "has_more": True,
            "last_id": "string",
            "object": "list",
        },
        returns=ConversationItemList,
        query_all=[("include[]", "file_search_call.results")],
        body={"items": [{"content": "string", "role": "user"}]},
        body_all={"items": [{"content": "string", "role": "user"}]},
        path_cases=(
            PathCase(
                {"conversation_id": "", "items": [{"content": "string", "role": "user"}]},
                "Expected\\ a\\ non\\-empty\\ value\\ for\\ `conversation_id`\\ but\\ received\\ ''",
            ),
        ),
    ),
    Case(
        method="retrieve",
        http="GET",
        path="/conversations/conv_123/items/msg_abc",
        args={"conversation_id": "conv_123", "item_id": "msg_abc"},
        call_all=lambda client: client.conversations.items.retrieve(
            conversation_id="conv_123", item_id="msg_abc", include=["file_search_call.results"]
        ),
        acall_all=lambda client: client.conversations.items.retrieve(
            conversation_id="conv_123", item_id="msg_abc", include=["file_search_call.results"]
        ),
        reply={
            "id": "string",
            "content": [{"text": "string", "type": "input_text", "prompt_cache_breakpoint": {"mode": "explicit"}}],
            "role": "unknown",
            "status": "in_progress",
            "type": "message",
            "phase": "commentary",
        },
        returns=Message,
        query_all=[("include[]", "file_search_call.results")],
        path_cases=(
            PathCase(
                {"conversation_id": "", "item_id": "msg_abc"},
                "Expected\\ a\\ non\\-empty\\ value\\ for\\ `conversation_id`\\ but\\ received\\ ''",
            ),
            PathCase(
                {"conversation_id": "conv_123", "item_id": ""},
                "Expected\\ a\\ non\\-empty\\ value\\ for\\ `item_id`\\ but\\ received\\ ''",
            ),
        ),
    ),
    Case(
        method="delete",
        http="DELETE",
        path="/conversations/conv_123/items/msg_abc",
        args={"conversation_id": "conv_123", "item_id": "msg_abc"},
        call_all=lambda client: client.conversations.items.delete(conversation_id="conv_123", item_id="msg_abc"),
        acall_all=lambda client: client.conversations.items.delete(conversation_id="conv_123", item_id="msg_abc"),
        reply={"id": "string", "created_at": 0, "metadata": {"foo": "string"}, "object": "conversation"},
        returns=Conversation,
        path_cases=(
            PathCase(
                {"conversation_id": "", "item_id": "msg_abc"},
                "Expected\\ a\\ non\\-empty\\ value\\ for\\ `conversation_id`\\ but\\ received\\ ''",
            ),
            PathCase(
                {"conversation_id": "conv_123", "item_id": ""},
                "Expected\\ a\\ non\\-empty\\ value\\ for\\ `item_id`\\ but\\ received\\ ''",
            ),
        ),
    ),
)


class TestItems(PathParamTests):
    cases = CASES

    @staticmethod
    def resource(client: Any) -> Any:
        return client.conversations.items
