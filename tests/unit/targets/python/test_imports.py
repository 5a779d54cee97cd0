"""The Python target's imports, built as values: merged per module, sorted, printed in sections."""

from __future__ import annotations

import black

from generator.targets.python.format import black_mode
from generator.targets.python.imports import ImportBlock, Section, name_order


def test_names_of_one_module_merge_into_one_sorted_statement() -> None:
    imports = ImportBlock()
    imports.add("typing", "cast", "Literal", section=Section.STANDARD)
    imports.add("..types.models", "Thing", "Mode")
    imports.add("typing", "Any", "Literal", section=Section.STANDARD)
    imports.add("..types.models", "Mode")
    assert imports.lines() == (
        "from typing import Any, Literal, cast",
        "",
        "from ..types.models import Mode, Thing",
    )


def test_sections_print_apart_in_order_and_statements_in_the_order_first_added() -> None:
    imports = ImportBlock()
    imports.add(".items", "Items", "AsyncItems", section=Section.SUBMODULES, ordered=True)
    imports.add("..._resource", "SyncAPIResource")
    imports.add_module("httpx")
    imports.add("functools", "cached_property", section=Section.STANDARD)
    imports.add("..._base_client", "make_request_options")
    assert imports.lines() == (
        "from functools import cached_property",
        "",
        "import httpx",
        "",
        "from ..._resource import SyncAPIResource",
        "from ..._base_client import make_request_options",
        "from .items import Items, AsyncItems",
    )


def test_type_checking_imports_get_a_guarded_block_and_the_guard_itself() -> None:
    imports = ImportBlock()
    imports.add("typing", section=Section.STANDARD)  # keeps the first place for `typing`
    imports.add("functools", "cached_property", section=Section.STANDARD)
    imports.add("...types.models", "Conversation")
    imports.add_guarded("...types.params", "MetadataParam", "InputItemParam")
    imports.add(".items", "Items", section=Section.SUBMODULES, ordered=True)
    assert imports.lines() == (
        "from typing import TYPE_CHECKING",
        "from functools import cached_property",
        "",
        "from ...types.models import Conversation",
        "",
        "if TYPE_CHECKING:",
        "    from ...types.params import InputItemParam, MetadataParam",
        "from .items import Items",
    )


def test_a_statement_with_no_names_prints_nothing() -> None:
    imports = ImportBlock()
    imports.add("typing", section=Section.STANDARD)
    imports.add(".pagination")
    assert imports.lines() == ()


def test_runtime_types_print_in_their_declared_order() -> None:
    imports = ImportBlock()
    imports.add("..._types", "omit", "Query", "NotGiven", "Body", "not_given", "Omit", "Headers", "FileTypes")
    assert imports.lines() == (
        "from ..._types import Body, FileTypes, Headers, Omit, NotGiven, Query, not_given, omit",
    )


def test_name_order_puts_classes_first() -> None:
    assert name_order({"overload", "TYPE_CHECKING", "Any", "cast", "Literal"}) == [
        "Any",
        "Literal",
        "TYPE_CHECKING",
        "cast",
        "overload",
    ]


def test_a_statement_past_blacks_line_length_prints_one_name_a_line_as_black_does() -> None:
    imports = ImportBlock()
    wrappers = ["to_streamed_response_wrapper", "to_raw_response_wrapper", "async_to_raw_response_wrapper"]
    imports.add("..._response", *wrappers, "async_to_streamed_response_wrapper")
    imports.add_guarded("...types.params", *(f"SomeRatherLongParamName{i}" for i in range(3)))
    imports.add_guarded("...types.models", *(f"AQuiteLongModelName{i}" for i in range(5)))
    assert imports.lines() == (
        "from typing import TYPE_CHECKING",
        "",
        "from ..._response import (",
        "    async_to_raw_response_wrapper,",
        "    async_to_streamed_response_wrapper,",
        "    to_raw_response_wrapper,",
        "    to_streamed_response_wrapper,",
        ")",
        "",
        "if TYPE_CHECKING:",
        "    from ...types.params import SomeRatherLongParamName0, SomeRatherLongParamName1, SomeRatherLongParamName2",
        "    from ...types.models import (",
        "        AQuiteLongModelName0,",
        "        AQuiteLongModelName1,",
        "        AQuiteLongModelName2,",
        "        AQuiteLongModelName3,",
        "        AQuiteLongModelName4,",
        "    )",
    )
    text = "\n".join(imports.lines()) + "\n"
    assert black.format_str(text, mode=black_mode()) == text
