# File generated from conversations.yaml by sdkgen. Do not edit.

from typing import List, Literal, TypedDict

from typing_extensions import NotRequired

from .container_network_policy_domain_secret_param_param import ContainerNetworkPolicyDomainSecretParamParam

__all__ = ["ContainerNetworkPolicyAllowlistParamParam"]


class ContainerNetworkPolicyAllowlistParamParam(TypedDict):
    allowed_domains: List[str]
    """A list of allowed domains when type is `allowlist`."""

    type: Literal["allowlist"]
    """Allow outbound network access only to specified domains. Always `allowlist`."""

    domain_secrets: NotRequired[List[ContainerNetworkPolicyDomainSecretParamParam]]
    """Optional domain-scoped secrets for allowlisted domains."""
