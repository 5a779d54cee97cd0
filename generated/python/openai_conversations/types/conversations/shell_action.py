# File generated from conversations.yaml by sdkgen. Do not edit.

from typing import List, Optional

from ..._models import BaseModel

__all__ = ["ShellAction"]


class ShellAction(BaseModel):
    """Shell commands to run, with their limits."""

    commands: List[str]
    """The commands to run, in order."""

    max_output_length: Optional[int]
    """Optional maximum number of characters to return from each command."""

    timeout_ms: Optional[int]
    """Optional timeout for the commands, in milliseconds."""
