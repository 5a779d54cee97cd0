"""Where each model is declared (`ir.homes`): beside the deepest resource holding every
operation that uses it, through other models too; shared when no one resource does."""

from __future__ import annotations

from dataclasses import replace

from generator import ir
from generator.ir.homes import SHARED, model_homes

STRING = ir.TypeRef(ir.TypeKind.STRING)


def ref(name: str) -> ir.TypeRef:
    return ir.TypeRef(ir.TypeKind.REF, name)


def op(name: str, returns: ir.TypeRef | None, *arguments: ir.Parameter) -> ir.Operation:
    return ir.Operation(
        name,
        "get",
        "/x",
        name,
        "",
        "",
        False,
        arguments,
        None,
        ir.Response("200", "application/json", returns),
        None,
        None,
        "/paths/x",
    )


def model(name: str, *refs: ir.TypeRef) -> ir.Model:
    fields = tuple(ir.ModelField(f"f{i}", r, True, "", False, "/f") for i, r in enumerate(refs))
    return ir.Model(name, ir.ModelKind.OBJECT, "", f"/components/schemas/{name}", fields=fields)


def api(resources: tuple[ir.Resource, ...], models: tuple[ir.Model, ...]) -> ir.Api:
    client = ir.Client("https://x", "K", "U", None, "brackets", ())
    return ir.Api("X", "1", "", client, resources, (), (), (), models)


def test_a_model_lives_beside_the_deepest_resource_holding_every_use() -> None:
    items = ir.Resource(
        "items", ("conversations", "items"), "", (op("list", ref("ItemList")), op("delete", ref("Conversation")))
    )
    param = ir.Parameter("meta", ir.ParamLocation.BODY, ref("Metadata"), False, "", "/p")
    create = op("create", ref("Conversation"), param)
    conversations = ir.Resource("conversations", ("conversations",), "", (create,), (items,))
    files = ir.Resource("files", ("files",), "", (op("get", ref("Metadata")),))
    models = (
        model("Conversation"),
        model("ItemList", ir.TypeRef(ir.TypeKind.ARRAY, item=ref("Item"))),
        model("Item", ir.TypeRef(ir.TypeKind.UNION, variants=(ref("Message"), STRING))),
        model("Message"),
        model("Metadata"),
        model("Unused", ref("Message")),
    )
    assert model_homes(api((conversations, files), models)) == {
        "Conversation": ("conversations",),  # conversations.create and conversations.items.delete
        "ItemList": ("conversations", "items"),
        "Item": ("conversations", "items"),  # through ItemList's array
        "Message": ("conversations", "items"),  # through Item's union; Unused's use does not count
        "Metadata": SHARED,  # under two top-level resources
        "Unused": SHARED,  # no operation reaches it
    }


def test_a_referencing_cycle_ends() -> None:
    things = ir.Resource("things", ("things",), "", (op("get", ref("Node")),))
    models = (model("Node", ref("Node"), ref("Leaf")), model("Leaf", ref("Node")))
    assert model_homes(api((things,), models)) == {"Node": ("things",), "Leaf": ("things",)}


def test_the_configs_groups_place_a_model_over_its_use() -> None:
    items = ir.Resource("items", ("threads", "items"), "", (op("list", ref("Item")),))
    threads = ir.Resource("threads", ("threads",), "", (op("get", ref("Thread")),), (items,))
    found = model_homes(
        replace(
            api((threads,), (model("Item", ref("Part")), model("Part"), model("Thread"))),
            type_groups=(("Part", ("threads",)), ("Thread", ("shared",))),
        )
    )
    assert found == {"Item": ("threads", "items"), "Part": ("threads",), "Thread": SHARED}
