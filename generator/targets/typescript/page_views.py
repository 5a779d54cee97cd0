"""The page classes of a TypeScript package: `ir.PageScheme`s -> `PageView`s for `src/pagination.ts`.

Decided here, once: each class's properties (the wire names; `items` for a body that is
the array itself, `nextURL` for the `Link` header's next URL), how each is read from the
response, its doc comment, how it finds the next page (`style`), and what the module
imports from the runtime.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from ... import ir
from ..pages import BASE, PageScript, page_script, reads_cursor, style
from .text import literal, property_key, string_literal

_K = ir.PageKind
BODY_ITEMS = "items"  # the property holding the items of a response that is an array
LINK_PROPERTY = "nextURL"  # the property holding the `Link` header's next URL


@dataclass(frozen=True, slots=True)
class PageView:
    """One page scheme as a page class: where its items, cursor and has-more flag are."""

    name: str
    items_key: str
    cursor_param: str
    cursor_field: str
    has_more_field: str
    from_last_item: bool
    style: str = "cursor"  # how the next page is found (`targets.pages.style`)
    doc: tuple[str, ...] = ()  # the class's doc comment, line by line
    items: str = ""  # `this.data`: the items
    items_source: str = ""  # the expression the items are read from (`fields['data']`, `body`)
    cursor: str = ""  # `this.next_page_uri`: the next cursor or URL, or ''
    cursor_key: str = ""  # its property key, or ''
    total: str = ""  # `this.total`: the total item count, or ''
    total_key: str = ""  # its property key, or ''
    total_field: str = ""  # a string literal of the total's wire name, or ''
    size_param: str = ""  # a string literal of the page size parameter (`''` when none)
    numbered: str = "false"  # `true` for page numbers, `false` for offsets (`nextCountedRequest`)
    test_script: tuple[str, ...] = ()  # `targets.pages.page_script` as the lines of a TypeScript tuple
    # (base URL placeholder, query, replies, targets), each line to follow an indent


def runtime_names(schemes: tuple[ir.PageScheme, ...]) -> tuple[str, ...]:
    """What `src/pagination.ts` imports from `core/pagination.js`."""
    names = {"AbstractPage", "pageBody"}
    names |= {"nextCursorRequest" for s in schemes if style(s.kind) in ("cursor", "last_item")}
    names |= {"nextLink" for s in schemes if s.kind is _K.LINK_HEADER}
    names |= {"nextCountedRequest" for s in schemes if s.kind in (_K.OFFSET, _K.PAGE_NUMBER)}
    if all(s.items_field == "" and not s.has_more_field and not s.total_field for s in schemes):
        names.discard("pageBody")
    return tuple(sorted(names))


def page_view(scheme: ir.PageScheme) -> PageView:
    """The page class of one scheme."""
    items = scheme.items_field or BODY_ITEMS
    cursor = LINK_PROPERTY if scheme.kind is _K.LINK_HEADER else scheme.cursor_field
    has_cursor = reads_cursor(scheme.kind)
    return PageView(
        scheme.name,
        property_key(items),
        scheme.cursor_param,
        scheme.cursor_field,
        scheme.has_more_field,
        scheme.kind is _K.CURSOR_ITEM_ID,
        style=style(scheme.kind),
        doc=_doc(scheme),
        items=_member(items),
        items_source=f"fields[{string_literal(scheme.items_field)}]" if scheme.items_field else "body",
        cursor=_member(cursor) if has_cursor else "",
        cursor_key=property_key(cursor) if has_cursor else "",
        total=_member(scheme.total_field) if scheme.total_field else "",
        total_key=property_key(scheme.total_field) if scheme.total_field else "",
        total_field=string_literal(scheme.total_field) if scheme.total_field else "",
        size_param=string_literal(scheme.size_param),
        numbered="true" if scheme.kind is _K.PAGE_NUMBER else "false",
        test_script=_script(page_script(scheme)),
    )


def _member(wire: str) -> str:
    key = property_key(wire)
    return f"this.{key}" if key == wire else f"this[{key}]"


def _doc(scheme: ir.PageScheme) -> tuple[str, ...]:
    param = f"`{scheme.cursor_param}`"
    if scheme.kind is _K.CURSOR_ITEM_ID:
        return (
            f"A page of a list whose next page is requested with {param} set to",
            "the `id` of this page's last item.",
        )
    if scheme.kind in (_K.CURSOR_LAST_ID, _K.CURSOR):
        return (
            f"A page of a list whose next page is requested with {param} set to",
            f"this page's `{scheme.cursor_field}`.",
        )
    if scheme.kind is _K.NEXT_URL:
        return (f"A page of a list whose next page is at the URL in this page's `{scheme.cursor_field}`.",)
    if scheme.kind is _K.LINK_HEADER:
        return ('A page of a list whose next page is at the `Link` header\'s `rel="next"` URL.',)
    advance = "by the items received" if scheme.kind is _K.OFFSET else "by one"
    return (f"A page of a list whose next page is requested with {param} advanced {advance}.",)


def _script(script: PageScript) -> tuple[str, ...]:
    replies = [f"  {literal([body, [list(h) for h in headers]])}," for body, headers in script.replies]
    head = (f"{literal(BASE)},", f"{literal(script.query)},", "[")
    return (*head, *replies, "],", f"{literal(list(script.targets))},")


def page_aliases(
    operations: tuple[ir.Operation, ...], spell: Callable[[ir.TypeRef], str], taken: frozenset[str]
) -> tuple[tuple[str, str], ...]:
    """A resource module's page types, as openai-node declares them beside their list
    methods: (`ConversationItemsPage`, `ConversationCursorPage<ConversationItem>`) for each
    paged operation whose items are a named type. A name already taken in the module, or
    given to an earlier alias, gets none."""
    found: dict[str, str] = {}
    for op in operations:
        if op.page is None or op.page_item is None:
            continue
        item = spell(op.page_item)
        base = item.rsplit(".", 1)[-1]
        if not base.isidentifier():  # a union or an inline type
            continue
        name = f"{base}Page" if base.endswith("s") else f"{base}sPage"
        if name not in taken and name not in found:
            found[name] = f"{op.page.name}<{item}>"
    return tuple(found.items())
