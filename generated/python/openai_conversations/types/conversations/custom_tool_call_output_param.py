# File generated from conversations.yaml by sdkgen. Do not edit.

from typing import List, Literal, Optional, TypedDict, Union

from typing_extensions import NotRequired

from .input_content_param import InputContentParam
from .tool_call_caller_param import ToolCallCallerParam

__all__ = ["CustomToolCallOutputParam"]


class CustomToolCallOutputParam(TypedDict):
    """The output of a custom tool call, produced by your code."""

    call_id: str
    """The ID of the custom tool call this output answers."""

    output: Union[str, List[InputContentParam]]
    """The output of the custom tool call, as a string or a list of content parts."""

    type: Literal["custom_tool_call_output"]
    """The item type, always `custom_tool_call_output`."""

    id: NotRequired[str]
    """The unique ID of the custom tool call output."""

    caller: NotRequired[Optional[ToolCallCallerParam]]
    """The execution context that produced the tool call."""
