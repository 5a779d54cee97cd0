# File generated from conversations.yaml by sdkgen. Do not edit.

from typing import Literal, Optional

from ..._models import BaseModel

__all__ = ["ShellEnvironment"]


class ShellEnvironment(BaseModel):
    """
    The environment of a shell call, a local environment or a reference to a container.
    """

    type: Literal["local", "container_reference"]
    """The environment type."""

    container_id: Optional[str] = None
    """The ID of the referenced container (`container_reference` only)."""
