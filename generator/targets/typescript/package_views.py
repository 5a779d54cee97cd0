"""The `exports` map of the generated package.json: every entry point in both builds.

Output: the map as JSON text, indented to sit in package.json. As openai-node has them:
the package itself (`.`, `./index`), `./client`, `./error`, `./pagination`, `./uploads`,
`./version`, and every module under `./core/*` and `./resources/*`, each with and without
its `.js` suffix. Each entry sends `import` to the ES module build (`dist/esm`) and `require` to the CommonJS
build (`dist/cjs`), `types` first in both, so TypeScript finds the declarations of the
build it resolves under `node16`/`nodenext` and `bundler` alike.
"""

from __future__ import annotations

import json

# Subpath -> the module under each build (`*` stands for the rest of the path).
_ENTRY_POINTS = (
    (".", "index"),
    ("./index", "index"),
    ("./client", "client"),
    ("./error", "error"),
    ("./pagination", "pagination"),
    ("./uploads", "uploads"),
    ("./version", "version"),
    ("./core/*", "core/*"),
    ("./resources/*", "resources/*"),
)
_BUILDS = (("import", "esm"), ("require", "cjs"))


def exports_json(indent: str = "  ") -> str:
    """The `exports` object, its first line unindented and the rest indented by `indent`."""
    exports: dict[str, object] = {}
    for subpath, module in _ENTRY_POINTS:
        conditions = {
            condition: {"types": f"./dist/{build}/{module}.d.ts", "default": f"./dist/{build}/{module}.js"}
            for condition, build in _BUILDS
        }
        if subpath != ".":
            exports[f"{subpath}.js"] = conditions  # openai-node's deep imports name the `.js` file too
        exports[subpath] = conditions
    return json.dumps(exports, indent=2).replace("\n", "\n" + indent)
