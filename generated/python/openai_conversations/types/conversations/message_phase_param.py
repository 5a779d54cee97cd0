# File generated from conversations.yaml by sdkgen. Do not edit.

from __future__ import annotations

from typing import Literal, TypeAlias

__all__ = ["MessagePhaseParam"]


MessagePhaseParam: TypeAlias = Literal["commentary", "final_answer"]
"""
Labels an assistant message as intermediate commentary (`commentary`) or the final answer (`final_answer`). Preserve and resend it on assistant messages in follow-up requests. Not used for user messages.
"""
