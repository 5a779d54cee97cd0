"""What the drop-in tests share: the usage files under ``usage/``, their copies with the
package name changed, a server that answers every Conversations route the way the API
does, the type checkers run once over a set of files, and the requests each run sent.

The usage files are written for the official packages (``openai``); the same text with
only the package name changed (``openai_conversations`` in Python, ``openai-conversations``
in TypeScript) must type-check and behave the same against the generated packages."""

from __future__ import annotations

import os
import re
import sys
import json
import shutil
import subprocess
from typing import Any, Dict, List, Tuple, Callable, Iterable, Optional
from pathlib import Path
from dataclasses import dataclass
from urllib.parse import urlsplit

from conftest import ROOT, node_tools
from recording_server import Reply, RecordingServer, RecordedRequest, json_reply

USAGE = Path(__file__).resolve().parent / "usage"
PYTHON_FILES = ("input_items.py", "usage_sync.py", "usage_async.py")
TYPESCRIPT_FILES = ("input_items.ts", "usage.ts")
OURS_PY, OURS_TS = "openai_conversations", "openai-conversations"
# Headers that name the package and its version (each sends its own), and the port.
VERSIONED = {"user-agent", "x-stainless-package-version", "host"}

_PY_NAME = re.compile(r"(?<![\w.'\"/-])openai(?=[.\s,)]|$)", re.MULTILINE)
_TS_NAME = re.compile(r"""(?<=['"])openai(?=['"/])""")


def renamed(text: str, language: str) -> str:
    """A usage file with only the package name changed to ours."""
    if language == "python":
        return _PY_NAME.sub(OURS_PY, text)
    return _TS_NAME.sub(OURS_TS, text)


# -- type checking -----------------------------------------------------------------------

_MYPY_LINE = re.compile(r"^(?P<file>[^:\s]+\.py):\d+: (?:error|note):")
_TSC_LINE = re.compile(r"^(?P<file>[^(\s]+\.ts)\(\d+,\d+\): error")


def _by_file(output: str, pattern: re.Pattern[str]) -> Dict[str, List[str]]:
    found: Dict[str, List[str]] = {}
    for line in output.splitlines():
        match = pattern.match(line)
        if match:
            found.setdefault(Path(match["file"]).name, []).append(line)
    return found


def mypy(folder: Path, files: Iterable[str], mypypath: Optional[Path] = None) -> Dict[str, List[str]]:
    """mypy --strict over `files` in `folder`, once; the error lines of each file, by name."""
    env = {**os.environ, "MYPYPATH": str(mypypath) if mypypath else ""}
    command = [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "--cache-dir", os.devnull, *files]
    result = subprocess.run(command, cwd=folder, capture_output=True, text=True, timeout=600, env=env)
    assert result.returncode in (0, 1), result.stdout + result.stderr
    return _by_file(result.stdout, _MYPY_LINE)


def typescript_project(folder: Path, files: Iterable[str], ours: Optional[Path]) -> Path:
    """A scratch ESM project in `folder` holding `files`, with the official `openai`,
    typescript and @types/node resolvable, and `openai-conversations` linked to `ours`."""
    tools = node_tools().resolve()
    modules = folder / "node_modules"
    modules.mkdir(parents=True)
    for name in ("openai", "@types", "typescript"):
        (modules / name).symlink_to(tools / name, target_is_directory=True)
    if ours is not None:
        (modules / OURS_TS).symlink_to(ours, target_is_directory=True)
    (folder / "package.json").write_text('{"type": "module", "private": true}\n')
    options = {
        "strict": True,
        "module": "node16",
        "moduleResolution": "node16",
        "target": "ES2022",
        "types": ["node"],
        "outDir": "dist",
    }
    (folder / "tsconfig.json").write_text(json.dumps({"compilerOptions": options, "files": list(files)}, indent=2))
    return folder


def tsc(project: Path) -> Tuple[bool, Dict[str, List[str]]]:
    """`tsc --strict` over the project (it emits JavaScript to dist/ even with errors);
    whether it passed, and the error lines of each file, by name."""
    command = ["node", str(project / "node_modules" / "typescript" / "bin" / "tsc"), "-p", "tsconfig.json"]
    result = subprocess.run(command, cwd=project, capture_output=True, text=True, timeout=600)
    return result.returncode == 0, _by_file(result.stdout, _TSC_LINE)


def built_package(folder: Path) -> Path:
    """A copy of generated/typescript built with its own `npm run build`."""
    package = folder / "openai-conversations"
    shutil.copytree(ROOT / "generated" / "typescript", package, ignore=shutil.ignore_patterns("node_modules", "dist"))
    (package / "node_modules").symlink_to(node_tools().resolve(), target_is_directory=True)
    result = subprocess.run(["npm", "run", "build"], cwd=package, capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-4000:]
    return package


# -- the server --------------------------------------------------------------------------

