"""Decide whether and how a list operation paginates: an operation's query parameters, its
success response (body schema and declared headers) and the SDK config -> an
`ir.PageScheme` (or none) and the type of one item.

Detection is conservative: a scheme is chosen only when the request can select the next
page and the response says where the items are and when the list ends. The items are
the body itself when it is an array, else the envelope's array field (`data`, `items`,
`results`, `records`, ..., or its only array property). Then, first match wins:

1. `LINK_HEADER`: the response declares a `Link` header and the request takes a paging
   parameter (a page, cursor, offset or size);
2. a string cursor parameter (`after`, `starting_after`, `page_token`, `cursor`, a string
   `page`, ...) with the next cursor in a string body field (`next_cursor`,
   `nextPageToken`, `next_page`, `last_id`, ...):
   `CURSOR_LAST_ID` for `last_id`, else `CURSOR`; or, for `after`/`starting_after` and a
   boolean `has_more`, the last item's `id` (`CURSOR_ITEM_ID`);
3. `NEXT_URL`: a string body field holding the next page's URL (`next_page_uri`,
   `next_url`, `nextLink`, `next`, ...);
4. `OFFSET`: integer `offset` and `limit` parameters;
5. `PAGE_NUMBER`: an integer `page` parameter with a size parameter (`per_page`,
   `page_size`, `limit`, ...).

Names are compared without case, `_` or `-` (`page_token` is `pageToken` is `PageToken`).
The config's `pagination: operations:` names the scheme of an operation instead, or
turns paging off for it; what it names is checked against the operation.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from typing import Any

from ..core.diagnostics import Diagnostic, Severity
from ..spec.paging_config import PageOverride
from . import nodes as ir
from .schemas import SchemaReader

_CURSOR_PARAMS: tuple[str, ...] = ("after", "startingafter", "pagetoken", "cursor", "nexttoken", "continuationtoken")
_CURSOR_PARAMS += ("pagecursor", "startcursor", "nextpagetoken", "marker", "nextcursor", "page")
_ITEM_ID_PARAMS = ("after", "startingafter")
_CURSOR_FIELDS: tuple[str, ...] = (
    "lastid",
    "nextcursor",
    "nextpagetoken",
    "nexttoken",
    "continuationtoken",
    "nextmarker",
    "cursor",
)
_CURSOR_FIELDS += ("nextpage",)
_NEXT_URL_FIELDS = ("nextpageuri", "nextpageurl", "nexturl", "nexturi", "nextlink", "odatanextlink", "next")
_OFFSET_PARAMS = ("offset", "skip")
_PAGE_PARAMS = ("page", "pagenumber", "pageno")
_SIZE_PARAMS = ("limit", "perpage", "pagesize", "size", "maxresults", "take")
_ITEM_FIELDS = ("data", "items", "results", "records", "entries", "values", "elements")
_HAS_MORE_FIELDS = ("hasmore", "hasnextpage", "more")
_TOTAL_FIELDS = ("total", "totalcount", "totalresults", "totalitems", "totalsize", "count")
_PAGING_PARAMS = (*_CURSOR_PARAMS, *_OFFSET_PARAMS, *_PAGE_PARAMS, *_SIZE_PARAMS)
BODY = "."  # how the config names a response that is the array of items itself

_K = ir.PageKind
DEFAULT_NAMES = {
    _K.CURSOR_LAST_ID: "LastIdCursorPage",
    _K.CURSOR_ITEM_ID: "CursorPage",
    _K.CURSOR: "NextCursorPage",
    _K.NEXT_URL: "NextUrlPage",
    _K.OFFSET: "OffsetPage",
    _K.PAGE_NUMBER: "PageNumberPage",
    _K.LINK_HEADER: "LinkHeaderPage",
}


def _key(name: str) -> str:
    """A name as detection compares it: lower case, without `_`, `-`, `.` or `@`."""
    return re.sub(r"[_\-.@]", "", name).lower()


@dataclass(frozen=True, slots=True)
class Listing:
    """What detection reads: the query parameters, and the response's items and fields."""

    params: Mapping[str, ir.Parameter]  # query parameters by their compared name (`_key`)
    items: str  # the array field, or "" when the body is the array
    item_schema: Any
    fields: Mapping[str, tuple[str, frozenset[str]]]  # the envelope's properties by compared name: (name, JSON types)
    link_header: bool  # the response declares a `Link` header

    def param(self, names: tuple[str, ...], kind: ir.TypeKind) -> str:
        """The first query parameter among `names` whose type is (or includes) `kind`, or ''."""
        for name in names:
            found = self.params.get(name)
            if found is not None and kind in {found.type.kind, *(v.kind for v in found.type.variants)}:
                return found.name
        return ""

    def field(self, names: tuple[str, ...], types: tuple[str, ...]) -> str:
        """The first body field among `names` whose schema type is one of `types`, or ''."""
        for name in names:
            wire, declared = self.fields.get(name, ("", frozenset()))
            if wire and declared & set(types):
                return wire
        return ""


