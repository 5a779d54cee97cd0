# Runtime file copied verbatim by sdkgen. Do not edit.
"""Base classes of the generated resource classes (``client.conversations`` etc.)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Type, TypeVar, Optional

from ._types import Body, ResponseT, RequestOptions

if TYPE_CHECKING:
    from ._pagination import BaseSyncPage, AsyncPaginator, BaseAsyncPage
    from ._base_client import SyncAPIClient, AsyncAPIClient

__all__ = ["AsyncAPIResource", "SyncAPIResource"]

_T = TypeVar("_T")
SyncPageT = TypeVar("SyncPageT", bound="BaseSyncPage[Any]")
AsyncPageT = TypeVar("AsyncPageT", bound="BaseAsyncPage[Any]")


class SyncAPIResource:
    """A group of API methods bound to a blocking client."""

    _client: SyncAPIClient

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def _get(
        self,
        path: str,
        *,
        cast_to: Type[ResponseT],
        options: Optional[RequestOptions] = None,
    ) -> ResponseT:
        return self._client.get(path, cast_to=cast_to, options=options)

    def _post(
        self,
        path: str,
        *,
        body: Body | None = None,
        cast_to: Type[ResponseT],
        options: Optional[RequestOptions] = None,
    ) -> ResponseT:
        return self._client.post(path, cast_to=cast_to, body=body, options=options)

    def _patch(
        self,
        path: str,
        *,
        body: Body | None = None,
        cast_to: Type[ResponseT],
        options: Optional[RequestOptions] = None,
    ) -> ResponseT:
        return self._client.patch(path, cast_to=cast_to, body=body, options=options)

    def _put(
        self,
        path: str,
        *,
        body: Body | None = None,
        cast_to: Type[ResponseT],
        options: Optional[RequestOptions] = None,
    ) -> ResponseT:
        return self._client.put(path, cast_to=cast_to, body=body, options=options)

    def _delete(
        self,
        path: str,
        *,
        body: Body | None = None,
        cast_to: Type[ResponseT],
        options: Optional[RequestOptions] = None,
    ) -> ResponseT:
        return self._client.delete(path, cast_to=cast_to, body=body, options=options)

    def _get_api_list(
        self,
        path: str,
        *,
        page: Type[SyncPageT],
        model: Any,
        options: Optional[RequestOptions] = None,
    ) -> SyncPageT:
        """The first page; iterating it fetches the following ones."""
        return self._client.get_api_list(path, page=page, model=model, options=options)


class AsyncAPIResource:
    """A group of API methods bound to an async client."""

    _client: AsyncAPIClient

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def _get(
        self,
        path: str,
        *,
        cast_to: Type[ResponseT],
        options: Optional[RequestOptions] = None,
    ) -> ResponseT:
        return await self._client.get(path, cast_to=cast_to, options=options)

    async def _post(
        self,
        path: str,
        *,
        body: Body | None = None,
        cast_to: Type[ResponseT],
        options: Optional[RequestOptions] = None,
    ) -> ResponseT:
        return await self._client.post(
            path, cast_to=cast_to, body=body, options=options
        )

    async def _patch(
        self,
        path: str,
        *,
        body: Body | None = None,
        cast_to: Type[ResponseT],
        options: Optional[RequestOptions] = None,
    ) -> ResponseT:
        return await self._client.patch(
            path, cast_to=cast_to, body=body, options=options
        )

    async def _put(
        self,
        path: str,
        *,
        body: Body | None = None,
        cast_to: Type[ResponseT],
        options: Optional[RequestOptions] = None,
    ) -> ResponseT:
        return await self._client.put(path, cast_to=cast_to, body=body, options=options)

    async def _delete(
        self,
        path: str,
        *,
        body: Body | None = None,
        cast_to: Type[ResponseT],
        options: Optional[RequestOptions] = None,
    ) -> ResponseT:
        return await self._client.delete(
            path, cast_to=cast_to, body=body, options=options
        )

    def _get_api_list(
        self,
        path: str,
        *,
        page: Type[AsyncPageT],
        model: Type[_T],
        options: Optional[RequestOptions] = None,
    ) -> AsyncPaginator[_T, AsyncPageT]:
        """A paginator: ``await`` it for the first page or ``async for`` over every item."""
        return self._client.get_api_list(path, page=page, model=model, options=options)
