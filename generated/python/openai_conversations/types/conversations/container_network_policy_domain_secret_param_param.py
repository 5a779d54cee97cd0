# File generated from conversations.yaml by sdkgen. Do not edit.

from typing import TypedDict

__all__ = ["ContainerNetworkPolicyDomainSecretParamParam"]


class ContainerNetworkPolicyDomainSecretParamParam(TypedDict):
    domain: str
    """The domain associated with the secret."""

    name: str
    """The name of the secret to inject for the domain."""

    value: str
    """The secret value to inject for the domain."""
