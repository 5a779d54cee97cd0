# File generated from conversations.yaml by sdkgen. Do not edit.

from typing import Literal, TypedDict

from .program_output_item_status_param import ProgramOutputItemStatusParam

__all__ = ["ProgramOutputItemParamParam"]


class ProgramOutputItemParamParam(TypedDict):
    id: str
    """The unique ID of this program output item."""

    call_id: str
    """The call ID of the program item."""

    result: str
    """The result produced by the program item."""

    status: ProgramOutputItemStatusParam
    """The terminal status of the program output."""

    type: Literal["program_output"]
    """The item type. Always `program_output`."""
