# File generated from conversations.yaml by sdkgen. Do not edit.

from typing import Optional

from ..._models import BaseModel
from .shell_call_outcome import ShellCallOutcome

__all__ = ["ShellCallOutputContent"]


class ShellCallOutputContent(BaseModel):
    """The captured output and outcome of one shell command."""

    outcome: ShellCallOutcome
    """How the command finished."""

    stderr: str
    """The captured standard error."""

    stdout: str
    """The captured standard output."""

    created_by: Optional[str] = None
    """The identifier of the actor that created the item."""
