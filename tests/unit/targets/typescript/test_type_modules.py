"""Where each TypeScript type is declared and how other modules name it (`type_modules`),
and the namespace blocks that re-export them (`namespace_views`)."""

from __future__ import annotations

from generator import ir
from generator.targets.typescript.namespace_views import Exported, alias_lines, resource_namespace
from generator.targets.typescript.type_modules import relative_module, type_modules


def api(resources: tuple[ir.Resource, ...], models: tuple[ir.Model, ...]) -> ir.Api:
    client = ir.Client("https://x", "K", "U", None, "brackets", ())
    return ir.Api("X", "1", "", client, resources, (), (), (), models)


def getter(name: str, schema: str) -> ir.Operation:
    response = ir.Response("200", "application/json", ir.TypeRef(ir.TypeKind.REF, schema))
    return ir.Operation(name, "get", "/x", name, "", "", False, (), None, response, None, None, "/paths/x")


def test_types_are_bare_at_home_and_aliased_elsewhere() -> None:
    shared = ir.Resource("shared", ("shared",), "", (getter("get", "Pet"),))  # takes `resources/shared.ts`
    pets = ir.Resource("pets", ("pets",), "", (getter("get", "Pet"),))
    models = (ir.Model("Pet", ir.ModelKind.OBJECT, "", "/p"), ir.Model("Orphan", ir.ModelKind.OBJECT, "", "/o"))
    paths = {("shared",): "resources/shared.ts", ("pets",): "resources/pets.ts"}
    classes = {("shared",): "SharedResource", ("pets",): "Pets"}
    modules = type_modules(api((shared, pets), models), paths, classes, {"PetsAPI"})
    # Used under two top-level resources: the shared module, which steps aside for the resource.
    assert modules.module_of == {"Pet": "resources/shared-2.ts", "Orphan": "resources/shared-2.ts"}
    assert modules.aliases == {
        "resources/shared-2.ts": "Shared",
        "resources/shared.ts": "SharedResourceAPI",
        "resources/pets.ts": "PetsAPI2",  # `PetsAPI` is taken
    }
    names = {"Pet": "Pet", "Orphan": "Orphan"}
    assert modules.spelled("resources/pets.ts", names) == {"Pet": "Shared.Pet", "Orphan": "Shared.Orphan"}
    assert modules.spelled("resources/shared-2.ts", names) == names
    assert modules.declared_in("resources/shared-2.ts") == ("Pet", "Orphan")


def test_relative_modules() -> None:
    assert relative_module("resources/a/b.ts", "resources/shared.ts") == "../shared.js"
    assert relative_module("resources/a/b.ts", "resources/a/c.ts") == "./c.js"
    assert relative_module("client.ts", "resources/a/a.ts") == "./resources/a/a.js"
    assert relative_module("index.ts", "resources/shared.ts") == "./resources/shared.js"


def test_a_namespace_re_exports_its_types_then_each_childs_class_and_types() -> None:
    lines = resource_namespace(Exported("", ("Thing", "ThingCreateParams")), (Exported("Parts", ("Part",)),))
    assert lines == (
        "  export { type Thing as Thing, type ThingCreateParams as ThingCreateParams };",
        "",
        "  export { Parts as Parts, type Part as Part };",
    )
    long = resource_namespace(Exported("", tuple(f"Type{i:02}" for i in range(8))), ())
    assert long[0] == "  export {" and long[1] == "    type Type00 as Type00," and long[-1] == "  };"
    assert resource_namespace(Exported("", ()), ()) == ()
    assert alias_lines("Shared", ("Error",)) == ("  export type Error = Shared.Error;",)
