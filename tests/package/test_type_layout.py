"""The Python `types/` package as users import it: openai-python's paths and names in the
committed golden package and in a real spec's package, lazy loading (a resource loads the
type modules it uses and no other), and the config's `types:` section end to end."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from generator.core.diagnostics import GenerationError
from generator.pipeline import generate_files

from conftest import CONFIG, GENERATED, SPEC, shared_spec

# `openai.types.conversations` of openai 3.54.0, less the request forms of the output text and
# refusal content parts, which only a request-side input-item union that takes assistant
# messages with those parts makes (then they are there: see `test_request_forms_follow_the_spec`).
OFFICIAL = [
    "Message",
    "Conversation",
    "ConversationItem",
    "ConversationItemList",
    "ConversationDeletedResource",
    "TextContent",
    "RefusalContent",
    "InputTextContent",
    "InputTextContentParam",
    "InputImageContent",
    "InputImageContentParam",
    "InputFileContent",
    "InputFileContentParam",
    "OutputTextContent",
    "SummaryTextContent",
    "ComputerScreenshotContent",
    "ItemListParams",
    "ItemCreateParams",
    "ItemRetrieveParams",
    "ConversationCreateParams",
    "ConversationUpdateParams",
]


def python(code: str, path: Path = GENERATED) -> str:
    env = {**os.environ, "PYTHONPATH": str(path), "PYTHONDONTWRITEBYTECODE": "1"}
    result = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr[-3000:]
    return result.stdout


def test_the_official_names_import_from_the_official_paths() -> None:
    code = (
        f"from openai_conversations.types.conversations import {', '.join(OFFICIAL)}\n"
        "from openai_conversations.types.conversations.conversation import Conversation as C\n"
        "from openai_conversations.types.conversations.item_list_params import ItemListParams as P\n"
        "from openai_conversations.types.conversations import item_create_params\n"
        "from openai_conversations.types import Conversation as RootConversation\n"
        "assert C is Conversation is RootConversation and P is ItemListParams\n"
        "assert item_create_params.ItemCreateParams is ItemCreateParams\n"
        "print(Conversation.__module__)\n"
    )
    assert python(code).strip() == "openai_conversations.types.conversations.conversation"


def test_each_module_holds_the_type_it_is_named_for() -> None:
    folder = GENERATED / "openai_conversations" / "types" / "conversations"
    assert "class ConversationItemList(BaseModel):" in (folder / "conversation_item_list.py").read_text()
    assert "class ItemListParams(TypedDict, total=False):" in (folder / "item_list_params.py").read_text()
    assert "class InputTextContentParam(TypedDict):" in (folder / "input_text_content_param.py").read_text()
    assert not (GENERATED / "openai_conversations" / "types" / "models.py").exists()


def test_request_forms_follow_the_spec() -> None:
    """A schema requests use has its `<Name>Param` in the layout; one they don't has none."""
    folder = GENERATED / "openai_conversations" / "types" / "conversations"
    data = yaml.safe_load(SPEC.read_text())
    request_side = "OutputTextContent" in yaml.safe_dump(data["components"]["schemas"].get("InputItem", {}))
    output_param = folder / "output_text_content_param.py"
    assert output_param.exists() or not request_side


def test_a_resource_loads_only_the_types_it_uses() -> None:
    code = (
        "import sys\n"
        "from openai_conversations import OpenAI\n"
        "client = OpenAI(api_key='k')\n"
        "assert not [m for m in sys.modules if '.types.' in m], 'the client alone loads no type'\n"
        "from openai_conversations.types.conversations import Conversation\n"
        "loaded = sorted(m.rsplit('.', 1)[1] for m in sys.modules if '.types.conversations.' in m)\n"
        "assert loaded == ['conversation', 'metadata'], loaded\n"
        "client.conversations\n"
        "loaded = {m.rsplit('.', 1)[1] for m in sys.modules if '.types.conversations.' in m}\n"
        "assert 'conversation_deleted_resource' in loaded and 'conversation_item' in loaded\n"
        "assert not any(m.endswith('_param') or m.endswith('_params') for m in loaded), loaded\n"
        "print('ok')\n"
    )
    assert python(code).strip() == "ok"


