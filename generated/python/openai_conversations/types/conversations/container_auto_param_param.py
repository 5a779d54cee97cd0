# File generated from conversations.yaml by sdkgen. Do not edit.

from typing import List, Literal, Optional, TypedDict

from typing_extensions import NotRequired

from .container_auto_param_network_policy_param import ContainerAutoParamNetworkPolicyParam
from .container_auto_param_skills_item_param import ContainerAutoParamSkillsItemParam
from .container_memory_limit_param import ContainerMemoryLimitParam

__all__ = ["ContainerAutoParamParam"]


class ContainerAutoParamParam(TypedDict):
    type: Literal["container_auto"]
    """Automatically creates a container for this request"""

    file_ids: NotRequired[List[str]]
    """An optional list of uploaded files to make available to your code."""

    memory_limit: NotRequired[Optional[ContainerMemoryLimitParam]]
    network_policy: NotRequired[ContainerAutoParamNetworkPolicyParam]
    """Network access policy for the container."""

    skills: NotRequired[List[ContainerAutoParamSkillsItemParam]]
    """An optional list of skills referenced by id or inline data."""
