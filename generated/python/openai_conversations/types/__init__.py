# File generated from conversations.yaml by sdkgen. Do not edit.
"""Every type of the API: response models, request TypedDicts and method arguments.

Names are imported from their module on first use, so importing this package costs
nothing until a type is needed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Dict, List

if TYPE_CHECKING:
    from .conversations.additional_tools import AdditionalTools as AdditionalTools
    from .conversations.annotation import Annotation as Annotation
    from .conversations.apply_patch_call import ApplyPatchCall as ApplyPatchCall
    from .conversations.apply_patch_call_output import (
        ApplyPatchCallOutput as ApplyPatchCallOutput,
    )
    from .conversations.apply_patch_operation import (
        ApplyPatchOperation as ApplyPatchOperation,
    )
    from .conversations.code_interpreter_output import (
        CodeInterpreterOutput as CodeInterpreterOutput,
    )
    from .conversations.code_interpreter_output_image import (
        CodeInterpreterOutputImage as CodeInterpreterOutputImage,
    )
    from .conversations.code_interpreter_output_image_param import (
        CodeInterpreterOutputImageParam as CodeInterpreterOutputImageParam,
    )
    from .conversations.code_interpreter_output_logs import (
        CodeInterpreterOutputLogs as CodeInterpreterOutputLogs,
    )
    from .conversations.code_interpreter_output_logs_param import (
        CodeInterpreterOutputLogsParam as CodeInterpreterOutputLogsParam,
    )
    from .conversations.code_interpreter_output_param import (
        CodeInterpreterOutputParam as CodeInterpreterOutputParam,
    )
    from .conversations.code_interpreter_tool_call import (
        CodeInterpreterToolCall as CodeInterpreterToolCall,
    )
    from .conversations.code_interpreter_tool_call_param import (
        CodeInterpreterToolCallParam as CodeInterpreterToolCallParam,
    )
    from .conversations.compaction import Compaction as Compaction
    from .conversations.computer_action import ComputerAction as ComputerAction
    from .conversations.computer_action_param import (
        ComputerActionParam as ComputerActionParam,
    )
    from .conversations.computer_coordinate import (
        ComputerCoordinate as ComputerCoordinate,
    )
    from .conversations.computer_coordinate_param import (
        ComputerCoordinateParam as ComputerCoordinateParam,
    )
    from .conversations.computer_safety_check import (
        ComputerSafetyCheck as ComputerSafetyCheck,
    )
    from .conversations.computer_safety_check_param import (
        ComputerSafetyCheckParam as ComputerSafetyCheckParam,
    )
    from .conversations.computer_screenshot_content import (
        ComputerScreenshotContent as ComputerScreenshotContent,
    )
    from .conversations.computer_screenshot_image import (
        ComputerScreenshotImage as ComputerScreenshotImage,
    )
    from .conversations.computer_screenshot_image_param import (
        ComputerScreenshotImageParam as ComputerScreenshotImageParam,
    )
    from .conversations.computer_tool_call import ComputerToolCall as ComputerToolCall
    from .conversations.computer_tool_call_output import (
        ComputerToolCallOutput as ComputerToolCallOutput,
    )
    from .conversations.computer_tool_call_output_input_param import (
        ComputerToolCallOutputInputParam as ComputerToolCallOutputInputParam,
    )
    from .conversations.computer_tool_call_param import (
        ComputerToolCallParam as ComputerToolCallParam,
    )
    from .conversations.configuration_update import (
        ConfigurationUpdate as ConfigurationUpdate,
    )
    from .conversations.configuration_update_reasoning import (
        ConfigurationUpdateReasoning as ConfigurationUpdateReasoning,
    )
    from .conversations.configuration_update_text import (
        ConfigurationUpdateText as ConfigurationUpdateText,
    )
    from .conversations.container_file_citation_annotation import (
        ContainerFileCitationAnnotation as ContainerFileCitationAnnotation,
    )
    from .conversations.conversation import Conversation as Conversation
    from .conversations.conversation_create_params import (
        ConversationCreateParams as ConversationCreateParams,
    )
    from .conversations.conversation_deleted_resource import (
        ConversationDeletedResource as ConversationDeletedResource,
    )
    from .conversations.conversation_item import ConversationItem as ConversationItem
    from .conversations.conversation_item_list import (
        ConversationItemList as ConversationItemList,
    )
    from .conversations.conversation_update_params import (
        ConversationUpdateParams as ConversationUpdateParams,
    )
    from .conversations.custom_tool_call import CustomToolCall as CustomToolCall
    from .conversations.custom_tool_call_output import (
        CustomToolCallOutput as CustomToolCallOutput,
    )
    from .conversations.custom_tool_call_output_param import (
        CustomToolCallOutputParam as CustomToolCallOutputParam,
    )
    from .conversations.custom_tool_call_param import (
        CustomToolCallParam as CustomToolCallParam,
    )
    from .conversations.easy_input_message_param import (
        EasyInputMessageParam as EasyInputMessageParam,
    )
    from .error import Error as Error
    from .error_response import ErrorResponse as ErrorResponse
    from .conversations.file_citation_annotation import (
        FileCitationAnnotation as FileCitationAnnotation,
    )
    from .conversations.file_path_annotation import (
        FilePathAnnotation as FilePathAnnotation,
    )
    from .conversations.file_search_result import FileSearchResult as FileSearchResult
    from .conversations.file_search_result_param import (
        FileSearchResultParam as FileSearchResultParam,
    )
    from .conversations.file_search_tool_call import (
        FileSearchToolCall as FileSearchToolCall,
    )
    from .conversations.file_search_tool_call_param import (
        FileSearchToolCallParam as FileSearchToolCallParam,
    )
    from .conversations.function_tool_call import FunctionToolCall as FunctionToolCall
    from .conversations.function_tool_call_input_param import (
        FunctionToolCallInputParam as FunctionToolCallInputParam,
    )
    from .conversations.function_tool_call_output import (
        FunctionToolCallOutput as FunctionToolCallOutput,
    )
    from .conversations.function_tool_call_output_input_param import (
        FunctionToolCallOutputInputParam as FunctionToolCallOutputInputParam,
    )
    from .conversations.image_detail import ImageDetail as ImageDetail
    from .conversations.image_detail_param import ImageDetailParam as ImageDetailParam
    from .conversations.image_generation_call import (
        ImageGenerationCall as ImageGenerationCall,
    )
    from .conversations.image_generation_call_param import (
        ImageGenerationCallParam as ImageGenerationCallParam,
    )
    from .conversations.input_content import InputContent as InputContent
    from .conversations.input_content_param import (
        InputContentParam as InputContentParam,
    )
    from .conversations.input_file_content import InputFileContent as InputFileContent
    from .conversations.input_file_content_param import (
        InputFileContentParam as InputFileContentParam,
    )
    from .conversations.input_image_content import (
        InputImageContent as InputImageContent,
    )
    from .conversations.input_image_content_param import (
        InputImageContentParam as InputImageContentParam,
    )
    from .conversations.input_item_param import InputItemParam as InputItemParam
    from .conversations.input_message_param import (
        InputMessageParam as InputMessageParam,
    )
    from .conversations.input_text_content import InputTextContent as InputTextContent
    from .conversations.input_text_content_param import (
        InputTextContentParam as InputTextContentParam,
    )
    from .conversations.item_create_params import ItemCreateParams as ItemCreateParams
    from .conversations.item_delete_params import ItemDeleteParams as ItemDeleteParams
    from .conversations.item_list_params import ItemListParams as ItemListParams
    from .conversations.item_reference_param import (
        ItemReferenceParam as ItemReferenceParam,
    )
    from .conversations.item_retrieve_params import (
        ItemRetrieveParams as ItemRetrieveParams,
    )
    from .conversations.item_status import ItemStatus as ItemStatus
    from .conversations.item_status_param import ItemStatusParam as ItemStatusParam
    from .conversations.local_shell_call import LocalShellCall as LocalShellCall
    from .conversations.local_shell_call_output import (
        LocalShellCallOutput as LocalShellCallOutput,
    )
    from .conversations.local_shell_call_output_param import (
        LocalShellCallOutputParam as LocalShellCallOutputParam,
    )
    from .conversations.local_shell_call_param import (
        LocalShellCallParam as LocalShellCallParam,
    )
    from .conversations.local_shell_exec_action import (
        LocalShellExecAction as LocalShellExecAction,
    )
    from .conversations.local_shell_exec_action_param import (
        LocalShellExecActionParam as LocalShellExecActionParam,
    )
    from .conversations.log_prob import LogProb as LogProb
    from .conversations.mcp_approval_request import (
        McpApprovalRequest as McpApprovalRequest,
    )
    from .conversations.mcp_approval_request_param import (
        McpApprovalRequestParam as McpApprovalRequestParam,
    )
    from .conversations.mcp_approval_response import (
        McpApprovalResponse as McpApprovalResponse,
    )
    from .conversations.mcp_approval_response_input_param import (
        McpApprovalResponseInputParam as McpApprovalResponseInputParam,
    )
    from .conversations.mcp_call import McpCall as McpCall
    from .conversations.mcp_call_error import McpCallError as McpCallError
    from .conversations.mcp_call_error_param import (
        McpCallErrorParam as McpCallErrorParam,
    )
    from .conversations.mcp_call_param import McpCallParam as McpCallParam
    from .conversations.mcp_list_tools import McpListTools as McpListTools
    from .conversations.mcp_list_tools_param import (
        McpListToolsParam as McpListToolsParam,
    )
    from .conversations.mcp_tool_definition import (
        McpToolDefinition as McpToolDefinition,
    )
    from .conversations.mcp_tool_definition_param import (
        McpToolDefinitionParam as McpToolDefinitionParam,
    )
    from .conversations.message import Message as Message
    from .conversations.message_content import MessageContent as MessageContent
    from .conversations.message_phase import MessagePhase as MessagePhase
    from .conversations.message_phase_param import (
        MessagePhaseParam as MessagePhaseParam,
    )
    from .conversations.message_status import MessageStatus as MessageStatus
    from .conversations.message_status_param import (
        MessageStatusParam as MessageStatusParam,
    )
    from .conversations.metadata import Metadata as Metadata
    from .conversations.metadata_param import MetadataParam as MetadataParam
    from .conversations.output_text_content import (
        OutputTextContent as OutputTextContent,
    )
    from .conversations.program import Program as Program
    from .conversations.program_output import ProgramOutput as ProgramOutput
    from .conversations.prompt_cache_breakpoint import (
        PromptCacheBreakpoint as PromptCacheBreakpoint,
    )
    from .conversations.prompt_cache_breakpoint_param import (
        PromptCacheBreakpointParam as PromptCacheBreakpointParam,
    )
    from .conversations.reasoning_effort import ReasoningEffort as ReasoningEffort
    from .conversations.reasoning_item import ReasoningItem as ReasoningItem
    from .conversations.reasoning_item_param import (
        ReasoningItemParam as ReasoningItemParam,
    )
    from .conversations.reasoning_text_content import (
        ReasoningTextContent as ReasoningTextContent,
    )
    from .conversations.reasoning_text_content_param import (
        ReasoningTextContentParam as ReasoningTextContentParam,
    )
    from .conversations.refusal_content import RefusalContent as RefusalContent
    from .conversations.response_includable_param import (
        ResponseIncludableParam as ResponseIncludableParam,
    )
    from .conversations.shell_action import ShellAction as ShellAction
    from .conversations.shell_call import ShellCall as ShellCall
    from .conversations.shell_call_outcome import ShellCallOutcome as ShellCallOutcome
    from .conversations.shell_call_output import ShellCallOutput as ShellCallOutput
    from .conversations.shell_call_output_content import (
        ShellCallOutputContent as ShellCallOutputContent,
    )
    from .conversations.shell_environment import ShellEnvironment as ShellEnvironment
    from .conversations.summary_text_content import (
        SummaryTextContent as SummaryTextContent,
    )
    from .conversations.summary_text_content_param import (
        SummaryTextContentParam as SummaryTextContentParam,
    )
    from .conversations.text_content import TextContent as TextContent
    from .conversations.text_response_format import (
        TextResponseFormat as TextResponseFormat,
    )
    from .conversations.text_response_format_json_schema import (
        TextResponseFormatJsonSchema as TextResponseFormatJsonSchema,
    )
    from .conversations.text_response_format_text import (
        TextResponseFormatText as TextResponseFormatText,
    )
    from .conversations.tool_call_caller import ToolCallCaller as ToolCallCaller
    from .conversations.tool_call_caller_param import (
        ToolCallCallerParam as ToolCallCallerParam,
    )
    from .conversations.tool_definition import ToolDefinition as ToolDefinition
    from .conversations.tool_search_call import ToolSearchCall as ToolSearchCall
    from .conversations.tool_search_execution import (
        ToolSearchExecution as ToolSearchExecution,
    )
    from .conversations.tool_search_output import ToolSearchOutput as ToolSearchOutput
    from .conversations.top_log_prob import TopLogProb as TopLogProb
    from .conversations.url_citation_annotation import (
        UrlCitationAnnotation as UrlCitationAnnotation,
    )
    from .conversations.web_search_action import WebSearchAction as WebSearchAction
    from .conversations.web_search_action_param import (
        WebSearchActionParam as WebSearchActionParam,
    )
    from .conversations.web_search_find_action import (
        WebSearchFindAction as WebSearchFindAction,
    )
    from .conversations.web_search_find_action_param import (
        WebSearchFindActionParam as WebSearchFindActionParam,
    )
    from .conversations.web_search_open_page_action import (
        WebSearchOpenPageAction as WebSearchOpenPageAction,
    )
    from .conversations.web_search_open_page_action_param import (
        WebSearchOpenPageActionParam as WebSearchOpenPageActionParam,
    )
    from .conversations.web_search_search_action import (
        WebSearchSearchAction as WebSearchSearchAction,
    )
    from .conversations.web_search_search_action_param import (
        WebSearchSearchActionParam as WebSearchSearchActionParam,
    )
    from .conversations.web_search_source import WebSearchSource as WebSearchSource
    from .conversations.web_search_source_param import (
        WebSearchSourceParam as WebSearchSourceParam,
    )
    from .conversations.web_search_tool_call import (
        WebSearchToolCall as WebSearchToolCall,
    )
    from .conversations.web_search_tool_call_param import (
        WebSearchToolCallParam as WebSearchToolCallParam,
    )

_MODULE_OF: Dict[str, str] = {
    "AdditionalTools": ".conversations.additional_tools",
    "Annotation": ".conversations.annotation",
    "ApplyPatchCall": ".conversations.apply_patch_call",
    "ApplyPatchCallOutput": ".conversations.apply_patch_call_output",
    "ApplyPatchOperation": ".conversations.apply_patch_operation",
    "CodeInterpreterOutput": ".conversations.code_interpreter_output",
    "CodeInterpreterOutputImage": ".conversations.code_interpreter_output_image",
    "CodeInterpreterOutputImageParam": ".conversations.code_interpreter_output_image_param",
    "CodeInterpreterOutputLogs": ".conversations.code_interpreter_output_logs",
    "CodeInterpreterOutputLogsParam": ".conversations.code_interpreter_output_logs_param",
    "CodeInterpreterOutputParam": ".conversations.code_interpreter_output_param",
    "CodeInterpreterToolCall": ".conversations.code_interpreter_tool_call",
    "CodeInterpreterToolCallParam": ".conversations.code_interpreter_tool_call_param",
    "Compaction": ".conversations.compaction",
    "ComputerAction": ".conversations.computer_action",
    "ComputerActionParam": ".conversations.computer_action_param",
    "ComputerCoordinate": ".conversations.computer_coordinate",
    "ComputerCoordinateParam": ".conversations.computer_coordinate_param",
    "ComputerSafetyCheck": ".conversations.computer_safety_check",
    "ComputerSafetyCheckParam": ".conversations.computer_safety_check_param",
    "ComputerScreenshotContent": ".conversations.computer_screenshot_content",
    "ComputerScreenshotImage": ".conversations.computer_screenshot_image",
    "ComputerScreenshotImageParam": ".conversations.computer_screenshot_image_param",
    "ComputerToolCall": ".conversations.computer_tool_call",
    "ComputerToolCallOutput": ".conversations.computer_tool_call_output",
    "ComputerToolCallOutputInputParam": ".conversations.computer_tool_call_output_input_param",
    "ComputerToolCallParam": ".conversations.computer_tool_call_param",
    "ConfigurationUpdate": ".conversations.configuration_update",
    "ConfigurationUpdateReasoning": ".conversations.configuration_update_reasoning",
    "ConfigurationUpdateText": ".conversations.configuration_update_text",
    "ContainerFileCitationAnnotation": ".conversations.container_file_citation_annotation",
    "Conversation": ".conversations.conversation",
    "ConversationCreateParams": ".conversations.conversation_create_params",
    "ConversationDeletedResource": ".conversations.conversation_deleted_resource",
    "ConversationItem": ".conversations.conversation_item",
    "ConversationItemList": ".conversations.conversation_item_list",
    "ConversationUpdateParams": ".conversations.conversation_update_params",
    "CustomToolCall": ".conversations.custom_tool_call",
    "CustomToolCallOutput": ".conversations.custom_tool_call_output",
    "CustomToolCallOutputParam": ".conversations.custom_tool_call_output_param",
    "CustomToolCallParam": ".conversations.custom_tool_call_param",
    "EasyInputMessageParam": ".conversations.easy_input_message_param",
    "Error": ".error",
    "ErrorResponse": ".error_response",
    "FileCitationAnnotation": ".conversations.file_citation_annotation",
    "FilePathAnnotation": ".conversations.file_path_annotation",
    "FileSearchResult": ".conversations.file_search_result",
    "FileSearchResultParam": ".conversations.file_search_result_param",
    "FileSearchToolCall": ".conversations.file_search_tool_call",
    "FileSearchToolCallParam": ".conversations.file_search_tool_call_param",
    "FunctionToolCall": ".conversations.function_tool_call",
    "FunctionToolCallInputParam": ".conversations.function_tool_call_input_param",
    "FunctionToolCallOutput": ".conversations.function_tool_call_output",
    "FunctionToolCallOutputInputParam": ".conversations.function_tool_call_output_input_param",
    "ImageDetail": ".conversations.image_detail",
    "ImageDetailParam": ".conversations.image_detail_param",
    "ImageGenerationCall": ".conversations.image_generation_call",
    "ImageGenerationCallParam": ".conversations.image_generation_call_param",
    "InputContent": ".conversations.input_content",
    "InputContentParam": ".conversations.input_content_param",
    "InputFileContent": ".conversations.input_file_content",
    "InputFileContentParam": ".conversations.input_file_content_param",
    "InputImageContent": ".conversations.input_image_content",
    "InputImageContentParam": ".conversations.input_image_content_param",
    "InputItemParam": ".conversations.input_item_param",
    "InputMessageParam": ".conversations.input_message_param",
    "InputTextContent": ".conversations.input_text_content",
    "InputTextContentParam": ".conversations.input_text_content_param",
    "ItemCreateParams": ".conversations.item_create_params",
    "ItemDeleteParams": ".conversations.item_delete_params",
    "ItemListParams": ".conversations.item_list_params",
    "ItemReferenceParam": ".conversations.item_reference_param",
    "ItemRetrieveParams": ".conversations.item_retrieve_params",
    "ItemStatus": ".conversations.item_status",
    "ItemStatusParam": ".conversations.item_status_param",
    "LocalShellCall": ".conversations.local_shell_call",
    "LocalShellCallOutput": ".conversations.local_shell_call_output",
    "LocalShellCallOutputParam": ".conversations.local_shell_call_output_param",
    "LocalShellCallParam": ".conversations.local_shell_call_param",
    "LocalShellExecAction": ".conversations.local_shell_exec_action",
    "LocalShellExecActionParam": ".conversations.local_shell_exec_action_param",
    "LogProb": ".conversations.log_prob",
    "McpApprovalRequest": ".conversations.mcp_approval_request",
    "McpApprovalRequestParam": ".conversations.mcp_approval_request_param",
    "McpApprovalResponse": ".conversations.mcp_approval_response",
    "McpApprovalResponseInputParam": ".conversations.mcp_approval_response_input_param",
    "McpCall": ".conversations.mcp_call",
    "McpCallError": ".conversations.mcp_call_error",
    "McpCallErrorParam": ".conversations.mcp_call_error_param",
    "McpCallParam": ".conversations.mcp_call_param",
    "McpListTools": ".conversations.mcp_list_tools",
    "McpListToolsParam": ".conversations.mcp_list_tools_param",
    "McpToolDefinition": ".conversations.mcp_tool_definition",
    "McpToolDefinitionParam": ".conversations.mcp_tool_definition_param",
    "Message": ".conversations.message",
    "MessageContent": ".conversations.message_content",
    "MessagePhase": ".conversations.message_phase",
    "MessagePhaseParam": ".conversations.message_phase_param",
    "MessageStatus": ".conversations.message_status",
    "MessageStatusParam": ".conversations.message_status_param",
    "Metadata": ".conversations.metadata",
    "MetadataParam": ".conversations.metadata_param",
    "OutputTextContent": ".conversations.output_text_content",
    "Program": ".conversations.program",
    "ProgramOutput": ".conversations.program_output",
    "PromptCacheBreakpoint": ".conversations.prompt_cache_breakpoint",
    "PromptCacheBreakpointParam": ".conversations.prompt_cache_breakpoint_param",
    "ReasoningEffort": ".conversations.reasoning_effort",
    "ReasoningItem": ".conversations.reasoning_item",
    "ReasoningItemParam": ".conversations.reasoning_item_param",
    "ReasoningTextContent": ".conversations.reasoning_text_content",
    "ReasoningTextContentParam": ".conversations.reasoning_text_content_param",
    "RefusalContent": ".conversations.refusal_content",
    "ResponseIncludableParam": ".conversations.response_includable_param",
    "ShellAction": ".conversations.shell_action",
    "ShellCall": ".conversations.shell_call",
    "ShellCallOutcome": ".conversations.shell_call_outcome",
    "ShellCallOutput": ".conversations.shell_call_output",
    "ShellCallOutputContent": ".conversations.shell_call_output_content",
    "ShellEnvironment": ".conversations.shell_environment",
    "SummaryTextContent": ".conversations.summary_text_content",
    "SummaryTextContentParam": ".conversations.summary_text_content_param",
    "TextContent": ".conversations.text_content",
    "TextResponseFormat": ".conversations.text_response_format",
    "TextResponseFormatJsonSchema": ".conversations.text_response_format_json_schema",
    "TextResponseFormatText": ".conversations.text_response_format_text",
    "ToolCallCaller": ".conversations.tool_call_caller",
    "ToolCallCallerParam": ".conversations.tool_call_caller_param",
    "ToolDefinition": ".conversations.tool_definition",
    "ToolSearchCall": ".conversations.tool_search_call",
    "ToolSearchExecution": ".conversations.tool_search_execution",
    "ToolSearchOutput": ".conversations.tool_search_output",
    "TopLogProb": ".conversations.top_log_prob",
    "UrlCitationAnnotation": ".conversations.url_citation_annotation",
    "WebSearchAction": ".conversations.web_search_action",
    "WebSearchActionParam": ".conversations.web_search_action_param",
    "WebSearchFindAction": ".conversations.web_search_find_action",
    "WebSearchFindActionParam": ".conversations.web_search_find_action_param",
    "WebSearchOpenPageAction": ".conversations.web_search_open_page_action",
    "WebSearchOpenPageActionParam": ".conversations.web_search_open_page_action_param",
    "WebSearchSearchAction": ".conversations.web_search_search_action",
    "WebSearchSearchActionParam": ".conversations.web_search_search_action_param",
    "WebSearchSource": ".conversations.web_search_source",
    "WebSearchSourceParam": ".conversations.web_search_source_param",
    "WebSearchToolCall": ".conversations.web_search_tool_call",
    "WebSearchToolCallParam": ".conversations.web_search_tool_call_param",
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
