# File generated from conversations.yaml by sdkgen. Do not edit.

from typing import List, Literal, Optional, TypedDict

from typing_extensions import NotRequired

from .callable_tool_allowed_caller_param import CallableToolAllowedCallerParam

__all__ = ["ApplyPatchToolParamParam"]


class ApplyPatchToolParamParam(TypedDict):
    """Allows the assistant to create, delete, or update files using unified diffs."""

    type: Literal["apply_patch"]
    """The type of the tool. Always `apply_patch`."""

    allowed_callers: NotRequired[Optional[List[CallableToolAllowedCallerParam]]]
