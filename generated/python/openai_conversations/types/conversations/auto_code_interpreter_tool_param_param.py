# File generated from conversations.yaml by sdkgen. Do not edit.

from typing import List, Literal, Optional, TypedDict

from typing_extensions import NotRequired

from .auto_code_interpreter_tool_param_network_policy_param import AutoCodeInterpreterToolParamNetworkPolicyParam
from .container_memory_limit_param import ContainerMemoryLimitParam

__all__ = ["AutoCodeInterpreterToolParamParam"]


class AutoCodeInterpreterToolParamParam(TypedDict):
    """Configuration for a code interpreter container.

    Optionally specify the IDs of the files to run the code on.
    """

    type: Literal["auto"]
    """Always `auto`."""

    file_ids: NotRequired[List[str]]
    """An optional list of uploaded files to make available to your code."""

    memory_limit: NotRequired[Optional[ContainerMemoryLimitParam]]
    network_policy: NotRequired[AutoCodeInterpreterToolParamNetworkPolicyParam]
    """Network access policy for the container."""
