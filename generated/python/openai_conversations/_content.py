# Runtime file copied verbatim by sdkgen. Do not edit.
"""Encode a request body sent as the media type its method names: a urlencoded form,
JSON under a media type of its own (``application/merge-patch+json``), text, or raw bytes.

* A form (``application/x-www-form-urlencoded``) is a mapping, written by ``_form``.
* JSON is any value, ``extra_body`` merged over a mapping.
* Text (``text/*``) is a ``str``, sent as UTF-8.
* Any other media type takes the raw content, as a file argument does (``FileTypes``:
  bytes, a binary file, a path, or a ``(filename, content, content_type)`` tuple), read
  whole when the request is built. It is sent under the spec's media type; where the
  spec names a range (``image/*``, ``*/*``), under the tuple's content type, else the one
  guessed from the file name, else ``application/octet-stream``.

``None`` and ``omit`` mean no body at all.
"""

from __future__ import annotations

from typing import Tuple, Mapping, Optional

from ._form import FieldStyle, encode_form
from ._types import Omit, NotGiven
from ._utils import json_bytes
from ._request import merge_body, prepare_body
from ._multipart import read_file, is_file_value

__all__ = ["FORM", "encode_content"]

FORM = "application/x-www-form-urlencoded"


def encode_content(
    body: object,
    content_type: str,
    *,
    extra_json: Optional[Mapping[str, object]] = None,
    styles: Optional[Mapping[str, FieldStyle]] = None,
) -> Tuple[Optional[str], Optional[bytes]]:
    """``(content type, bytes)`` of ``body`` sent as ``content_type``; ``(None, None)``
    when there is no body."""
    media = content_type.split(";")[0].strip().lower()
    if media == FORM or media.endswith(("/json", "+json")):
        merged = merge_body(None if _absent(body) else prepare_body(body), extra_json)
        if merged is None:
            return None, None
        return content_type, (encode_form(merged, styles) if media == FORM else json_bytes(merged))
    if _absent(body):
        return None, None
    if extra_json:
        raise RuntimeError(f"A {content_type} body cannot take `extra_body`; send the whole body instead")
    if content_type.startswith("text/"):
        if not isinstance(body, str):
            raise TypeError(f"Expected a str body for {content_type} but got {type(body)}")
        return content_type, body.encode("utf-8")
    return _raw(body, content_type)


def _raw(body: object, content_type: str) -> Tuple[str, bytes]:
    if not is_file_value(body):
        raise TypeError(
            f"Expected bytes, a binary file, a path or a (filename, content) tuple for a {content_type} body, "
            f"got {type(body)}"
        )
    filename: Optional[str] = None
    given: Optional[str] = None
    if isinstance(body, tuple):
        filename, given = body[0], body[2] if len(body) > 2 else None
        body = body[1]
    else:
        filename = getattr(body, "name", None) if not hasattr(body, "__fspath__") else str(body)
    if given is None and "*" in content_type:
        import mimetypes  # only needed for a media range; reads system tables once

        guessed = mimetypes.guess_type(filename)[0] if isinstance(filename, str) else None
        given = guessed or "application/octet-stream"
    return given or content_type, read_file(body)


def _absent(value: object) -> bool:
    return value is None or isinstance(value, (Omit, NotGiven))