def test_a_real_specs_types_sit_with_their_resources(tmp_path: Path) -> None:
    """Swagger's petstore: `pet` and `store` have sub-resources (`pet.find_by_status`,
    `store.order`), so their types sit in `types/pet/` and `types/store/`."""
    spec = shared_spec("real/swagger-petstore3.yaml")
    out = tmp_path / "out"
    generated = generate_files(spec, CONFIG, target="python", lenient=True)
    for path, text in generated.files.items():
        (out / path).parent.mkdir(parents=True, exist_ok=True)
        (out / path).write_text(text)
    types = sorted(p for p in generated.files if "/types/" in p)
    assert "openai_conversations/types/pet/pet.py" in types
    assert "openai_conversations/types/pet/find_by_status_list_params.py" in types
    assert "openai_conversations/types/store/order.py" in types
    code = (
        "import sys\n"
        "import openai_conversations\n"
        "c = openai_conversations.OpenAI(base_url='http://x')\n"
        "c.store.order\n"
        "assert not any(m.startswith('openai_conversations.types.pet') for m in sys.modules), sys.modules\n"
        "from openai_conversations.types.pet import Pet, FindByStatusListParams\n"
        "from openai_conversations.types.store import Order\n"
        "from openai_conversations.types.pet.pet import Pet as P\n"
        "assert P is Pet\n"
        "print(Pet.__module__, Order.__module__)\n"
    )
    assert python(code, out).split() == ["openai_conversations.types.pet.pet", "openai_conversations.types.store.order"]


def config_with(tmp_path: Path, types: object) -> Path:
    data = yaml.safe_load(CONFIG.read_text())
    data["types"] = types
    data["spec"] = str(SPEC)
    path = tmp_path / "sdk.yaml"
    path.write_text(yaml.safe_dump(data, sort_keys=False))
    return path


def test_the_config_names_and_groups_types(tmp_path: Path) -> None:
    config = config_with(tmp_path, {"MessagePhase": {"name": "Phase"}, "ConversationItemList": {"group": "shared"}})
    files = generate_files(SPEC, config, target="python").files
    assert (
        "class ConversationItemList(BaseModel)" in files["openai_conversations/types/shared/conversation_item_list.py"]
    )
    assert "Phase = TypeAliasType(" in files["openai_conversations/types/conversations/phase.py"]
    assert "PhaseParam" in files["openai_conversations/types/conversations/phase_param.py"]
    assert not any(p.endswith("message_phase.py") for p in files)
    items = files["openai_conversations/resources/conversations/items.py"]
    assert "from ...types.shared.conversation_item_list import ConversationItemList" in items


def test_a_taken_name_is_a_located_error(tmp_path: Path) -> None:
    config = config_with(tmp_path, {"MessagePhase": {"name": "Message"}})
    with pytest.raises(GenerationError) as err:
        generate_files(SPEC, config, target="python")
    rendered = [d.render() for d in err.value.diagnostics]
    message = "types: the name `Message` of `MessagePhase` is already taken"
    assert any(message in line and "sdk.yaml:" in line for line in rendered), rendered


@pytest.mark.parametrize(
    ("types", "message"),
    [
        ({"NoSuchSchema": {"name": "X"}}, "types: `NoSuchSchema` is no component schema of the spec"),
        ({"MessagePhase": {"group": "no.such"}}, "types: the group `no.such` of `MessagePhase` is no resource"),
    ],
)
def test_entries_the_spec_cannot_place_are_located_warnings(tmp_path: Path, types: object, message: str) -> None:
    """One config serves a spec whose schemas and resources come and go: what it names that the
    spec lacks is reported and ignored, and the rest generates as without the entry."""
    config = config_with(tmp_path, types)
    generated = generate_files(SPEC, config, target="python")
    rendered = [d.render() for d in generated.diagnostics]
    assert any(message in line and "sdk.yaml:" in line and "ignored" in line for line in rendered), rendered
    assert generated.files == generate_files(SPEC, config_with(tmp_path, {}), target="python").files


def test_method_params_fields_carry_their_descriptions() -> None:
    """As the official package documents them: each key of a `<method>_params.py` TypedDict
    has its parameter's description as a docstring."""
    text = (GENERATED / "openai_conversations" / "types" / "conversations" / "item_list_params.py").read_text()
    assert (
        '    limit: int\n    """The maximum number of items to return, between 1 and 100. Defaults to 20."""\n' in text
    )
    assert '    after: str\n    """An item ID to list items after, used in pagination."""\n\n    include:' in text
