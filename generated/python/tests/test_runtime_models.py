# File generated from conversations.yaml by sdkgen. Do not edit.
"""Runtime: loose construction, strict validation and the BaseModel helpers."""

from __future__ import annotations

import json
import datetime
from typing import Any, Dict, List, Union, Literal, Optional

import httpx2
import pytest
import pydantic
from pydantic import Field
from typing_extensions import Annotated, TypeAliasType

from openai_conversations import Client
from openai_conversations._models import BaseModel, validate_type, construct_type


class TopLogprob(BaseModel):
    token: str
    logprob: float


class OutputText(BaseModel):
    text: str
    type: Literal["output_text"]
    logprobs: Optional[List[TopLogprob]] = None


class InputText(BaseModel):
    text: str
    type: Literal["input_text"]


Content = TypeAliasType("Content", Annotated[Union[InputText, OutputText], Field(discriminator="type")])


class Message(BaseModel):
    id: str
    content: List[Content]
    role: Literal["user", "assistant"]
    type: Literal["message"]
    phase: Optional[Literal["commentary", "final_answer"]] = None


class FunctionCall(BaseModel):
    call_id: str
    type: Literal["function_call"]
    score: Optional[float] = None


class Reasoning(BaseModel):
    id: str
    type: Literal["reasoning", "reasoning_v2"]


Item = TypeAliasType("Item", Annotated[Union[Message, FunctionCall, Reasoning], Field(discriminator="type")])
BareItem = Annotated[Union[Message, FunctionCall], Field(discriminator="type")]


class Conversation(BaseModel):
    id: str
    created_at: int
    metadata: object
    object: Literal["conversation"]


class Aliased(BaseModel):
    type_: str = Field(alias="type")
    count: int = 3
    tags: List[str] = []


class Holder(BaseModel):
    item: Optional[Item] = None
    by_name: Dict[str, Item] = {}
    direct: Optional[Union[Message, FunctionCall]] = Field(default=None, discriminator="type")
    when: Optional[datetime.datetime] = None
    ratio: float = 0.5


CONV = {"id": "conv_123", "created_at": 1741900000, "metadata": {"topic": "demo"}, "object": "conversation"}


# -- loose construction ------------------------------------------------------------------------


def test_missing_fields_become_none_and_wrong_types_are_kept() -> None:
    conversation = construct_type(Conversation, {"id": "conv_1", "created_at": "soon"})
    assert isinstance(conversation, Conversation)
    assert repr(conversation) == "Conversation(id='conv_1', created_at='soon', metadata=None, object=None)"
    assert conversation.model_fields_set == {"id", "created_at"}


def test_unknown_keys_are_kept_as_extras() -> None:
    conversation = construct_type(Conversation, {**CONV, "brand_new_field": {"x": 1}})
    assert isinstance(conversation, Conversation)
    assert conversation.model_extra == {"brand_new_field": {"x": 1}}
    assert conversation.brand_new_field == {"x": 1}  # type: ignore[attr-defined]


def test_nested_discriminated_unions_lists_and_floats() -> None:
    data = {
        "id": "m",
        "type": "message",
        "role": "assistant",
        "content": [
            {"type": "output_text", "text": "hi", "logprobs": [{"token": "h", "logprob": -1}]},
            {"type": "input_text", "text": "yo"},
        ],
    }
    message = construct_type(Message, data)
    assert isinstance(message, Message)
    assert [type(part).__name__ for part in message.content] == ["OutputText", "InputText"]
    first = message.content[0]
    assert isinstance(first, OutputText) and first.logprobs is not None
    assert first.logprobs[0].logprob == -1.0 and isinstance(first.logprobs[0].logprob, float)
    assert message.phase is None


@pytest.mark.parametrize(
    "data, expected",
    [
        ({"type": "message", "id": "m", "content": [], "role": "user"}, "Message"),
        ({"type": "function_call", "call_id": "c"}, "FunctionCall"),
        ({"type": "reasoning_v2", "id": "r"}, "Reasoning"),
        ({"type": "brand_new_item", "id": "x", "foo": 1}, "Message"),
        ({"id": "x"}, "Message"),
        ({"type": 7, "id": "x"}, "Message"),
    ],
)
def test_tagged_union_dispatch(data: Dict[str, Any], expected: str) -> None:
    item = construct_type(Item, data)
    assert type(item).__name__ == expected
    assert type(construct_type(BareItem, data)).__name__ == ("Message" if expected == "Reasoning" else expected)


