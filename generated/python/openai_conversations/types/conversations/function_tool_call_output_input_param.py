# File generated from conversations.yaml by sdkgen. Do not edit.

from typing import List, Literal, Optional, TypedDict, Union

from typing_extensions import NotRequired

from .input_content_param import InputContentParam
from .item_status_param import ItemStatusParam
from .tool_call_caller_param import ToolCallCallerParam

__all__ = ["FunctionToolCallOutputInputParam"]


class FunctionToolCallOutputInputParam(TypedDict):
    """The output of a function tool call, sent back to the model."""

    output: Union[str, List[InputContentParam]]
    """The output of the function call, as a string or a list of content parts."""

    type: Literal["function_call_output"]
    """The item type, always `function_call_output`."""

    id: NotRequired[Optional[str]]
    """The unique ID of the function tool call output."""

    call_id: NotRequired[Optional[str]]
    """The ID of the function tool call this output answers."""

    caller: NotRequired[Optional[ToolCallCallerParam]]
    """The execution context that produced the tool call."""

    name: NotRequired[Optional[str]]
    """The name of the tool that produced the output."""

    namespace: NotRequired[Optional[str]]
    """The namespace of the tool that produced the output."""

    status: NotRequired[Optional[ItemStatusParam]]
    """The status of the item."""
