"""The TypeScript target's imports, built as values: merged per module and kind, sorted, printed."""

from __future__ import annotations

from generator.targets.typescript.imports import ImportBlock


def test_names_merge_per_module_and_kind_sorted() -> None:
    imports = ImportBlock()
    imports.add("../pagination.js", "CursorPage")
    imports.add("../core/api-promise.js", "APIPromise", type_only=True)
    imports.add("../pagination.js", "ConversationCursorPage", "CursorPage")
    imports.add("../core/api-promise.js", "APIPromise")  # a value import is another statement
    assert imports.lines() == (
        "import { ConversationCursorPage, CursorPage } from '../pagination.js';",
        "import type { APIPromise } from '../core/api-promise.js';",
        "import { APIPromise } from '../core/api-promise.js';",
    )


def test_namespaces_and_empty_statements() -> None:
    imports = ImportBlock()
    imports.add("../pagination.js")  # nothing to import: no statement
    imports.add_namespace("./items.js", "ItemsAPI", type_only=True)
    imports.add_namespace("./items.js", "ItemsAPI", type_only=True)
    assert imports.lines() == ("import type * as ItemsAPI from './items.js';",)


def test_a_list_too_long_for_a_line_takes_a_name_a_line() -> None:
    imports = ImportBlock()
    imports.add("./items.js", "Items", *(f"type ConversationItemType{i}" for i in range(4)))
    assert imports.lines() == (
        "import {",
        "  Items,",
        *(f"  type ConversationItemType{i}," for i in range(4)),
        "} from './items.js';",
    )
