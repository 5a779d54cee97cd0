"""The Conversations API with the synchronous client, as a user of the official `openai`
package writes it: every method, request option, error class and page form.

The client reads OPENAI_API_KEY and OPENAI_BASE_URL from the environment."""

from __future__ import annotations

import os
from typing import List, Optional

import openai
from openai import (
    APIError,
    OpenAIError,
    NotFoundError,
    ConflictError,
    RateLimitError,
    APIStatusError,
    BadRequestError,
    APITimeoutError,
    APIConnectionError,
    InternalServerError,
    AuthenticationError,
    PermissionDeniedError,
    UnprocessableEntityError,
    APIResponseValidationError,
    OpenAI,
    Timeout,
)
from openai.pagination import SyncConversationCursorPage
from openai.types.conversations import (
    Message,
    TextContent,
    Conversation,
    RefusalContent,
    ItemListParams,
    ConversationItem,
    InputFileContent,
    InputTextContent,
    ItemCreateParams,
    InputImageContent,
    OutputTextContent,
    ItemRetrieveParams,
    SummaryTextContent,
    RefusalContentParam,
    ConversationItemList,
    InputFileContentParam,
    InputTextContentParam,
    InputImageContentParam,
    OutputTextContentParam,
    ConversationCreateParams,
    ConversationUpdateParams,
    ComputerScreenshotContent,
    ConversationDeletedResource,
)
from openai.types.conversations.message import Message as MessageModule
from openai.types.conversations.conversation import Conversation as ConversationModule
from openai.types.conversations.conversation_item import ConversationItem as ConversationItemModule
from openai.types.conversations.item_list_params import ItemListParams as ItemListParamsModule
from openai.types.conversations.conversation_create_params import ConversationCreateParams as CreateParamsModule

client = OpenAI()

# -- conversations ---------------------------------------------------------------------

greeting: InputTextContentParam = {"type": "input_text", "text": "Hello!"}
picture: InputImageContentParam = {"type": "input_image", "detail": "low", "image_url": "https://example.com/a.png"}
document: InputFileContentParam = {"type": "input_file", "file_id": "file_123"}
create_params: ConversationCreateParams = {
    "items": [{"type": "message", "role": "user", "content": [greeting, picture, document]}],
    "metadata": {"topic": "demo"},
}
conversation: Conversation = client.conversations.create(**create_params)
print("created", conversation.id, conversation.created_at, conversation.metadata, conversation.object)
print("request id", conversation._request_id)

conversation = client.conversations.create()
print("created empty", conversation.id)

conversation = client.conversations.retrieve("conv_123")
print("retrieved", conversation.to_dict())

update_params: ConversationUpdateParams = {"metadata": {"topic": "updated"}}
conversation = client.conversations.update("conv_123", **update_params)
print("updated", conversation.to_json(indent=None))

deleted: ConversationDeletedResource = client.conversations.delete("conv_123")
print("deleted", deleted.id, deleted.deleted, deleted.object)

# -- items -----------------------------------------------------------------------------

answer: OutputTextContentParam = {"type": "output_text", "text": "Hi!", "annotations": []}
refusal: RefusalContentParam = {"type": "refusal", "refusal": "No."}
item_params: ItemCreateParams = {
    "items": [
        {"role": "user", "content": "Hello!"},
        {"type": "message", "id": "msg_0", "role": "assistant", "status": "completed", "content": [answer, refusal]},
    ],
    "include": ["message.output_text.logprobs"],
}
added: ConversationItemList = client.conversations.items.create("conv_123", **item_params)
print("added", added.first_id, added.last_id, added.has_more, [item.id for item in added.data])

retrieve_params: ItemRetrieveParams = {"conversation_id": "conv_123", "include": ["message.input_image.image_url"]}
item: ConversationItem = client.conversations.items.retrieve("msg_abc", **retrieve_params)
if isinstance(item, Message):
    for part in item.content:
        if isinstance(part, InputTextContent):
            print("input text", part.text)
        elif isinstance(part, OutputTextContent):
            print("output text", part.text, len(part.annotations))
        elif isinstance(part, (TextContent, SummaryTextContent)):
            print("text", part.text)
        elif isinstance(part, RefusalContent):
            print("refusal", part.refusal)
        elif isinstance(part, (InputImageContent, ComputerScreenshotContent)):
            print("image", part.image_url)
        elif isinstance(part, InputFileContent):
            print("file", part.file_id)
elif item.type == "function_call":
    print("function call", item.name)

conversation = client.conversations.items.delete("msg_abc", conversation_id="conv_123")
print("after delete", conversation.id)

