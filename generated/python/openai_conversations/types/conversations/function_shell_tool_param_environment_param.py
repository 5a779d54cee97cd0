# File generated from conversations.yaml by sdkgen. Do not edit.

from __future__ import annotations

from typing import TypeAlias, Union

from .container_auto_param_param import ContainerAutoParamParam
from .container_reference_param_param import ContainerReferenceParamParam
from .local_environment_param_param import LocalEnvironmentParamParam

__all__ = ["FunctionShellToolParamEnvironmentParam"]


FunctionShellToolParamEnvironmentParam: TypeAlias = Union[
    ContainerAutoParamParam,
    LocalEnvironmentParamParam,
    ContainerReferenceParamParam,
]
