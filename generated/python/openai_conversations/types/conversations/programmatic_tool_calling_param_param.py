# File generated from conversations.yaml by sdkgen. Do not edit.

from typing import Literal, TypedDict

__all__ = ["ProgrammaticToolCallingParamParam"]


class ProgrammaticToolCallingParamParam(TypedDict):
    type: Literal["programmatic_tool_calling"]
    """The type of the tool. Always `programmatic_tool_calling`."""
