# File generated from conversations.yaml by sdkgen. Do not edit.

from __future__ import annotations

from typing import Any, Iterable, List, Literal, TYPE_CHECKING, cast
from functools import cached_property

import httpx2

from ..._types import Body, Headers, Omit, NotGiven, Query, not_given, omit
from ..._utils import path_template
from ..._resource import AsyncAPIResource, SyncAPIResource
from ..._response import (
    async_to_raw_response_wrapper,
    async_to_streamed_response_wrapper,
    to_raw_response_wrapper,
    to_streamed_response_wrapper,
)
from ..._base_client import make_request_options
from ..._pagination import AsyncPaginator
from ...pagination import AsyncConversationCursorPage, SyncConversationCursorPage
from ...types.conversations.conversation import Conversation
from ...types.conversations.conversation_item import ConversationItem
from ...types.conversations.conversation_item_list import ConversationItemList

if TYPE_CHECKING:
    from ...types.conversations.input_item_param import InputItemParam
    from ...types.conversations.response_includable_param import ResponseIncludableParam

__all__ = [
    "Items",
    "AsyncItems",
    "ItemsWithRawResponse",
    "AsyncItemsWithRawResponse",
    "ItemsWithStreamingResponse",
    "AsyncItemsWithStreamingResponse",
]


class Items(SyncAPIResource):
    """Create, retrieve, update and delete conversations and the items they contain."""

    @cached_property
    def with_raw_response(self) -> ItemsWithRawResponse:
        """A view of this resource whose methods return the raw HTTP response, read."""
        return ItemsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> ItemsWithStreamingResponse:
        """A view of this resource whose methods return the response before its body is read."""
        return ItemsWithStreamingResponse(self)

    def list(
        self,
        conversation_id: str,
        *,
        after: str | Omit = omit,
        include: List[ResponseIncludableParam] | Omit = omit,
        limit: int | Omit = omit,
        order: Literal["asc", "desc"] | Omit = omit,
        # Use the following arguments if you need to pass additional parameters to the API that aren't available via kwargs.
        # The extra values given here take precedence over values defined on the client or passed to this method.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx2.Timeout | None | NotGiven = not_given,
    ) -> SyncConversationCursorPage[ConversationItem]:
        """List items in a conversation

        Lists the items of a conversation, with cursor-based pagination.

        Args:
          conversation_id: The ID of the conversation to list items for.

          after: An item ID to list items after, used in pagination.

          include: Additional fields to include in the returned items.

          limit: The maximum number of items to return, between 1 and 100. Defaults to 20.

          order: The order in which to return items, `asc` (oldest first) or `desc` (newest
              first). Defaults to `desc`.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds
        """
        if not conversation_id:
            raise ValueError(f"Expected a non-empty value for `conversation_id` but received {conversation_id!r}")
        return self._get_api_list(
            path_template("/conversations/{conversation_id}/items", conversation_id=conversation_id),
            page=SyncConversationCursorPage[ConversationItem],
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                query={
                    "after": after,
                    "include": include,
                    "limit": limit,
                    "order": order,
                },
            ),
            model=cast(Any, ConversationItem),
        )

    def create(
        self,
        conversation_id: str,
        *,
        items: Iterable[InputItemParam],
        include: List[ResponseIncludableParam] | Omit = omit,
        # Use the following arguments if you need to pass additional parameters to the API that aren't available via kwargs.
        # The extra values given here take precedence over values defined on the client or passed to this method.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx2.Timeout | None | NotGiven = not_given,
    ) -> ConversationItemList:
        """Create items in a conversation

        Adds up to 20 items to a conversation and returns the created items.

        Args:
          conversation_id: The ID of the conversation to add the items to.

          items: The items to add to the conversation. Up to 20 items may be added at a time.

          include: Additional fields to include in the returned items.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds
        """
        if not conversation_id:
            raise ValueError(f"Expected a non-empty value for `conversation_id` but received {conversation_id!r}")
        return self._post(
            path_template("/conversations/{conversation_id}/items", conversation_id=conversation_id),
            body={
                "items": items,
            },
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                query={
                    "include": include,
                },
            ),
            cast_to=ConversationItemList,
        )

    def retrieve(
        self,
        item_id: str,
        *,
        conversation_id: str,
        include: List[ResponseIncludableParam] | Omit = omit,
        # Use the following arguments if you need to pass additional parameters to the API that aren't available via kwargs.
        # The extra values given here take precedence over values defined on the client or passed to this method.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx2.Timeout | None | NotGiven = not_given,
    ) -> ConversationItem:
        """Retrieve a conversation item

        Retrieves a single item from a conversation.

        Args:
          item_id: The ID of the item to retrieve.

          conversation_id: The ID of the conversation that contains the item.

          include: Additional fields to include in the returned item.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds
        """
        if not conversation_id:
            raise ValueError(f"Expected a non-empty value for `conversation_id` but received {conversation_id!r}")
        if not item_id:
            raise ValueError(f"Expected a non-empty value for `item_id` but received {item_id!r}")
        return cast(
            ConversationItem,
            self._get(
                path_template(
                    "/conversations/{conversation_id}/items/{item_id}", conversation_id=conversation_id, item_id=item_id
                ),
                options=make_request_options(
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    extra_body=extra_body,
                    timeout=timeout,
                    query={
                        "include": include,
                    },
                ),
                cast_to=cast(Any, ConversationItem),
            ),
        )

    def delete(
        self,
        item_id: str,
        *,
        conversation_id: str,
        # Use the following arguments if you need to pass additional parameters to the API that aren't available via kwargs.
        # The extra values given here take precedence over values defined on the client or passed to this method.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx2.Timeout | None | NotGiven = not_given,
    ) -> Conversation:
        """Delete a conversation item

        Deletes an item from a conversation and returns the updated conversation.

        Args:
          item_id: The ID of the item to delete.

          conversation_id: The ID of the conversation that contains the item.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds
        """
        if not conversation_id:
            raise ValueError(f"Expected a non-empty value for `conversation_id` but received {conversation_id!r}")
        if not item_id:
            raise ValueError(f"Expected a non-empty value for `item_id` but received {item_id!r}")
        return self._delete(
            path_template(
                "/conversations/{conversation_id}/items/{item_id}", conversation_id=conversation_id, item_id=item_id
            ),
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            cast_to=Conversation,
        )


