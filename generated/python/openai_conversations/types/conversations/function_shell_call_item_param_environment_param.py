# File generated from conversations.yaml by sdkgen. Do not edit.

from __future__ import annotations

from typing import TypeAlias, Union

from .container_reference_param_param import ContainerReferenceParamParam
from .local_environment_param_param import LocalEnvironmentParamParam

__all__ = ["FunctionShellCallItemParamEnvironmentParam"]


FunctionShellCallItemParamEnvironmentParam: TypeAlias = Union[LocalEnvironmentParamParam, ContainerReferenceParamParam]
"""
The environment to execute the shell commands in.
"""
