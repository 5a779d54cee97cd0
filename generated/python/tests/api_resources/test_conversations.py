# File generated from conversations.yaml by sdkgen. Do not edit.

from __future__ import annotations

from typing import Any

from openai_conversations.types import Conversation, ConversationDeletedResource

from ..conftest import Case, PathCase, PathParamTests

CASES = (
    Case(
        method="create",
        http="POST",
        path="/conversations",
        args={},
        call_all=lambda client: client.conversations.create(
            items=[{"content": "string", "role": "user"}], metadata={"foo": "string"}
        ),
        acall_all=lambda client: client.conversations.create(
            items=[{"content": "string", "role": "user"}], metadata={"foo": "string"}
        ),
        reply={"id": "string", "created_at": 0, "metadata": {"foo": "string"}, "object": "conversation"},
        returns=Conversation,
        body={},
        body_all={"items": [{"content": "string", "role": "user"}], "metadata": {"foo": "string"}},
    ),
    Case(
        method="retrieve",
        http="GET",
        path="/conversations/conv_123",
        args={"conversation_id": "conv_123"},
        call_all=lambda client: client.conversations.retrieve(conversation_id="conv_123"),
        acall_all=lambda client: client.conversations.retrieve(conversation_id="conv_123"),
        reply={"id": "string", "created_at": 0, "metadata": {"foo": "string"}, "object": "conversation"},
        returns=Conversation,
        path_cases=(
            PathCase(
                {"conversation_id": ""},
                "Expected\\ a\\ non\\-empty\\ value\\ for\\ `conversation_id`\\ but\\ received\\ ''",
            ),
        ),
    ),
    Case(
        method="update",
        http="POST",
        path="/conversations/conv_123",
        args={"conversation_id": "conv_123", "metadata": {"foo": "string"}},
        call_all=lambda client: client.conversations.update(conversation_id="conv_123", metadata={"foo": "string"}),
        acall_all=lambda client: client.conversations.update(conversation_id="conv_123", metadata={"foo": "string"}),
        reply={"id": "string", "created_at": 0, "metadata": {"foo": "string"}, "object": "conversation"},
        returns=Conversation,
        body={"metadata": {"foo": "string"}},
        body_all={"metadata": {"foo": "string"}},
        path_cases=(
            PathCase(
                {"conversation_id": "", "metadata": {"foo": "string"}},
                "Expected\\ a\\ non\\-empty\\ value\\ for\\ `conversation_id`\\ but\\ received\\ ''",
            ),
        ),
    ),
    Case(
        method="delete",
        http="DELETE",
        path="/conversations/conv_123",
        args={"conversation_id": "conv_123"},
        call_all=lambda client: client.conversations.delete(conversation_id="conv_123"),
        acall_all=lambda client: client.conversations.delete(conversation_id="conv_123"),
        reply={"id": "string", "deleted": True, "object": "conversation.deleted"},
        returns=ConversationDeletedResource,
        path_cases=(
            PathCase(
                {"conversation_id": ""},
                "Expected\\ a\\ non\\-empty\\ value\\ for\\ `conversation_id`\\ but\\ received\\ ''",
            ),
        ),
    ),
)


class TestConversations(PathParamTests):
    cases = CASES

    @staticmethod
    def resource(client: Any) -> Any:
        return client.conversations
