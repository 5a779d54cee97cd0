"""The Conversations API with the asynchronous client, as a user of the official `openai`
package writes it: every method, request option, error class and page form.

The client reads OPENAI_API_KEY and OPENAI_BASE_URL from the environment."""

from __future__ import annotations

import os
import asyncio
from typing import List, Optional

import openai
from openai import (
    APIError,
    AsyncOpenAI,
    NotFoundError,
    RateLimitError,
    APIStatusError,
    APITimeoutError,
    APIConnectionError,
)
from openai.pagination import AsyncConversationCursorPage
from openai.types.conversations import (
    Message,
    Conversation,
    ConversationItem,
    InputTextContent,
    ItemListParams,
    OutputTextContent,
    ConversationItemList,
    ConversationDeletedResource,
)


async def conversations(client: AsyncOpenAI) -> None:
    conversation: Conversation = await client.conversations.create(
        items=[
            {"type": "message", "role": "user", "content": "Hello!"},
            {
                "type": "message",
                "id": "msg_0",
                "role": "assistant",
                "status": "completed",
                "content": [{"type": "output_text", "text": "Hi!", "annotations": []}],
            },
        ],
        metadata={"topic": "demo"},
    )
    print("created", conversation.id, conversation._request_id)
    conversation = await client.conversations.retrieve("conv_123")
    print("retrieved", conversation.to_dict())
    conversation = await client.conversations.update("conv_123", metadata={"topic": "updated"})
    print("updated", conversation.metadata)
    deleted: ConversationDeletedResource = await client.conversations.delete("conv_123")
    print("deleted", deleted.deleted)


async def items(client: AsyncOpenAI) -> None:
    added: ConversationItemList = await client.conversations.items.create(
        "conv_123",
        items=[{"role": "user", "content": [{"type": "input_text", "text": "More."}]}],
        include=["message.output_text.logprobs"],
    )
    print("added", [item.id for item in added.data], added.has_more)
    item: ConversationItem = await client.conversations.items.retrieve("msg_abc", conversation_id="conv_123")
    if isinstance(item, Message):
        texts = [p.text for p in item.content if isinstance(p, (InputTextContent, OutputTextContent))]
        print("retrieved item", item.id, item.role, texts)
    conversation = await client.conversations.items.delete("msg_abc", conversation_id="conv_123")
    print("deleted item from", conversation.id)


async def pages(client: AsyncOpenAI) -> None:
    params: ItemListParams = {"limit": 2, "order": "asc"}
    async for listed in client.conversations.items.list("conv_123", **params):
        print("listed", listed.id, listed.type)

    first: AsyncConversationCursorPage[ConversationItem] = await client.conversations.items.list("conv_123", limit=2)
    print("first page", [i.id for i in first.data], first.has_more, first.last_id)
    page: Optional[AsyncConversationCursorPage[ConversationItem]] = first
    while page is not None:
        print("page", [i.id for i in page.data])
        page = await page.get_next_page() if page.has_next_page() else None
    async for each_page in first.iter_pages():
        print("iterated page", [i.id for i in each_page.data])
    async for in_first in first:
        print("in first page onwards", in_first.id)


async def options(client: AsyncOpenAI) -> None:
    conversation = await client.conversations.retrieve(
        "conv_123", extra_headers={"X-Trace": "abc"}, extra_query={"debug": "1"}, timeout=20.0
    )
    conversation = await client.conversations.update("conv_123", metadata={}, extra_body={"note": "kept"})
    print("options", conversation.id)
    patient = client.with_options(timeout=30.0, max_retries=5)
    print("with options", (await patient.conversations.retrieve("conv_123")).id, patient.max_retries)

    raw = await client.conversations.items.with_raw_response.list("conv_123", limit=2)
    page = raw.parse()
    print("raw", raw.status_code, raw.headers.get("x-request-id"), [i.id for i in page.data])
    raw_created = await client.conversations.with_raw_response.create()
    print("raw created", raw_created.parse().id)

    async with client.conversations.with_streaming_response.retrieve("conv_123") as response:
        print("streamed", response.status_code, response.headers.get("x-request-id"))
        streamed: Conversation = await response.parse()
        print("streamed parsed", streamed.id)
    async with client.conversations.items.with_streaming_response.delete(
        "msg_abc", conversation_id="conv_123"
    ) as response:
        text = await response.text()
        print("streamed text", len(text))


async def errors(client: AsyncOpenAI) -> None:
    try:
        await client.conversations.items.retrieve("msg_missing", conversation_id="conv_missing")
    except NotFoundError as error:
        print("not found", error.status_code, error.message, error.request_id, error.body)
    try:
        await client.with_options(max_retries=0).conversations.delete("conv_busy")
    except RateLimitError as error:
        print("rate limited", error.status_code)
    except APIStatusError as error:
        print("status", error.status_code)
    try:
        await client.with_options(max_retries=0).conversations.retrieve("conv_slow", timeout=0.5)
    except APITimeoutError as error:
        print("timeout", error.message)
    unreachable = AsyncOpenAI(base_url=os.environ.get("UNREACHABLE_BASE_URL", "http://127.0.0.1:9/v1"), max_retries=0)
    try:
        await unreachable.conversations.retrieve("conv_123")
    except APIConnectionError as error:
        print("connection error", error.message)
    except APIError as error:
        print("api error", error.message)
    caught: List[type[openai.OpenAIError]] = [openai.APIError, openai.InternalServerError, openai.ConflictError]
    print("classes", [c.__name__ for c in caught])


async def main() -> None:
    async with AsyncOpenAI() as client:
        await conversations(client)
        await items(client)
        await pages(client)
        await options(client)
        await errors(client)


asyncio.run(main())
