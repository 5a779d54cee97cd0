"""Every input item form `conversations.create(items=...)` and `items.create(items=...)`
accept, written as a user of the official `openai` package writes them.

Reads OPENAI_BASE_URL and OPENAI_API_KEY from the environment, as the client does."""

from openai import OpenAI

client = OpenAI()

conversation = client.conversations.create(
    items=[
        {"role": "user", "content": "Hello!"},
        {"type": "message", "role": "developer", "content": [{"type": "input_text", "text": "Be brief."}]},
        {
            "type": "message",
            "role": "user",
            "content": [
                {"type": "input_text", "text": "What is in this image?"},
                {"type": "input_image", "detail": "auto", "image_url": "https://example.com/cat.png"},
                {"type": "input_file", "file_id": "file_123"},
            ],
            "status": "completed",
        },
        {
            "type": "message",
            "id": "msg_1",
            "role": "assistant",
            "status": "completed",
            "content": [
                {"type": "output_text", "text": "A cat.", "annotations": []},
                {"type": "refusal", "refusal": "I can't help with that."},
            ],
        },
        {"type": "message", "role": "assistant", "content": "Sure.", "phase": "final_answer"},
        {"type": "file_search_call", "id": "fs_1", "queries": ["cats"], "status": "completed"},
        {
            "type": "computer_call",
            "id": "cu_1",
            "call_id": "call_cu",
            "action": {"type": "click", "button": "left", "x": 10, "y": 20},
            "pending_safety_checks": [],
            "status": "completed",
        },
        {
            "type": "computer_call_output",
            "call_id": "call_cu",
            "output": {"type": "computer_screenshot", "image_url": "https://example.com/shot.png"},
        },
        {
            "type": "web_search_call",
            "id": "ws_1",
            "action": {"type": "search", "query": "weather"},
            "status": "completed",
        },
        {"type": "function_call", "call_id": "call_fn", "name": "get_weather", "arguments": '{"city":"Paris"}'},
        {"type": "function_call_output", "call_id": "call_fn", "output": '{"temperature":21}'},
        {
            "type": "function_call_output",
            "call_id": "call_fn2",
            "output": [{"type": "input_text", "text": "21 degrees"}],
        },
        {"type": "tool_search_call", "arguments": {"query": "weather"}, "call_id": "call_ts", "execution": "client"},
        {
            "type": "tool_search_output",
            "call_id": "call_ts",
            "execution": "client",
            "tools": [
                {
                    "type": "function",
                    "name": "get_weather",
                    "description": "The weather in a city.",
                    "parameters": {"type": "object", "properties": {"city": {"type": "string"}}},
                    "strict": True,
                },
                {"type": "web_search"},
            ],
        },
        {
            "type": "additional_tools",
            "role": "developer",
            "tools": [{"type": "mcp", "server_label": "deepwiki", "server_url": "https://mcp.deepwiki.com/mcp"}],
        },
        {"type": "configuration_update", "reasoning": {"effort": "low"}, "text": {"format": {"type": "text"}}},
        {"type": "reasoning", "id": "rs_1", "summary": [{"type": "summary_text", "text": "Thinking."}]},
        {"type": "compaction", "encrypted_content": "gAAAA"},
        {"type": "image_generation_call", "id": "ig_1", "result": None, "status": "completed"},
        {
            "type": "code_interpreter_call",
            "id": "ci_1",
            "code": "print(1)",
            "container_id": "cntr_1",
            "outputs": [{"type": "logs", "logs": "1"}],
            "status": "completed",
        },
        {
            "type": "local_shell_call",
            "id": "ls_1",
            "call_id": "call_ls",
            "action": {"type": "exec", "command": ["ls"], "env": {}},
            "status": "completed",
        },
        {"type": "local_shell_call_output", "id": "call_ls", "output": "README.md"},
        {"type": "shell_call", "call_id": "call_sh", "action": {"commands": ["ls -la"], "timeout_ms": 1000}},
        {
            "type": "shell_call_output",
            "call_id": "call_sh",
            "output": [{"stdout": "README.md", "stderr": "", "outcome": {"type": "exit", "exit_code": 0}}],
        },
        {
            "type": "apply_patch_call",
            "call_id": "call_ap",
            "operation": {"type": "update_file", "path": "README.md", "diff": "@@ -1 +1 @@\n-a\n+b\n"},
            "status": "completed",
        },
        {"type": "apply_patch_call_output", "call_id": "call_ap", "status": "completed", "output": "Done."},
        {
            "type": "mcp_list_tools",
            "id": "mcpl_1",
            "server_label": "deepwiki",
            "tools": [{"name": "ask", "input_schema": {"type": "object"}}],
        },
        {
            "type": "mcp_approval_request",
            "id": "mcpr_1",
            "arguments": "{}",
            "name": "ask",
            "server_label": "deepwiki",
        },
        {"type": "mcp_approval_response", "approval_request_id": "mcpr_1", "approve": True},
        {
            "type": "mcp_call",
            "id": "mcp_1",
            "arguments": "{}",
            "name": "ask",
            "server_label": "deepwiki",
            "output": "42",
        },
        {"type": "custom_tool_call_output", "call_id": "call_ct", "output": "ok"},
        {"type": "custom_tool_call", "call_id": "call_ct", "name": "grammar", "input": "a b c"},
        {"type": "item_reference", "id": "msg_0"},
        {"type": "program", "id": "prog_1", "call_id": "call_prog", "code": "1 + 1", "fingerprint": "fp"},
        {"type": "program_output", "id": "progo_1", "call_id": "call_prog", "result": "2", "status": "completed"},
        {"type": "compaction_trigger"},
    ],
)
print(conversation.id)

added = client.conversations.items.create(
    conversation.id,
    items=[
        {"type": "shell_call", "call_id": "call_sh2", "action": {"commands": ["pwd"]}, "status": "in_progress"},
        {"type": "apply_patch_call_output", "call_id": "call_ap2", "status": "failed"},
        {
            "type": "message",
            "id": "msg_2",
            "role": "assistant",
            "status": "completed",
            "content": [{"type": "output_text", "text": "Hello again.", "annotations": [], "logprobs": []}],
        },
    ],
)
print([item.id for item in added.data])
