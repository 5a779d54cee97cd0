# File generated from conversations.yaml by sdkgen. Do not edit.

from typing import Dict, List, Literal, Optional, TypedDict

from typing_extensions import NotRequired

__all__ = ["LocalShellExecActionParam"]


class LocalShellExecActionParam(TypedDict):
    """A command to execute on the local shell."""

    command: List[str]
    """The command to run, as a list of arguments."""

    env: Dict[str, str]
    """Environment variables to set for the command."""

    type: Literal["exec"]
    """The action type, always `exec`."""

    timeout_ms: NotRequired[Optional[int]]
    """Optional timeout for the command, in milliseconds."""

    user: NotRequired[Optional[str]]
    """Optional user to run the command as."""

    working_directory: NotRequired[Optional[str]]
    """Optional working directory to run the command in."""