def test_nested_tagged_unions_resolve_inner_tags() -> None:
    inner = TypeAliasType("inner", Union[FunctionCall, Reasoning])
    nested = Annotated[Union[Message, inner], Field(discriminator="type")]
    assert type(construct_type(nested, {"type": "reasoning", "id": "r"})).__name__ == "Reasoning"
    assert type(construct_type(nested, {"type": "function_call", "call_id": "c"})).__name__ == "FunctionCall"


def test_unknown_tag_keeps_every_field_sent() -> None:
    item = construct_type(Item, {"type": "brand_new_item", "id": "x", "foo": 1})
    assert repr(item) == "Message(id='x', content=None, role=None, type='brand_new_item', phase=None, foo=1)"


def test_non_mapping_union_values_are_returned_unchanged() -> None:
    assert construct_type(Item, "just text") == "just text"
    assert construct_type(List[Item], [None, 3]) == [None, 3]


def test_field_level_discriminator_aliases_dicts_datetimes_and_defaults() -> None:
    holder = construct_type(
        Holder,
        {
            "item": {"type": "function_call", "call_id": "c", "score": 2},
            "by_name": {"a": {"type": "reasoning", "id": "r"}},
            "direct": {"type": "function_call", "call_id": "d"},
            "when": "2024-03-22T18:11:19Z",
            "ratio": None,
        },
    )
    assert isinstance(holder, Holder)
    assert isinstance(holder.item, FunctionCall) and holder.item.score == 2.0 and isinstance(holder.item.score, float)
    assert isinstance(holder.by_name["a"], Reasoning)
    assert isinstance(holder.direct, FunctionCall)
    assert holder.when == datetime.datetime(2024, 3, 22, 18, 11, 19, tzinfo=datetime.timezone.utc)
    assert holder.ratio == 0.5  # null gives the default, as for a missing key
    assert holder.model_fields_set == {"item", "by_name", "direct", "when", "ratio"}


def test_aliases_population_by_name_and_mutable_defaults() -> None:
    aliased = construct_type(Aliased, {"type": "t", "extra": 1})
    assert isinstance(aliased, Aliased)
    assert (aliased.type_, aliased.count, aliased.tags, aliased.model_extra) == ("t", 3, [], {"extra": 1})
    by_name = construct_type(Aliased, {"type_": "n"})
    assert isinstance(by_name, Aliased) and by_name.type_ == "n" and by_name.model_extra == {}
    other = construct_type(Aliased, {})
    assert isinstance(other, Aliased)
    other.tags.append("x")
    assert aliased.tags == [] and Aliased.model_fields["tags"].default == []


def test_non_discriminated_unions_choose_by_json_kind() -> None:
    kind = Union[str, List[InputText], Message]
    assert construct_type(kind, "text") == "text"
    built = construct_type(kind, [{"type": "input_text", "text": "a"}])
    assert isinstance(built, list) and isinstance(built[0], InputText)
    assert isinstance(construct_type(kind, {"type": "message", "id": "m"}), Message)
    shapes = Union[InputText, OutputText, FunctionCall]
    assert isinstance(construct_type(shapes, {"type": "function_call", "call_id": "c"}), FunctionCall)
    assert isinstance(construct_type(shapes, {"type": "output_text", "text": "t"}), OutputText)
    assert isinstance(construct_type(shapes, {"type": "other"}), InputText)
    assert construct_type(Union[int, float], 3) == 3 and isinstance(construct_type(Union[int, float], 3), int)


def test_plain_containers_and_scalars_are_kept() -> None:
    assert construct_type(Dict[str, Conversation], {"a": {"id": "x"}})["a"].id == "x"  # type: ignore[index]
    assert construct_type(float, 3) == 3.0 and isinstance(construct_type(float, 3), float)
    assert construct_type(float, True) == 1.0
    assert construct_type(int, "1") == "1"
    assert construct_type(List[Conversation], {"not": "a list"}) == {"not": "a list"}
    models = construct_type(Conversation, [{"id": "a"}, 1])
    assert isinstance(models, list) and isinstance(models[0], Conversation) and models[1] == 1


