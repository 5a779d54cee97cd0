# File generated from conversations.yaml by sdkgen. Do not edit.

from typing import Optional, TypedDict

from typing_extensions import NotRequired

from .reasoning_effort_param import ReasoningEffortParam

__all__ = ["ConfigurationUpdateReasoningParam"]


class ConfigurationUpdateReasoningParam(TypedDict):
    """The reasoning configuration applied by a configuration update."""

    effort: NotRequired[Optional[ReasoningEffortParam]]
    """
    The reasoning effort used for subsequent responses until another configuration
    update replaces it.
    """
