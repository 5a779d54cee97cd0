"""The `pagination:` section of the SDK config -> page class names and per-operation schemes.

```yaml
pagination:
  cursor_last_id: ConversationCursorPage   # the page class of a detected scheme, by kind
  offset: OffsetPage
  operations:                               # by operationId: detection replaced
    listEvents: none                        # no auto-pagination
    listWidgets: {scheme: page_number, param: page, size: per_page, items: widgets, name: WidgetPage}
```

A scheme named for an operation says what detection would otherwise guess; the IR builder
checks the names it gives against the operation (`ir/paging.py`). Errors point at their
line in the config.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from ..core.diagnostics import Location
from ..core.settings import Setting, SettingsReader

PAGE_KINDS = ("cursor_last_id", "cursor_item_id", "cursor", "next_url", "offset", "page_number", "link_header")
"""The kinds of page scheme (`ir.PageKind` values), as the config names them."""

_PAGE_NAME = r"^[A-Z][A-Za-z0-9]*$"
_FIELD = r"^[^\x00-\x1f'\"\\]+$"  # a wire name, printed inside string literals
_SCHEME_FIELDS: dict[str, Setting] = {
    "scheme": Setting(f"^({'|'.join(PAGE_KINDS)})$", f"one of {', '.join(PAGE_KINDS)}"),
    "name": Setting(_PAGE_NAME, "a PascalCase page class name", required=False),
    "items": Setting(_FIELD, "a response field name", required=False),
    "param": Setting(_FIELD, "a query parameter name", required=False),
    "size": Setting(_FIELD, "a query parameter name", required=False),
    "next": Setting(_FIELD, "a response field name", required=False),
    "has_more": Setting(r"^[A-Za-z_][A-Za-z0-9_]*$", "a response field name (an identifier)", required=False),
    "total": Setting(_FIELD, "a response field name", required=False),
}


@dataclass(frozen=True, slots=True)
class PageOverride:
    """The paging of one operation as the config names it; `scheme` None: not paginated.

    Empty strings are left to detection: `items` (the response's array field; `.` for a
    response that is the array itself), `param` (the cursor, offset or page query
    parameter), `size` (the page size parameter), `next` (the response field holding the
    next cursor or URL), `has_more` and `total` (response fields).
    """

    operation_id: str
    scheme: str | None
    location: Location
    name: str = ""
    items: str = ""
    param: str = ""
    size: str = ""
    next: str = ""
    has_more: str = ""
    total: str = ""


def read_pagination(reader: SettingsReader, data: Mapping[str, Any]) -> tuple[dict[str, str], tuple[PageOverride, ...]]:
    """The page class names by kind, and the per-operation schemes, of `pagination:`."""
    names: dict[str, str] = {}
    for kind, name in data.items():
        pointer = f"/pagination/{kind}"
        if kind == "operations":
            continue
        if kind not in PAGE_KINDS:
            reader.fail(pointer, f"unknown page scheme {kind!r}", f"known schemes: {', '.join(PAGE_KINDS)}")
        elif not isinstance(name, str) or not re.fullmatch(_PAGE_NAME, name):
            reader.fail(pointer, f"page name must be PascalCase, got {name!r}")
        else:
            names[str(kind)] = name
    operations = reader.mapping(data, "/pagination/operations") if data else {}
    return names, tuple(_override(reader, str(key), item) for key, item in sorted(operations.items()))


def _override(reader: SettingsReader, operation_id: str, item: Any) -> PageOverride:
    pointer = f"/pagination/operations/{operation_id}"
    location = reader.locate(pointer)
    if item is None or item == "none" or item is False:
        return PageOverride(operation_id, None, location)
    if not isinstance(item, Mapping):
        reader.fail(pointer, "expected `none` or a mapping with `scheme`", f"schemes: {', '.join(PAGE_KINDS)}")
        return PageOverride(operation_id, None, location)
    reader.unknown_keys(item, pointer, set(_SCHEME_FIELDS))
    values = reader.strings(item, pointer, _SCHEME_FIELDS)
    scheme = values.pop("scheme", None)
    return PageOverride(operation_id, scheme or None, location, **values)
