"""Hand-written methods on generated resources: a mixin under the package's `lib/`
(which the generator never writes), named in the SDK config, is inherited by the
generated sync and async resource classes."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from generator.core.diagnostics import GenerationError
from generator.pipeline import generate_files
from generator.core.write import write_tree

from conftest import CONFIG, SPEC

MIXIN = '''\
"""Hand-written: survives regeneration."""

from __future__ import annotations

from typing import Any


class ItemsExtras:
    def count(self: Any, conversation_id: str) -> int:
        """How many items the conversation holds."""
        return len(self.list(conversation_id, limit=100).data)


class AsyncItemsExtras:
    async def count(self: Any, conversation_id: str) -> int:
        """How many items the conversation holds."""
        return len((await self.list(conversation_id, limit=100)).data)
'''


def config_with(tmp_path: Path, mixins: str) -> Path:
    config = tmp_path / "sdk.yaml"
    config.write_text(CONFIG.read_text().replace("python:\n", f"python:\n  mixins:\n{mixins}", 1))
    return config


def test_a_mixin_adds_methods_to_one_resource(tmp_path: Path) -> None:
    config = config_with(tmp_path, "    conversations.items: lib.items:ItemsExtras\n")
    out = tmp_path / "out"
    write_tree(generate_files(SPEC, config, cache_root=None).files, out)
    items = (out / "openai_conversations/resources/conversations/items.py").read_text()
    assert "class Items(ItemsExtras, SyncAPIResource):" in items
    assert "class AsyncItems(AsyncItemsExtras, AsyncAPIResource):" in items
    (out / "openai_conversations/lib").mkdir()
    (out / "openai_conversations/lib/__init__.py").write_text("")
    (out / "openai_conversations/lib/items.py").write_text(MIXIN)
    code = (
        "import httpx, asyncio\n"
        "from openai_conversations import OpenAI, AsyncOpenAI\n"
        "page = {'object': 'list', 'data': [{'type': 'message', 'id': 'm', 'role': 'user', 'content': []}] * 2,"
        " 'first_id': 'm', 'last_id': 'm', 'has_more': False}\n"
        "reply = lambda request: httpx.Response(200, json=page)\n"
        "client = OpenAI(api_key='k', http_client=httpx.Client(transport=httpx.MockTransport(reply)))\n"
        "aclient = AsyncOpenAI(api_key='k', http_client=httpx.AsyncClient(transport=httpx.MockTransport(reply)))\n"
        "print(client.conversations.items.count('c'), asyncio.run(aclient.conversations.items.count('c')))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], env={**os.environ, "PYTHONPATH": str(out)}, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["2", "2"]


def test_a_mixin_for_an_unknown_resource_or_outside_lib_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(GenerationError) as err:
        generate_files(SPEC, config_with(tmp_path, "    conversations.tags: lib.tags:TagExtras\n"), cache_root=None)
    assert "names a mixin for `conversations.tags`, which is not a resource" in err.value.diagnostics[0].message
    with pytest.raises(GenerationError) as err:
        generate_files(SPEC, config_with(tmp_path, "    conversations: os.path:join\n"), cache_root=None)
    assert "a mixin is `lib.<module>:<Class>`" in err.value.diagnostics[0].message
