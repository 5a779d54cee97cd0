# File generated from conversations.yaml by sdkgen. Do not edit.

from typing import List, Literal, Optional, Union

from ..._models import BaseModel
from .input_content import InputContent
from .item_status import ItemStatus
from .tool_call_caller import ToolCallCaller

__all__ = ["FunctionToolCallOutput"]


class FunctionToolCallOutput(BaseModel):
    """The output of a function tool call, produced by your code."""

    id: str
    """The unique ID of the function tool call output."""

    output: Union[str, List[InputContent]]
    """The output of the function call, as a string or a list of content parts."""

    status: ItemStatus
    """The status of the item."""

    type: Literal["function_call_output"]
    """The item type, always `function_call_output`."""

    call_id: Optional[str] = None
    """The ID of the function tool call this output answers."""

    caller: Optional[ToolCallCaller] = None
    """The execution context that produced the tool call."""

    created_by: Optional[str] = None
    """The identifier of the actor that created the item."""

    name: Optional[str] = None
    """The name of the tool that produced the output."""

    namespace: Optional[str] = None
    """The namespace of the tool that produced the output."""
