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
    imports.add_namespace("../models.js", "Types", type_only=True)
    imports.add_namespace("../models.js", "Types", type_only=True)
    assert imports.lines() == ("import type * as Types from '../models.js';",)
