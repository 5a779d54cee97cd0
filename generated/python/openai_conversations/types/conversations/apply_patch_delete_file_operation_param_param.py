# File generated from conversations.yaml by sdkgen. Do not edit.

from typing import Literal, TypedDict

__all__ = ["ApplyPatchDeleteFileOperationParamParam"]


class ApplyPatchDeleteFileOperationParamParam(TypedDict):
    """Instruction for deleting an existing file via the apply_patch tool."""

    path: str
    """Path of the file to delete relative to the workspace root."""

    type: Literal["delete_file"]
    """The operation type. Always `delete_file`."""
