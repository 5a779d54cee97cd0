"""The public-spec corpus through sdkgen and openapi-python-client, side by side, in one run.

    .venv/bin/python bench/corpus.py [--runs N] [--only NAME ...]

For each spec of the corpus (tests/corpus/corpus.py: ../shared/specs/real and OpenAI's), as
a new user runs each tool: sdkgen with the config `sdkgen init` writes, each target generated
on its own with an empty cache; openapi-python-client 0.29.1 with its defaults. The table
gives, per tool, the operations the spec declares, those that became a method (a function,
for openapi-python-client), those left out, and the median wall time of N runs.

sdkgen's skipped operations are those located diagnostics name; openapi-python-client's
are its "Endpoint will not be generated" warnings. Partial losses (an operation generated
without some of its parameters or its body) are counted beside them as warnings.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT / "tests"), str(ROOT / "bench")]

from corpus.corpus import SPECS, operation_pointers  # noqa: E402
from generation import BIN, WORK, peers  # noqa: E402

SHARED = ROOT.parent / "shared" / "specs"
_SKIPPED = re.compile(r"Endpoint will not be generated", re.IGNORECASE)


def _run(command: list[str], cwd: Path, env: dict[str, str]) -> tuple[float, subprocess.CompletedProcess[str]]:
    started = time.perf_counter()
    result = subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True)
    return time.perf_counter() - started, result


def sdkgen_row(name: str, spec: Path, target: str, runs: int, env: dict[str, str]) -> tuple[str, ...]:
    """Time and counts of one target of sdkgen on `spec`."""
    times, report = [], {}
    for _ in range(runs):
        with tempfile.TemporaryDirectory() as tmp:
            folder = Path(tmp)
            subprocess.run(
                [str(BIN / "sdkgen"), "init", "--spec", str(spec)], cwd=folder, check=True, env=env, capture_output=True
            )
            lenient = ["--lenient"] if SPECS[name].lenient else []
            command = [str(BIN / "sdkgen"), "generate", "--target", target, "--no-cache", "--format", "json", *lenient]
            elapsed, result = _run(command, folder, env)
            times.append(elapsed)
            report = json.loads(result.stdout or "{}")
    declared = operation_pointers(spec)
    diagnostics = report.get("diagnostics") or []
    errors = sum(d["severity"] == "error" for d in diagnostics)
    if errors:
        return (name, f"sdkgen ({target})", str(len(declared)), "0", f"all ({errors} errors)", "", _median(times))
    generated = _generated(report)
    warned = {d.get("pointer", "") for d in diagnostics if d["severity"] == "warning"}
    partial = sum(1 for op in declared if any(w == op or w.startswith(op + "/") for w in warned))
    return (
        name,
        f"sdkgen ({target})",
        str(len(declared)),
        str(generated),
        str(len(declared) - generated),
        str(partial),
        _median(times),
    )


def peer_row(name: str, spec: Path, runs: int, env: dict[str, str]) -> tuple[str, ...]:
    """Time and counts of openapi-python-client on `spec`."""
    peer = peers() / "openapi-python-client"
    times, result = [], None
    for _ in range(runs):
        with tempfile.TemporaryDirectory() as tmp:
            out = Path(tmp) / "out"
            command = [str(peer), "generate", "--path", str(spec), "--output-path", str(out), "--overwrite"]
            elapsed, result = _run(command, Path(tmp), env)
            times.append(elapsed)
            functions = sum(1 for p in out.glob("*/api/**/*.py") if p.name != "__init__.py")
    assert result is not None
    declared = len(operation_pointers(spec))
    skipped = len(_SKIPPED.findall(result.stdout + result.stderr))
    if result.returncode != 0:
        return (
            name,
            "openapi-python-client 0.29.1",
            str(declared),
            "0",
            f"all (exit {result.returncode})",
            "",
            _median(times),
        )
    warnings = len(re.findall(r"^WARNING", result.stdout + result.stderr, re.MULTILINE)) - skipped
    return (
        name,
        "openapi-python-client 0.29.1",
        str(declared),
        str(functions),
        str(skipped),
        str(max(warnings, 0)),
        _median(times),
    )


def _generated(report: dict[str, object]) -> int:
    for message in report.get("messages") or []:  # type: ignore[attr-defined]
        found = re.search(r": (\d+) operations", str(message))
        if found:
            return int(found.group(1))
    return 0


def _median(times: list[float]) -> str:
    return f"{statistics.median(times):.1f}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=1)
    parser.add_argument("--only", nargs="*", default=None, help="corpus spec names (default: all)")
    args = parser.parse_args()
    env = {**os.environ, "SDKGEN_CACHE_DIR": str(WORK / "cache-corpus")}
    print("| spec | tool | operations | generated | skipped | generated with a warning | time (s) |")
    print("|---|---|---|---|---|---|---|")
    for name in args.only or sorted(SPECS):
        spec = SHARED / SPECS[name].file
        if not spec.exists():
            print(f"| {name} | absent: {spec} | | | | | |")
            continue
        rows = [sdkgen_row(name, spec, t, args.runs, env) for t in ("python", "typescript")]
        rows.append(peer_row(name, spec, args.runs, env))
        for row in rows:
            print("| " + " | ".join(row) + " |", flush=True)
    shutil.rmtree(WORK / "cache-corpus", ignore_errors=True)


if __name__ == "__main__":
    main()
