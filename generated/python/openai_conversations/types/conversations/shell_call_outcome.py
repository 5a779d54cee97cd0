# File generated from conversations.yaml by sdkgen. Do not edit.

from typing import Literal, Optional

from ..._models import BaseModel

__all__ = ["ShellCallOutcome"]


class ShellCallOutcome(BaseModel):
    """How a shell command finished, with an exit code or by timing out."""

    type: Literal["exit", "timeout"]
    """The outcome type."""

    exit_code: Optional[int] = None
    """The exit code of the process (`exit` only)."""