CONVERSATION = {"id": "conv_123", "object": "conversation", "created_at": 1741900000, "metadata": {"topic": "demo"}}
DELETED = {"id": "conv_123", "object": "conversation.deleted", "deleted": True}
ASSISTANT = {
    "type": "message",
    "id": "msg_out",
    "status": "completed",
    "role": "assistant",
    "content": [{"type": "output_text", "text": "Hi!", "annotations": [], "logprobs": []}],
}
FUNCTION_CALL = {
    "type": "function_call",
    "id": "fc_1",
    "call_id": "call_1",
    "name": "lookup",
    "arguments": '{"q":1}',
    "status": "completed",
}
ERROR = {"error": {"message": "No conversation found", "type": "invalid_request_error", "param": None, "code": None}}
REQUEST_ID = ("x-request-id", "req_123")


def _message(item_id: str) -> Dict[str, Any]:
    content = [{"type": "input_text", "text": f"text of {item_id}"}]
    return {"type": "message", "id": item_id, "status": "completed", "role": "user", "content": content}


def _page(ids: List[str], has_more: bool) -> Dict[str, Any]:
    data = [_message(i) for i in ids] + [ASSISTANT, FUNCTION_CALL]
    return {"object": "list", "data": data, "first_id": ids[0], "last_id": ids[-1], "has_more": has_more}


def _list_reply(query: str) -> Reply:
    if "after=msg_002" in query:
        return json_reply(_page(["msg_003", "msg_004"], False), headers=[REQUEST_ID])
    return json_reply(_page(["msg_001", "msg_002"], True), headers=[REQUEST_ID])


def answer(method: str, path: str, query: str) -> Reply:
    """What the API answers (the ids `conv_missing`, `conv_busy` and `conv_slow` answer
    404, 429 and late)."""
    parts = path.strip("/").split("/")[1:]  # below /v1
    if "conv_missing" in parts or "msg_missing" in parts:
        return json_reply(ERROR, 404, [REQUEST_ID])
    if "conv_busy" in parts:
        return json_reply(ERROR, 429, [REQUEST_ID, ("retry-after", "0")])
    if "conv_slow" in parts:
        return json_reply(CONVERSATION, headers=[REQUEST_ID], delay=3.0)
    if len(parts) == 3 and parts[2] == "items":
        return _list_reply(query) if method == "GET" else json_reply(_page(["msg_new"], False), headers=[REQUEST_ID])
    if len(parts) == 4:
        return json_reply(_message(parts[3]) if method == "GET" else CONVERSATION, headers=[REQUEST_ID])
    return json_reply(DELETED if method == "DELETE" else CONVERSATION, headers=[REQUEST_ID])


class ApiServer(RecordingServer):
    """The recording server, answering each request by its route instead of a script."""

    def __init__(self, route: Callable[[str, str, str], Reply] = answer) -> None:
        super().__init__(lifetime=600.0, max_requests=200)
        self.route = route

    def _record(self, request: RecordedRequest) -> Reply:
        super()._record(request)
        target = urlsplit(request.target.decode("latin-1"))
        return self.route(request.method, target.path, target.query)


@dataclass(frozen=True)
class Run:
    """One run of a usage file: what it printed and the requests it sent."""

    returncode: int
    stdout: str
    stderr: str
    requests: Tuple[Dict[str, Any], ...]


def run(server: ApiServer, command: List[str], cwd: Path, env: Optional[Dict[str, str]] = None) -> Run:
    """`command` with the server as OPENAI_BASE_URL; the requests it sent, headers apart
    from the versioned ones sorted, so two packages' runs compare with `==`."""
    server.script()
    environment = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": str(cwd),
        "OPENAI_API_KEY": "sk-dropin",
        "OPENAI_BASE_URL": server.base_url,
        **(env or {}),
    }
    result = subprocess.run(command, cwd=cwd, capture_output=True, text=True, timeout=300, env=environment)
    requests = tuple(_comparable(r) for r in server.requests)
    return Run(result.returncode, result.stdout, result.stderr, requests)


# Every Conversations operation, as (method, path with the ids of the usage files).
OPERATIONS = {
    ("POST", b"/v1/conversations"),
    ("GET", b"/v1/conversations/conv_123"),
    ("POST", b"/v1/conversations/conv_123"),
    ("DELETE", b"/v1/conversations/conv_123"),
    ("POST", b"/v1/conversations/conv_123/items"),
    ("GET", b"/v1/conversations/conv_123/items"),
    ("GET", b"/v1/conversations/conv_123/items/msg_abc"),
    ("DELETE", b"/v1/conversations/conv_123/items/msg_abc"),
}


def uncalled(runs: Iterable[Run]) -> set[Tuple[str, bytes]]:
    """The operations none of `runs` called."""
    called = {(r["method"], r["target"].split(b"?")[0]) for each in runs for r in each.requests}
    return OPERATIONS - called


def assert_ran(official: Run) -> None:
    """The official package's run succeeded, sent requests and printed its results."""
    assert official.returncode == 0, official.stderr
    assert official.requests and official.stdout


def assert_same(official: Run, ours: Run) -> None:
    """Our package's run succeeded, sent the same requests and printed the same."""
    assert ours.returncode == 0, ours.stderr
    assert ours.stdout == official.stdout
    assert list(ours.requests) == list(official.requests)


def _comparable(request: RecordedRequest) -> Dict[str, Any]:
    headers = sorted((name, value) for name, value in request.header_pairs() if name not in VERSIONED)
    return {"method": request.method, "target": request.target, "headers": headers, "body": request.body}
