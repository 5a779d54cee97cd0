"""Encode a request body as ``multipart/form-data``, as the reference SDK sends it.

* Plain values become text parts: strings as they are, booleans ``true``/``false``,
  other scalars ``str()``; ``None``, ``omit`` and ``not_given`` are skipped.
* Lists repeat the field as ``key[]``; dicts nest as ``key[sub]``. A key that occurs
  more than once is grouped at its first position.
* File values (``FileTypes``: bytes, a binary file, a path, or a
  ``(filename, content, content_type, headers)`` tuple) become file parts, after
  every text part. The filename is the path's or file's name (``upload`` for bare
  bytes); the content type is the one given, else guessed from the filename, else
  ``application/octet-stream``; a ``None`` filename sends neither.

Files are read when the body is encoded, so a retry re-sends the same bytes.
"""

from __future__ import annotations

import io
import os
import re
import secrets
from typing import Any, Dict, List, Tuple, Mapping, Optional
from datetime import date, datetime

from ._types import Omit, NotGiven

__all__ = ["encode_multipart", "is_file_value", "read_file"]

_FilePart = Tuple[str, Optional[str], bytes, Optional[str], Mapping[str, str]]
"""``(field name, filename, content, content type, extra part headers)``."""

# Characters escaped in quoted part parameters: controls (but ESC), '"' and '\'.
_ESCAPED = re.compile(r'[\x00-\x1a\x1c-\x1f"\\]')
_ESCAPES: Dict[str, str] = {
    **{chr(code): "%{:02X}".format(code) for code in range(0x20) if code != 0x1B},
    '"': "%22",
    "\\": "\\\\",
}


def encode_multipart(body: object, *, boundary: Optional[str] = None) -> Tuple[str, bytes]:
    """``(content type with boundary, encoded body)`` for a mapping body (``None``
    gives a form without parts); a random boundary unless one is given."""
    if body is not None and not isinstance(body, Mapping):
        raise TypeError(f"Expected a mapping body for a multipart request but got {type(body)} instead.")
    fields: List[Tuple[str, str]] = []
    files: List[_FilePart] = []
    for key, value in (body or {}).items():
        _flatten(str(key), value, fields, files)
    boundary = boundary or secrets.token_hex(16)
    marker = f"--{boundary}\r\n".encode()
    chunks: List[bytes] = []
    for name, text in _grouped(fields):
        chunks += [marker, _disposition(name, None), b"\r\n\r\n", text.encode()]
        chunks.append(b"\r\n")
    for name, filename, content, content_type, headers in files:
        chunks += [marker, _disposition(name, filename)]
        chunks += _part_headers(filename, content_type, headers)
        chunks += [b"\r\n\r\n", content, b"\r\n"]
    chunks.append(f"--{boundary}--\r\n".encode())
    return f"multipart/form-data; boundary={boundary}", b"".join(chunks)


def is_file_value(value: object) -> bool:
    """Whether ``value`` is a ``FileTypes`` value (rather than a field or a list)."""
    if isinstance(value, (bytes, bytearray, io.IOBase, os.PathLike)):
        return True
    return (
        isinstance(value, tuple)
        and 2 <= len(value) <= 4
        and (value[0] is None or isinstance(value[0], str))
        and isinstance(value[1], (bytes, bytearray, io.IOBase, os.PathLike))
    )


def _flatten(key: str, value: Any, fields: List[Tuple[str, str]], files: List[_FilePart]) -> None:
    if value is None or isinstance(value, (Omit, NotGiven)):
        return
    if is_file_value(value):
        files.append(_file_part(key, value))
    elif isinstance(value, Mapping):
        for subkey, subvalue in value.items():
            _flatten(f"{key}[{subkey}]", subvalue, fields, files)
    elif hasattr(value, "model_dump") and hasattr(type(value), "model_fields"):
        dumped = value.model_dump(exclude_unset=True, mode="json", by_alias=True)
        _flatten(key, dumped, fields, files)
    elif isinstance(value, (str, int, float)):
        fields.append((key, _text(value)))
    elif isinstance(value, (datetime, date)):
        fields.append((key, value.isoformat()))
    elif hasattr(value, "__iter__"):
        for item in value:
            _flatten(key + "[]", item, fields, files)
    else:
        fields.append((key, str(value)))


def _text(value: object) -> str:
    if value is True:
        return "true"
    if value is False:
        return "false"
    return value if isinstance(value, str) else str(value)


def _grouped(fields: List[Tuple[str, str]]) -> List[Tuple[str, str]]:
    """Repeated keys together at their first position (as the reference sends them)."""
    if len({name for name, _ in fields}) == len(fields):
        return fields
    grouped: Dict[str, List[str]] = {}
    for name, text in fields:
        grouped.setdefault(name, []).append(text)
    return [(name, text) for name, texts in grouped.items() for text in texts]


def _file_part(key: str, value: Any) -> _FilePart:
    if not isinstance(value, tuple):
        filename, content = _name_of(value), read_file(value)
        return key, filename, content, None, {}
    filename, content = value[0], read_file(value[1])
    content_type = value[2] if len(value) > 2 else None
    headers = value[3] if len(value) > 3 else {}
    return key, filename, content, content_type, headers


def _name_of(value: object) -> str:
    name = getattr(value, "name", None) if not isinstance(value, os.PathLike) else value
    if name is None or isinstance(name, int):  # bytes, or a file opened from a descriptor
        return "upload"
    return os.path.basename(os.fsdecode(name))


def read_file(content: Any) -> bytes:
    """The bytes of file content: bytes as they are, a path or a binary file read whole."""
    if isinstance(content, (bytes, bytearray)):
        return bytes(content)
    if isinstance(content, os.PathLike):
        with open(content, "rb") as file:
            return file.read()
    if isinstance(content, io.TextIOBase):
        raise TypeError("Multipart file uploads must be opened in binary mode.")
    if content.seekable():  # the whole file, as the reference sends it
        content.seek(0)
    data = content.read()
    if not isinstance(data, bytes):
        raise TypeError(f"Expected the file to read as bytes, got {type(data)}")
    return data


def _disposition(name: str, filename: Optional[str]) -> bytes:
    text = f'Content-Disposition: form-data; name="{_escape(name)}"'
    if filename:
        text += f'; filename="{_escape(filename)}"'
    return text.encode()


def _part_headers(filename: Optional[str], content_type: Optional[str], headers: Mapping[str, str]) -> List[bytes]:
    if content_type is None and filename:
        import mimetypes  # only needed for file parts; reads system tables once

        content_type = mimetypes.guess_type(filename)[0] or "application/octet-stream"
    lines = dict(headers)
    if content_type is not None and not any("content-type" in name.lower() for name in headers):
        lines["Content-Type"] = content_type
    return [f"\r\n{name}: {value}".encode() for name, value in lines.items()]


def _escape(text: str) -> str:
    return _ESCAPED.sub(lambda match: _ESCAPES[match.group(0)], text)
