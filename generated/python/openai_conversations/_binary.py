# Runtime file copied verbatim by sdkgen. Do not edit.
"""``BinaryResponseContent``: what a method returns for a binary (non-JSON) body.

The body has been read when the method returns (with ``.with_streaming_response``,
when ``parse()`` returns), so every accessor is plain, synchronous and cheap, for
the async client too: ``content``, ``text``, ``json()``, ``iter_bytes()``. Writing
a large file from async code: ``await anyio.to_thread.run_sync(c.write_to_file, p)``.
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING, Any, Union, Iterator, Optional

if TYPE_CHECKING:
    import httpx2

__all__ = ["BinaryResponseContent"]


class BinaryResponseContent:
    """The (already read) body of a binary response."""

    response: httpx2.Response
    """The ``httpx2.Response`` itself (headers, status code, request)."""

    def __init__(self, response: httpx2.Response) -> None:
        self.response = response

    @property
    def content(self) -> bytes:
        """The body bytes (decoded from any ``content-encoding``)."""
        return self.response.content

    @property
    def text(self) -> str:
        """The body decoded with ``encoding``."""
        return self.response.text

    @property
    def encoding(self) -> Optional[str]:
        """The text encoding: the response charset, else a guess."""
        return self.response.encoding

    @property
    def charset_encoding(self) -> Optional[str]:
        """The charset of the ``content-type`` header, if any."""
        return self.response.charset_encoding

    def json(self, **kwargs: Any) -> Any:
        """The body decoded as JSON (``kwargs`` go to ``json.loads``)."""
        return self.response.json(**kwargs)

    def read(self) -> bytes:
        """The body bytes (the same as ``content``)."""
        return self.response.content

    async def aread(self) -> bytes:
        """The body bytes, for code written against an unread async response."""
        return self.response.content

    def iter_bytes(self, chunk_size: Optional[int] = None) -> Iterator[bytes]:
        """The body in chunks of ``chunk_size`` bytes (one chunk by default)."""
        return self.response.iter_bytes(chunk_size)

    def iter_text(self, chunk_size: Optional[int] = None) -> Iterator[str]:
        """The body decoded in text chunks."""
        return self.response.iter_text(chunk_size)

    def iter_lines(self) -> Iterator[str]:
        """The body decoded line by line."""
        return self.response.iter_lines()

    def write_to_file(self, file: Union[str, "os.PathLike[str]"]) -> None:
        """Write the body to ``file`` (a path), replacing what it held."""
        with open(file, mode="wb") as out:
            for chunk in self.response.iter_bytes():
                out.write(chunk)

    def close(self) -> None:
        """Release the connection (already done once the body is read)."""
        if not self.response.is_closed:
            self.response.close()

    def __repr__(self) -> str:
        return f"<{self.__class__.__name__} [{self.response.status_code}] {len(self.content)} bytes>"
