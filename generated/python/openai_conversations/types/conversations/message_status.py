# File generated from conversations.yaml by sdkgen. Do not edit.

from __future__ import annotations

from typing import Literal

from typing_extensions import TypeAliasType

__all__ = ["MessageStatus"]


MessageStatus = TypeAliasType("MessageStatus", Literal["in_progress", "completed", "incomplete"])
"""
The status of a message.
"""