class AsyncItems(AsyncAPIResource):
    """Create, retrieve, update and delete conversations and the items they contain."""

    @cached_property
    def with_raw_response(self) -> AsyncItemsWithRawResponse:
        """A view of this resource whose methods return the raw HTTP response, read."""
        return AsyncItemsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncItemsWithStreamingResponse:
        """A view of this resource whose methods return the response before its body is read."""
        return AsyncItemsWithStreamingResponse(self)

    def list(
        self,
        conversation_id: str,
        *,
        after: str | Omit = omit,
        include: List[ResponseIncludableParam] | Omit = omit,
        limit: int | Omit = omit,
        order: Literal["asc", "desc"] | Omit = omit,
        # Use the following arguments if you need to pass additional parameters to the API that aren't available via kwargs.
        # The extra values given here take precedence over values defined on the client or passed to this method.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx2.Timeout | None | NotGiven = not_given,
    ) -> AsyncPaginator[ConversationItem, AsyncConversationCursorPage[ConversationItem]]:
        """List items in a conversation

        Lists the items of a conversation, with cursor-based pagination.

        Args:
          conversation_id: The ID of the conversation to list items for.

          after: An item ID to list items after, used in pagination.

          include: Additional fields to include in the returned items.

          limit: The maximum number of items to return, between 1 and 100. Defaults to 20.

          order: The order in which to return items, `asc` (oldest first) or `desc` (newest
              first). Defaults to `desc`.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds
        """
        if not conversation_id:
            raise ValueError(f"Expected a non-empty value for `conversation_id` but received {conversation_id!r}")
        return self._get_api_list(
            path_template("/conversations/{conversation_id}/items", conversation_id=conversation_id),
            page=AsyncConversationCursorPage[ConversationItem],
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                query={
                    "after": after,
                    "include": include,
                    "limit": limit,
                    "order": order,
                },
            ),
            model=cast(Any, ConversationItem),
        )

    async def create(
        self,
        conversation_id: str,
        *,
        items: Iterable[InputItemParam],
        include: List[ResponseIncludableParam] | Omit = omit,
        # Use the following arguments if you need to pass additional parameters to the API that aren't available via kwargs.
        # The extra values given here take precedence over values defined on the client or passed to this method.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx2.Timeout | None | NotGiven = not_given,
    ) -> ConversationItemList:
        """Create items in a conversation

        Adds up to 20 items to a conversation and returns the created items.

        Args:
          conversation_id: The ID of the conversation to add the items to.

          items: The items to add to the conversation. Up to 20 items may be added at a time.

          include: Additional fields to include in the returned items.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds
        """
        if not conversation_id:
            raise ValueError(f"Expected a non-empty value for `conversation_id` but received {conversation_id!r}")
        return await self._post(
            path_template("/conversations/{conversation_id}/items", conversation_id=conversation_id),
            body={
                "items": items,
            },
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                query={
                    "include": include,
                },
            ),
            cast_to=ConversationItemList,
        )

    async def retrieve(
        self,
        item_id: str,
        *,
        conversation_id: str,
        include: List[ResponseIncludableParam] | Omit = omit,
        # Use the following arguments if you need to pass additional parameters to the API that aren't available via kwargs.
        # The extra values given here take precedence over values defined on the client or passed to this method.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx2.Timeout | None | NotGiven = not_given,
    ) -> ConversationItem:
        """Retrieve a conversation item

        Retrieves a single item from a conversation.

        Args:
          item_id: The ID of the item to retrieve.

          conversation_id: The ID of the conversation that contains the item.

          include: Additional fields to include in the returned item.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds
        """
        if not conversation_id:
            raise ValueError(f"Expected a non-empty value for `conversation_id` but received {conversation_id!r}")
        if not item_id:
            raise ValueError(f"Expected a non-empty value for `item_id` but received {item_id!r}")
        return cast(
            ConversationItem,
            await self._get(
                path_template(
                    "/conversations/{conversation_id}/items/{item_id}", conversation_id=conversation_id, item_id=item_id
                ),
                options=make_request_options(
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    extra_body=extra_body,
                    timeout=timeout,
                    query={
                        "include": include,
                    },
                ),
                cast_to=cast(Any, ConversationItem),
            ),
        )

    async def delete(
        self,
        item_id: str,
        *,
        conversation_id: str,
        # Use the following arguments if you need to pass additional parameters to the API that aren't available via kwargs.
        # The extra values given here take precedence over values defined on the client or passed to this method.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx2.Timeout | None | NotGiven = not_given,
    ) -> Conversation:
        """Delete a conversation item

        Deletes an item from a conversation and returns the updated conversation.

        Args:
          item_id: The ID of the item to delete.

          conversation_id: The ID of the conversation that contains the item.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds
        """
        if not conversation_id:
            raise ValueError(f"Expected a non-empty value for `conversation_id` but received {conversation_id!r}")
        if not item_id:
            raise ValueError(f"Expected a non-empty value for `item_id` but received {item_id!r}")
        return await self._delete(
            path_template(
                "/conversations/{conversation_id}/items/{item_id}", conversation_id=conversation_id, item_id=item_id
            ),
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            cast_to=Conversation,
        )


