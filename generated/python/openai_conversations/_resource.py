# Runtime file copied verbatim by sdkgen. Do not edit.
"""Base classes of the generated resource classes (``client.conversations`` etc.).

A resource calls its client's verbs through ``self._get``, ``self._post``, ...:
the client's bound methods themselves (so they keep their signatures and
overloads, and a call costs no extra frame). ``_post(..., stream=True,
stream_cls=Stream[Event])`` returns the event stream; ``_post``, ``_put`` and
``_patch`` take ``multipart=True`` to send the body as ``multipart/form-data``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ._base_client import SyncAPIClient, AsyncAPIClient

__all__ = ["AsyncAPIResource", "SyncAPIResource"]


class SyncAPIResource:
    """A group of API methods bound to a blocking client."""

    _client: SyncAPIClient

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client
        self._get = client.get
        self._post = client.post
        self._patch = client.patch
        self._put = client.put
        self._delete = client.delete
        self._get_api_list = client.get_api_list


class AsyncAPIResource:
    """A group of API methods bound to an async client."""

    _client: AsyncAPIClient

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client
        self._get = client.get
        self._post = client.post
        self._patch = client.patch
        self._put = client.put
        self._delete = client.delete
        self._get_api_list = client.get_api_list
