# File generated from conversations.yaml by sdkgen. Do not edit.

from typing import Literal

from ..._models import BaseModel

__all__ = ["CodeInterpreterOutputLogs"]


class CodeInterpreterOutputLogs(BaseModel):
    """Logs output by the code interpreter."""

    logs: str
    """The logs output by the code interpreter."""

    type: Literal["logs"]
    """The output type, always `logs`."""
