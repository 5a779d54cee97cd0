# File generated from conversations.yaml by sdkgen. Do not edit.
"""The types of `conversations`: response models, request TypedDicts and method arguments.

Names are imported from their module on first use, so importing this package costs
nothing until a type is needed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Dict, List

if TYPE_CHECKING:
    from .additional_tools import AdditionalTools as AdditionalTools
    from .additional_tools_item_param_param import AdditionalToolsItemParamParam as AdditionalToolsItemParamParam
    from .annotation import Annotation as Annotation
    from .annotation_param import AnnotationParam as AnnotationParam
    from .apply_patch_call import ApplyPatchCall as ApplyPatchCall
    from .apply_patch_call_output import ApplyPatchCallOutput as ApplyPatchCallOutput
    from .apply_patch_call_output_status_param_param import (
        ApplyPatchCallOutputStatusParamParam as ApplyPatchCallOutputStatusParamParam,
    )
    from .apply_patch_call_status_param_param import ApplyPatchCallStatusParamParam as ApplyPatchCallStatusParamParam
    from .apply_patch_create_file_operation_param_param import (
        ApplyPatchCreateFileOperationParamParam as ApplyPatchCreateFileOperationParamParam,
    )
    from .apply_patch_delete_file_operation_param_param import (
        ApplyPatchDeleteFileOperationParamParam as ApplyPatchDeleteFileOperationParamParam,
    )
    from .apply_patch_operation import ApplyPatchOperation as ApplyPatchOperation
    from .apply_patch_operation_param_param import ApplyPatchOperationParamParam as ApplyPatchOperationParamParam
    from .apply_patch_tool_call_item_param_param import (
        ApplyPatchToolCallItemParamParam as ApplyPatchToolCallItemParamParam,
    )
    from .apply_patch_tool_call_output_item_param_param import (
        ApplyPatchToolCallOutputItemParamParam as ApplyPatchToolCallOutputItemParamParam,
    )
    from .apply_patch_tool_param_param import ApplyPatchToolParamParam as ApplyPatchToolParamParam
    from .apply_patch_update_file_operation_param_param import (
        ApplyPatchUpdateFileOperationParamParam as ApplyPatchUpdateFileOperationParamParam,
    )
    from .approximate_location_param import ApproximateLocationParam as ApproximateLocationParam
    from .auto_code_interpreter_tool_param_network_policy_param import (
        AutoCodeInterpreterToolParamNetworkPolicyParam as AutoCodeInterpreterToolParamNetworkPolicyParam,
    )
    from .auto_code_interpreter_tool_param_param import (
        AutoCodeInterpreterToolParamParam as AutoCodeInterpreterToolParamParam,
    )
    from .callable_tool_allowed_caller_param import CallableToolAllowedCallerParam as CallableToolAllowedCallerParam
    from .code_interpreter_output import CodeInterpreterOutput as CodeInterpreterOutput
    from .code_interpreter_output_image import CodeInterpreterOutputImage as CodeInterpreterOutputImage
    from .code_interpreter_output_image_param import CodeInterpreterOutputImageParam as CodeInterpreterOutputImageParam
    from .code_interpreter_output_logs import CodeInterpreterOutputLogs as CodeInterpreterOutputLogs
    from .code_interpreter_output_logs_param import CodeInterpreterOutputLogsParam as CodeInterpreterOutputLogsParam
    from .code_interpreter_output_param import CodeInterpreterOutputParam as CodeInterpreterOutputParam
    from .code_interpreter_tool_call import CodeInterpreterToolCall as CodeInterpreterToolCall
    from .code_interpreter_tool_call_param import CodeInterpreterToolCallParam as CodeInterpreterToolCallParam
    from .code_interpreter_tool_param import CodeInterpreterToolParam as CodeInterpreterToolParam
    from .compaction import Compaction as Compaction
    from .compaction_summary_item_param_param import CompactionSummaryItemParamParam as CompactionSummaryItemParamParam
    from .compaction_trigger_item_param_param import CompactionTriggerItemParamParam as CompactionTriggerItemParamParam
    from .comparison_filter_param import ComparisonFilterParam as ComparisonFilterParam
    from .compound_filter_param import CompoundFilterFiltersItemParam as CompoundFilterFiltersItemParam
    from .compound_filter_param import CompoundFilterParam as CompoundFilterParam
    from .computer_action import ComputerAction as ComputerAction
    from .computer_action_param import ComputerActionParam as ComputerActionParam
    from .computer_coordinate import ComputerCoordinate as ComputerCoordinate
    from .computer_coordinate_param import ComputerCoordinateParam as ComputerCoordinateParam
    from .computer_environment_param import ComputerEnvironmentParam as ComputerEnvironmentParam
    from .computer_safety_check import ComputerSafetyCheck as ComputerSafetyCheck
    from .computer_safety_check_param import ComputerSafetyCheckParam as ComputerSafetyCheckParam
    from .computer_screenshot_content import ComputerScreenshotContent as ComputerScreenshotContent
    from .computer_screenshot_image import ComputerScreenshotImage as ComputerScreenshotImage
    from .computer_screenshot_image_param import ComputerScreenshotImageParam as ComputerScreenshotImageParam
    from .computer_tool_call import ComputerToolCall as ComputerToolCall
    from .computer_tool_call_output import ComputerToolCallOutput as ComputerToolCallOutput
    from .computer_tool_call_output_input_param import (
        ComputerToolCallOutputInputParam as ComputerToolCallOutputInputParam,
    )
    from .computer_tool_call_param import ComputerToolCallParam as ComputerToolCallParam
    from .computer_tool_param import ComputerToolParam as ComputerToolParam
    from .computer_use_preview_tool_param import ComputerUsePreviewToolParam as ComputerUsePreviewToolParam
    from .configuration_update import ConfigurationUpdate as ConfigurationUpdate
    from .configuration_update_item_param_param import (
        ConfigurationUpdateItemParamParam as ConfigurationUpdateItemParamParam,
    )
    from .configuration_update_reasoning import ConfigurationUpdateReasoning as ConfigurationUpdateReasoning
    from .configuration_update_reasoning_param import (
        ConfigurationUpdateReasoningParam as ConfigurationUpdateReasoningParam,
    )
    from .configuration_update_text import ConfigurationUpdateText as ConfigurationUpdateText
    from .configuration_update_text_param import ConfigurationUpdateTextParam as ConfigurationUpdateTextParam
    from .container_auto_param_network_policy_param import (
        ContainerAutoParamNetworkPolicyParam as ContainerAutoParamNetworkPolicyParam,
    )
    from .container_auto_param_param import ContainerAutoParamParam as ContainerAutoParamParam
    from .container_auto_param_skills_item_param import (
        ContainerAutoParamSkillsItemParam as ContainerAutoParamSkillsItemParam,
    )
    from .container_file_citation_annotation import ContainerFileCitationAnnotation as ContainerFileCitationAnnotation
    from .container_file_citation_annotation_param import (
        ContainerFileCitationAnnotationParam as ContainerFileCitationAnnotationParam,
    )
    from .container_memory_limit_param import ContainerMemoryLimitParam as ContainerMemoryLimitParam
    from .container_network_policy_allowlist_param_param import (
        ContainerNetworkPolicyAllowlistParamParam as ContainerNetworkPolicyAllowlistParamParam,
    )
    from .container_network_policy_disabled_param_param import (
        ContainerNetworkPolicyDisabledParamParam as ContainerNetworkPolicyDisabledParamParam,
    )
    from .container_network_policy_domain_secret_param_param import (
        ContainerNetworkPolicyDomainSecretParamParam as ContainerNetworkPolicyDomainSecretParamParam,
    )
    from .container_reference_param_param import ContainerReferenceParamParam as ContainerReferenceParamParam
    from .conversation import Conversation as Conversation
    from .conversation_create_params import ConversationCreateParams as ConversationCreateParams
    from .conversation_deleted_resource import ConversationDeletedResource as ConversationDeletedResource
    from .conversation_item import ConversationItem as ConversationItem
    from .conversation_item_list import ConversationItemList as ConversationItemList
    from .conversation_update_params import ConversationUpdateParams as ConversationUpdateParams
    from .custom_grammar_format_param_param import CustomGrammarFormatParamParam as CustomGrammarFormatParamParam
    from .custom_text_format_param_param import CustomTextFormatParamParam as CustomTextFormatParamParam
    from .custom_tool_call import CustomToolCall as CustomToolCall
    from .custom_tool_call_output import CustomToolCallOutput as CustomToolCallOutput
    from .custom_tool_call_output_param import CustomToolCallOutputParam as CustomToolCallOutputParam
    from .custom_tool_call_param import CustomToolCallParam as CustomToolCallParam
    from .custom_tool_param_format_param import CustomToolParamFormatParam as CustomToolParamFormatParam
    from .custom_tool_param_param import CustomToolParamParam as CustomToolParamParam
    from .direct_tool_call_caller_param_param import DirectToolCallCallerParamParam as DirectToolCallCallerParamParam
    from .easy_input_message_param import EasyInputMessageParam as EasyInputMessageParam
    from .empty_model_param_param import EmptyModelParamParam as EmptyModelParamParam
    from .file_citation_annotation import FileCitationAnnotation as FileCitationAnnotation
    from .file_citation_annotation_param import FileCitationAnnotationParam as FileCitationAnnotationParam
    from .file_path_annotation import FilePathAnnotation as FilePathAnnotation
    from .file_path_annotation_param import FilePathAnnotationParam as FilePathAnnotationParam
    from .file_search_result import FileSearchResult as FileSearchResult
    from .file_search_result_param import FileSearchResultParam as FileSearchResultParam
    from .file_search_tool_call import FileSearchToolCall as FileSearchToolCall
    from .file_search_tool_call_param import FileSearchToolCallParam as FileSearchToolCallParam
    from .file_search_tool_param import FileSearchToolParam as FileSearchToolParam
    from .filters_param import FiltersParam as FiltersParam
    from .function_call_item_status_param import FunctionCallItemStatusParam as FunctionCallItemStatusParam
    from .function_shell_action_param_param import FunctionShellActionParamParam as FunctionShellActionParamParam
    from .function_shell_call_item_param_environment_param import (
        FunctionShellCallItemParamEnvironmentParam as FunctionShellCallItemParamEnvironmentParam,
    )
    from .function_shell_call_item_param_param import FunctionShellCallItemParamParam as FunctionShellCallItemParamParam
    from .function_shell_call_item_status_param import (
        FunctionShellCallItemStatusParam as FunctionShellCallItemStatusParam,
    )
    from .function_shell_call_output_content_param_param import (
        FunctionShellCallOutputContentParamParam as FunctionShellCallOutputContentParamParam,
    )
    from .function_shell_call_output_exit_outcome_param_param import (
        FunctionShellCallOutputExitOutcomeParamParam as FunctionShellCallOutputExitOutcomeParamParam,
    )
    from .function_shell_call_output_item_param_param import (
        FunctionShellCallOutputItemParamParam as FunctionShellCallOutputItemParamParam,
    )
    from .function_shell_call_output_outcome_param_param import (
        FunctionShellCallOutputOutcomeParamParam as FunctionShellCallOutputOutcomeParamParam,
    )
    from .function_shell_call_output_timeout_outcome_param_param import (
        FunctionShellCallOutputTimeoutOutcomeParamParam as FunctionShellCallOutputTimeoutOutcomeParamParam,
    )
    from .function_shell_tool_param_environment_param import (
        FunctionShellToolParamEnvironmentParam as FunctionShellToolParamEnvironmentParam,
    )
    from .function_shell_tool_param_param import FunctionShellToolParamParam as FunctionShellToolParamParam
    from .function_tool_call import FunctionToolCall as FunctionToolCall
    from .function_tool_call_input_param import FunctionToolCallInputParam as FunctionToolCallInputParam
    from .function_tool_call_output import FunctionToolCallOutput as FunctionToolCallOutput
    from .function_tool_call_output_input_param import (
        FunctionToolCallOutputInputParam as FunctionToolCallOutputInputParam,
    )
    from .function_tool_param import FunctionToolParam as FunctionToolParam
    from .function_tool_param_param import FunctionToolParamParam as FunctionToolParamParam
    from .grammar_syntax1_param import GrammarSyntax1Param as GrammarSyntax1Param
    from .hybrid_search_options_param import HybridSearchOptionsParam as HybridSearchOptionsParam
    from .image_detail import ImageDetail as ImageDetail
    from .image_detail_param import ImageDetailParam as ImageDetailParam
    from .image_gen_action_enum_param import ImageGenActionEnumParam as ImageGenActionEnumParam
    from .image_gen_tool_input_image_mask_param import (
        ImageGenToolInputImageMaskParam as ImageGenToolInputImageMaskParam,
    )
    from .image_gen_tool_param import ImageGenToolParam as ImageGenToolParam
    from .image_generation_call import ImageGenerationCall as ImageGenerationCall
    from .image_generation_call_param import ImageGenerationCallParam as ImageGenerationCallParam
    from .inline_skill_param_param import InlineSkillParamParam as InlineSkillParamParam
    from .inline_skill_source_param_param import InlineSkillSourceParamParam as InlineSkillSourceParamParam
    from .input_content import InputContent as InputContent
    from .input_content_param import InputContentParam as InputContentParam
    from .input_fidelity_param import InputFidelityParam as InputFidelityParam
    from .input_file_content import InputFileContent as InputFileContent
    from .input_file_content_param import InputFileContentParam as InputFileContentParam
    from .input_image_content import InputImageContent as InputImageContent
    from .input_image_content_param import InputImageContentParam as InputImageContentParam
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
    from .local_environment_param_param import LocalEnvironmentParamParam as LocalEnvironmentParamParam
    from .local_shell_call import LocalShellCall as LocalShellCall
    from .local_shell_call_output import LocalShellCallOutput as LocalShellCallOutput
    from .local_shell_call_output_param import LocalShellCallOutputParam as LocalShellCallOutputParam
    from .local_shell_call_param import LocalShellCallParam as LocalShellCallParam
    from .local_shell_exec_action import LocalShellExecAction as LocalShellExecAction
    from .local_shell_exec_action_param import LocalShellExecActionParam as LocalShellExecActionParam
    from .local_shell_tool_param_param import LocalShellToolParamParam as LocalShellToolParamParam
    from .local_skill_param_param import LocalSkillParamParam as LocalSkillParamParam
    from .log_prob import LogProb as LogProb
    from .log_prob_param import LogProbParam as LogProbParam
    from .mcp_tool_filter_param import MCPToolFilterParam as MCPToolFilterParam
    from .mcp_tool_param import MCPToolParam as MCPToolParam
    from .mcp_tool_require_approval_param import MCPToolRequireApprovalParam as MCPToolRequireApprovalParam
    from .mcp_approval_request import McpApprovalRequest as McpApprovalRequest
    from .mcp_approval_request_param import McpApprovalRequestParam as McpApprovalRequestParam
    from .mcp_approval_response import McpApprovalResponse as McpApprovalResponse
    from .mcp_approval_response_input_param import McpApprovalResponseInputParam as McpApprovalResponseInputParam
    from .mcp_call import McpCall as McpCall
    from .mcp_call_error import McpCallError as McpCallError
    from .mcp_call_error_param import McpCallErrorParam as McpCallErrorParam
    from .mcp_call_param import McpCallParam as McpCallParam
    from .mcp_list_tools import McpListTools as McpListTools
    from .mcp_list_tools_param import McpListToolsParam as McpListToolsParam
    from .mcp_tool_definition import McpToolDefinition as McpToolDefinition
    from .mcp_tool_definition_param import McpToolDefinitionParam as McpToolDefinitionParam
    from .message import Message as Message
    from .message_content import MessageContent as MessageContent
    from .message_phase import MessagePhase as MessagePhase
    from .message_phase_param import MessagePhaseParam as MessagePhaseParam
    from .message_status import MessageStatus as MessageStatus
    from .message_status_param import MessageStatusParam as MessageStatusParam
    from .metadata import Metadata as Metadata
    from .metadata_param import MetadataParam as MetadataParam
    from .namespace_tool_param_param import NamespaceToolParamParam as NamespaceToolParamParam
    from .namespace_tool_param_tools_item_param import (
        NamespaceToolParamToolsItemParam as NamespaceToolParamToolsItemParam,
    )
    from .output_message_content_param import OutputMessageContentParam as OutputMessageContentParam
    from .output_message_param import OutputMessageParam as OutputMessageParam
    from .output_text_content import OutputTextContent as OutputTextContent
    from .output_text_content_param import OutputTextContentParam as OutputTextContentParam
    from .program import Program as Program
    from .program_item_param_param import ProgramItemParamParam as ProgramItemParamParam
    from .program_output import ProgramOutput as ProgramOutput
    from .program_output_item_param_param import ProgramOutputItemParamParam as ProgramOutputItemParamParam
    from .program_output_item_status_param import ProgramOutputItemStatusParam as ProgramOutputItemStatusParam
    from .program_tool_call_caller_param_param import ProgramToolCallCallerParamParam as ProgramToolCallCallerParamParam
    from .programmatic_tool_calling_param_param import (
        ProgrammaticToolCallingParamParam as ProgrammaticToolCallingParamParam,
    )
    from .prompt_cache_breakpoint import PromptCacheBreakpoint as PromptCacheBreakpoint
    from .prompt_cache_breakpoint_param import PromptCacheBreakpointParam as PromptCacheBreakpointParam
    from .ranker_version_type_param import RankerVersionTypeParam as RankerVersionTypeParam
    from .ranking_options_param import RankingOptionsParam as RankingOptionsParam
    from .reasoning_effort import ReasoningEffort as ReasoningEffort
    from .reasoning_effort_param import ReasoningEffortParam as ReasoningEffortParam
    from .reasoning_item import ReasoningItem as ReasoningItem
    from .reasoning_item_param import ReasoningItemParam as ReasoningItemParam
    from .reasoning_text_content import ReasoningTextContent as ReasoningTextContent
    from .reasoning_text_content_param import ReasoningTextContentParam as ReasoningTextContentParam
    from .refusal_content import RefusalContent as RefusalContent
    from .refusal_content_param import RefusalContentParam as RefusalContentParam
    from .response_includable_param import ResponseIncludableParam as ResponseIncludableParam
    from .search_content_type_param import SearchContentTypeParam as SearchContentTypeParam
    from .search_context_size_param import SearchContextSizeParam as SearchContextSizeParam
    from .shell_action import ShellAction as ShellAction
    from .shell_call import ShellCall as ShellCall
    from .shell_call_outcome import ShellCallOutcome as ShellCallOutcome
    from .shell_call_output import ShellCallOutput as ShellCallOutput
    from .shell_call_output_content import ShellCallOutputContent as ShellCallOutputContent
    from .shell_environment import ShellEnvironment as ShellEnvironment
    from .skill_reference_param_param import SkillReferenceParamParam as SkillReferenceParamParam
    from .summary_text_content import SummaryTextContent as SummaryTextContent
    from .summary_text_content_param import SummaryTextContentParam as SummaryTextContentParam
    from .text_content import TextContent as TextContent
    from .text_response_format import TextResponseFormat as TextResponseFormat
    from .text_response_format_json_schema import TextResponseFormatJsonSchema as TextResponseFormatJsonSchema
    from .text_response_format_json_schema_param import (
        TextResponseFormatJsonSchemaParam as TextResponseFormatJsonSchemaParam,
    )
    from .text_response_format_param import TextResponseFormatParam as TextResponseFormatParam
    from .text_response_format_text import TextResponseFormatText as TextResponseFormatText
    from .text_response_format_text_param import TextResponseFormatTextParam as TextResponseFormatTextParam
    from .tool_call_caller import ToolCallCaller as ToolCallCaller
    from .tool_call_caller_param import ToolCallCallerParam as ToolCallCallerParam
    from .tool_call_caller_param_param import ToolCallCallerParamParam as ToolCallCallerParamParam
    from .tool_definition import ToolDefinition as ToolDefinition
    from .tool_param import ToolParam as ToolParam
    from .tool_search_call import ToolSearchCall as ToolSearchCall
    from .tool_search_call_item_param_param import ToolSearchCallItemParamParam as ToolSearchCallItemParamParam
    from .tool_search_execution import ToolSearchExecution as ToolSearchExecution
    from .tool_search_execution_type_param import ToolSearchExecutionTypeParam as ToolSearchExecutionTypeParam
    from .tool_search_output import ToolSearchOutput as ToolSearchOutput
    from .tool_search_output_item_param_param import ToolSearchOutputItemParamParam as ToolSearchOutputItemParamParam
    from .tool_search_tool_param_param import ToolSearchToolParamParam as ToolSearchToolParamParam
    from .top_log_prob import TopLogProb as TopLogProb
    from .top_log_prob_param import TopLogProbParam as TopLogProbParam
    from .url_citation_annotation import UrlCitationAnnotation as UrlCitationAnnotation
    from .url_citation_annotation_param import UrlCitationAnnotationParam as UrlCitationAnnotationParam
    from .web_search_action import WebSearchAction as WebSearchAction
    from .web_search_action_param import WebSearchActionParam as WebSearchActionParam
    from .web_search_approximate_location_param import (
        WebSearchApproximateLocationParam as WebSearchApproximateLocationParam,
    )
    from .web_search_find_action import WebSearchFindAction as WebSearchFindAction
    from .web_search_find_action_param import WebSearchFindActionParam as WebSearchFindActionParam
    from .web_search_open_page_action import WebSearchOpenPageAction as WebSearchOpenPageAction
    from .web_search_open_page_action_param import WebSearchOpenPageActionParam as WebSearchOpenPageActionParam
    from .web_search_preview_tool_param import WebSearchPreviewToolParam as WebSearchPreviewToolParam
    from .web_search_search_action import WebSearchSearchAction as WebSearchSearchAction
    from .web_search_search_action_param import WebSearchSearchActionParam as WebSearchSearchActionParam
    from .web_search_source import WebSearchSource as WebSearchSource
    from .web_search_source_param import WebSearchSourceParam as WebSearchSourceParam
    from .web_search_tool_call import WebSearchToolCall as WebSearchToolCall
    from .web_search_tool_call_param import WebSearchToolCallParam as WebSearchToolCallParam
    from .web_search_tool_filters_param import WebSearchToolFiltersParam as WebSearchToolFiltersParam
    from .web_search_tool_param import WebSearchToolParam as WebSearchToolParam

_MODULE_OF: Dict[str, str] = {
    "AdditionalTools": ".additional_tools",
    "AdditionalToolsItemParamParam": ".additional_tools_item_param_param",
    "Annotation": ".annotation",
    "AnnotationParam": ".annotation_param",
    "ApplyPatchCall": ".apply_patch_call",
    "ApplyPatchCallOutput": ".apply_patch_call_output",
    "ApplyPatchCallOutputStatusParamParam": ".apply_patch_call_output_status_param_param",
    "ApplyPatchCallStatusParamParam": ".apply_patch_call_status_param_param",
    "ApplyPatchCreateFileOperationParamParam": ".apply_patch_create_file_operation_param_param",
    "ApplyPatchDeleteFileOperationParamParam": ".apply_patch_delete_file_operation_param_param",
    "ApplyPatchOperation": ".apply_patch_operation",
    "ApplyPatchOperationParamParam": ".apply_patch_operation_param_param",
    "ApplyPatchToolCallItemParamParam": ".apply_patch_tool_call_item_param_param",
    "ApplyPatchToolCallOutputItemParamParam": ".apply_patch_tool_call_output_item_param_param",
    "ApplyPatchToolParamParam": ".apply_patch_tool_param_param",
    "ApplyPatchUpdateFileOperationParamParam": ".apply_patch_update_file_operation_param_param",
    "ApproximateLocationParam": ".approximate_location_param",
    "AutoCodeInterpreterToolParamNetworkPolicyParam": ".auto_code_interpreter_tool_param_network_policy_param",
    "AutoCodeInterpreterToolParamParam": ".auto_code_interpreter_tool_param_param",
    "CallableToolAllowedCallerParam": ".callable_tool_allowed_caller_param",
    "CodeInterpreterOutput": ".code_interpreter_output",
    "CodeInterpreterOutputImage": ".code_interpreter_output_image",
    "CodeInterpreterOutputImageParam": ".code_interpreter_output_image_param",
    "CodeInterpreterOutputLogs": ".code_interpreter_output_logs",
    "CodeInterpreterOutputLogsParam": ".code_interpreter_output_logs_param",
    "CodeInterpreterOutputParam": ".code_interpreter_output_param",
    "CodeInterpreterToolCall": ".code_interpreter_tool_call",
    "CodeInterpreterToolCallParam": ".code_interpreter_tool_call_param",
    "CodeInterpreterToolParam": ".code_interpreter_tool_param",
    "Compaction": ".compaction",
    "CompactionSummaryItemParamParam": ".compaction_summary_item_param_param",
    "CompactionTriggerItemParamParam": ".compaction_trigger_item_param_param",
    "ComparisonFilterParam": ".comparison_filter_param",
    "CompoundFilterFiltersItemParam": ".compound_filter_param",
    "CompoundFilterParam": ".compound_filter_param",
    "ComputerAction": ".computer_action",
    "ComputerActionParam": ".computer_action_param",
    "ComputerCoordinate": ".computer_coordinate",
    "ComputerCoordinateParam": ".computer_coordinate_param",
    "ComputerEnvironmentParam": ".computer_environment_param",
    "ComputerSafetyCheck": ".computer_safety_check",
    "ComputerSafetyCheckParam": ".computer_safety_check_param",
    "ComputerScreenshotContent": ".computer_screenshot_content",
    "ComputerScreenshotImage": ".computer_screenshot_image",
    "ComputerScreenshotImageParam": ".computer_screenshot_image_param",
    "ComputerToolCall": ".computer_tool_call",
    "ComputerToolCallOutput": ".computer_tool_call_output",
    "ComputerToolCallOutputInputParam": ".computer_tool_call_output_input_param",
    "ComputerToolCallParam": ".computer_tool_call_param",
    "ComputerToolParam": ".computer_tool_param",
    "ComputerUsePreviewToolParam": ".computer_use_preview_tool_param",
    "ConfigurationUpdate": ".configuration_update",
    "ConfigurationUpdateItemParamParam": ".configuration_update_item_param_param",
    "ConfigurationUpdateReasoning": ".configuration_update_reasoning",
    "ConfigurationUpdateReasoningParam": ".configuration_update_reasoning_param",
    "ConfigurationUpdateText": ".configuration_update_text",
    "ConfigurationUpdateTextParam": ".configuration_update_text_param",
    "ContainerAutoParamNetworkPolicyParam": ".container_auto_param_network_policy_param",
    "ContainerAutoParamParam": ".container_auto_param_param",
    "ContainerAutoParamSkillsItemParam": ".container_auto_param_skills_item_param",
    "ContainerFileCitationAnnotation": ".container_file_citation_annotation",
    "ContainerFileCitationAnnotationParam": ".container_file_citation_annotation_param",
    "ContainerMemoryLimitParam": ".container_memory_limit_param",
    "ContainerNetworkPolicyAllowlistParamParam": ".container_network_policy_allowlist_param_param",
    "ContainerNetworkPolicyDisabledParamParam": ".container_network_policy_disabled_param_param",
    "ContainerNetworkPolicyDomainSecretParamParam": ".container_network_policy_domain_secret_param_param",
    "ContainerReferenceParamParam": ".container_reference_param_param",
    "Conversation": ".conversation",
    "ConversationCreateParams": ".conversation_create_params",
    "ConversationDeletedResource": ".conversation_deleted_resource",
    "ConversationItem": ".conversation_item",
    "ConversationItemList": ".conversation_item_list",
    "ConversationUpdateParams": ".conversation_update_params",
    "CustomGrammarFormatParamParam": ".custom_grammar_format_param_param",
    "CustomTextFormatParamParam": ".custom_text_format_param_param",
    "CustomToolCall": ".custom_tool_call",
    "CustomToolCallOutput": ".custom_tool_call_output",
    "CustomToolCallOutputParam": ".custom_tool_call_output_param",
    "CustomToolCallParam": ".custom_tool_call_param",
    "CustomToolParamFormatParam": ".custom_tool_param_format_param",
    "CustomToolParamParam": ".custom_tool_param_param",
    "DirectToolCallCallerParamParam": ".direct_tool_call_caller_param_param",
    "EasyInputMessageParam": ".easy_input_message_param",
    "EmptyModelParamParam": ".empty_model_param_param",
    "FileCitationAnnotation": ".file_citation_annotation",
    "FileCitationAnnotationParam": ".file_citation_annotation_param",
    "FilePathAnnotation": ".file_path_annotation",
    "FilePathAnnotationParam": ".file_path_annotation_param",
    "FileSearchResult": ".file_search_result",
    "FileSearchResultParam": ".file_search_result_param",
    "FileSearchToolCall": ".file_search_tool_call",
    "FileSearchToolCallParam": ".file_search_tool_call_param",
    "FileSearchToolParam": ".file_search_tool_param",
    "FiltersParam": ".filters_param",
    "FunctionCallItemStatusParam": ".function_call_item_status_param",
    "FunctionShellActionParamParam": ".function_shell_action_param_param",
    "FunctionShellCallItemParamEnvironmentParam": ".function_shell_call_item_param_environment_param",
    "FunctionShellCallItemParamParam": ".function_shell_call_item_param_param",
    "FunctionShellCallItemStatusParam": ".function_shell_call_item_status_param",
    "FunctionShellCallOutputContentParamParam": ".function_shell_call_output_content_param_param",
    "FunctionShellCallOutputExitOutcomeParamParam": ".function_shell_call_output_exit_outcome_param_param",
    "FunctionShellCallOutputItemParamParam": ".function_shell_call_output_item_param_param",
    "FunctionShellCallOutputOutcomeParamParam": ".function_shell_call_output_outcome_param_param",
    "FunctionShellCallOutputTimeoutOutcomeParamParam": ".function_shell_call_output_timeout_outcome_param_param",
    "FunctionShellToolParamEnvironmentParam": ".function_shell_tool_param_environment_param",
    "FunctionShellToolParamParam": ".function_shell_tool_param_param",
    "FunctionToolCall": ".function_tool_call",
    "FunctionToolCallInputParam": ".function_tool_call_input_param",
    "FunctionToolCallOutput": ".function_tool_call_output",
    "FunctionToolCallOutputInputParam": ".function_tool_call_output_input_param",
    "FunctionToolParam": ".function_tool_param",
    "FunctionToolParamParam": ".function_tool_param_param",
    "GrammarSyntax1Param": ".grammar_syntax1_param",
    "HybridSearchOptionsParam": ".hybrid_search_options_param",
    "ImageDetail": ".image_detail",
    "ImageDetailParam": ".image_detail_param",
    "ImageGenActionEnumParam": ".image_gen_action_enum_param",
    "ImageGenToolInputImageMaskParam": ".image_gen_tool_input_image_mask_param",
    "ImageGenToolParam": ".image_gen_tool_param",
    "ImageGenerationCall": ".image_generation_call",
    "ImageGenerationCallParam": ".image_generation_call_param",
    "InlineSkillParamParam": ".inline_skill_param_param",
    "InlineSkillSourceParamParam": ".inline_skill_source_param_param",
    "InputContent": ".input_content",
    "InputContentParam": ".input_content_param",
    "InputFidelityParam": ".input_fidelity_param",
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
    "LocalEnvironmentParamParam": ".local_environment_param_param",
    "LocalShellCall": ".local_shell_call",
    "LocalShellCallOutput": ".local_shell_call_output",
    "LocalShellCallOutputParam": ".local_shell_call_output_param",
    "LocalShellCallParam": ".local_shell_call_param",
    "LocalShellExecAction": ".local_shell_exec_action",
    "LocalShellExecActionParam": ".local_shell_exec_action_param",
    "LocalShellToolParamParam": ".local_shell_tool_param_param",
    "LocalSkillParamParam": ".local_skill_param_param",
    "LogProb": ".log_prob",
    "LogProbParam": ".log_prob_param",
    "MCPToolFilterParam": ".mcp_tool_filter_param",
    "MCPToolParam": ".mcp_tool_param",
    "MCPToolRequireApprovalParam": ".mcp_tool_require_approval_param",
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
    "NamespaceToolParamParam": ".namespace_tool_param_param",
    "NamespaceToolParamToolsItemParam": ".namespace_tool_param_tools_item_param",
    "OutputMessageContentParam": ".output_message_content_param",
    "OutputMessageParam": ".output_message_param",
    "OutputTextContent": ".output_text_content",
    "OutputTextContentParam": ".output_text_content_param",
    "Program": ".program",
    "ProgramItemParamParam": ".program_item_param_param",
    "ProgramOutput": ".program_output",
    "ProgramOutputItemParamParam": ".program_output_item_param_param",
    "ProgramOutputItemStatusParam": ".program_output_item_status_param",
    "ProgramToolCallCallerParamParam": ".program_tool_call_caller_param_param",
    "ProgrammaticToolCallingParamParam": ".programmatic_tool_calling_param_param",
    "PromptCacheBreakpoint": ".prompt_cache_breakpoint",
    "PromptCacheBreakpointParam": ".prompt_cache_breakpoint_param",
    "RankerVersionTypeParam": ".ranker_version_type_param",
    "RankingOptionsParam": ".ranking_options_param",
    "ReasoningEffort": ".reasoning_effort",
    "ReasoningEffortParam": ".reasoning_effort_param",
    "ReasoningItem": ".reasoning_item",
    "ReasoningItemParam": ".reasoning_item_param",
    "ReasoningTextContent": ".reasoning_text_content",
    "ReasoningTextContentParam": ".reasoning_text_content_param",
    "RefusalContent": ".refusal_content",
    "RefusalContentParam": ".refusal_content_param",
    "ResponseIncludableParam": ".response_includable_param",
    "SearchContentTypeParam": ".search_content_type_param",
    "SearchContextSizeParam": ".search_context_size_param",
    "ShellAction": ".shell_action",
    "ShellCall": ".shell_call",
    "ShellCallOutcome": ".shell_call_outcome",
    "ShellCallOutput": ".shell_call_output",
    "ShellCallOutputContent": ".shell_call_output_content",
    "ShellEnvironment": ".shell_environment",
    "SkillReferenceParamParam": ".skill_reference_param_param",
    "SummaryTextContent": ".summary_text_content",
    "SummaryTextContentParam": ".summary_text_content_param",
    "TextContent": ".text_content",
    "TextResponseFormat": ".text_response_format",
    "TextResponseFormatJsonSchema": ".text_response_format_json_schema",
    "TextResponseFormatJsonSchemaParam": ".text_response_format_json_schema_param",
    "TextResponseFormatParam": ".text_response_format_param",
    "TextResponseFormatText": ".text_response_format_text",
    "TextResponseFormatTextParam": ".text_response_format_text_param",
    "ToolCallCaller": ".tool_call_caller",
    "ToolCallCallerParam": ".tool_call_caller_param",
    "ToolCallCallerParamParam": ".tool_call_caller_param_param",
    "ToolDefinition": ".tool_definition",
    "ToolParam": ".tool_param",
    "ToolSearchCall": ".tool_search_call",
    "ToolSearchCallItemParamParam": ".tool_search_call_item_param_param",
    "ToolSearchExecution": ".tool_search_execution",
    "ToolSearchExecutionTypeParam": ".tool_search_execution_type_param",
    "ToolSearchOutput": ".tool_search_output",
    "ToolSearchOutputItemParamParam": ".tool_search_output_item_param_param",
    "ToolSearchToolParamParam": ".tool_search_tool_param_param",
    "TopLogProb": ".top_log_prob",
    "TopLogProbParam": ".top_log_prob_param",
    "UrlCitationAnnotation": ".url_citation_annotation",
    "UrlCitationAnnotationParam": ".url_citation_annotation_param",
    "WebSearchAction": ".web_search_action",
    "WebSearchActionParam": ".web_search_action_param",
    "WebSearchApproximateLocationParam": ".web_search_approximate_location_param",
    "WebSearchFindAction": ".web_search_find_action",
    "WebSearchFindActionParam": ".web_search_find_action_param",
    "WebSearchOpenPageAction": ".web_search_open_page_action",
    "WebSearchOpenPageActionParam": ".web_search_open_page_action_param",
    "WebSearchPreviewToolParam": ".web_search_preview_tool_param",
    "WebSearchSearchAction": ".web_search_search_action",
    "WebSearchSearchActionParam": ".web_search_search_action_param",
    "WebSearchSource": ".web_search_source",
    "WebSearchSourceParam": ".web_search_source_param",
    "WebSearchToolCall": ".web_search_tool_call",
    "WebSearchToolCallParam": ".web_search_tool_call_param",
    "WebSearchToolFiltersParam": ".web_search_tool_filters_param",
    "WebSearchToolParam": ".web_search_tool_param",
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
