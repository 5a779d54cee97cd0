# File generated from conversations.yaml by sdkgen. Do not edit.
"""Runtime: `multipart=True` request bodies (`multipart/form-data`), on the wire."""

from __future__ import annotations

import io
import time
import pathlib
import mimetypes
from typing import Any, Dict, List, Tuple, Optional

import httpx2
import pytest

from openai_conversations import Client, AsyncClient, omit, not_given
from openai_conversations._types import FileTypes
from openai_conversations._resource import SyncAPIResource, AsyncAPIResource
from openai_conversations._multipart import is_file_value, encode_multipart

Part = Tuple[str, Optional[str], Optional[str], bytes]
"""(name, filename, content type, content) of one part."""


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


class Recorder:
    def __init__(self, *statuses: int) -> None:
        self.requests: List[httpx2.Request] = []
        self.statuses = list(statuses) or [200]

    def __call__(self, request: httpx2.Request) -> httpx2.Response:
        self.requests.append(request)
        status = self.statuses[min(len(self.requests), len(self.statuses)) - 1]
        return httpx2.Response(status, json={"ok": status == 200})

    @property
    def last(self) -> httpx2.Request:
        return self.requests[-1]


def sync_api(recorder: Recorder, **kwargs: Any) -> SyncAPIResource:
    http = httpx2.Client(transport=httpx2.MockTransport(recorder))
    return SyncAPIResource(Client(api_key="My API Key", base_url="http://localhost/v1", http_client=http, **kwargs))


def async_api(recorder: Recorder) -> AsyncAPIResource:
    http = httpx2.AsyncClient(transport=httpx2.MockTransport(recorder))
    return AsyncAPIResource(AsyncClient(api_key="My API Key", base_url="http://localhost/v1", http_client=http))


def parts(request: httpx2.Request) -> List[Part]:
    """The parts of a multipart request, parsed by hand from its bytes."""
    content_type = request.headers["content-type"]
    assert content_type.startswith("multipart/form-data; boundary=")
    boundary = content_type.split("boundary=", 1)[1].encode()
    body = request.content
    assert body.endswith(b"--" + boundary + b"--\r\n")
    found: List[Part] = []
    for chunk in body.split(b"--" + boundary)[1:-1]:
        assert chunk.startswith(b"\r\n") and chunk.endswith(b"\r\n")
        head, _, content = chunk[2:-2].partition(b"\r\n\r\n")
        lines = head.decode().split("\r\n")
        disposition = lines[0]
        assert disposition.startswith('Content-Disposition: form-data; name="')
        name = disposition.split('name="', 1)[1].split('"', 1)[0]
        filename = disposition.split('filename="', 1)[1][:-1] if "filename=" in disposition else None
        headers = dict(line.split(": ", 1) for line in lines[1:])
        found.append((name, filename, headers.get("Content-Type"), content))
    return found


def fields(request: httpx2.Request) -> List[Tuple[str, str]]:
    return [(name, content.decode()) for name, filename, _, content in parts(request) if filename is None]


def guess(filename: str) -> Optional[str]:
    """The content type the standard library guesses (system tables may differ)."""
    return mimetypes.guess_type(filename)[0]


# -- text fields ------------------------------------------------------------------------------


def test_scalars_lists_and_nested_objects() -> None:
    recorder = Recorder()
    body = {
        "purpose": "fine-tune",
        "n": 2,
        "temperature": 0.5,
        "stream": False,
        "flag": True,
        "skipped_none": None,
        "skipped_omit": omit,
        "skipped_not_given": not_given,
        "tags": ["a", "b"],
        "ids": (1, 2),
        "metadata": {"k": "v", "deep": {"x": [True]}},
        "unicode": "é ß",
    }
    result = sync_api(recorder)._post("/uploads", body=body, cast_to=object, multipart=True)
    assert result == {"ok": True}
    assert fields(recorder.last) == [
        ("purpose", "fine-tune"),
        ("n", "2"),
        ("temperature", "0.5"),
        ("stream", "false"),
        ("flag", "true"),
        ("tags[]", "a"),
        ("tags[]", "b"),
        ("ids[]", "1"),
        ("ids[]", "2"),
        ("metadata[k]", "v"),
        ("metadata[deep][x][]", "true"),
        ("unicode", "é ß"),
    ]


def test_content_type_and_length_headers_replace_json() -> None:
    recorder = Recorder()
    sync_api(recorder)._post("/uploads", body={"a": "b"}, cast_to=object, multipart=True)
    request = recorder.last
    assert request.headers["content-type"].startswith("multipart/form-data; boundary=")
    assert [name for name, _ in request.headers.raw].count(b"content-type") == 1
    assert request.headers["content-length"] == str(len(request.content))
    sync_api(recorder)._post("/json", body={"a": "b"}, cast_to=object)
    assert recorder.last.headers["content-type"] == "application/json" and recorder.last.content == b'{"a":"b"}'