class ItemsWithRawResponse:
    def __init__(self, resource: Items) -> None:
        self._resource = resource
        self.list = to_raw_response_wrapper(resource.list)
        self.create = to_raw_response_wrapper(resource.create)
        self.retrieve = to_raw_response_wrapper(resource.retrieve)
        self.delete = to_raw_response_wrapper(resource.delete)


class AsyncItemsWithRawResponse:
    def __init__(self, resource: AsyncItems) -> None:
        self._resource = resource
        self.list = async_to_raw_response_wrapper(resource.list)
        self.create = async_to_raw_response_wrapper(resource.create)
        self.retrieve = async_to_raw_response_wrapper(resource.retrieve)
        self.delete = async_to_raw_response_wrapper(resource.delete)


class ItemsWithStreamingResponse:
    def __init__(self, resource: Items) -> None:
        self._resource = resource
        self.list = to_streamed_response_wrapper(resource.list)
        self.create = to_streamed_response_wrapper(resource.create)
        self.retrieve = to_streamed_response_wrapper(resource.retrieve)
        self.delete = to_streamed_response_wrapper(resource.delete)


class AsyncItemsWithStreamingResponse:
    def __init__(self, resource: AsyncItems) -> None:
        self._resource = resource
        self.list = async_to_streamed_response_wrapper(resource.list)
        self.create = async_to_streamed_response_wrapper(resource.create)
        self.retrieve = async_to_streamed_response_wrapper(resource.retrieve)
        self.delete = async_to_streamed_response_wrapper(resource.delete)
