"""Checks the property test (`test_property.py`) runs on a batch of generated packages, in one
process of their own: `python property_checker.py MANIFEST SANDBOX` prints a JSON list of
failures (empty when every package passes).

For each package: importing it and every one of its modules creates nothing (spec text
built to create a file if ever executed stays text); every spec-dependent module is as
black formats it; each recorded call, made with the generated client against an
`httpx.MockTransport`, sends exactly the method, path, query, headers and JSON body
expected, and parses the reply into models that dump back to the reply, defaults and
examples included.
"""

from __future__ import annotations

import importlib
import json
import os
import pkgutil
import sys
import tomllib
import traceback
from pathlib import Path
from typing import Any
from urllib.parse import unquote

import black
import httpx
from black.mode import Mode, TargetVersion

PACKAGE = "openai_conversations"
# The modules whose text depends on the spec; the runtime modules (the same in every package
# of a batch: one config) are imported once, from the first package, and kept.
SPEC_DEPENDENT = tuple(f"{PACKAGE}.{name}" for name in ("_client", "pagination", "resources", "types"))


def black_mode(root: Path) -> Mode:
    """black's mode as the generated package's `pyproject.toml` configures it."""
    config = tomllib.loads((root / "pyproject.toml").read_text(encoding="utf-8"))
    return Mode(target_versions={TargetVersion.PY311}, line_length=config["tool"]["black"]["line-length"])


def main(manifest_path: str, sandbox: str) -> None:
    failures: list[dict[str, str]] = []
    for example in json.loads(Path(manifest_path).read_text(encoding="utf-8")):
        try:
            problems = check(example, Path(sandbox))
        except Exception:
            problems = [traceback.format_exc()]
        failures += [{"example": example["dir"], "problem": p} for p in problems]
    print(json.dumps(failures))


def check(example: dict[str, Any], sandbox: Path) -> list[str]:
    problems = []
    root = Path(example["dir"])
    for name in [m for m in sys.modules if m == PACKAGE or m.startswith(SPEC_DEPENDENT)]:
        del sys.modules[name]
    sys.path.insert(0, str(root))
    try:
        before = sorted(os.listdir(sandbox))
        package = importlib.import_module(PACKAGE)
        for module in pkgutil.walk_packages(package.__path__, PACKAGE + "."):
            importlib.import_module(module.name)
        importlib.import_module(PACKAGE + ".types").__dir__()
        if sorted(os.listdir(sandbox)) != before:
            problems.append(f"importing the package created {sorted(set(os.listdir(sandbox)) - set(before))}")
        mode = black_mode(root)
        for relative in example["black"]:
            text = (root / relative).read_text(encoding="utf-8")
            if black.format_str(text, mode=mode) != text:
                problems.append(f"{relative} is not as black formats it")
        for call in example["calls"]:
            problems += check_call(package, call)
    finally:
        sys.path.remove(str(root))
    return problems


def check_call(package: Any, call: dict[str, Any]) -> list[str]:
    seen: list[httpx.Request] = []
    reply = call["reply"]

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json=reply) if reply is not None else httpx.Response(200)

    transport = httpx.MockTransport(answer)
    client = package.OpenAI(base_url="http://test", http_client=httpx.Client(transport=transport))
    resource = client
    for attr in call["chain"]:
        resource = getattr(resource, attr)
    result = getattr(resource, call["method"])(*call["args"], **call["kwargs"])
    where = f"{'.'.join(call['chain'])}.{call['method']}"
    request = seen[-1]
    expected = call["expect"]
    got = {
        "method": request.method,
        "path": unquote(request.url.raw_path.decode("ascii").partition("?")[0]),
        "query": sorted([list(pair) for pair in request.url.params.multi_items()]),
        "headers": {name: request.headers.get(name) for name in expected["headers"]},
        "json": json.loads(request.content) if request.content else None,
    }
    problems = [
        f"{where}: {key} sent {got[key]!r}, expected {expected[key]!r}" for key in expected if got[key] != expected[key]
    ]
    if reply is not None:
        dumped = result.model_dump(mode="json", by_alias=True, exclude_unset=True)
        if dumped != reply:
            problems.append(f"{where}: the reply came back as {dumped!r}, sent {reply!r}")
        full = result.model_dump(mode="json", by_alias=True)
        for wire, default in call["defaults"].items():
            if full.get(wire) != default:
                problems.append(f"{where}: the default of {wire!r} is {full.get(wire)!r}, expected {default!r}")
        fields = {
            (name if info.alias is None else info.alias): info for name, info in type(result).model_fields.items()
        }
        for wire, examples in call["examples"].items():
            if fields[wire].examples != examples:
                problems.append(f"{where}: the examples of {wire!r} are {fields[wire].examples!r}, not {examples!r}")
    return problems


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
