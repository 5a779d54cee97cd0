"""Load: a spec or config file on disk, or its bytes read elsewhere -> `LoadedDocument`.

Reads YAML or JSON (JSON is read by the YAML parser, so both keep positions), turns the
node tree into plain Python data and records, for every node, the JSON pointer it sits at
and its line and column. Later stages use `LoadedDocument.locate` to say `file:line:col`
for any pointer. Problems (unreadable file, syntax error, duplicate key, a non-mapping
root, input too large or too deep) become diagnostics, never tracebacks.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from ..core.diagnostics import Diagnostic, GenerationError, Location, Severity

_Loader: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
# An escaped surrogate pair, after an even number of backslashes (so the `\` is an escape).
_SURROGATE_PAIR = re.compile(r"(?<!\\)((?:\\\\)*)\\u(d[89ab][0-9a-f]{2})\\u(d[c-f][0-9a-f]{2})", re.IGNORECASE)
# Characters JSON strings may hold raw that YAML forbids or reads as line breaks.
_NOT_YAML = re.compile("[\x7f-\x9f\u2028\u2029\ufffe\uffff]")

MAX_BYTES = 20 * 1024 * 1024  # the largest real specs are a few MB (OpenAI's whole API: 3 MB)
MAX_NODES = 2_000_000
MAX_DEPTH = 400

_SCALARS = {
    "tag:yaml.org,2002:str": str,
    "tag:yaml.org,2002:int": int,
    "tag:yaml.org,2002:float": float,
    "tag:yaml.org,2002:bool": bool,
    "tag:yaml.org,2002:null": type(None),
}


@dataclass(frozen=True, slots=True)
class LoadedDocument:
    """A parsed document and where each of its nodes came from.

    A document bundled from several files (`bundle`) keeps the root file's positions, and
    `mounts` says which of its nodes came from another file: `{pointer: (that file's
    document, the pointer there)}`; `files` are those files' paths."""

    path: str
    data: Mapping[str, Any]
    positions: Mapping[str, tuple[int, int]]
    mounts: Mapping[str, tuple[LoadedDocument, str]] = field(default_factory=dict)
    files: tuple[str, ...] = ()

    def locate(self, pointer: str) -> Location:
        """The location of `pointer`, or of its nearest ancestor that has one (in the file
        it came from, and with the pointer it has there)."""
        probe = pointer
        while True:
            if probe in self.mounts:
                source, inner = self.mounts[probe]
                return source.locate(inner + pointer[len(probe) :])
            if probe in self.positions:
                line, column = self.positions[probe]
                return Location(self.path, pointer, line, column)
            if not probe:
                return Location(self.path, pointer)
            probe = probe.rsplit("/", 1)[0]


def escape_pointer_token(token: str) -> str:
    """Escape one JSON pointer token (RFC 6901)."""
    return token.replace("~", "~0").replace("/", "~1")


def load_document(path: Path, *, display: str | None = None) -> LoadedDocument:
    """Read and parse `path`; raise `GenerationError` with located diagnostics on failure."""
    name = display or str(path)
    return _parse(_decode(_read_bytes(path, name), name), name)


def load_document_bytes(raw: bytes, *, display: str) -> LoadedDocument:
    """Parse `raw`, the content of a file read elsewhere (a git blob), named `display` in
    diagnostics; the same checks and limits as `load_document`."""
    check_file_size(len(raw), display)
    return _parse(_decode(raw, display), display)


def check_file_size(size: int, name: str) -> None:
    """Refuse a file over MAX_BYTES (`size` is known before it is read)."""
    if size > MAX_BYTES:
        raise _fail(
            Location(name),
            f"the file is {size} bytes, over the {MAX_BYTES} limit",
            "is it an OpenAPI document? Real ones, OpenAI's whole API included, are a few MB",
        )


def _parse(text: str, name: str) -> LoadedDocument:
    text = _json_for_yaml(text)
    try:
        root = yaml.compose(text, Loader=_Loader)
    except yaml.MarkedYAMLError as err:
        mark = err.problem_mark
        where = Location(name, "", mark.line + 1, mark.column + 1) if mark else Location(name)
        raise _fail(where, f"not valid YAML or JSON: {err.problem or err}", "fix the syntax")
    except yaml.YAMLError as err:
        raise _fail(Location(name), f"not valid YAML or JSON: {err}", "fix the syntax")
    if root is None:
        raise _fail(Location(name), "the file is empty", "give an OpenAPI document")
    if not isinstance(root, yaml.MappingNode):
        where = Location(name, "", root.start_mark.line + 1, root.start_mark.column + 1)
        raise _fail(where, "the document is not a mapping", "the top level must be an object")
    builder = _Builder(name, root)
    data = builder.build(root, "", 0)
    if builder.diagnostics:
        raise GenerationError(tuple(builder.diagnostics))
    return LoadedDocument(name, data, builder.positions)


def _read_bytes(path: Path, name: str) -> bytes:
    try:
        check_file_size(path.stat().st_size, name)
        return path.read_bytes()
    except OSError as err:
        raise _fail(Location(name), f"cannot read the file: {err.strerror or err}", "check the path")


def _decode(raw: bytes, name: str) -> str:
    if b"\x00" in raw:
        raise _fail(Location(name), "the file is binary, not YAML or JSON", "give the spec as a YAML or JSON text file")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        raise _fail(Location(name), f"the file is not UTF-8 (byte {err.start})", "save the file as UTF-8")


