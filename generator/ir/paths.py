"""Path keys as placement reads them: a spec's path keys + the config's version rule ->
the path each key is named from.

A format suffix never names anything (`/Accounts/{Sid}.json` is named as
`/Accounts/{Sid}`), and a leading version or date segment (`/v1`, `/2010-04-01`) is a
namespace only where the spec has several side by side (`v1` and `v2` beside each
other become `client.v1...` and `client.v2...`); where it has one, the segment names
nothing. The config's `versions:` says `namespace` or `drop` to decide it outright.
A GET whose response is a collection (an array, or an envelope around one) lists.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from .naming import words
from .schemas import SchemaReader

# A format a path segment may end in (`Messages.json`): the body's format, never a name.
_FORMAT_SUFFIX = re.compile(r"\.(json|jsonl|ndjson|xml|yaml|yml|csv|txt|html)$", re.IGNORECASE)
# A version segment: `v1`, `v2beta`, `v1alpha2`, or a date (`2010-04-01`).
_VERSION = re.compile(r"^(v\d+(?:(?:alpha|beta)\d*)?|\d{4}-\d{2}-\d{2})$", re.IGNORECASE)
# The property of a collection envelope that holds its items, under its usual names.
_ITEMS_NAMES = ("data", "items", "results", "records", "entries", "elements", "values")
# Words of an envelope's other properties that say it is one page of a collection.
_PAGE_WORDS = frozenset(
    {"next", "previous", "prev", "page", "cursor", "total", "count", "more", "offset", "limit", "links", "meta"}
)


@dataclass(frozen=True, slots=True)
class PathNames:
    """How path keys are read for names: whether version segments stay as a namespace."""

    keep_versions: bool

    def naming_path(self, path: str) -> str:
        """`path` as its names are made: format suffixes and (unless kept) its version gone,
        a kept date spelled as a name (`/2010-04-01` -> `/v2010-04-01`)."""
        segments = [_FORMAT_SUFFIX.sub("", s) for s in path.split("/") if s]
        if segments and len(segments) > 1 and _VERSION.match(segments[0]):
            if not self.keep_versions:
                segments = segments[1:]
            elif segments[0][0].isdigit():
                segments[0] = "v" + segments[0]
        return "/" + "/".join(segments)


def path_names(paths: Iterable[str], rule: str) -> PathNames:
    """The reading of `paths` the rule gives: `auto` keeps version segments as namespaces
    when there are at least two different ones, `namespace` always, `drop` never."""
    versions = {_version(p) for p in paths} - {""}
    return PathNames(rule == "namespace" or (rule == "auto" and len(versions) > 1))


def _version(path: str) -> str:
    segments = [s for s in path.split("/") if s]
    return segments[0].lower() if len(segments) > 1 and _VERSION.match(segments[0]) else ""


def is_collection(reader: SchemaReader, schema: Any, path: str) -> bool:
    """Whether a response schema is a collection: an array, or an object holding its items
    in an array under a usual name (`data`, `items`, `results`, ...), under the path's
    own last word (`{accounts: [...]}` for `/Accounts`), or in its only array beside
    paging fields (`next_page_token`, `total_count`, ...)."""
    resolved = reader.resolve(schema)
    if not isinstance(resolved, Mapping):
        return False
    if resolved.get("type") == "array" or "items" in resolved and "properties" not in resolved:
        return True
    shape = reader.object_shape(schema)
    if shape is None:
        return False
    arrays = [str(n) for n, sub in shape[0].items() if _is_array(reader, sub)]
    last = words(path.rsplit("/", 1)[-1])
    if any(n in _ITEMS_NAMES or words(n) == last for n in arrays):
        return True
    others = {w for n in shape[0] if n not in arrays for w in words(str(n)).split("_")}
    return len(arrays) == 1 and bool(others & _PAGE_WORDS)


def _is_array(reader: SchemaReader, schema: Any) -> bool:
    resolved = reader.resolve(schema)
    if not isinstance(resolved, Mapping):
        return False
    kinds = resolved.get("type")
    return kinds == "array" or isinstance(kinds, list) and "array" in kinds
