# File generated from conversations.yaml by sdkgen. Do not edit.

from typing import List, Literal, Optional, Union

from ..._models import BaseModel
from .input_content import InputContent
from .tool_call_caller import ToolCallCaller

__all__ = ["CustomToolCallOutput"]


class CustomToolCallOutput(BaseModel):
    """The output of a custom tool call, produced by your code."""

    call_id: str
    """The ID of the custom tool call this output answers."""

    output: Union[str, List[InputContent]]
    """The output of the custom tool call, as a string or a list of content parts."""

    type: Literal["custom_tool_call_output"]
    """The item type, always `custom_tool_call_output`."""

    id: Optional[str] = None
    """The unique ID of the custom tool call output."""

    caller: Optional[ToolCallCaller] = None
    """The execution context that produced the tool call."""