def _json_for_yaml(text: str) -> str:
    """A JSON document respelled where the YAML parser (which reads JSON here) differs from JSON.

    JSON spells a character outside the BMP as an escaped UTF-16 surrogate pair (`json.dumps`
    does, by default), YAML wants one `\\U` escape; and JSON allows raw characters YAML does
    not (C1 controls, U+FFFE, U+FFFF) or reads as line breaks (U+0085, U+2028, U+2029), which
    become `\\u` escapes. Done only for a document that opens as JSON, where such escapes and
    characters can only sit inside strings.
    """
    if not text.lstrip().startswith("{"):
        return text

    def combined(match: re.Match[str]) -> str:
        high, low = int(match.group(2), 16), int(match.group(3), 16)
        return f"{match.group(1)}\\U{0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00):08X}"

    text = _NOT_YAML.sub(lambda m: f"\\u{ord(m.group()):04x}", text)
    return _SURROGATE_PAIR.sub(combined, text) if "\\u" in text else text


def _check_size(root: yaml.Node, name: str) -> None:
    """Refuse documents whose aliases expand past MAX_NODES, before expanding anything.

    Sizes are computed once per distinct node (aliases share nodes), so a "billion
    laughs" document is measured in microseconds instead of being expanded. Only a
    document with aliases can grow on expansion: `_Builder` calls this when it meets a
    node the second time, before expanding it again.
    """
    sizes: dict[int, int] = {}
    stack: list[tuple[yaml.Node, bool]] = [(root, False)]
    while stack:
        node, ready = stack.pop()
        if id(node) in sizes:
            continue
        children = _children(node)
        if not ready:
            stack.append((node, True))
            stack.extend((child, False) for child in children if id(child) not in sizes)
            continue
        sizes[id(node)] = 1 + sum(sizes.get(id(child), 1) for child in children)
        if sizes[id(node)] > MAX_NODES:
            mark = node.start_mark
            raise _fail(
                Location(name, "", mark.line + 1, mark.column + 1),
                f"the document expands to over {MAX_NODES} nodes (YAML alias expansion?)",
                "YAML aliases are expanded on load; write the document without them",
            )


def _children(node: yaml.Node) -> list[yaml.Node]:
    if isinstance(node, yaml.MappingNode):
        return [n for pair in node.value for n in pair]
    if isinstance(node, yaml.SequenceNode):
        return list(node.value)
    return []


def _fail(where: Location, message: str, hint: str = "") -> GenerationError:
    return GenerationError((Diagnostic(Severity.ERROR, message, where, hint),))


class _Builder:
    """Turns a composed YAML node tree into Python data, recording positions."""

    def __init__(self, name: str, root: yaml.Node) -> None:
        self.name = name
        self.root = root
        self.positions: dict[str, tuple[int, int]] = {}
        self.diagnostics: list[Diagnostic] = []
        self._built: set[int] | None = set()  # collection nodes met so far; None once sizes are checked

    def build(self, node: yaml.Node, pointer: str, depth: int) -> Any:
        if depth > MAX_DEPTH:
            self._too_deep(node, pointer)
        if self._built is not None and isinstance(node, yaml.CollectionNode):
            if id(node) in self._built:  # an alias: expanding it again could blow the document up
                _check_size(self.root, self.name)
                self._built = None
            else:
                self._built.add(id(node))
        self.positions[pointer] = (node.start_mark.line + 1, node.start_mark.column + 1)
        if isinstance(node, yaml.MappingNode):
            return self._mapping(node, pointer, depth)
        if isinstance(node, yaml.SequenceNode):
            return [self.build(child, f"{pointer}/{index}", depth + 1) for index, child in enumerate(node.value)]
        return self._scalar(node)

    def _mapping(self, node: yaml.MappingNode, pointer: str, depth: int) -> dict[str, Any]:
        result: dict[str, Any] = {}
        for key_node, value_node in node.value:
            key = self._scalar(key_node)
            if key_node.tag == "tag:yaml.org,2002:merge":
                key = "<<"
            key = key if isinstance(key, str) else str(key).lower() if isinstance(key, bool) else str(key)
            child = f"{pointer}/{escape_pointer_token(key)}"
            if key in result:
                mark = key_node.start_mark
                self.diagnostics.append(
                    Diagnostic(
                        Severity.ERROR,
                        f"duplicate key {key!r}",
                        Location(self.name, child, mark.line + 1, mark.column + 1),
                        "each key may appear once in a mapping; remove or rename one",
                    )
                )
                continue
            result[key] = self.build(value_node, child, depth + 1)
            self.positions[child] = (key_node.start_mark.line + 1, key_node.start_mark.column + 1)
        return result

    def _scalar(self, node: yaml.Node) -> Any:
        constructor = yaml.SafeLoader.yaml_constructors.get(node.tag)
        if node.tag in _SCALARS and constructor is not None:
            return constructor(_SCALAR_LOADER, node)
        return node.value if isinstance(node.value, str) else str(node.value)

    def _too_deep(self, node: yaml.Node, pointer: str) -> None:
        mark = node.start_mark
        raise _fail(
            Location(self.name, pointer[:200], mark.line + 1, mark.column + 1),
            f"the document is nested over {MAX_DEPTH} levels deep",
            "flatten the schema with named components and $ref",
        )


_SCALAR_LOADER = yaml.SafeLoader("")
