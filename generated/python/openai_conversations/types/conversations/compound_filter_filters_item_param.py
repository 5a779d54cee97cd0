# File generated from conversations.yaml by sdkgen. Do not edit.

from .compound_filter_param import CompoundFilterFiltersItemParam as CompoundFilterFiltersItemParam

__all__ = ["CompoundFilterFiltersItemParam"]