def test_recursive_models_and_forward_references() -> None:
    class Node(BaseModel):
        name: str
        children: List["Node"] = []
        later: Optional["Later"] = None

    class Later(BaseModel):
        value: int

    Node.model_rebuild(_types_namespace={"Later": Later, "Node": Node})
    node = construct_type(Node, {"name": "a", "children": [{"name": "b"}], "later": {"value": 1}})
    assert isinstance(node, Node)
    assert isinstance(node.children[0], Node) and node.children[0].children == []
    assert isinstance(node.later, Later)


# -- strict validation -----------------------------------------------------------------------------


def test_validate_type_models_and_unions() -> None:
    conversation = validate_type(Conversation, CONV)
    assert isinstance(conversation, Conversation) and conversation.created_at == 1741900000
    with pytest.raises(pydantic.ValidationError):
        validate_type(Conversation, {"id": "x"})
    item_type: Any = Item
    item = validate_type(item_type, {"type": "function_call", "call_id": "c"})
    assert isinstance(item, FunctionCall)
    with pytest.raises(pydantic.ValidationError):
        validate_type(item_type, {"type": "brand_new_item", "id": "x"})
    list_type: Any = List[int]
    assert validate_type(list_type, ["1", 2]) == [1, 2]


# -- BaseModel helpers -------------------------------------------------------------------------------


def conversation_with_extra() -> Conversation:
    built = construct_type(Conversation, {**CONV, "brand_new_field": {"x": 1}})
    assert isinstance(built, Conversation)
    return built


def test_to_json_and_to_dict() -> None:
    conversation = conversation_with_extra()
    assert conversation.to_json(indent=None) == (
        '{"id":"conv_123","created_at":1741900000,"metadata":{"topic":"demo"},"object":"conversation",'
        '"brand_new_field":{"x":1}}'
    )
    assert conversation.to_json() == json.dumps(json.loads(conversation.to_json(indent=None)), indent=2)
    assert conversation.to_dict() == {**CONV, "brand_new_field": {"x": 1}}
    partial = construct_type(Message, {"id": "m", "type": "message"})
    assert isinstance(partial, Message)
    assert partial.to_dict() == {"id": "m", "type": "message"}
    assert partial.to_dict(exclude_unset=False) == {
        "id": "m",
        "content": None,
        "role": None,
        "type": "message",
        "phase": None,
    }
    assert partial.to_dict(exclude_unset=False, exclude_none=True) == {"id": "m", "type": "message"}


def test_to_dict_uses_api_names_by_default_and_json_mode() -> None:
    aliased = Aliased(type="t")
    assert aliased.to_dict() == {"type": "t"}
    assert aliased.to_dict(use_api_names=False) == {"type_": "t"}
    holder = Holder(when=datetime.datetime(2024, 1, 2, tzinfo=datetime.timezone.utc))
    assert holder.to_dict(mode="json") == {"when": "2024-01-02T00:00:00Z"}


def test_str_matches_repr() -> None:
    conversation = construct_type(Conversation, CONV)
    expected = "Conversation(id='conv_123', created_at=1741900000, metadata={'topic': 'demo'}, object='conversation')"
    assert str(conversation) == repr(conversation) == expected


def test_request_id_is_private_to_the_top_level_object() -> None:
    def handler(request: httpx2.Request) -> httpx2.Response:
        body = {"id": "m", "type": "message", "role": "user", "content": [{"type": "input_text", "text": "x"}]}
        return httpx2.Response(200, json=body, headers={"x-request-id": "req_123"})

    client = Client(
        api_key="My API Key", base_url="http://x/", http_client=httpx2.Client(transport=httpx2.MockTransport(handler))
    )
    message = client.get("/m", cast_to=Message)
    assert message._request_id == "req_123"
    assert "_request_id" not in message.to_dict() and "req_123" not in message.to_json()
    assert "req_123" not in repr(message)
    with pytest.raises(AttributeError):
        message.content[0]._request_id  # noqa: B018
    strict = client.with_options()
    strict._strict_response_validation = True
    validated = strict.get("/m", cast_to=Message)
    assert validated._request_id == "req_123" and "_request_id" not in validated.model_dump()
