# File generated from conversations.yaml by sdkgen. Do not edit.

from typing import Literal, TypedDict

__all__ = ["ContainerReferenceParamParam"]


class ContainerReferenceParamParam(TypedDict):
    container_id: str
    """The ID of the referenced container."""

    type: Literal["container_reference"]
    """References a container created with the /v1/containers endpoint"""
