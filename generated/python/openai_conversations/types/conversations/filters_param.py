# File generated from conversations.yaml by sdkgen. Do not edit.

from __future__ import annotations

from typing import TypeAlias, Union

from .comparison_filter_param import ComparisonFilterParam
from .compound_filter_param import CompoundFilterParam

__all__ = ["FiltersParam"]


FiltersParam: TypeAlias = Union[ComparisonFilterParam, CompoundFilterParam]
