"""The Python `types/` layout: module names, folders, placement by users, cycles, config groups."""

from __future__ import annotations

import pytest

from generator.targets.python.type_layout import (
    lay_out,
    module_name,
    relative_module,
    resource_folder,
    with_modules,
)
from generator.core.graph import strongly_connected
from generator.targets.python.type_split import Definition, module_text, split_module

# Resources: conversations (with items), chat.completions (with messages), files (a leaf).
FOLDERS = {
    ("conversations",): resource_folder(("conversations",), True),
    ("conversations", "items"): resource_folder(("conversations", "items"), False),
    ("chat",): resource_folder(("chat",), True),
    ("chat", "completions"): resource_folder(("chat", "completions"), True),
    ("chat", "completions", "messages"): resource_folder(("chat", "completions", "messages"), False),
    ("files",): resource_folder(("files",), False),
}


def d(name: str, *uses: str) -> Definition:
    return Definition(name, f"class {name}: ...", frozenset(uses))


@pytest.mark.parametrize(
    ("type_name", "module"),
    [
        ("Conversation", "conversation"),
        ("ConversationItemList", "conversation_item_list"),
        ("InputTextContentParam", "input_text_content_param"),
        ("ItemListParams", "item_list_params"),
        ("HTTPError", "http_error"),
        ("OAuth2Token", "o_auth2_token"),
        ("Import", "import_"),
        ("V2", "v2"),
    ],
)
def test_a_module_is_named_for_its_type_in_snake_case(type_name: str, module: str) -> None:
    assert module_name(type_name) == module
    assert module.isidentifier()


def test_resource_folders_follow_openai_python() -> None:
    assert FOLDERS[("conversations",)] == ("conversations",)  # top-level with sub-resources: its own folder
    assert FOLDERS[("conversations", "items")] == ("conversations",)  # a sub-resource: its parent's
    assert FOLDERS[("files",)] == ()  # a leaf top-level resource: the root
    assert FOLDERS[("chat", "completions")] == ("chat",)
    assert FOLDERS[("chat", "completions", "messages")] == ("chat", "completions")


def test_types_sit_where_their_users_meet() -> None:
    models = [d("Conversation", "Metadata"), d("Metadata"), d("FileObject"), d("ChatCompletion"), d("Message")]
    users = {
        "Conversation": [("conversations",), ("conversations", "items")],
        "FileObject": [("files",)],
        "ChatCompletion": [("chat", "completions")],
        "Message": [("chat", "completions", "messages")],
    }
    layout = lay_out(models, [], users, FOLDERS, {})
    assert layout.module_of == {
        "Conversation": "conversations.conversation",
        "Metadata": "conversations.metadata",  # used only through Conversation
        "FileObject": "file_object",
        "ChatCompletion": "chat.chat_completion",
        "Message": "chat.completions.message",
    }


def test_a_type_of_several_top_level_resources_is_shared_and_its_param_in_shared_params() -> None:
    models = [d("Metadata")]
    params = [d("MetadataParam")]
    users = {"Metadata": [("conversations",), ("files",)], "MetadataParam": [("conversations",), ("chat",)]}
    layout = lay_out(models, params, users, FOLDERS, {})
    assert layout.module_of == {"Metadata": "shared.metadata"}
    assert layout.request_module_of == {"MetadataParam": "shared_params.metadata_param"}


def test_a_model_and_a_request_type_of_one_name_keep_apart() -> None:
    """A schema `FooParam` (its model `FooParam`) beside the request type of a schema `Foo`."""
    models = [d("FooParam")]
    params = [d("FooParam"), d("FooParamParam")]
    users = {"FooParam": [("files",)]}
    request_users = {"FooParam": [("files",)], "FooParamParam": [("files",)]}
    layout = lay_out(models, params, users, FOLDERS, {}, request_users)
    assert layout.module("FooParam", request=False) == "foo_param"
    assert layout.module("FooParam", request=True) == "foo_param_2"
    assert layout.module("FooParamParam", request=True) == "foo_param_param"


def test_a_type_no_method_reaches_sits_at_the_root() -> None:
    assert lay_out([d("ErrorResponse")], [], {}, FOLDERS, {}).module_of == {"ErrorResponse": "error_response"}


def test_a_cycle_shares_one_module_and_each_other_name_gets_a_reexporting_module() -> None:
    models = [d("Node", "Edge"), d("Edge", "Node"), d("Graph", "Node")]
    layout = lay_out(models, [], {"Graph": [("files",)]}, FOLDERS, {})
    assert layout.module_of == {"Node": "node", "Edge": "node", "Graph": "graph"}
    aliases = [(m.stem, m.alias_of) for m in layout.modules if m.alias_of]
    assert aliases == [("edge", "node")]


