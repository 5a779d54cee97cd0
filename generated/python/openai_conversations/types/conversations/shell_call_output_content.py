# File generated from conversations.yaml by sdkgen. Do not edit.

from typing import Optional

from ..._models import BaseModel
from .shell_call_outcome import ShellCallOutcome

__all__ = ["ShellCallOutputContent"]


class ShellCallOutputContent(BaseModel):
    """The captured output and outcome of one shell command."""

    stdout: str
    """The captured standard output."""

    stderr: str
    """The captured standard error."""

    outcome: ShellCallOutcome
    """How the command finished."""

    created_by: Optional[str] = None
    """The identifier of the actor that created the item."""
