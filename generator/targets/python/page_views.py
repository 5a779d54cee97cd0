"""The page classes of a Python package: `ir.PageScheme`s -> `PageView`s for `pagination.py`.

Decided here, once: each class's fields (the wire names where they are identifiers, an
alias otherwise; `items` for a body that is the array itself, `next_url` for the `Link`
header's next URL), its docstring, how it finds the next page (`style`), and what the
module imports.
"""

from __future__ import annotations

from ... import ir
from ..pages import BASE, page_script, reads_cursor, style
from .imports import name_order
from .layout import Group, Item, lay_out, literal_node
from .names import own_attribute
from .view_models import PageView

_K = ir.PageKind
BODY_ITEMS = "items"  # the field holding the items of a response that is an array
LINK_FIELD = "next_url"  # the field holding the `Link` header's next URL


def page_typing(schemes: tuple[ir.PageScheme, ...]) -> str:
    """What `pagination.py` imports from typing."""
    names = {"Generic", "List", "Optional", "TypeVar"}
    if any(s.kind is _K.CURSOR_ITEM_ID for s in schemes):
        names |= {"Any", "cast"}
    return ", ".join(name_order(names))


def page_runtime(schemes: tuple[ir.PageScheme, ...]) -> str:
    """What `pagination.py` imports from the runtime's `_pagination`."""
    names = {"BaseAsyncPage", "BasePage", "BaseSyncPage", "PageInfo"}
    names |= {"next_counted" for s in schemes if s.kind in (_K.OFFSET, _K.PAGE_NUMBER)}
    names |= {"items_body" for s in schemes if _reshaped(s)}
    return ", ".join(sorted(names))


def page_view(scheme: ir.PageScheme) -> PageView:
    """The sync and async classes of one scheme."""
    items = scheme.items_field or BODY_ITEMS
    cursor = LINK_FIELD if scheme.kind is _K.LINK_HEADER else scheme.cursor_field
    fields = [_field(items, "List[_T]", "")]
    fields += [_field(scheme.has_more_field, "Optional[bool]", " = None")] if scheme.has_more_field else []
    if reads_cursor(scheme.kind):
        fields.append(_field(cursor, "Optional[str]", " = None"))
    fields += [_field(scheme.total_field, "Optional[int]", " = None")] if scheme.total_field else []
    script = page_script(scheme)
    test_script = (BASE, script.query, script.replies, script.targets)
    classes = tuple(Item("", f"package_pagination.{flavor}{scheme.name}") for flavor in ("Sync", "Async"))
    return PageView(
        scheme.name,
        scheme.items_field,
        scheme.cursor_param,
        scheme.cursor_field,
        scheme.has_more_field,
        scheme.kind is _K.CURSOR_ITEM_ID,
        style=style(scheme.kind),
        doc=_doc(scheme),
        fields=tuple(fields),
        items_attr=_attr(items),
        has_more_attr=_attr(scheme.has_more_field) if scheme.has_more_field else "",
        cursor_attr=_attr(cursor) if cursor else "",
        total_expr=f"self.{_attr(scheme.total_field)}" if scheme.total_field else "None",
        size_param=scheme.size_param,
        reshape=_reshape(scheme),
        numbered=str(scheme.kind is _K.PAGE_NUMBER),
        test_script=repr(test_script),
        test_row=lay_out("", Group("", "(", (*classes, Item("", literal_node(test_script))), ")", True), ",", 4)[:-1],
    )


def needs_field(schemes: tuple[ir.PageScheme, ...]) -> bool:
    """Whether a page class declares a field under an alias (`pydantic.Field`)."""
    views = [page_view(s) for s in schemes]
    return any(" = Field(" in f for v in views for f in v.fields)


def _reshaped(scheme: ir.PageScheme) -> bool:
    return not scheme.items_field or scheme.kind is _K.LINK_HEADER


def _reshape(scheme: ir.PageScheme) -> str:
    """The call that reshapes the body for the page, or ''."""
    if not _reshaped(scheme):
        return ""
    link = scheme.kind is _K.LINK_HEADER
    return f'items_body(body, "{scheme.items_field or BODY_ITEMS}", headers, link={link})'


def _attr(wire: str) -> str:
    """The attribute of a response field: its wire name, or an alias of it."""
    if own_attribute(wire):
        return wire
    return "field_" + "".join(c if c.isalnum() else "_" for c in wire).strip("_").lower()


def _field(wire: str, annotation: str, default: str) -> str:
    attr = _attr(wire)
    if attr == wire:
        return f"{attr}: {annotation}{default}"
    value = "None, " if default else ""
    return f'{attr}: {annotation} = Field({value}alias="{wire}")'


def _doc(scheme: ir.PageScheme) -> str:
    items = f"`{scheme.items_field}`" if scheme.items_field else "the response's items"
    if scheme.kind is _K.CURSOR_ITEM_ID:
        how = f"requested with `{scheme.cursor_param}` set to the last item's `{scheme.cursor_field}`"
    elif scheme.kind in (_K.CURSOR_LAST_ID, _K.CURSOR):
        how = f"requested with `{scheme.cursor_param}` set to the response's `{scheme.cursor_field}`"
    elif scheme.kind is _K.NEXT_URL:
        how = f"at the URL in the response's `{scheme.cursor_field}`"
    elif scheme.kind is _K.LINK_HEADER:
        how = 'at the `Link` header\'s `rel="next"` URL'
    elif scheme.kind is _K.OFFSET:
        how = f"requested with `{scheme.cursor_param}` advanced by the items received"
    else:
        how = f"requested with `{scheme.cursor_param}` advanced by one"
    return f"A page of {items}; the next page is {how}."
