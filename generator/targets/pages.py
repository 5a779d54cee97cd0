"""What the targets share about page classes: how each scheme finds its next page.

`style` groups the kinds the page templates print alike: `cursor` (a cursor from the
body: `CURSOR`, `CURSOR_LAST_ID`), `last_item` (`CURSOR_ITEM_ID`), and otherwise the
kind's own value (`next_url`, `link_header`, `offset`, `page_number`). `page_script` is
the three pages the generated runtime tests serve to each page class of a package.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from ..ir import nodes as ir

_GROUPED = {ir.PageKind.CURSOR: "cursor", ir.PageKind.CURSOR_LAST_ID: "cursor", ir.PageKind.CURSOR_ITEM_ID: "last_item"}


def style(kind: ir.PageKind) -> str:
    """How a page of `kind` finds the next page, as the page templates branch on it."""
    return _GROUPED.get(kind, kind.value)


def follows_url(kind: ir.PageKind) -> bool:
    """Whether the next page is a URL the response gives (the body's, or the `Link` header's)."""
    return kind in (ir.PageKind.NEXT_URL, ir.PageKind.LINK_HEADER)


def reads_cursor(kind: ir.PageKind) -> bool:
    """Whether the page holds a next cursor or URL of its own."""
    return style(kind) == "cursor" or follows_url(kind)


BASE = "{base}"  # the client's base URL, in a scripted next-page URL
PATH = "/things"  # where the scripted list lives, under the base URL
_PAGES = ((1, 2), (3, 4), (5,))


@dataclass(frozen=True, slots=True)
class PageScript:
    """Five items (`i1`..`i5`) as a scheme serves them over three pages, for the generated
    packages' runtime tests: the first request's query (JSON), each reply's body (JSON)
    and headers, and the request each page takes (its path and query, under the base
    URL). A next-page URL in a body or header starts with `BASE`."""

    query: str
    replies: tuple[tuple[str, tuple[tuple[str, str], ...]], ...]
    targets: tuple[str, ...]


def page_script(scheme: ir.PageScheme) -> PageScript:
    """How a page class of `scheme` walks five items; the list ends by the scheme's own rule."""
    kind, param = scheme.kind, scheme.cursor_param
    query = (
        {scheme.size_param: 2} if scheme.size_param and kind in (ir.PageKind.OFFSET, ir.PageKind.PAGE_NUMBER) else {}
    )
    first = PATH + (f"?{scheme.size_param}=2" if query else "")
    joiner = "&" if query else "?"
    counted = kind in (ir.PageKind.OFFSET, ir.PageKind.PAGE_NUMBER)
    pages = [*_PAGES, ()] if counted and not (query or scheme.total_field or scheme.has_more_field) else list(_PAGES)
    bodies, headers, targets = [], [], [first]
    for index, numbers in enumerate(pages):
        last = index == len(pages) - 1
        items = [{"id": f"i{n}"} for n in numbers]
        body: dict[str, object] = {scheme.items_field: items} if scheme.items_field else {}
        body |= {scheme.has_more_field: not last} if scheme.has_more_field else {}
        body |= {scheme.total_field: 5} if scheme.total_field else {}
        link = f"{BASE}{PATH}?page={index + 2}"
        if style(kind) == "cursor":
            body[scheme.cursor_field] = None if last else f"c{index + 2}"
            targets.append(f"{PATH}?{param}=c{index + 2}")
        elif kind is ir.PageKind.CURSOR_ITEM_ID:
            targets.append(f"{PATH}?{param}=i{numbers[-1]}")
        elif kind is ir.PageKind.NEXT_URL:
            body[scheme.cursor_field] = None if last else link
            targets.append(f"{PATH}?page={index + 2}")
        elif kind is ir.PageKind.LINK_HEADER:
            targets.append(f"{PATH}?page={index + 2}")
        else:
            position = index + 2 if kind is ir.PageKind.PAGE_NUMBER else 2 * (index + 1)
            targets.append(f"{first}{joiner}{param}={position}")
        bodies.append(body if scheme.items_field else items)
        headers.append((("link", f'<{link}>; rel="next"'),) if kind is ir.PageKind.LINK_HEADER and not last else ())
    replies = tuple((json.dumps(b), h) for b, h in zip(bodies, headers))
    return PageScript(json.dumps(query), replies, tuple(targets[: len(pages)]))
