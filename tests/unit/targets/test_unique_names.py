"""Names that can never break code (`targets.naming`, the `bindings` passes, `FileSet`,
the writer's path checks, degenerate schemas): each rule on its own."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator import ir
from generator.core.diagnostics import GenerationError
from generator.core.write import write_tree
from generator.ir.schemas import ANY, NULL, SchemaReader
from generator.spec.canonical import Fixer
from generator.spec.load import LoadedDocument
from generator.targets.naming import file_words, params_type_names, resource_classes
from generator.targets.python.bindings import rebound
from generator.targets.python.names import pascal
from generator.targets.render import FileSet
from generator.targets.typescript.bindings import redeclared


def test_a_child_named_like_its_parent_is_filed_apart() -> None:
    assert file_words(("teams", "teams")) == ("teams", "teams_teams")
    assert file_words(("teams", "teams", "teams")) == ("teams", "teams_teams", "teams")
    assert file_words(("conversations", "items")) == ("conversations", "items")


def resource(*path: str, children: tuple[ir.Resource, ...] = ()) -> ir.Resource:
    return ir.Resource(path[-1], path, "", (), children)


def test_a_resource_class_never_takes_a_taken_name() -> None:
    teams = resource("teams", children=(resource("teams", "teams"),))
    pets = resource("pets")

    def derived(name: str) -> tuple[str, ...]:
        return (name, f"Async{name}")

    classes = resource_classes((teams, pets), pascal, {"Pets", "PetsResource", "AsyncTeamsResource2"}, derived)
    assert classes == {("teams",): "Teams", ("teams", "teams"): "TeamsResource", ("pets",): "PetsResource2"}


def test_argument_types_are_distinct_and_clear_of_taken_names() -> None:
    methods = [(("registry",), "list"), (("registries",), "list"), (("registry",), "create")]
    assert params_type_names(methods, pascal) == ["RegistryListParams", "RegistriesListParams", "RegistryCreateParams"]
    nested = [(("organization", "roles"), "list"), (("projects", "roles"), "list")]
    assert params_type_names(nested, pascal) == ["OrganizationRoleListParams", "ProjectRoleListParams"]
    assert params_type_names([(("news",), "list"), (("news",), "list")], pascal) == [
        "NewsListParams",
        "NewsListParams2",
    ]
    assert params_type_names([(("pets",), "list")], pascal, {"PetListParams"}) == ["PetsListParams"]


def test_a_name_bound_twice_in_a_python_scope_is_found() -> None:
    text = (
        "from typing import overload\n"
        "from .models import Pets\n"
        "if TYPE_CHECKING:\n    from .params import X\n"
        "class Pets:\n"
        "    @overload\n    def create(self) -> None: ...\n"
        "    def create(self) -> None: ...\n"
        "    a: int\n    a: str\n"
        "X = 1\n"
        "def f() -> None:\n"
        "    try:\n        pass\n"
        "    except ValueError:\n"
        "        class Inner:\n            b = 1\n            b = 2\n"
    )
    assert rebound({"m.py": text, "other.txt": "Pets Pets"}) == [
        ("m.py", 5, "Pets"),
        ("m.py", 11, "X"),
        ("m.py", 10, "a"),
        ("m.py", 18, "b"),
    ]


def test_a_name_declared_twice_in_a_typescript_module_is_found() -> None:
    text = (
        "import { Teams } from './teams.js';\n"
        "import type * as Types from '../models.js';\n"
        "export class Teams extends APIResource {}\n"
        "export interface Types {}\n"
        "export { A, B as C } from './a.js';\n"
        "export type { C } from './c.js';\n"
        "export declare namespace Teams {}\n"  # merges with the class: no second binding
    )
    assert redeclared({"src/x.ts": text}) == [("src/x.ts", 3, "Teams"), ("src/x.ts", 4, "Types"), ("src/x.ts", 6, "C")]


def test_a_second_file_at_a_taken_path_names_both_sources() -> None:
    files = FileSet()
    files.add("resources/teams/teams.py", "a", "the resource class Teams")
    with pytest.raises(GenerationError) as err:
        files.add("resources/teams/teams.py", "b", "the resource class TeamsResource")
    assert err.value.diagnostics[0].message == (
        "two files at resources/teams/teams.py: the resource class Teams and the resource class TeamsResource"
    )


def test_the_writer_refuses_paths_that_land_on_one_file(tmp_path: Path) -> None:
    for files, message in [
        ({"pkg/Pets.py": "", "pkg/pets.py": ""}, "two files at one path: 'pkg/Pets.py' and 'pkg/pets.py'"),
        ({"pkg/teams": "", "pkg/teams/x.py": ""}, "'pkg/teams' is both a file and a folder of other files"),
    ]:
        with pytest.raises(GenerationError) as err:
            write_tree(files, tmp_path / "out")
        assert [d.message for d in err.value.diagnostics] == [message]
    assert not (tmp_path / "out").exists()


def test_degenerate_schemas_are_any_value() -> None:
    reader = SchemaReader({})
    assert reader.type_of({"enum": []}) == ANY
    assert reader.type_of({"enum": [None]}) == NULL
    assert reader.type_of({"type": []}) == ANY
    assert reader.type_of({"oneOf": []}) == ANY
    assert reader.type_of({"not": {}}) == ANY
    fixer = Fixer(LoadedDocument("s.yaml", {}, {}))
    schema = {"enum": [], "type": [], "allOf": [], "description": "d"}
    assert fixer.schema(schema, "/components/schemas/X", "X", None) == {"description": "d"}
    assert [d.message for d in fixer.diagnostics] == [
        "an empty `enum` list is typed as any value",
        "an empty `type` list is typed as any value",
        "an empty `allOf` list is typed as any value",
    ]
