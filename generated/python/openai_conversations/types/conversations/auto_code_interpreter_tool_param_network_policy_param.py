# File generated from conversations.yaml by sdkgen. Do not edit.

from __future__ import annotations

from typing import TypeAlias, Union

from .container_network_policy_allowlist_param_param import ContainerNetworkPolicyAllowlistParamParam
from .container_network_policy_disabled_param_param import ContainerNetworkPolicyDisabledParamParam

__all__ = ["AutoCodeInterpreterToolParamNetworkPolicyParam"]


AutoCodeInterpreterToolParamNetworkPolicyParam: TypeAlias = Union[
    ContainerNetworkPolicyDisabledParamParam,
    ContainerNetworkPolicyAllowlistParamParam,
]
"""
Network access policy for the container.
"""
