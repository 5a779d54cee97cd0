# File generated from conversations.yaml by sdkgen. Do not edit.

from typing import Literal

from ..._models import BaseModel

__all__ = ["ToolDefinition"]


class ToolDefinition(BaseModel):
    """A tool the model can use, discriminated by its `type`.

    Only `type` is described here; the other fields depend on the tool, for example `name`, `parameters` and `strict` for `function` tools, `server_label` and `server_url` for `mcp` tools, or `name` and `tools` for a `namespace` grouping function and custom tools.
    """

    type: Literal[
        "function",
        "file_search",
        "computer",
        "computer_use_preview",
        "web_search",
        "web_search_2025_08_26",
        "mcp",
        "code_interpreter",
        "programmatic_tool_calling",
        "image_generation",
        "local_shell",
        "shell",
        "custom",
        "namespace",
        "tool_search",
        "web_search_preview",
        "web_search_preview_2025_03_11",
        "apply_patch",
    ]
    """The kind of tool."""
