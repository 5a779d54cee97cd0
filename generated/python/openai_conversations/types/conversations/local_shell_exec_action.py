# File generated from conversations.yaml by sdkgen. Do not edit.

from typing import Dict, List, Literal, Optional

from ..._models import BaseModel

__all__ = ["LocalShellExecAction"]


class LocalShellExecAction(BaseModel):
    """A command to execute on the local shell."""

    command: List[str]
    """The command to run, as a list of arguments."""

    env: Dict[str, str]
    """Environment variables to set for the command."""

    type: Literal["exec"]
    """The action type, always `exec`."""

    timeout_ms: Optional[int] = None
    """Optional timeout for the command, in milliseconds."""

    user: Optional[str] = None
    """Optional user to run the command as."""

    working_directory: Optional[str] = None
    """Optional working directory to run the command in."""
