# File generated from conversations.yaml by sdkgen. Do not edit.

__title__ = "openai_conversations"
__version__ = "0.1.0"
