"""Page classes in both targets: fields named as on the wire (aliased where Python cannot
spell them), and the three pages each package's runtime tests serve its classes."""

from __future__ import annotations

import json

from generator import ir
from generator.targets.pages import page_script
from generator.targets.python.page_views import needs_field, page_runtime
from generator.targets.python.page_views import page_view as python_page
from generator.targets.typescript.page_views import page_view as typescript_page
from generator.targets.typescript.page_views import runtime_names

K = ir.PageKind
ODATA = ir.PageScheme("NextUrlPage", K.NEXT_URL, "value", "", "@odata.nextLink", "")
LINKED = ir.PageScheme("LinkHeaderPage", K.LINK_HEADER, "", "", "", "")
OFFSET = ir.PageScheme("OffsetPage", K.OFFSET, "results", "offset", "", "has_more", "limit", "total")


def test_python_aliases_a_field_it_cannot_spell() -> None:
    view = python_page(ODATA)
    assert view.fields == (
        "value: List[_T]",
        'field_odata_nextlink: Optional[str] = Field(None, alias="@odata.nextLink")',
    )
    assert (view.style, view.cursor_attr, view.reshape) == ("next_url", "field_odata_nextlink", "")
    assert needs_field((ODATA,)) and not needs_field((OFFSET,))


def test_python_pages_of_a_bare_array_reshape_the_body() -> None:
    view = python_page(LINKED)
    assert view.fields == ("items: List[_T]", "next_url: Optional[str] = None")
    assert view.reshape == 'items_body(body, "items", headers, link=True)'
    assert page_runtime((LINKED, OFFSET)) == "BaseAsyncPage, BasePage, BaseSyncPage, PageInfo, items_body, next_counted"
    counted = python_page(OFFSET)
    assert (counted.total_expr, counted.numbered, counted.size_param) == ("self.total", "False", "limit")


def test_typescript_reads_fields_by_their_wire_names() -> None:
    view = typescript_page(ODATA)
    assert (view.cursor, view.cursor_key, view.items) == ("this['@odata.nextLink']", "'@odata.nextLink'", "this.value")
    linked = typescript_page(LINKED)
    assert (linked.items_key, linked.items_source, linked.cursor) == ("items", "body", "this.nextURL")
    assert runtime_names((LINKED,)) == ("AbstractPage", "nextLink")
    assert runtime_names((OFFSET,)) == ("AbstractPage", "nextCountedRequest", "pageBody")


def test_the_scripted_pages_end_by_each_scheme_s_own_rule() -> None:
    offset = page_script(OFFSET)
    assert json.loads(offset.query) == {"limit": 2}
    assert offset.targets == ("/things?limit=2", "/things?limit=2&offset=2", "/things?limit=2&offset=4")
    assert [json.loads(body)["has_more"] for body, _ in offset.replies] == [True, True, False]
    numbered = page_script(ir.PageScheme("PageNumberPage", K.PAGE_NUMBER, "", "page", "", ""))
    assert len(numbered.replies) == 4 and json.loads(numbered.replies[-1][0]) == []  # only an empty page ends it
    assert numbered.targets[-1] == "/things?page=4"
    linked = page_script(LINKED)
    assert linked.replies[0][1] == (("link", '<{base}/things?page=2>; rel="next"'),) and linked.replies[-1][1] == ()