def test_boundary_is_random_per_request() -> None:
    recorder = Recorder()
    api = sync_api(recorder)
    api._post("/u", body={"a": "b"}, cast_to=object, multipart=True)
    api._post("/u", body={"a": "b"}, cast_to=object, multipart=True)
    first, second = (request.headers["content-type"] for request in recorder.requests)
    assert first != second and len(first.split("boundary=")[1]) == 32


def test_always_multipart_even_without_files_or_body() -> None:
    recorder = Recorder()
    sync_api(recorder)._post("/u", cast_to=object, multipart=True)
    boundary = recorder.last.headers["content-type"].split("boundary=")[1]
    assert recorder.last.content == f"--{boundary}--\r\n".encode()
    sync_api(recorder)._post("/u", body={}, cast_to=object, multipart=True)
    assert parts(recorder.last) == []


def test_extra_body_is_merged_and_omit_removes_a_field() -> None:
    recorder = Recorder()
    options: Any = {"extra_json": {"purpose": "override", "drop": omit, "added": 1}}
    body = {"purpose": "p", "drop": "x", "keep": "y"}
    sync_api(recorder)._post("/u", body=body, cast_to=object, multipart=True, options=options)
    assert fields(recorder.last) == [("purpose", "override"), ("keep", "y"), ("added", "1")]


def test_repeated_keys_are_grouped_at_their_first_position() -> None:
    recorder = Recorder()
    body = {"items": [{"a": 1, "b": 2}, {"a": 3, "b": 4}], "z": "last"}
    sync_api(recorder)._post("/u", body=body, cast_to=object, multipart=True)
    assert fields(recorder.last) == [
        ("items[][a]", "1"),
        ("items[][a]", "3"),
        ("items[][b]", "2"),
        ("items[][b]", "4"),
        ("z", "last"),
    ]


def test_exact_bytes_with_a_given_boundary() -> None:
    content_type, body = encode_multipart(
        {"name": 'a"b', "file": ("f.json", b"{}", "application/json")}, boundary="XyZ"
    )
    assert content_type == "multipart/form-data; boundary=XyZ"
    assert body == (
        b"--XyZ\r\n"
        b'Content-Disposition: form-data; name="name"\r\n\r\n'
        b'a"b\r\n'
        b"--XyZ\r\n"
        b'Content-Disposition: form-data; name="file"; filename="f.json"\r\n'
        b"Content-Type: application/json\r\n\r\n"
        b"{}\r\n"
        b"--XyZ--\r\n"
    )


def test_names_and_filenames_are_escaped() -> None:
    _, body = encode_multipart({'we"ird\nname\\': ('a\r"b.txt', b"x")}, boundary="b")
    assert b'name="we%22ird%0Aname\\\\"; filename="a%0D%22b.txt"' in body


def test_a_body_that_is_not_a_mapping_is_refused() -> None:
    with pytest.raises(TypeError, match="Expected a mapping body for a multipart request"):
        sync_api(Recorder())._post("/u", body=["a"], cast_to=object, multipart=True)


def test_caller_boundary_in_the_content_type_is_kept() -> None:
    recorder = Recorder()
    options: Any = {"headers": {"Content-Type": "multipart/form-data; boundary=mine"}}
    sync_api(recorder)._post("/u", body={"a": "b"}, cast_to=object, multipart=True, options=options)
    assert recorder.last.headers["content-type"] == "multipart/form-data; boundary=mine"
    assert recorder.last.content.startswith(b"--mine\r\n") and fields(recorder.last) == [("a", "b")]
    options = {"headers": {"Content-Type": "multipart/form-data"}}
    sync_api(recorder)._post("/u", body={"a": "b"}, cast_to=object, multipart=True, options=options)
    assert recorder.last.headers["content-type"].startswith("multipart/form-data; boundary=")
    assert fields(recorder.last) == [("a", "b")]


# -- files ------------------------------------------------------------------------------------


