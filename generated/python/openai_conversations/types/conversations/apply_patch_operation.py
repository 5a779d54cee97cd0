# File generated from conversations.yaml by sdkgen. Do not edit.

from typing import Literal, Optional

from ..._models import BaseModel

__all__ = ["ApplyPatchOperation"]


class ApplyPatchOperation(BaseModel):
    """A file operation of the apply patch tool."""

    path: str
    """The path of the file, relative to the workspace root."""

    type: Literal["create_file", "delete_file", "update_file"]
    """The operation type."""

    diff: Optional[str] = None
    """The unified diff to apply (`create_file` and `update_file` only)."""
