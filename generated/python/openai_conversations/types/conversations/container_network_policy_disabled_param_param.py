# File generated from conversations.yaml by sdkgen. Do not edit.

from typing import Literal, TypedDict

__all__ = ["ContainerNetworkPolicyDisabledParamParam"]


class ContainerNetworkPolicyDisabledParamParam(TypedDict):
    type: Literal["disabled"]
    """Disable outbound network access. Always `disabled`."""