def test_a_module_name_taken_by_a_folder_or_module_is_numbered() -> None:
    # A root type called `Conversations` beside the folder of the `conversations` resource.
    layout = lay_out([d("Conversations")], [], {}, FOLDERS, {})
    assert layout.module_of == {"Conversations": "conversations_2"}
    layout = with_modules(layout, [("ConversationsParams", ()), ("Conversations2", ())])
    assert layout.module_of["Conversations2"] == "conversations2"


def test_the_config_groups_a_type_and_moves_what_only_it_uses() -> None:
    models = [d("Conversation", "Metadata"), d("Metadata")]
    users = {"Conversation": [("conversations",)]}
    layout = lay_out(models, [], users, FOLDERS, {"Conversation": ("chat",)})
    assert layout.module_of == {"Conversation": "chat.conversation", "Metadata": "conversations.metadata"}


def test_method_params_sit_in_their_resource_folder() -> None:
    layout = with_modules(lay_out([], [], {}, FOLDERS, {}), [("ItemListParams", ("conversations",))])
    assert layout.module_of == {"ItemListParams": "conversations.item_list_params"}
    assert layout.folders() == ((), ("conversations",))


def test_relative_imports_between_folders() -> None:
    assert relative_module(("conversations",), "conversations.metadata") == ".metadata"
    assert relative_module(("conversations",), "shared.metadata") == "..shared.metadata"
    assert relative_module((), "shared.metadata") == ".shared.metadata"
    assert relative_module((), "error") == ".error"
    assert relative_module(("chat", "completions"), "chat.chat_completion") == "...chat.chat_completion"


def test_strongly_connected_components_come_dependencies_first() -> None:
    graph = {"a": ["b"], "b": ["a", "c"], "c": [], "d": ["c"], "e": ["e"]}
    assert strongly_connected(["a", "b", "c", "d", "e"], graph) == [("c",), ("b", "a"), ("d",), ("e",)]


SOURCE = '''# header
from __future__ import annotations

from typing import List, Literal, Optional
from .._models import BaseModel
from pydantic import Field


class Leaf(BaseModel):
    """A leaf; mentions Tree in its docstring only."""

    kind: Literal["Tree"]
    """The kind."""


class Tree(BaseModel):
    children: List["Tree"] = Field(default_factory=list)
    leaf: Optional[Leaf] = None


Alias = Optional[Leaf]
"""An alias and its docstring."""


class Shadow(BaseModel):
    date: Optional[date] = None
'''


def test_a_module_is_cut_at_its_definitions_with_what_each_uses() -> None:
    split = split_module(SOURCE)
    assert [x.name for x in split.definitions] == ["Leaf", "Tree", "Alias", "Shadow"]
    leaf, tree, alias, shadow = split.definitions
    assert "Tree" not in leaf.uses  # docstrings and Literal values are text
    assert {"Leaf", "List", "Field"} <= tree.uses and "Tree" not in tree.uses
    assert alias.text.endswith('"""An alias and its docstring."""')
    # Eager annotations only for a class naming no type of its own module and no field shadowing one.
    assert (leaf.eager, tree.eager, shadow.eager) == (True, False, False)


def test_a_module_imports_only_what_it_uses_from_its_folder() -> None:
    split = split_module(SOURCE)
    leaf, tree = split.definitions[:2]
    text = module_text("# header", split, [tree], depth=2, local={"Leaf": ".leaf"})
    assert "from __future__ import annotations" in text
    assert "from ..._models import BaseModel" in text
    assert "from .leaf import Leaf" in text
    assert "Literal" not in text.split("__all__")[0]
    assert '__all__ = ["Tree"]' in text.replace("'", '"')
    eager = module_text("# header", split, [leaf], depth=1, local={})
    assert "from __future__" not in eager and "from .._models import BaseModel" in eager
    compile(text, "tree.py", "exec")


def test_an_import_under_another_name_keeps_its_spelling() -> None:
    """The model generator imports `str as str_aliased` where a field named `str` would shadow
    the builtin; the module that uses the alias imports it the same way."""
    source = (
        "from __future__ import annotations\n\n"
        "from builtins import str as str_aliased\n"
        "from .._models import BaseModel\n\n\n"
        "class Thing(BaseModel):\n"
        "    str: str_aliased\n"
    )
    split = split_module(source)
    text = module_text("# header", split, list(split.definitions), depth=1, local={})
    assert "from builtins import str as str_aliased\n" in text
    compile(text, "thing.py", "exec")