# -- pages -----------------------------------------------------------------------------

list_params: ItemListParams = {"limit": 2, "order": "asc", "include": ["message.output_text.logprobs"]}
for listed in client.conversations.items.list("conv_123", **list_params):
    print("listed", listed.id, listed.type)

first_page: SyncConversationCursorPage[ConversationItem] = client.conversations.items.list("conv_123", limit=2)
print("first page", [i.id for i in first_page.data], first_page.has_more, first_page.last_id)
page: Optional[SyncConversationCursorPage[ConversationItem]] = first_page
while page is not None:
    print("page", [i.id for i in page.data])
    page = page.get_next_page() if page.has_next_page() else None
for each_page in first_page.iter_pages():
    print("iterated page", [i.id for i in each_page.data])
info = first_page.next_page_info()
print("next page info", info.params if info else None)

later = client.conversations.items.list("conv_123", after="msg_002", order="desc")
print("after", [i.id for i in later])

# -- request options -------------------------------------------------------------------

conversation = client.conversations.retrieve(
    "conv_123",
    extra_headers={"X-Trace": "abc"},
    extra_query={"debug": "1"},
    timeout=20.0,
)
conversation = client.conversations.update(
    "conv_123",
    metadata={"topic": "x"},
    extra_body={"note": "kept"},
    timeout=Timeout(10.0, connect=2.0),
)
items_page = client.conversations.items.list("conv_123", limit=1, extra_headers={"X-Page": "1"}, extra_query={"q": "1"})
print("options", conversation.id, [i.id for i in items_page.data])

patient = client.with_options(timeout=30.0, max_retries=5)
print("with options", patient.conversations.retrieve("conv_123").id, patient.max_retries, patient.timeout)

raw = client.conversations.with_raw_response.retrieve("conv_123")
print("raw", raw.status_code, raw.headers.get("x-request-id"), raw.http_request.method, raw.http_request.url.path)
parsed: Conversation = raw.parse()
print("raw parsed", parsed.id)
raw_items = client.conversations.items.with_raw_response.list("conv_123", limit=2)
print("raw page", [i.id for i in raw_items.parse().data])
raw_deleted = client.conversations.items.with_raw_response.delete("msg_abc", conversation_id="conv_123")
print("raw deleted", raw_deleted.parse().id)

with client.conversations.with_streaming_response.create(metadata={"k": "v"}) as response:
    print("streamed", response.status_code, response.headers.get("content-type"))
    streamed: Conversation = response.parse()
    print("streamed parsed", streamed.id)
with client.conversations.items.with_streaming_response.retrieve("msg_abc", conversation_id="conv_123") as response:
    body = b"".join(response.iter_bytes())
    print("streamed bytes", len(body))

# -- errors ----------------------------------------------------------------------------

try:
    client.conversations.retrieve("conv_missing")
except NotFoundError as error:
    print("not found", error.status_code, error.message, error.request_id, error.code, error.type)
    print("body", error.body)
    print("request", error.request.method, error.request.url.path)
    print("response", error.response.status_code)

try:
    client.with_options(max_retries=0).conversations.retrieve("conv_busy")
except (BadRequestError, AuthenticationError, PermissionDeniedError, ConflictError, UnprocessableEntityError) as error:
    print("client error", error.status_code)
except RateLimitError as error:
    print("rate limited", error.status_code, error.response.headers.get("retry-after"))
except InternalServerError as error:
    print("server error", error.status_code)
except APIStatusError as error:
    print("status error", error.status_code)

unreachable = OpenAI(base_url=os.environ.get("UNREACHABLE_BASE_URL", "http://127.0.0.1:9/v1"), max_retries=0)
try:
    unreachable.conversations.retrieve("conv_123")
except APITimeoutError:
    print("timed out")
except APIConnectionError as error:
    print("connection error", type(error).__name__, error.message)

try:
    client.with_options(max_retries=0).conversations.retrieve("conv_slow", timeout=0.5)
except APITimeoutError as error:
    print("timeout", error.message)
except APIError as error:
    print("api error", error.message)

errors: List[type[OpenAIError]] = [openai.APIError, openai.APIResponseValidationError, APIResponseValidationError]
try:
    client.conversations.items.delete("msg_missing", conversation_id="conv_missing")
except openai.NotFoundError as error:
    print("not found again", error.status_code, isinstance(error, tuple(errors)))
except OpenAIError as error:
    print("other", error)

print("types", MessageModule is Message, ConversationModule is Conversation, ConversationItemModule is ConversationItem)
print("params", ItemListParamsModule is ItemListParams, CreateParamsModule is ConversationCreateParams)
