# File generated from conversations.yaml by sdkgen. Do not edit.

from typing import Literal

from ..._models import BaseModel

__all__ = ["ProgramOutput"]


class ProgramOutput(BaseModel):
    """The result of a program item."""

    id: str
    """The unique ID of the program output item."""

    call_id: str
    """The call ID of the program item."""

    result: str
    """The result produced by the program item."""

    status: Literal["completed", "incomplete"]
    """The terminal status of the program output item."""

    type: Literal["program_output"]
    """The item type, always `program_output`."""
