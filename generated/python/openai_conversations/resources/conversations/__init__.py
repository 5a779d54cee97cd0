# File generated from conversations.yaml by sdkgen. Do not edit.

from .items import (
    Items,
    AsyncItems,
    ItemsWithRawResponse,
    AsyncItemsWithRawResponse,
    ItemsWithStreamingResponse,
    AsyncItemsWithStreamingResponse,
)
from .conversations import (
    Conversations,
    AsyncConversations,
    ConversationsWithRawResponse,
    AsyncConversationsWithRawResponse,
    ConversationsWithStreamingResponse,
    AsyncConversationsWithStreamingResponse,
)

__all__ = [
    "Items",
    "AsyncItems",
    "ItemsWithRawResponse",
    "AsyncItemsWithRawResponse",
    "ItemsWithStreamingResponse",
    "AsyncItemsWithStreamingResponse",
    "Conversations",
    "AsyncConversations",
    "ConversationsWithRawResponse",
    "AsyncConversationsWithRawResponse",
    "ConversationsWithStreamingResponse",
    "AsyncConversationsWithStreamingResponse",
]
