# File generated from conversations.yaml by sdkgen. Do not edit.

from __future__ import annotations

from typing import TypeAlias, Union

from .apply_patch_create_file_operation_param_param import ApplyPatchCreateFileOperationParamParam
from .apply_patch_delete_file_operation_param_param import ApplyPatchDeleteFileOperationParamParam
from .apply_patch_update_file_operation_param_param import ApplyPatchUpdateFileOperationParamParam

__all__ = ["ApplyPatchOperationParamParam"]


ApplyPatchOperationParamParam: TypeAlias = Union[
    ApplyPatchCreateFileOperationParamParam,
    ApplyPatchDeleteFileOperationParamParam,
    ApplyPatchUpdateFileOperationParamParam,
]
"""
One of the create_file, delete_file, or update_file operations supplied to the apply_patch tool.
"""