def _link(listing: Listing) -> ir.PageScheme | None:
    if not listing.link_header or not any(k in listing.params for k in _PAGING_PARAMS):
        return None
    return ir.PageScheme("", _K.LINK_HEADER, listing.items, "", "", "")


def _cursor(listing: Listing) -> ir.PageScheme | None:
    param = listing.param(_CURSOR_PARAMS, ir.TypeKind.STRING)
    if not param or not listing.items:
        return None
    has_more = listing.field(_HAS_MORE_FIELDS, ("boolean",))
    field = listing.field(_CURSOR_FIELDS, ("string",))
    if field:
        kind = _K.CURSOR_LAST_ID if _key(field) == "lastid" else _K.CURSOR
        return ir.PageScheme("", kind, listing.items, param, field, has_more)
    if has_more and _key(param) in _ITEM_ID_PARAMS:
        return ir.PageScheme("", _K.CURSOR_ITEM_ID, listing.items, param, "id", has_more)
    return None


def _next_url(listing: Listing) -> ir.PageScheme | None:
    field = listing.field(_NEXT_URL_FIELDS, ("string",))
    if not field or not listing.items:
        return None
    return ir.PageScheme("", _K.NEXT_URL, listing.items, "", field, listing.field(_HAS_MORE_FIELDS, ("boolean",)))


def _counted(kind: ir.PageKind, params: tuple[str, ...]) -> Callable[[Listing], ir.PageScheme | None]:
    def detect(listing: Listing) -> ir.PageScheme | None:
        param = listing.param(params, ir.TypeKind.INTEGER)
        size = listing.param(tuple(s for s in _SIZE_PARAMS if s != _key(param)), ir.TypeKind.INTEGER)
        if not param or not size:
            return None
        has_more = listing.field(_HAS_MORE_FIELDS, ("boolean",))
        total = listing.field(_TOTAL_FIELDS, ("integer",))
        return ir.PageScheme("", kind, listing.items, param, "", has_more, size, total)

    return detect


_DETECTORS = (_link, _cursor, _next_url, _counted(_K.OFFSET, _OFFSET_PARAMS), _counted(_K.PAGE_NUMBER, _PAGE_PARAMS))


def detect(listing: Listing) -> ir.PageScheme | None:
    """The scheme the listing pages by (unnamed), or None."""
    return next((s for s in (d(listing) for d in _DETECTORS) if s is not None), None)


def read_listing(
    reader: SchemaReader, method: str, arguments: list[ir.Parameter], response: Mapping[str, Any] | None, media: str
) -> Listing | None:
    """The listing a GET's JSON success `response` (the spec's response object) describes,
    or None when it returns no array of items."""
    if method != "get" or not isinstance(response, Mapping):
        return None
    schema = reader.resolve(((response.get("content") or {}).get(media) or {}).get("schema"))
    params = {_key(p.name): p for p in arguments if p.location is ir.ParamLocation.QUERY}
    headers = {_key(str(h)) for h in response.get("headers") or {}}
    if not isinstance(schema, Mapping):
        return None
    if schema.get("type") == "array":
        return Listing(params, "", schema.get("items", {}), {}, "link" in headers)
    properties = (reader.object_shape(schema) or ({}, set()))[0]
    fields = {_key(name): (name, _json_types(reader, sub)) for name, sub in properties.items()}
    # A property named "" never holds the items: an empty `items_field` means the body is the array.
    arrays = [name for name, types in fields.values() if name and types == {"array"}]
    items = next((fields[k][0] for k in _ITEM_FIELDS if k in fields and fields[k][0] in arrays), "")
    items = items or (arrays[0] if len(arrays) == 1 else "")
    if not items:
        return None
    return Listing(params, items, reader.resolve(properties[items]).get("items", {}), fields, "link" in headers)


def _json_types(reader: SchemaReader, schema: Any) -> frozenset[str]:
    """The JSON types a schema allows (`anyOf`/`oneOf` members included; `null` left out)."""
    schema = reader.resolve(schema)
    if not isinstance(schema, Mapping):
        return frozenset()
    declared = schema.get("type")
    found = set(declared if isinstance(declared, list) else [declared] if isinstance(declared, str) else [])
    for member in [*(schema.get("anyOf") or []), *(schema.get("oneOf") or [])]:
        found |= _json_types(reader, member)
    return frozenset(found - {"null"})


