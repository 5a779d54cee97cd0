# File generated from conversations.yaml by sdkgen. Do not edit.
"""Every type of the API: response models, request TypedDicts and method arguments.

Names are imported from their module on first use, so importing this package costs
nothing until a type is needed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Dict, List

if TYPE_CHECKING:
    from .conversations.additional_tools import AdditionalTools as AdditionalTools
    from .conversations.additional_tools_item_param_param import (
        AdditionalToolsItemParamParam as AdditionalToolsItemParamParam,
    )
    from .conversations.annotation import Annotation as Annotation
    from .conversations.annotation_param import AnnotationParam as AnnotationParam
    from .conversations.apply_patch_call import ApplyPatchCall as ApplyPatchCall
    from .conversations.apply_patch_call_output import ApplyPatchCallOutput as ApplyPatchCallOutput
    from .conversations.apply_patch_call_output_status_param_param import (
        ApplyPatchCallOutputStatusParamParam as ApplyPatchCallOutputStatusParamParam,
    )
    from .conversations.apply_patch_call_status_param_param import (
        ApplyPatchCallStatusParamParam as ApplyPatchCallStatusParamParam,
    )
    from .conversations.apply_patch_create_file_operation_param_param import (
        ApplyPatchCreateFileOperationParamParam as ApplyPatchCreateFileOperationParamParam,
    )
    from .conversations.apply_patch_delete_file_operation_param_param import (
        ApplyPatchDeleteFileOperationParamParam as ApplyPatchDeleteFileOperationParamParam,
    )
    from .conversations.apply_patch_operation import ApplyPatchOperation as ApplyPatchOperation
    from .conversations.apply_patch_operation_param_param import (
        ApplyPatchOperationParamParam as ApplyPatchOperationParamParam,
    )
    from .conversations.apply_patch_tool_call_item_param_param import (
        ApplyPatchToolCallItemParamParam as ApplyPatchToolCallItemParamParam,
    )
    from .conversations.apply_patch_tool_call_output_item_param_param import (
        ApplyPatchToolCallOutputItemParamParam as ApplyPatchToolCallOutputItemParamParam,
    )
    from .conversations.apply_patch_tool_param_param import ApplyPatchToolParamParam as ApplyPatchToolParamParam
    from .conversations.apply_patch_update_file_operation_param_param import (
        ApplyPatchUpdateFileOperationParamParam as ApplyPatchUpdateFileOperationParamParam,
    )
    from .conversations.approximate_location_param import ApproximateLocationParam as ApproximateLocationParam
    from .conversations.auto_code_interpreter_tool_param_network_policy_param import (
        AutoCodeInterpreterToolParamNetworkPolicyParam as AutoCodeInterpreterToolParamNetworkPolicyParam,
    )
    from .conversations.auto_code_interpreter_tool_param_param import (
        AutoCodeInterpreterToolParamParam as AutoCodeInterpreterToolParamParam,
    )
    from .conversations.callable_tool_allowed_caller_param import (
        CallableToolAllowedCallerParam as CallableToolAllowedCallerParam,
    )
    from .conversations.code_interpreter_output import CodeInterpreterOutput as CodeInterpreterOutput
    from .conversations.code_interpreter_output_image import CodeInterpreterOutputImage as CodeInterpreterOutputImage
    from .conversations.code_interpreter_output_image_param import (
        CodeInterpreterOutputImageParam as CodeInterpreterOutputImageParam,
    )
    from .conversations.code_interpreter_output_logs import CodeInterpreterOutputLogs as CodeInterpreterOutputLogs
    from .conversations.code_interpreter_output_logs_param import (
        CodeInterpreterOutputLogsParam as CodeInterpreterOutputLogsParam,
    )
    from .conversations.code_interpreter_output_param import CodeInterpreterOutputParam as CodeInterpreterOutputParam
    from .conversations.code_interpreter_tool_call import CodeInterpreterToolCall as CodeInterpreterToolCall
    from .conversations.code_interpreter_tool_call_param import (
        CodeInterpreterToolCallParam as CodeInterpreterToolCallParam,
    )
    from .conversations.code_interpreter_tool_param import CodeInterpreterToolParam as CodeInterpreterToolParam
    from .conversations.compaction import Compaction as Compaction
    from .conversations.compaction_summary_item_param_param import (
        CompactionSummaryItemParamParam as CompactionSummaryItemParamParam,
    )
    from .conversations.compaction_trigger_item_param_param import (
        CompactionTriggerItemParamParam as CompactionTriggerItemParamParam,
    )
    from .conversations.comparison_filter_param import ComparisonFilterParam as ComparisonFilterParam
    from .conversations.compound_filter_param import CompoundFilterFiltersItemParam as CompoundFilterFiltersItemParam
    from .conversations.compound_filter_param import CompoundFilterParam as CompoundFilterParam
    from .conversations.computer_action import ComputerAction as ComputerAction
    from .conversations.computer_action_param import ComputerActionParam as ComputerActionParam
    from .conversations.computer_coordinate import ComputerCoordinate as ComputerCoordinate
    from .conversations.computer_coordinate_param import ComputerCoordinateParam as ComputerCoordinateParam
    from .conversations.computer_environment_param import ComputerEnvironmentParam as ComputerEnvironmentParam
    from .conversations.computer_safety_check import ComputerSafetyCheck as ComputerSafetyCheck
    from .conversations.computer_safety_check_param import ComputerSafetyCheckParam as ComputerSafetyCheckParam
    from .conversations.computer_screenshot_content import ComputerScreenshotContent as ComputerScreenshotContent
    from .conversations.computer_screenshot_image import ComputerScreenshotImage as ComputerScreenshotImage
    from .conversations.computer_screenshot_image_param import (
        ComputerScreenshotImageParam as ComputerScreenshotImageParam,
    )
    from .conversations.computer_tool_call import ComputerToolCall as ComputerToolCall
    from .conversations.computer_tool_call_output import ComputerToolCallOutput as ComputerToolCallOutput
    from .conversations.computer_tool_call_output_input_param import (
        ComputerToolCallOutputInputParam as ComputerToolCallOutputInputParam,
    )
    from .conversations.computer_tool_call_param import ComputerToolCallParam as ComputerToolCallParam
    from .conversations.computer_tool_param import ComputerToolParam as ComputerToolParam
    from .conversations.computer_use_preview_tool_param import (
        ComputerUsePreviewToolParam as ComputerUsePreviewToolParam,
    )
    from .conversations.configuration_update import ConfigurationUpdate as ConfigurationUpdate
    from .conversations.configuration_update_item_param_param import (
        ConfigurationUpdateItemParamParam as ConfigurationUpdateItemParamParam,
    )
    from .conversations.configuration_update_reasoning import (
        ConfigurationUpdateReasoning as ConfigurationUpdateReasoning,
    )
    from .conversations.configuration_update_reasoning_param import (
        ConfigurationUpdateReasoningParam as ConfigurationUpdateReasoningParam,
    )
    from .conversations.configuration_update_text import ConfigurationUpdateText as ConfigurationUpdateText
    from .conversations.configuration_update_text_param import (
        ConfigurationUpdateTextParam as ConfigurationUpdateTextParam,
    )
    from .conversations.container_auto_param_network_policy_param import (
        ContainerAutoParamNetworkPolicyParam as ContainerAutoParamNetworkPolicyParam,
    )
    from .conversations.container_auto_param_param import ContainerAutoParamParam as ContainerAutoParamParam
    from .conversations.container_auto_param_skills_item_param import (
        ContainerAutoParamSkillsItemParam as ContainerAutoParamSkillsItemParam,
    )
    from .conversations.container_file_citation_annotation import (
        ContainerFileCitationAnnotation as ContainerFileCitationAnnotation,
    )
    from .conversations.container_file_citation_annotation_param import (
        ContainerFileCitationAnnotationParam as ContainerFileCitationAnnotationParam,
    )
    from .conversations.container_memory_limit_param import ContainerMemoryLimitParam as ContainerMemoryLimitParam
    from .conversations.container_network_policy_allowlist_param_param import (
        ContainerNetworkPolicyAllowlistParamParam as ContainerNetworkPolicyAllowlistParamParam,
    )
    from .conversations.container_network_policy_disabled_param_param import (
        ContainerNetworkPolicyDisabledParamParam as ContainerNetworkPolicyDisabledParamParam,
    )
    from .conversations.container_network_policy_domain_secret_param_param import (
        ContainerNetworkPolicyDomainSecretParamParam as ContainerNetworkPolicyDomainSecretParamParam,
    )
    from .conversations.container_reference_param_param import (
        ContainerReferenceParamParam as ContainerReferenceParamParam,
    )
    from .conversations.conversation import Conversation as Conversation
    from .conversations.conversation_create_params import ConversationCreateParams as ConversationCreateParams
    from .conversations.conversation_deleted_resource import ConversationDeletedResource as ConversationDeletedResource
    from .conversations.conversation_item import ConversationItem as ConversationItem
    from .conversations.conversation_item_list import ConversationItemList as ConversationItemList
    from .conversations.conversation_update_params import ConversationUpdateParams as ConversationUpdateParams
    from .conversations.custom_grammar_format_param_param import (
        CustomGrammarFormatParamParam as CustomGrammarFormatParamParam,
    )
    from .conversations.custom_text_format_param_param import CustomTextFormatParamParam as CustomTextFormatParamParam
    from .conversations.custom_tool_call import CustomToolCall as CustomToolCall
    from .conversations.custom_tool_call_output import CustomToolCallOutput as CustomToolCallOutput
    from .conversations.custom_tool_call_output_param import CustomToolCallOutputParam as CustomToolCallOutputParam
    from .conversations.custom_tool_call_param import CustomToolCallParam as CustomToolCallParam
    from .conversations.custom_tool_param_format_param import CustomToolParamFormatParam as CustomToolParamFormatParam
    from .conversations.custom_tool_param_param import CustomToolParamParam as CustomToolParamParam
    from .conversations.direct_tool_call_caller_param_param import (
        DirectToolCallCallerParamParam as DirectToolCallCallerParamParam,
    )
    from .conversations.easy_input_message_param import EasyInputMessageParam as EasyInputMessageParam
    from .conversations.empty_model_param_param import EmptyModelParamParam as EmptyModelParamParam
    from .error import Error as Error
    from .error_response import ErrorResponse as ErrorResponse
    from .conversations.file_citation_annotation import FileCitationAnnotation as FileCitationAnnotation
    from .conversations.file_citation_annotation_param import FileCitationAnnotationParam as FileCitationAnnotationParam
    from .conversations.file_path_annotation import FilePathAnnotation as FilePathAnnotation
    from .conversations.file_path_annotation_param import FilePathAnnotationParam as FilePathAnnotationParam
    from .conversations.file_search_result import FileSearchResult as FileSearchResult
    from .conversations.file_search_result_param import FileSearchResultParam as FileSearchResultParam
    from .conversations.file_search_tool_call import FileSearchToolCall as FileSearchToolCall
    from .conversations.file_search_tool_call_param import FileSearchToolCallParam as FileSearchToolCallParam
    from .conversations.file_search_tool_param import FileSearchToolParam as FileSearchToolParam
    from .conversations.filters_param import FiltersParam as FiltersParam
    from .conversations.function_call_item_status_param import (
        FunctionCallItemStatusParam as FunctionCallItemStatusParam,
    )
    from .conversations.function_shell_action_param_param import (
        FunctionShellActionParamParam as FunctionShellActionParamParam,
    )
    from .conversations.function_shell_call_item_param_environment_param import (
        FunctionShellCallItemParamEnvironmentParam as FunctionShellCallItemParamEnvironmentParam,
    )
    from .conversations.function_shell_call_item_param_param import (
        FunctionShellCallItemParamParam as FunctionShellCallItemParamParam,
    )
    from .conversations.function_shell_call_item_status_param import (
        FunctionShellCallItemStatusParam as FunctionShellCallItemStatusParam,
    )
    from .conversations.function_shell_call_output_content_param_param import (
        FunctionShellCallOutputContentParamParam as FunctionShellCallOutputContentParamParam,
    )
    from .conversations.function_shell_call_output_exit_outcome_param_param import (
        FunctionShellCallOutputExitOutcomeParamParam as FunctionShellCallOutputExitOutcomeParamParam,
    )
    from .conversations.function_shell_call_output_item_param_param import (
        FunctionShellCallOutputItemParamParam as FunctionShellCallOutputItemParamParam,
    )
    from .conversations.function_shell_call_output_outcome_param_param import (
        FunctionShellCallOutputOutcomeParamParam as FunctionShellCallOutputOutcomeParamParam,
    )
    from .conversations.function_shell_call_output_timeout_outcome_param_param import (
        FunctionShellCallOutputTimeoutOutcomeParamParam as FunctionShellCallOutputTimeoutOutcomeParamParam,
    )
    from .conversations.function_shell_tool_param_environment_param import (
        FunctionShellToolParamEnvironmentParam as FunctionShellToolParamEnvironmentParam,
    )
    from .conversations.function_shell_tool_param_param import (
        FunctionShellToolParamParam as FunctionShellToolParamParam,
    )
    from .conversations.function_tool_call import FunctionToolCall as FunctionToolCall
    from .conversations.function_tool_call_input_param import FunctionToolCallInputParam as FunctionToolCallInputParam
    from .conversations.function_tool_call_output import FunctionToolCallOutput as FunctionToolCallOutput
    from .conversations.function_tool_call_output_input_param import (
        FunctionToolCallOutputInputParam as FunctionToolCallOutputInputParam,
    )
    from .conversations.function_tool_param import FunctionToolParam as FunctionToolParam
    from .conversations.function_tool_param_param import FunctionToolParamParam as FunctionToolParamParam
    from .conversations.grammar_syntax1_param import GrammarSyntax1Param as GrammarSyntax1Param
    from .conversations.hybrid_search_options_param import HybridSearchOptionsParam as HybridSearchOptionsParam
    from .conversations.image_detail import ImageDetail as ImageDetail
    from .conversations.image_detail_param import ImageDetailParam as ImageDetailParam
    from .conversations.image_gen_action_enum_param import ImageGenActionEnumParam as ImageGenActionEnumParam
    from .conversations.image_gen_tool_input_image_mask_param import (
        ImageGenToolInputImageMaskParam as ImageGenToolInputImageMaskParam,
    )
    from .conversations.image_gen_tool_param import ImageGenToolParam as ImageGenToolParam
    from .conversations.image_generation_call import ImageGenerationCall as ImageGenerationCall
    from .conversations.image_generation_call_param import ImageGenerationCallParam as ImageGenerationCallParam
    from .conversations.inline_skill_param_param import InlineSkillParamParam as InlineSkillParamParam
    from .conversations.inline_skill_source_param_param import (
        InlineSkillSourceParamParam as InlineSkillSourceParamParam,
    )
    from .conversations.input_content import InputContent as InputContent
    from .conversations.input_content_param import InputContentParam as InputContentParam
    from .conversations.input_fidelity_param import InputFidelityParam as InputFidelityParam
    from .conversations.input_file_content import InputFileContent as InputFileContent
    from .conversations.input_file_content_param import InputFileContentParam as InputFileContentParam
    from .conversations.input_image_content import InputImageContent as InputImageContent
    from .conversations.input_image_content_param import InputImageContentParam as InputImageContentParam
    from .conversations.input_item_param import InputItemParam as InputItemParam
    from .conversations.input_message_param import InputMessageParam as InputMessageParam
    from .conversations.input_text_content import InputTextContent as InputTextContent
    from .conversations.input_text_content_param import InputTextContentParam as InputTextContentParam
    from .conversations.item_create_params import ItemCreateParams as ItemCreateParams
    from .conversations.item_delete_params import ItemDeleteParams as ItemDeleteParams
    from .conversations.item_list_params import ItemListParams as ItemListParams
    from .conversations.item_reference_param import ItemReferenceParam as ItemReferenceParam
    from .conversations.item_retrieve_params import ItemRetrieveParams as ItemRetrieveParams
    from .conversations.item_status import ItemStatus as ItemStatus
    from .conversations.item_status_param import ItemStatusParam as ItemStatusParam
    from .conversations.local_environment_param_param import LocalEnvironmentParamParam as LocalEnvironmentParamParam
    from .conversations.local_shell_call import LocalShellCall as LocalShellCall
    from .conversations.local_shell_call_output import LocalShellCallOutput as LocalShellCallOutput
    from .conversations.local_shell_call_output_param import LocalShellCallOutputParam as LocalShellCallOutputParam
    from .conversations.local_shell_call_param import LocalShellCallParam as LocalShellCallParam
    from .conversations.local_shell_exec_action import LocalShellExecAction as LocalShellExecAction
    from .conversations.local_shell_exec_action_param import LocalShellExecActionParam as LocalShellExecActionParam
    from .conversations.local_shell_tool_param_param import LocalShellToolParamParam as LocalShellToolParamParam
    from .conversations.local_skill_param_param import LocalSkillParamParam as LocalSkillParamParam
    from .conversations.log_prob import LogProb as LogProb
    from .conversations.log_prob_param import LogProbParam as LogProbParam
    from .conversations.mcp_tool_filter_param import MCPToolFilterParam as MCPToolFilterParam
    from .conversations.mcp_tool_param import MCPToolParam as MCPToolParam
    from .conversations.mcp_tool_require_approval_param import (
        MCPToolRequireApprovalParam as MCPToolRequireApprovalParam,
    )
    from .conversations.mcp_approval_request import McpApprovalRequest as McpApprovalRequest
    from .conversations.mcp_approval_request_param import McpApprovalRequestParam as McpApprovalRequestParam
    from .conversations.mcp_approval_response import McpApprovalResponse as McpApprovalResponse
    from .conversations.mcp_approval_response_input_param import (
        McpApprovalResponseInputParam as McpApprovalResponseInputParam,
    )
    from .conversations.mcp_call import McpCall as McpCall
    from .conversations.mcp_call_error import McpCallError as McpCallError
    from .conversations.mcp_call_error_param import McpCallErrorParam as McpCallErrorParam
    from .conversations.mcp_call_param import McpCallParam as McpCallParam
    from .conversations.mcp_list_tools import McpListTools as McpListTools
    from .conversations.mcp_list_tools_param import McpListToolsParam as McpListToolsParam
    from .conversations.mcp_tool_definition import McpToolDefinition as McpToolDefinition
    from .conversations.mcp_tool_definition_param import McpToolDefinitionParam as McpToolDefinitionParam
    from .conversations.message import Message as Message
    from .conversations.message_content import MessageContent as MessageContent
    from .conversations.message_phase import MessagePhase as MessagePhase
    from .conversations.message_phase_param import MessagePhaseParam as MessagePhaseParam
    from .conversations.message_status import MessageStatus as MessageStatus
    from .conversations.message_status_param import MessageStatusParam as MessageStatusParam
    from .conversations.metadata import Metadata as Metadata
    from .conversations.metadata_param import MetadataParam as MetadataParam
    from .conversations.namespace_tool_param_param import NamespaceToolParamParam as NamespaceToolParamParam
    from .conversations.namespace_tool_param_tools_item_param import (
        NamespaceToolParamToolsItemParam as NamespaceToolParamToolsItemParam,
    )
    from .conversations.output_message_content_param import OutputMessageContentParam as OutputMessageContentParam
    from .conversations.output_message_param import OutputMessageParam as OutputMessageParam
    from .conversations.output_text_content import OutputTextContent as OutputTextContent
    from .conversations.output_text_content_param import OutputTextContentParam as OutputTextContentParam
    from .conversations.program import Program as Program
    from .conversations.program_item_param_param import ProgramItemParamParam as ProgramItemParamParam
    from .conversations.program_output import ProgramOutput as ProgramOutput
    from .conversations.program_output_item_param_param import (
        ProgramOutputItemParamParam as ProgramOutputItemParamParam,
    )
    from .conversations.program_output_item_status_param import (
        ProgramOutputItemStatusParam as ProgramOutputItemStatusParam,
    )
    from .conversations.program_tool_call_caller_param_param import (
        ProgramToolCallCallerParamParam as ProgramToolCallCallerParamParam,
    )
    from .conversations.programmatic_tool_calling_param_param import (
        ProgrammaticToolCallingParamParam as ProgrammaticToolCallingParamParam,
    )
    from .conversations.prompt_cache_breakpoint import PromptCacheBreakpoint as PromptCacheBreakpoint
    from .conversations.prompt_cache_breakpoint_param import PromptCacheBreakpointParam as PromptCacheBreakpointParam
    from .conversations.ranker_version_type_param import RankerVersionTypeParam as RankerVersionTypeParam
    from .conversations.ranking_options_param import RankingOptionsParam as RankingOptionsParam
    from .conversations.reasoning_effort import ReasoningEffort as ReasoningEffort
    from .conversations.reasoning_effort_param import ReasoningEffortParam as ReasoningEffortParam
    from .conversations.reasoning_item import ReasoningItem as ReasoningItem
    from .conversations.reasoning_item_param import ReasoningItemParam as ReasoningItemParam
    from .conversations.reasoning_text_content import ReasoningTextContent as ReasoningTextContent
    from .conversations.reasoning_text_content_param import ReasoningTextContentParam as ReasoningTextContentParam
    from .conversations.refusal_content import RefusalContent as RefusalContent
    from .conversations.refusal_content_param import RefusalContentParam as RefusalContentParam
    from .conversations.response_includable_param import ResponseIncludableParam as ResponseIncludableParam
    from .conversations.search_content_type_param import SearchContentTypeParam as SearchContentTypeParam
    from .conversations.search_context_size_param import SearchContextSizeParam as SearchContextSizeParam
    from .conversations.shell_action import ShellAction as ShellAction
    from .conversations.shell_call import ShellCall as ShellCall
    from .conversations.shell_call_outcome import ShellCallOutcome as ShellCallOutcome
    from .conversations.shell_call_output import ShellCallOutput as ShellCallOutput
    from .conversations.shell_call_output_content import ShellCallOutputContent as ShellCallOutputContent
    from .conversations.shell_environment import ShellEnvironment as ShellEnvironment
    from .conversations.skill_reference_param_param import SkillReferenceParamParam as SkillReferenceParamParam
    from .conversations.summary_text_content import SummaryTextContent as SummaryTextContent
    from .conversations.summary_text_content_param import SummaryTextContentParam as SummaryTextContentParam
    from .conversations.text_content import TextContent as TextContent
    from .conversations.text_response_format import TextResponseFormat as TextResponseFormat
    from .conversations.text_response_format_json_schema import (
        TextResponseFormatJsonSchema as TextResponseFormatJsonSchema,
    )
    from .conversations.text_response_format_json_schema_param import (
        TextResponseFormatJsonSchemaParam as TextResponseFormatJsonSchemaParam,
    )
    from .conversations.text_response_format_param import TextResponseFormatParam as TextResponseFormatParam
    from .conversations.text_response_format_text import TextResponseFormatText as TextResponseFormatText
    from .conversations.text_response_format_text_param import (
        TextResponseFormatTextParam as TextResponseFormatTextParam,
    )
    from .conversations.tool_call_caller import ToolCallCaller as ToolCallCaller
    from .conversations.tool_call_caller_param import ToolCallCallerParam as ToolCallCallerParam
    from .conversations.tool_call_caller_param_param import ToolCallCallerParamParam as ToolCallCallerParamParam
    from .conversations.tool_definition import ToolDefinition as ToolDefinition
    from .conversations.tool_param import ToolParam as ToolParam
    from .conversations.tool_search_call import ToolSearchCall as ToolSearchCall
    from .conversations.tool_search_call_item_param_param import (
        ToolSearchCallItemParamParam as ToolSearchCallItemParamParam,
    )
    from .conversations.tool_search_execution import ToolSearchExecution as ToolSearchExecution
    from .conversations.tool_search_execution_type_param import (
        ToolSearchExecutionTypeParam as ToolSearchExecutionTypeParam,
    )
    from .conversations.tool_search_output import ToolSearchOutput as ToolSearchOutput
    from .conversations.tool_search_output_item_param_param import (
        ToolSearchOutputItemParamParam as ToolSearchOutputItemParamParam,
    )
    from .conversations.tool_search_tool_param_param import ToolSearchToolParamParam as ToolSearchToolParamParam
    from .conversations.top_log_prob import TopLogProb as TopLogProb
    from .conversations.top_log_prob_param import TopLogProbParam as TopLogProbParam
    from .conversations.url_citation_annotation import UrlCitationAnnotation as UrlCitationAnnotation
    from .conversations.url_citation_annotation_param import UrlCitationAnnotationParam as UrlCitationAnnotationParam
    from .conversations.web_search_action import WebSearchAction as WebSearchAction
    from .conversations.web_search_action_param import WebSearchActionParam as WebSearchActionParam
    from .conversations.web_search_approximate_location_param import (
        WebSearchApproximateLocationParam as WebSearchApproximateLocationParam,
    )
    from .conversations.web_search_find_action import WebSearchFindAction as WebSearchFindAction
    from .conversations.web_search_find_action_param import WebSearchFindActionParam as WebSearchFindActionParam
    from .conversations.web_search_open_page_action import WebSearchOpenPageAction as WebSearchOpenPageAction
    from .conversations.web_search_open_page_action_param import (
        WebSearchOpenPageActionParam as WebSearchOpenPageActionParam,
    )
    from .conversations.web_search_preview_tool_param import WebSearchPreviewToolParam as WebSearchPreviewToolParam
    from .conversations.web_search_search_action import WebSearchSearchAction as WebSearchSearchAction
    from .conversations.web_search_search_action_param import WebSearchSearchActionParam as WebSearchSearchActionParam
    from .conversations.web_search_source import WebSearchSource as WebSearchSource
    from .conversations.web_search_source_param import WebSearchSourceParam as WebSearchSourceParam
    from .conversations.web_search_tool_call import WebSearchToolCall as WebSearchToolCall
    from .conversations.web_search_tool_call_param import WebSearchToolCallParam as WebSearchToolCallParam
    from .conversations.web_search_tool_filters_param import WebSearchToolFiltersParam as WebSearchToolFiltersParam
    from .conversations.web_search_tool_param import WebSearchToolParam as WebSearchToolParam

_MODULE_OF: Dict[str, str] = {
    "AdditionalTools": ".conversations.additional_tools",
    "AdditionalToolsItemParamParam": ".conversations.additional_tools_item_param_param",
    "Annotation": ".conversations.annotation",
    "AnnotationParam": ".conversations.annotation_param",
    "ApplyPatchCall": ".conversations.apply_patch_call",
    "ApplyPatchCallOutput": ".conversations.apply_patch_call_output",
    "ApplyPatchCallOutputStatusParamParam": ".conversations.apply_patch_call_output_status_param_param",
    "ApplyPatchCallStatusParamParam": ".conversations.apply_patch_call_status_param_param",
    "ApplyPatchCreateFileOperationParamParam": ".conversations.apply_patch_create_file_operation_param_param",
    "ApplyPatchDeleteFileOperationParamParam": ".conversations.apply_patch_delete_file_operation_param_param",
    "ApplyPatchOperation": ".conversations.apply_patch_operation",
    "ApplyPatchOperationParamParam": ".conversations.apply_patch_operation_param_param",
    "ApplyPatchToolCallItemParamParam": ".conversations.apply_patch_tool_call_item_param_param",
    "ApplyPatchToolCallOutputItemParamParam": ".conversations.apply_patch_tool_call_output_item_param_param",
    "ApplyPatchToolParamParam": ".conversations.apply_patch_tool_param_param",
    "ApplyPatchUpdateFileOperationParamParam": ".conversations.apply_patch_update_file_operation_param_param",
    "ApproximateLocationParam": ".conversations.approximate_location_param",
    "AutoCodeInterpreterToolParamNetworkPolicyParam": ".conversations.auto_code_interpreter_tool_param_network_policy_param",
    "AutoCodeInterpreterToolParamParam": ".conversations.auto_code_interpreter_tool_param_param",
    "CallableToolAllowedCallerParam": ".conversations.callable_tool_allowed_caller_param",
    "CodeInterpreterOutput": ".conversations.code_interpreter_output",
    "CodeInterpreterOutputImage": ".conversations.code_interpreter_output_image",
    "CodeInterpreterOutputImageParam": ".conversations.code_interpreter_output_image_param",
    "CodeInterpreterOutputLogs": ".conversations.code_interpreter_output_logs",
    "CodeInterpreterOutputLogsParam": ".conversations.code_interpreter_output_logs_param",
    "CodeInterpreterOutputParam": ".conversations.code_interpreter_output_param",
    "CodeInterpreterToolCall": ".conversations.code_interpreter_tool_call",
    "CodeInterpreterToolCallParam": ".conversations.code_interpreter_tool_call_param",
    "CodeInterpreterToolParam": ".conversations.code_interpreter_tool_param",
    "Compaction": ".conversations.compaction",
    "CompactionSummaryItemParamParam": ".conversations.compaction_summary_item_param_param",
    "CompactionTriggerItemParamParam": ".conversations.compaction_trigger_item_param_param",
    "ComparisonFilterParam": ".conversations.comparison_filter_param",
    "CompoundFilterFiltersItemParam": ".conversations.compound_filter_param",
    "CompoundFilterParam": ".conversations.compound_filter_param",
    "ComputerAction": ".conversations.computer_action",
    "ComputerActionParam": ".conversations.computer_action_param",
    "ComputerCoordinate": ".conversations.computer_coordinate",
    "ComputerCoordinateParam": ".conversations.computer_coordinate_param",
    "ComputerEnvironmentParam": ".conversations.computer_environment_param",
    "ComputerSafetyCheck": ".conversations.computer_safety_check",
    "ComputerSafetyCheckParam": ".conversations.computer_safety_check_param",
    "ComputerScreenshotContent": ".conversations.computer_screenshot_content",
    "ComputerScreenshotImage": ".conversations.computer_screenshot_image",
    "ComputerScreenshotImageParam": ".conversations.computer_screenshot_image_param",
    "ComputerToolCall": ".conversations.computer_tool_call",
    "ComputerToolCallOutput": ".conversations.computer_tool_call_output",
    "ComputerToolCallOutputInputParam": ".conversations.computer_tool_call_output_input_param",
    "ComputerToolCallParam": ".conversations.computer_tool_call_param",
    "ComputerToolParam": ".conversations.computer_tool_param",
    "ComputerUsePreviewToolParam": ".conversations.computer_use_preview_tool_param",
    "ConfigurationUpdate": ".conversations.configuration_update",
    "ConfigurationUpdateItemParamParam": ".conversations.configuration_update_item_param_param",
    "ConfigurationUpdateReasoning": ".conversations.configuration_update_reasoning",
    "ConfigurationUpdateReasoningParam": ".conversations.configuration_update_reasoning_param",
    "ConfigurationUpdateText": ".conversations.configuration_update_text",
    "ConfigurationUpdateTextParam": ".conversations.configuration_update_text_param",
    "ContainerAutoParamNetworkPolicyParam": ".conversations.container_auto_param_network_policy_param",
    "ContainerAutoParamParam": ".conversations.container_auto_param_param",
    "ContainerAutoParamSkillsItemParam": ".conversations.container_auto_param_skills_item_param",
    "ContainerFileCitationAnnotation": ".conversations.container_file_citation_annotation",
    "ContainerFileCitationAnnotationParam": ".conversations.container_file_citation_annotation_param",
    "ContainerMemoryLimitParam": ".conversations.container_memory_limit_param",
    "ContainerNetworkPolicyAllowlistParamParam": ".conversations.container_network_policy_allowlist_param_param",
    "ContainerNetworkPolicyDisabledParamParam": ".conversations.container_network_policy_disabled_param_param",
    "ContainerNetworkPolicyDomainSecretParamParam": ".conversations.container_network_policy_domain_secret_param_param",
    "ContainerReferenceParamParam": ".conversations.container_reference_param_param",
    "Conversation": ".conversations.conversation",
    "ConversationCreateParams": ".conversations.conversation_create_params",
    "ConversationDeletedResource": ".conversations.conversation_deleted_resource",
    "ConversationItem": ".conversations.conversation_item",
    "ConversationItemList": ".conversations.conversation_item_list",
    "ConversationUpdateParams": ".conversations.conversation_update_params",
    "CustomGrammarFormatParamParam": ".conversations.custom_grammar_format_param_param",
    "CustomTextFormatParamParam": ".conversations.custom_text_format_param_param",
    "CustomToolCall": ".conversations.custom_tool_call",
    "CustomToolCallOutput": ".conversations.custom_tool_call_output",
    "CustomToolCallOutputParam": ".conversations.custom_tool_call_output_param",
    "CustomToolCallParam": ".conversations.custom_tool_call_param",
    "CustomToolParamFormatParam": ".conversations.custom_tool_param_format_param",
    "CustomToolParamParam": ".conversations.custom_tool_param_param",
    "DirectToolCallCallerParamParam": ".conversations.direct_tool_call_caller_param_param",
    "EasyInputMessageParam": ".conversations.easy_input_message_param",
    "EmptyModelParamParam": ".conversations.empty_model_param_param",
    "Error": ".error",
    "ErrorResponse": ".error_response",
    "FileCitationAnnotation": ".conversations.file_citation_annotation",
    "FileCitationAnnotationParam": ".conversations.file_citation_annotation_param",
    "FilePathAnnotation": ".conversations.file_path_annotation",
    "FilePathAnnotationParam": ".conversations.file_path_annotation_param",
    "FileSearchResult": ".conversations.file_search_result",
    "FileSearchResultParam": ".conversations.file_search_result_param",
    "FileSearchToolCall": ".conversations.file_search_tool_call",
    "FileSearchToolCallParam": ".conversations.file_search_tool_call_param",
    "FileSearchToolParam": ".conversations.file_search_tool_param",
    "FiltersParam": ".conversations.filters_param",
    "FunctionCallItemStatusParam": ".conversations.function_call_item_status_param",
    "FunctionShellActionParamParam": ".conversations.function_shell_action_param_param",
    "FunctionShellCallItemParamEnvironmentParam": ".conversations.function_shell_call_item_param_environment_param",
    "FunctionShellCallItemParamParam": ".conversations.function_shell_call_item_param_param",
    "FunctionShellCallItemStatusParam": ".conversations.function_shell_call_item_status_param",
    "FunctionShellCallOutputContentParamParam": ".conversations.function_shell_call_output_content_param_param",
    "FunctionShellCallOutputExitOutcomeParamParam": ".conversations.function_shell_call_output_exit_outcome_param_param",
    "FunctionShellCallOutputItemParamParam": ".conversations.function_shell_call_output_item_param_param",
    "FunctionShellCallOutputOutcomeParamParam": ".conversations.function_shell_call_output_outcome_param_param",
    "FunctionShellCallOutputTimeoutOutcomeParamParam": ".conversations.function_shell_call_output_timeout_outcome_param_param",
    "FunctionShellToolParamEnvironmentParam": ".conversations.function_shell_tool_param_environment_param",
    "FunctionShellToolParamParam": ".conversations.function_shell_tool_param_param",
    "FunctionToolCall": ".conversations.function_tool_call",
    "FunctionToolCallInputParam": ".conversations.function_tool_call_input_param",
    "FunctionToolCallOutput": ".conversations.function_tool_call_output",
    "FunctionToolCallOutputInputParam": ".conversations.function_tool_call_output_input_param",
    "FunctionToolParam": ".conversations.function_tool_param",
    "FunctionToolParamParam": ".conversations.function_tool_param_param",
    "GrammarSyntax1Param": ".conversations.grammar_syntax1_param",
    "HybridSearchOptionsParam": ".conversations.hybrid_search_options_param",
    "ImageDetail": ".conversations.image_detail",
    "ImageDetailParam": ".conversations.image_detail_param",
    "ImageGenActionEnumParam": ".conversations.image_gen_action_enum_param",
    "ImageGenToolInputImageMaskParam": ".conversations.image_gen_tool_input_image_mask_param",
    "ImageGenToolParam": ".conversations.image_gen_tool_param",
    "ImageGenerationCall": ".conversations.image_generation_call",
    "ImageGenerationCallParam": ".conversations.image_generation_call_param",
    "InlineSkillParamParam": ".conversations.inline_skill_param_param",
    "InlineSkillSourceParamParam": ".conversations.inline_skill_source_param_param",
    "InputContent": ".conversations.input_content",
    "InputContentParam": ".conversations.input_content_param",
    "InputFidelityParam": ".conversations.input_fidelity_param",
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
    "LocalEnvironmentParamParam": ".conversations.local_environment_param_param",
    "LocalShellCall": ".conversations.local_shell_call",
    "LocalShellCallOutput": ".conversations.local_shell_call_output",
    "LocalShellCallOutputParam": ".conversations.local_shell_call_output_param",
    "LocalShellCallParam": ".conversations.local_shell_call_param",
    "LocalShellExecAction": ".conversations.local_shell_exec_action",
    "LocalShellExecActionParam": ".conversations.local_shell_exec_action_param",
    "LocalShellToolParamParam": ".conversations.local_shell_tool_param_param",
    "LocalSkillParamParam": ".conversations.local_skill_param_param",
    "LogProb": ".conversations.log_prob",
    "LogProbParam": ".conversations.log_prob_param",
    "MCPToolFilterParam": ".conversations.mcp_tool_filter_param",
    "MCPToolParam": ".conversations.mcp_tool_param",
    "MCPToolRequireApprovalParam": ".conversations.mcp_tool_require_approval_param",
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
    "NamespaceToolParamParam": ".conversations.namespace_tool_param_param",
    "NamespaceToolParamToolsItemParam": ".conversations.namespace_tool_param_tools_item_param",
    "OutputMessageContentParam": ".conversations.output_message_content_param",
    "OutputMessageParam": ".conversations.output_message_param",
    "OutputTextContent": ".conversations.output_text_content",
    "OutputTextContentParam": ".conversations.output_text_content_param",
    "Program": ".conversations.program",
    "ProgramItemParamParam": ".conversations.program_item_param_param",
    "ProgramOutput": ".conversations.program_output",
    "ProgramOutputItemParamParam": ".conversations.program_output_item_param_param",
    "ProgramOutputItemStatusParam": ".conversations.program_output_item_status_param",
    "ProgramToolCallCallerParamParam": ".conversations.program_tool_call_caller_param_param",
    "ProgrammaticToolCallingParamParam": ".conversations.programmatic_tool_calling_param_param",
    "PromptCacheBreakpoint": ".conversations.prompt_cache_breakpoint",
    "PromptCacheBreakpointParam": ".conversations.prompt_cache_breakpoint_param",
    "RankerVersionTypeParam": ".conversations.ranker_version_type_param",
    "RankingOptionsParam": ".conversations.ranking_options_param",
    "ReasoningEffort": ".conversations.reasoning_effort",
    "ReasoningEffortParam": ".conversations.reasoning_effort_param",
    "ReasoningItem": ".conversations.reasoning_item",
    "ReasoningItemParam": ".conversations.reasoning_item_param",
    "ReasoningTextContent": ".conversations.reasoning_text_content",
    "ReasoningTextContentParam": ".conversations.reasoning_text_content_param",
    "RefusalContent": ".conversations.refusal_content",
    "RefusalContentParam": ".conversations.refusal_content_param",
    "ResponseIncludableParam": ".conversations.response_includable_param",
    "SearchContentTypeParam": ".conversations.search_content_type_param",
    "SearchContextSizeParam": ".conversations.search_context_size_param",
    "ShellAction": ".conversations.shell_action",
    "ShellCall": ".conversations.shell_call",
    "ShellCallOutcome": ".conversations.shell_call_outcome",
    "ShellCallOutput": ".conversations.shell_call_output",
    "ShellCallOutputContent": ".conversations.shell_call_output_content",
    "ShellEnvironment": ".conversations.shell_environment",
    "SkillReferenceParamParam": ".conversations.skill_reference_param_param",
    "SummaryTextContent": ".conversations.summary_text_content",
    "SummaryTextContentParam": ".conversations.summary_text_content_param",
    "TextContent": ".conversations.text_content",
    "TextResponseFormat": ".conversations.text_response_format",
    "TextResponseFormatJsonSchema": ".conversations.text_response_format_json_schema",
    "TextResponseFormatJsonSchemaParam": ".conversations.text_response_format_json_schema_param",
    "TextResponseFormatParam": ".conversations.text_response_format_param",
    "TextResponseFormatText": ".conversations.text_response_format_text",
    "TextResponseFormatTextParam": ".conversations.text_response_format_text_param",
    "ToolCallCaller": ".conversations.tool_call_caller",
    "ToolCallCallerParam": ".conversations.tool_call_caller_param",
    "ToolCallCallerParamParam": ".conversations.tool_call_caller_param_param",
    "ToolDefinition": ".conversations.tool_definition",
    "ToolParam": ".conversations.tool_param",
    "ToolSearchCall": ".conversations.tool_search_call",
    "ToolSearchCallItemParamParam": ".conversations.tool_search_call_item_param_param",
    "ToolSearchExecution": ".conversations.tool_search_execution",
    "ToolSearchExecutionTypeParam": ".conversations.tool_search_execution_type_param",
    "ToolSearchOutput": ".conversations.tool_search_output",
    "ToolSearchOutputItemParamParam": ".conversations.tool_search_output_item_param_param",
    "ToolSearchToolParamParam": ".conversations.tool_search_tool_param_param",
    "TopLogProb": ".conversations.top_log_prob",
    "TopLogProbParam": ".conversations.top_log_prob_param",
    "UrlCitationAnnotation": ".conversations.url_citation_annotation",
    "UrlCitationAnnotationParam": ".conversations.url_citation_annotation_param",
    "WebSearchAction": ".conversations.web_search_action",
    "WebSearchActionParam": ".conversations.web_search_action_param",
    "WebSearchApproximateLocationParam": ".conversations.web_search_approximate_location_param",
    "WebSearchFindAction": ".conversations.web_search_find_action",
    "WebSearchFindActionParam": ".conversations.web_search_find_action_param",
    "WebSearchOpenPageAction": ".conversations.web_search_open_page_action",
    "WebSearchOpenPageActionParam": ".conversations.web_search_open_page_action_param",
    "WebSearchPreviewToolParam": ".conversations.web_search_preview_tool_param",
    "WebSearchSearchAction": ".conversations.web_search_search_action",
    "WebSearchSearchActionParam": ".conversations.web_search_search_action_param",
    "WebSearchSource": ".conversations.web_search_source",
    "WebSearchSourceParam": ".conversations.web_search_source_param",
    "WebSearchToolCall": ".conversations.web_search_tool_call",
    "WebSearchToolCallParam": ".conversations.web_search_tool_call_param",
    "WebSearchToolFiltersParam": ".conversations.web_search_tool_filters_param",
    "WebSearchToolParam": ".conversations.web_search_tool_param",
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
