"""Hand-written methods on generated resources: a mixin under the package's `lib/`
(which the generator never writes), named in the SDK config, is inherited by the
generated sync and async resource classes."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.core.diagnostics import GenerationError
from generator.pipeline import generate_files

from conftest import CONFIG, SPEC


def config_with(tmp_path: Path, mixins: str) -> Path:
    config = tmp_path / "sdk.yaml"
    config.write_text(CONFIG.read_text().replace("python:\n", f"python:\n  mixins:\n{mixins}", 1))
    return config


def test_the_generated_classes_inherit_the_mixin(tmp_path: Path) -> None:
    # The README's example, type-checked and called, is tests/cli/test_readme.py.
    config = config_with(tmp_path, "    conversations.items: lib.items:ItemsExtras\n")
    result = generate_files(SPEC, config, cache_root=None)
    items = result.files["openai_conversations/resources/conversations/items.py"]
    assert "class Items(ItemsExtras, SyncAPIResource):" in items
    assert "class AsyncItems(AsyncItemsExtras, AsyncAPIResource):" in items
    (expected,) = result.hand_written
    assert (expected.path, expected.names) == ("openai_conversations/lib/items.py", ("ItemsExtras", "AsyncItemsExtras"))
    assert expected.location.file.endswith("sdk.yaml") and expected.location.line is not None


def test_a_mixin_for_an_unknown_resource_or_outside_lib_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(GenerationError) as err:
        generate_files(SPEC, config_with(tmp_path, "    conversations.tags: lib.tags:TagExtras\n"), cache_root=None)
    (problem,) = err.value.diagnostics
    assert "names a mixin for `conversations.tags`, which is not a resource" in problem.message
    assert (
        problem.location.file.endswith("sdk.yaml") and problem.location.pointer == "/python/mixins/conversations.tags"
    )
    with pytest.raises(GenerationError) as err:
        generate_files(SPEC, config_with(tmp_path, "    conversations: os.path:join\n"), cache_root=None)
    assert "a mixin is `lib.<module>:<Class>`" in err.value.diagnostics[0].message
