# File generated from conversations.yaml by sdkgen. Do not edit.

from __future__ import annotations

from typing import List, Literal, TypeAlias, TypedDict, Union

from .comparison_filter_param import ComparisonFilterParam

__all__ = ["CompoundFilterParam", "CompoundFilterFiltersItemParam"]


class CompoundFilterParam(TypedDict):
    """Combine multiple filters using `and` or `or`."""

    filters: List[CompoundFilterFiltersItemParam]
    """Array of filters to combine.

    Items can be `ComparisonFilter` or `CompoundFilter`.
    """

    type: Literal["and", "or"]
    """Type of operation: `and` or `or`."""


CompoundFilterFiltersItemParam: TypeAlias = Union[ComparisonFilterParam, CompoundFilterParam]