def configured(
    override: PageOverride, listing: Listing | None, report: Callable[[str, str], None]
) -> ir.PageScheme | None:
    """The scheme `override` names for an operation, its gaps filled by detection, or None
    (reported through `report(message, hint)`) when the operation cannot page that way."""
    if override.scheme is None:
        return None
    if listing is None:
        report("the operation is not a GET returning a JSON array or an object with one", "")
        return None
    kind = _K(override.scheme)
    items = "" if override.items == BODY else (override.items or listing.items)
    if override.items and override.items != BODY and _key(override.items) not in listing.fields:
        report(f"the response has no field {override.items!r}", "name an array field of the response, or `.`")
        return None
    guessed = detect(listing)
    guess = guessed if guessed is not None and guessed.kind is kind else None
    param = override.param or (guess.cursor_param if guess else "")
    needs_param = kind not in (_K.NEXT_URL, _K.LINK_HEADER)
    if needs_param and _key(param) not in listing.params:
        report(f"the operation has no query parameter {param!r}" if param else "name the query parameter", "`param:`")
        return None
    default_next = "id" if kind is _K.CURSOR_ITEM_ID else ""
    next_field = override.next or (guess.cursor_field if guess else default_next)
    if kind in (_K.CURSOR, _K.CURSOR_LAST_ID, _K.NEXT_URL) and _key(next_field) not in listing.fields:
        report(f"the response has no field {next_field!r}" if next_field else "name the response field", "`next:`")
        return None
    return ir.PageScheme(
        override.name,
        kind,
        items,
        param if needs_param else "",
        next_field,
        override.has_more or (guess.has_more_field if guess else ""),
        override.size or (guess.size_param if guess else ""),
        override.total or (guess.total_field if guess else ""),
    )


class PageNamer:
    """Names the schemes of a whole API, once every operation is read.

    The shape most operations of a kind use takes the kind's name (the config's, else
    `DEFAULT_NAMES`); another shape of that kind is prefixed with its items field in
    PascalCase (`CallsNextUrlPage`), then numbered. Names the config gives an operation
    are kept as given.
    """

    def __init__(self, names: Mapping[str, str]) -> None:
        self.names = names
        self.uses: dict[ir.PageScheme, int] = {}

    def use(self, scheme: ir.PageScheme) -> None:
        """Count one operation paging by `scheme` (named when the config named it)."""
        self.uses[scheme] = self.uses.get(scheme, 0) + 1

    def named(self) -> dict[ir.PageScheme, ir.PageScheme]:
        """Every used scheme -> the same scheme with its final name."""
        taken = {s.name for s in self.uses if s.name}
        result = {s: s for s in self.uses if s.name}
        ordered = sorted((s for s in self.uses if not s.name), key=lambda s: (s.kind.value, -self.uses[s], repr(s)))
        seen: set[ir.PageKind] = set()
        for scheme in ordered:
            base = self.names.get(scheme.kind.value, DEFAULT_NAMES[scheme.kind])
            name = base if scheme.kind not in seen else _pascal(scheme.items_field) + base
            seen.add(scheme.kind)
            candidate, number = name, 2
            while candidate in taken:
                candidate, number = f"{name}{number}", number + 1
            taken.add(candidate)
            result[scheme] = replace(scheme, name=candidate)
        return result


def _pascal(text: str) -> str:
    text = re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", text)
    return "".join(w[:1].upper() + w[1:].lower() for w in re.split(r"[^A-Za-z0-9]+", text) if w)


class Pager:
    """Pages every operation of one API: detection, the config's schemes, the names."""

    def __init__(self, reader: SchemaReader, names: Mapping[str, str], overrides: tuple[PageOverride, ...]) -> None:
        self.reader = reader
        self.overrides = {o.operation_id: o for o in overrides}
        self.namer = PageNamer(names)
        self.named: dict[str, ir.PageScheme] = {}
        self.used: set[str] = set()
        self.diagnostics: list[Diagnostic] = []

    def page(
        self, operation_id: str, method: str, arguments: list[ir.Parameter], response: Any, media: str
    ) -> tuple[ir.PageScheme | None, ir.TypeRef | None, str]:
        """The operation's scheme (named once `finish` is called), item type and item example schema."""
        listing = read_listing(self.reader, method, arguments, response, media)
        override = self.overrides.get(operation_id)
        if override is not None:
            self.used.add(operation_id)
            scheme = configured(override, listing, lambda message, hint: self._fail(override, message, hint))
        else:
            scheme = detect(listing) if listing is not None else None
        if scheme is None or listing is None:
            return None, None, ""
        if override is not None and scheme.name:
            if self.named.setdefault(scheme.name, scheme) != scheme:
                self._fail(override, f"two page schemes are both named {scheme.name!r}", "give them different names")
        self.namer.use(scheme)
        return scheme, self.reader.type_of(listing.item_schema), self.reader.example_schema(listing.item_schema)

    def finish(self) -> dict[ir.PageScheme, ir.PageScheme]:
        """Every scheme `page` returned -> the scheme named; reports config naming no operation."""
        for operation_id, override in self.overrides.items():
            if operation_id not in self.used:
                self._fail(override, f"no operation has the operationId {operation_id!r}", "")
        return self.namer.named()

    def _fail(self, override: PageOverride, message: str, hint: str) -> None:
        self.diagnostics.append(Diagnostic(Severity.ERROR, message, override.location, hint))
