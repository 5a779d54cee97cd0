# File generated from conversations.yaml by sdkgen. Do not edit.
"""The types of `conversations`: response models, request TypedDicts and method arguments.

Names are imported from their module on first use, so importing this package costs
nothing until a type is needed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Dict, List

if TYPE_CHECKING:
    from .additional_tools import AdditionalTools as AdditionalTools
    from .annotation import Annotation as Annotation
    from .apply_patch_call import ApplyPatchCall as ApplyPatchCall
    from .apply_patch_call_output import ApplyPatchCallOutput as ApplyPatchCallOutput
    from .apply_patch_operation import ApplyPatchOperation as ApplyPatchOperation
    from .code_interpreter_output import CodeInterpreterOutput as CodeInterpreterOutput
    from .code_interpreter_output_image import (
        CodeInterpreterOutputImage as CodeInterpreterOutputImage,
    )
    from .code_interpreter_output_image_param import (
        CodeInterpreterOutputImageParam as CodeInterpreterOutputImageParam,
    )
    from .code_interpreter_output_logs import (
        CodeInterpreterOutputLogs as CodeInterpreterOutputLogs,
    )
    from .code_interpreter_output_logs_param import (
        CodeInterpreterOutputLogsParam as CodeInterpreterOutputLogsParam,
    )
    from .code_interpreter_output_param import (
        CodeInterpreterOutputParam as CodeInterpreterOutputParam,
    )
    from .code_interpreter_tool_call import (
        CodeInterpreterToolCall as CodeInterpreterToolCall,
    )
    from .code_interpreter_tool_call_param import (
        CodeInterpreterToolCallParam as CodeInterpreterToolCallParam,
    )
    from .compaction import Compaction as Compaction
    from .computer_action import ComputerAction as ComputerAction
    from .computer_action_param import ComputerActionParam as ComputerActionParam
    from .computer_coordinate import ComputerCoordinate as ComputerCoordinate
    from .computer_coordinate_param import (
        ComputerCoordinateParam as ComputerCoordinateParam,
    )
    from .computer_safety_check import ComputerSafetyCheck as ComputerSafetyCheck
    from .computer_safety_check_param import (
        ComputerSafetyCheckParam as ComputerSafetyCheckParam,
    )
    from .computer_screenshot_content import (
        ComputerScreenshotContent as ComputerScreenshotContent,
    )
    from .computer_screenshot_image import (
        ComputerScreenshotImage as ComputerScreenshotImage,
    )
    from .computer_screenshot_image_param import (
        ComputerScreenshotImageParam as ComputerScreenshotImageParam,
    )
    from .computer_tool_call import ComputerToolCall as ComputerToolCall
    from .computer_tool_call_output import (
        ComputerToolCallOutput as ComputerToolCallOutput,
    )
    from .computer_tool_call_output_input_param import (
        ComputerToolCallOutputInputParam as ComputerToolCallOutputInputParam,
    )
    from .computer_tool_call_param import ComputerToolCallParam as ComputerToolCallParam
    from .configuration_update import ConfigurationUpdate as ConfigurationUpdate
    from .configuration_update_reasoning import (
        ConfigurationUpdateReasoning as ConfigurationUpdateReasoning,
    )
    from .configuration_update_text import (
        ConfigurationUpdateText as ConfigurationUpdateText,
    )
    from .container_file_citation_annotation import (
        ContainerFileCitationAnnotation as ContainerFileCitationAnnotation,
    )
    from .conversation import Conversation as Conversation
    from .conversation_create_params import (
        ConversationCreateParams as ConversationCreateParams,
    )
    from .conversation_deleted_resource import (
        ConversationDeletedResource as ConversationDeletedResource,
    )
    from .conversation_item import ConversationItem as ConversationItem
    from .conversation_item_list import ConversationItemList as ConversationItemList
    from .conversation_update_params import (
        ConversationUpdateParams as ConversationUpdateParams,
    )
    from .custom_tool_call import CustomToolCall as CustomToolCall
    from .custom_tool_call_output import CustomToolCallOutput as CustomToolCallOutput
    from .custom_tool_call_output_param import (
        CustomToolCallOutputParam as CustomToolCallOutputParam,
    )
    from .custom_tool_call_param import CustomToolCallParam as CustomToolCallParam
    from .easy_input_message_param import EasyInputMessageParam as EasyInputMessageParam
    from .file_citation_annotation import (
        FileCitationAnnotation as FileCitationAnnotation,
    )
    from .file_path_annotation import FilePathAnnotation as FilePathAnnotation
    from .file_search_result import FileSearchResult as FileSearchResult
    from .file_search_result_param import FileSearchResultParam as FileSearchResultParam
    from .file_search_tool_call import FileSearchToolCall as FileSearchToolCall
    from .file_search_tool_call_param import (
        FileSearchToolCallParam as FileSearchToolCallParam,
    )
    from .function_tool_call import FunctionToolCall as FunctionToolCall
    from .function_tool_call_input_param import (
        FunctionToolCallInputParam as FunctionToolCallInputParam,
    )
    from .function_tool_call_output import (
        FunctionToolCallOutput as FunctionToolCallOutput,
    )
    from .function_tool_call_output_input_param import (
        FunctionToolCallOutputInputParam as FunctionToolCallOutputInputParam,
    )
    from .image_detail import ImageDetail as ImageDetail
    from .image_detail_param import ImageDetailParam as ImageDetailParam
    from .image_generation_call import ImageGenerationCall as ImageGenerationCall
    from .image_generation_call_param import (
        ImageGenerationCallParam as ImageGenerationCallParam,
    )
    from .input_content import InputContent as InputContent
    from .input_content_param import InputContentParam as InputContentParam
    from .input_file_content import InputFileContent as InputFileContent
    from .input_file_content_param import InputFileContentParam as InputFileContentParam
    from .input_image_content import InputImageContent as InputImageContent
    from .input_image_content_param import (
        InputImageContentParam as InputImageContentParam,
    )
    from .input_item_param import InputItemParam as InputItemParam
    from .input_message_param import InputMessageParam as InputMessageParam
    from .input_text_content import InputTextContent as InputTextContent
    from .input_text_content_param import InputTextContentParam as InputTextContentParam
    from .item_create_params import ItemCreateParams as ItemCreateParams
    from .item_delete_params import ItemDeleteParams as ItemDeleteParams
    from .item_list_params import ItemListParams as ItemListParams
    from .item_reference_param import ItemReferenceParam as ItemReferenceParam
    from .item_retrieve_params import ItemRetrieveParams as ItemRetrieveParams
    from .item_status import ItemStatus as ItemStatus
    from .item_status_param import ItemStatusParam as ItemStatusParam
    from .local_shell_call import LocalShellCall as LocalShellCall
    from .local_shell_call_output import LocalShellCallOutput as LocalShellCallOutput
    from .local_shell_call_output_param import (
        LocalShellCallOutputParam as LocalShellCallOutputParam,
    )
    from .local_shell_call_param import LocalShellCallParam as LocalShellCallParam
    from .local_shell_exec_action import LocalShellExecAction as LocalShellExecAction
    from .local_shell_exec_action_param import (
        LocalShellExecActionParam as LocalShellExecActionParam,
    )
    from .log_prob import LogProb as LogProb
    from .mcp_approval_request import McpApprovalRequest as McpApprovalRequest
    from .mcp_approval_request_param import (
        McpApprovalRequestParam as McpApprovalRequestParam,
    )
    from .mcp_approval_response import McpApprovalResponse as McpApprovalResponse
    from .mcp_approval_response_input_param import (
        McpApprovalResponseInputParam as McpApprovalResponseInputParam,
    )
    from .mcp_call import McpCall as McpCall
    from .mcp_call_error import McpCallError as McpCallError
    from .mcp_call_error_param import McpCallErrorParam as McpCallErrorParam
    from .mcp_call_param import McpCallParam as McpCallParam
    from .mcp_list_tools import McpListTools as McpListTools
    from .mcp_list_tools_param import McpListToolsParam as McpListToolsParam
    from .mcp_tool_definition import McpToolDefinition as McpToolDefinition
    from .mcp_tool_definition_param import (
        McpToolDefinitionParam as McpToolDefinitionParam,
    )
    from .message import Message as Message
    from .message_content import MessageContent as MessageContent
    from .message_phase import MessagePhase as MessagePhase
    from .message_phase_param import MessagePhaseParam as MessagePhaseParam
    from .message_status import MessageStatus as MessageStatus
    from .message_status_param import MessageStatusParam as MessageStatusParam
    from .metadata import Metadata as Metadata
    from .metadata_param import MetadataParam as MetadataParam
    from .output_text_content import OutputTextContent as OutputTextContent
    from .program import Program as Program
    from .program_output import ProgramOutput as ProgramOutput
    from .prompt_cache_breakpoint import PromptCacheBreakpoint as PromptCacheBreakpoint
    from .prompt_cache_breakpoint_param import (
        PromptCacheBreakpointParam as PromptCacheBreakpointParam,
    )
    from .reasoning_effort import ReasoningEffort as ReasoningEffort
    from .reasoning_item import ReasoningItem as ReasoningItem
    from .reasoning_item_param import ReasoningItemParam as ReasoningItemParam
    from .reasoning_text_content import ReasoningTextContent as ReasoningTextContent
    from .reasoning_text_content_param import (
        ReasoningTextContentParam as ReasoningTextContentParam,
    )
    from .refusal_content import RefusalContent as RefusalContent
    from .response_includable_param import (
        ResponseIncludableParam as ResponseIncludableParam,
    )
    from .shell_action import ShellAction as ShellAction
    from .shell_call import ShellCall as ShellCall
    from .shell_call_outcome import ShellCallOutcome as ShellCallOutcome
    from .shell_call_output import ShellCallOutput as ShellCallOutput
    from .shell_call_output_content import (
        ShellCallOutputContent as ShellCallOutputContent,
    )
    from .shell_environment import ShellEnvironment as ShellEnvironment
    from .summary_text_content import SummaryTextContent as SummaryTextContent
    from .summary_text_content_param import (
        SummaryTextContentParam as SummaryTextContentParam,
    )
    from .text_content import TextContent as TextContent
    from .text_response_format import TextResponseFormat as TextResponseFormat
    from .text_response_format_json_schema import (
        TextResponseFormatJsonSchema as TextResponseFormatJsonSchema,
    )
    from .text_response_format_text import (
        TextResponseFormatText as TextResponseFormatText,
    )
    from .tool_call_caller import ToolCallCaller as ToolCallCaller
    from .tool_call_caller_param import ToolCallCallerParam as ToolCallCallerParam
    from .tool_definition import ToolDefinition as ToolDefinition
    from .tool_search_call import ToolSearchCall as ToolSearchCall
    from .tool_search_execution import ToolSearchExecution as ToolSearchExecution
    from .tool_search_output import ToolSearchOutput as ToolSearchOutput
    from .top_log_prob import TopLogProb as TopLogProb
    from .url_citation_annotation import UrlCitationAnnotation as UrlCitationAnnotation
    from .web_search_action import WebSearchAction as WebSearchAction
    from .web_search_action_param import WebSearchActionParam as WebSearchActionParam
    from .web_search_find_action import WebSearchFindAction as WebSearchFindAction
    from .web_search_find_action_param import (
        WebSearchFindActionParam as WebSearchFindActionParam,
    )
    from .web_search_open_page_action import (
        WebSearchOpenPageAction as WebSearchOpenPageAction,
    )
    from .web_search_open_page_action_param import (
        WebSearchOpenPageActionParam as WebSearchOpenPageActionParam,
    )
    from .web_search_search_action import WebSearchSearchAction as WebSearchSearchAction
    from .web_search_search_action_param import (
        WebSearchSearchActionParam as WebSearchSearchActionParam,
    )
    from .web_search_source import WebSearchSource as WebSearchSource
    from .web_search_source_param import WebSearchSourceParam as WebSearchSourceParam
    from .web_search_tool_call import WebSearchToolCall as WebSearchToolCall
    from .web_search_tool_call_param import (
        WebSearchToolCallParam as WebSearchToolCallParam,
    )

_MODULE_OF: Dict[str, str] = {
    "AdditionalTools": ".additional_tools",
    "Annotation": ".annotation",
    "ApplyPatchCall": ".apply_patch_call",
    "ApplyPatchCallOutput": ".apply_patch_call_output",
    "ApplyPatchOperation": ".apply_patch_operation",
    "CodeInterpreterOutput": ".code_interpreter_output",
    "CodeInterpreterOutputImage": ".code_interpreter_output_image",
    "CodeInterpreterOutputImageParam": ".code_interpreter_output_image_param",
    "CodeInterpreterOutputLogs": ".code_interpreter_output_logs",
    "CodeInterpreterOutputLogsParam": ".code_interpreter_output_logs_param",
    "CodeInterpreterOutputParam": ".code_interpreter_output_param",
    "CodeInterpreterToolCall": ".code_interpreter_tool_call",
    "CodeInterpreterToolCallParam": ".code_interpreter_tool_call_param",
    "Compaction": ".compaction",
    "ComputerAction": ".computer_action",
    "ComputerActionParam": ".computer_action_param",
    "ComputerCoordinate": ".computer_coordinate",
    "ComputerCoordinateParam": ".computer_coordinate_param",
    "ComputerSafetyCheck": ".computer_safety_check",
    "ComputerSafetyCheckParam": ".computer_safety_check_param",
    "ComputerScreenshotContent": ".computer_screenshot_content",
    "ComputerScreenshotImage": ".computer_screenshot_image",
    "ComputerScreenshotImageParam": ".computer_screenshot_image_param",
    "ComputerToolCall": ".computer_tool_call",
    "ComputerToolCallOutput": ".computer_tool_call_output",
    "ComputerToolCallOutputInputParam": ".computer_tool_call_output_input_param",
    "ComputerToolCallParam": ".computer_tool_call_param",
    "ConfigurationUpdate": ".configuration_update",
    "ConfigurationUpdateReasoning": ".configuration_update_reasoning",
    "ConfigurationUpdateText": ".configuration_update_text",
    "ContainerFileCitationAnnotation": ".container_file_citation_annotation",
    "Conversation": ".conversation",
    "ConversationCreateParams": ".conversation_create_params",
    "ConversationDeletedResource": ".conversation_deleted_resource",
    "ConversationItem": ".conversation_item",
    "ConversationItemList": ".conversation_item_list",
    "ConversationUpdateParams": ".conversation_update_params",
    "CustomToolCall": ".custom_tool_call",
    "CustomToolCallOutput": ".custom_tool_call_output",
    "CustomToolCallOutputParam": ".custom_tool_call_output_param",
    "CustomToolCallParam": ".custom_tool_call_param",
    "EasyInputMessageParam": ".easy_input_message_param",
    "FileCitationAnnotation": ".file_citation_annotation",
    "FilePathAnnotation": ".file_path_annotation",
    "FileSearchResult": ".file_search_result",
    "FileSearchResultParam": ".file_search_result_param",
    "FileSearchToolCall": ".file_search_tool_call",
    "FileSearchToolCallParam": ".file_search_tool_call_param",
    "FunctionToolCall": ".function_tool_call",
    "FunctionToolCallInputParam": ".function_tool_call_input_param",
    "FunctionToolCallOutput": ".function_tool_call_output",
    "FunctionToolCallOutputInputParam": ".function_tool_call_output_input_param",
    "ImageDetail": ".image_detail",
    "ImageDetailParam": ".image_detail_param",
    "ImageGenerationCall": ".image_generation_call",
    "ImageGenerationCallParam": ".image_generation_call_param",
    "InputContent": ".input_content",
    "InputContentParam": ".input_content_param",
    "InputFileContent": ".input_file_content",
    "InputFileContentParam": ".input_file_content_param",
    "InputImageContent": ".input_image_content",
    "InputImageContentParam": ".input_image_content_param",
    "InputItemParam": ".input_item_param",
    "InputMessageParam": ".input_message_param",
    "InputTextContent": ".input_text_content",
    "InputTextContentParam": ".input_text_content_param",
    "ItemCreateParams": ".item_create_params",
    "ItemDeleteParams": ".item_delete_params",
    "ItemListParams": ".item_list_params",
    "ItemReferenceParam": ".item_reference_param",
    "ItemRetrieveParams": ".item_retrieve_params",
    "ItemStatus": ".item_status",
    "ItemStatusParam": ".item_status_param",
    "LocalShellCall": ".local_shell_call",
    "LocalShellCallOutput": ".local_shell_call_output",
    "LocalShellCallOutputParam": ".local_shell_call_output_param",
    "LocalShellCallParam": ".local_shell_call_param",
    "LocalShellExecAction": ".local_shell_exec_action",
    "LocalShellExecActionParam": ".local_shell_exec_action_param",
    "LogProb": ".log_prob",
    "McpApprovalRequest": ".mcp_approval_request",
    "McpApprovalRequestParam": ".mcp_approval_request_param",
    "McpApprovalResponse": ".mcp_approval_response",
    "McpApprovalResponseInputParam": ".mcp_approval_response_input_param",
    "McpCall": ".mcp_call",
    "McpCallError": ".mcp_call_error",
    "McpCallErrorParam": ".mcp_call_error_param",
    "McpCallParam": ".mcp_call_param",
    "McpListTools": ".mcp_list_tools",
    "McpListToolsParam": ".mcp_list_tools_param",
    "McpToolDefinition": ".mcp_tool_definition",
    "McpToolDefinitionParam": ".mcp_tool_definition_param",
    "Message": ".message",
    "MessageContent": ".message_content",
    "MessagePhase": ".message_phase",
    "MessagePhaseParam": ".message_phase_param",
    "MessageStatus": ".message_status",
    "MessageStatusParam": ".message_status_param",
    "Metadata": ".metadata",
    "MetadataParam": ".metadata_param",
    "OutputTextContent": ".output_text_content",
    "Program": ".program",
    "ProgramOutput": ".program_output",
    "PromptCacheBreakpoint": ".prompt_cache_breakpoint",
    "PromptCacheBreakpointParam": ".prompt_cache_breakpoint_param",
    "ReasoningEffort": ".reasoning_effort",
    "ReasoningItem": ".reasoning_item",
    "ReasoningItemParam": ".reasoning_item_param",
    "ReasoningTextContent": ".reasoning_text_content",
    "ReasoningTextContentParam": ".reasoning_text_content_param",
    "RefusalContent": ".refusal_content",
    "ResponseIncludableParam": ".response_includable_param",
    "ShellAction": ".shell_action",
    "ShellCall": ".shell_call",
    "ShellCallOutcome": ".shell_call_outcome",
    "ShellCallOutput": ".shell_call_output",
    "ShellCallOutputContent": ".shell_call_output_content",
    "ShellEnvironment": ".shell_environment",
    "SummaryTextContent": ".summary_text_content",
    "SummaryTextContentParam": ".summary_text_content_param",
    "TextContent": ".text_content",
    "TextResponseFormat": ".text_response_format",
    "TextResponseFormatJsonSchema": ".text_response_format_json_schema",
    "TextResponseFormatText": ".text_response_format_text",
    "ToolCallCaller": ".tool_call_caller",
    "ToolCallCallerParam": ".tool_call_caller_param",
    "ToolDefinition": ".tool_definition",
    "ToolSearchCall": ".tool_search_call",
    "ToolSearchExecution": ".tool_search_execution",
    "ToolSearchOutput": ".tool_search_output",
    "TopLogProb": ".top_log_prob",
    "UrlCitationAnnotation": ".url_citation_annotation",
    "WebSearchAction": ".web_search_action",
    "WebSearchActionParam": ".web_search_action_param",
    "WebSearchFindAction": ".web_search_find_action",
    "WebSearchFindActionParam": ".web_search_find_action_param",
    "WebSearchOpenPageAction": ".web_search_open_page_action",
    "WebSearchOpenPageActionParam": ".web_search_open_page_action_param",
    "WebSearchSearchAction": ".web_search_search_action",
    "WebSearchSearchActionParam": ".web_search_search_action_param",
    "WebSearchSource": ".web_search_source",
    "WebSearchSourceParam": ".web_search_source_param",
    "WebSearchToolCall": ".web_search_tool_call",
    "WebSearchToolCallParam": ".web_search_tool_call_param",
}


def __getattr__(name: str) -> Any:
    module = _MODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from importlib import import_module

    value = getattr(import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> List[str]:
    return sorted({*globals(), *_MODULE_OF})