def test_file_values_become_file_parts_after_the_fields(tmp_path: pathlib.Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_bytes(b"from a path")
    named = tmp_path / "photo.png"
    named.write_bytes(b"\x89PNG")
    recorder = Recorder()
    with open(named, "rb") as opened:
        body: Dict[str, Any] = {
            "bare": b"raw bytes",
            "path": path,
            "opened": opened,
            "buffer": io.BytesIO(b"no name"),
            "purpose": "assistants",
            "pair": ("data.csv", b"a,b"),
            "typed": ("x.bin", io.BytesIO(b"typed"), "application/x-custom"),
            "headed": ("h.txt", b"h", None, {"X-Part": "1"}),
            "unnamed": (None, b'{"k":1}', "application/json"),
        }
        sync_api(recorder)._post("/files", body=body, cast_to=object, multipart=True)
    assert parts(recorder.last) == [
        ("purpose", None, None, b"assistants"),
        ("bare", "upload", "application/octet-stream", b"raw bytes"),
        ("path", "notes.txt", guess("notes.txt"), b"from a path"),
        ("opened", "photo.png", guess("photo.png"), b"\x89PNG"),
        ("buffer", "upload", "application/octet-stream", b"no name"),
        ("pair", "data.csv", guess("data.csv"), b"a,b"),
        ("typed", "x.bin", "application/x-custom", b"typed"),
        ("headed", "h.txt", guess("h.txt"), b"h"),
        ("unnamed", None, "application/json", b'{"k":1}'),
    ]
    assert f'filename="h.txt"\r\nX-Part: 1\r\nContent-Type: {guess("h.txt")}\r\n'.encode() in recorder.last.content


def test_a_content_type_in_the_part_headers_wins() -> None:
    _, body = encode_multipart({"f": ("a.txt", b"x", "text/plain", {"content-type": "text/x-mine"})}, boundary="b")
    assert b"content-type: text/x-mine\r\n\r\nx" in body and b"text/plain" not in body


def test_lists_and_objects_of_files() -> None:
    recorder = Recorder()
    body = {"files": [b"one", ("two.md", b"two")], "nested": {"doc": ("d.pdf", b"%PDF")}, "n": 1}
    sync_api(recorder)._post("/files", body=body, cast_to=object, multipart=True)
    assert parts(recorder.last) == [
        ("n", None, None, b"1"),
        ("files[]", "upload", "application/octet-stream", b"one"),
        ("files[]", "two.md", guess("two.md") or "application/octet-stream", b"two"),
        ("nested[doc]", "d.pdf", guess("d.pdf"), b"%PDF"),
    ]


def test_a_file_object_is_read_from_its_start() -> None:
    buffer = io.BytesIO(b"0123456789")
    buffer.seek(5)
    _, body = encode_multipart({"f": buffer}, boundary="b")
    assert b"\r\n\r\n0123456789\r\n" in body


def test_text_mode_files_are_refused(tmp_path: pathlib.Path) -> None:
    path = tmp_path / "t.txt"
    path.write_text("text")
    with open(path, "r") as text_file:
        with pytest.raises(TypeError, match="binary mode"):
            encode_multipart({"f": ("t.txt", text_file)})


def test_which_values_are_files(tmp_path: pathlib.Path) -> None:
    values: List[FileTypes] = [b"x", io.BytesIO(), tmp_path, ("n", b"x"), (None, b"x", "t"), ("n", b"x", None, {})]
    assert all(is_file_value(value) for value in values)
    others: List[object] = ["s", 1, ("a", "b"), ("a", b"x", "t", {}, 5), [b"x"], None]
    assert not any(is_file_value(value) for value in others)


def test_a_retry_resends_the_same_body_and_reads_files_once(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(time, "sleep", lambda seconds: None)
    recorder = Recorder(500, 200)
    reads: List[int] = []

    class CountingFile(io.BytesIO):
        def read(self, size: Optional[int] = -1) -> bytes:
            reads.append(1)
            return super().read(size)

    body = {"file": ("a.txt", CountingFile(b"payload")), "purpose": "p"}
    sync_api(recorder, max_retries=1)._post("/u", body=body, cast_to=object, multipart=True)
    first, second = recorder.requests
    assert first.content == second.content and b"payload" in first.content
    assert first.headers["content-type"] == second.headers["content-type"]
    assert second.headers[f"{Client._header_prefix}-Retry-Count"] == "1"
    assert reads == [1]


def test_put_and_patch_take_multipart() -> None:
    recorder = Recorder()
    api = sync_api(recorder)
    api._put("/u", body={"a": "1"}, cast_to=object, multipart=True)
    assert recorder.last.method == "PUT" and fields(recorder.last) == [("a", "1")]
    api._patch("/u", body={"b": "2"}, cast_to=object, multipart=True)
    assert recorder.last.method == "PATCH" and fields(recorder.last) == [("b", "2")]


# -- async ------------------------------------------------------------------------------------


@pytest.mark.anyio
async def test_async_multipart(tmp_path: pathlib.Path) -> None:
    path = tmp_path / "audio.mp3"
    path.write_bytes(b"ID3")
    recorder = Recorder()
    api = async_api(recorder)
    result = await api._post("/a", body={"file": path, "model": "m", "langs": ["en"]}, cast_to=object, multipart=True)
    assert result == {"ok": True}
    assert parts(recorder.last) == [
        ("model", None, None, b"m"),
        ("langs[]", None, None, b"en"),
        ("file", "audio.mp3", guess("audio.mp3"), b"ID3"),
    ]
    await api._put("/a", body={"x": True}, cast_to=object, multipart=True)
    await api._patch("/a", body={"y": False}, cast_to=object, multipart=True)
    assert [fields(request) for request in recorder.requests[1:]] == [[("x", "true")], [("y", "false")]]
