"""Generation at scale: OpenAI's whole spec, and how time and memory grow with its size.

    .venv/bin/python bench/scale.py [--runs N]      (part of `make bench`)

Input: ../shared/specs/openai-full.yaml (288 operations, 1422 schemas), cut to its first
quarter and half of its path items (each cut keeps the component schemas its operations
and webhooks reach, so the models grow with it), and whole. Each tool runs as a fresh process, the
tools interleaved, on the same cut in the same run:

- sdkgen cold: `sdkgen generate --lenient` with an empty cache directory;
- sdkgen warm, one operation changed: the cut generated once with a cache, then one
  operation's summary and one query parameter changed in the same file, and generated
  again (timed);
- openapi-python-client 0.29.1 and datamodel-codegen 0.89.0 (models only, black).

Each row gives the median wall time and the peak resident memory of the largest process
of the tool's process tree (`ru_maxrss` of the waited-for children, read by a small
launcher process per run).
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
WORK = ROOT / "bench" / ".work"
BIN = Path(sys.executable).parent
SPEC = ROOT.parent / "shared" / "specs" / "openai-full.yaml"
CONFIG = ROOT / "spec" / "openai-full.sdk.yaml"
FRACTIONS = {"1/4": 0.25, "1/2": 0.5, "all": 1.0}
LAUNCHER = (
    "import resource, subprocess, sys, time\n"
    "started = time.perf_counter()\n"
    "code = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL).returncode\n"
    "elapsed = time.perf_counter() - started\n"
    "print(elapsed, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, code)\n"
)


def refs(node: Any) -> Iterator[str]:
    if isinstance(node, Mapping):
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith("#/components/schemas/"):
            yield ref.rsplit("/", 1)[1]
        for value in node.values():
            yield from refs(value)
    elif isinstance(node, list):
        for value in node:
            yield from refs(value)


def cut(data: Mapping[str, Any], fraction: float) -> dict[str, Any]:
    """The spec with the first `fraction` of its path items and the schemas they reach
    (with those the rest of the document, such as webhooks, reaches); all of it whole."""
    if fraction >= 1:
        return dict(data)
    paths = list(data["paths"].items())
    kept = dict(paths[: max(1, round(len(paths) * fraction))])
    schemas = data["components"]["schemas"]
    reached: set[str] = set()
    rest = {k: v for k, v in data.items() if k not in ("paths", "components")}
    others = {k: v for k, v in data["components"].items() if k != "schemas"}
    stack = list(refs([kept, rest, others]))
    while stack:
        name = stack.pop()
        if name not in reached and name in schemas:
            reached.add(name)
            stack.extend(refs(schemas[name]))
    components = {**data["components"], "schemas": {k: v for k, v in schemas.items() if k in reached}}
    return {**data, "paths": kept, "components": components}


def changed(data: dict[str, Any]) -> dict[str, Any]:
    """`data` with one operation edited: a new summary and a new optional query parameter."""
    path, item = next((p, i) for p, i in data["paths"].items() if "get" in i)
    operation = {**item["get"], "summary": "Edited for the benchmark"}
    extra = {"name": "bench_flag", "in": "query", "required": False, "schema": {"type": "boolean"}}
    operation["parameters"] = [*operation.get("parameters", []), extra]
    return {**data, "paths": {**data["paths"], path: {**item, "get": operation}}}


def operations(data: Mapping[str, Any]) -> int:
    return sum(1 for item in data["paths"].values() for m in item if m in ("get", "post", "put", "patch", "delete"))


def measure(command: list[str], env: dict[str, str], cwd: Path | None = None) -> tuple[float, float, int]:
    """Wall seconds, peak RSS (MiB) of the largest process, exit code (run in `cwd`)."""
    out = subprocess.run([sys.executable, "-c", LAUNCHER, *command], env=env, cwd=cwd, capture_output=True, text=True)
    elapsed, peak_kib, code = out.stdout.split()
    return float(elapsed), int(peak_kib) / 1024, int(code)


def peers() -> Path:
    peer_bin = WORK / "peers" / "bin"
    if not (peer_bin / "openapi-python-client").exists():
        subprocess.run([sys.executable, "-m", "venv", str(WORK / "peers")], check=True)
        subprocess.run([str(peer_bin / "pip"), "install", "--quiet", "openapi-python-client==0.29.1"], check=True)
    return peer_bin


IMPORTS = {
    "import openai_full": "import openai_full",
    "import openai_full; OpenAI(...)": "import openai_full; openai_full.OpenAI(api_key='k')",
    "import openai_full; OpenAI(...).responses": "import openai_full; openai_full.OpenAI(api_key='k').responses",
    "import openai (official)": "import openai",
    "import openai; OpenAI(...).responses (official)": "import openai; openai.OpenAI(api_key='k').responses",
}


def import_times(out: Path, rounds: int = 7) -> list[str]:
    """Median wall time of fresh interpreters importing the generated package and openai."""
    env = {"PATH": f"{BIN}:/usr/bin:/bin", "PYTHONPATH": str(out), "PYTHONPYCACHEPREFIX": str(WORK / "pycache")}
    times: dict[str, list[float]] = {label: [] for label in IMPORTS}
    for _ in range(rounds + 1):  # the first round only warms the bytecode cache
        for label, code in IMPORTS.items():
            started = time.perf_counter()
            subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, check=True)
            times[label].append(time.perf_counter() - started)
    return [f"| `{label}` | {statistics.median(t[1:]) * 1000:.0f} |" for label, t in times.items()]


def run_cut(label: str, data: dict[str, Any], runs: int, peer_bin: Path, imports: list[str] | None = None) -> list[str]:
    rows: dict[str, list[tuple[float, float, int]]] = {}
    with tempfile.TemporaryDirectory(dir=WORK) as tmp:
        base = Path(tmp)
        spec, warm_spec = base / "spec.yaml", base / "warm" / "spec.yaml"
        warm_spec.parent.mkdir()
        original, edited = yaml.safe_dump(data, sort_keys=False), yaml.safe_dump(changed(data), sort_keys=False)
        spec.write_text(original)
        # The generator of this checkout (not whatever `sdkgen` is installed), as a fresh process.
        sdkgen = [sys.executable, "-m", "generator", "generate", "--lenient", "--quiet", "--config", str(CONFIG)]
        sdkgen += ["--out", str(base / "s")]
        for _ in range(runs):
            cold_cache, warm_cache = base / "cold-cache", base / "warm-cache"
            shutil.rmtree(cold_cache, ignore_errors=True)
            shutil.rmtree(warm_cache, ignore_errors=True)
            env = {
                "PATH": f"{BIN}:/usr/bin:/bin",
                "SDKGEN_CACHE_DIR": str(cold_cache),
                "HOME": str(base),
                "PYTHONPATH": str(ROOT),
            }
            rows.setdefault("sdkgen cold", []).append(measure([*sdkgen, "--spec", str(spec)], env))
            warm_env = {**env, "SDKGEN_CACHE_DIR": str(warm_cache)}
            warm_spec.write_text(original)  # the same file, edited in place, as a maintainer does
            subprocess.run([*sdkgen, "--spec", str(warm_spec)], env=warm_env, capture_output=True)
            warm_spec.write_text(edited)
            rows.setdefault("sdkgen warm, one operation changed", []).append(
                measure([*sdkgen, "--spec", str(warm_spec)], warm_env)
            )
            rows.setdefault("openapi-python-client 0.29.1", []).append(
                measure(
                    [
                        str(peer_bin / "openapi-python-client"),
                        "generate",
                        "--path",
                        str(spec),
                        "--output-path",
                        str(base / "o"),
                        "--overwrite",
                    ],
                    env,
                )
            )
            rows.setdefault("datamodel-codegen 0.89.0 (models only)", []).append(
                measure(
                    [
                        str(BIN / "datamodel-codegen"),
                        "--input",
                        str(spec),
                        "--input-file-type",
                        "openapi",
                        "--output-model-type",
                        "pydantic_v2.BaseModel",
                        "--output",
                        str(base / "d.py"),
                    ],
                    env,
                )
            )
        if imports is not None:  # the package generated last, while it exists
            imports.extend(import_times(base / "s"))
    cold = statistics.median(t for t, _, _ in rows["sdkgen cold"])
    lines = []
    for tool, results in rows.items():
        median = statistics.median(t for t, _, _ in results)
        peak = max(m for _, m, _ in results)
        codes = sorted({c for _, _, c in results})
        note = "" if codes == [0] else f" (exit {codes})"
        lines.append(
            f"| {label} ({operations(data)} ops) | {tool}{note} | {median:.1f} | {peak:.0f} | {median / cold:.2f}x |"
        )
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--cuts", nargs="*", default=list(FRACTIONS), choices=list(FRACTIONS), help="which cuts")
    args = parser.parse_args()
    if not SPEC.exists():
        print(f"{SPEC} is absent: the full OpenAI spec exists only beside the project checkout")
        return
    WORK.mkdir(parents=True, exist_ok=True)
    peer_bin = peers()
    data = yaml.load(SPEC.read_text(), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    print(f"| cut of openai-full.yaml | tool | median of {args.runs} (s) | peak RSS (MiB) | vs sdkgen cold |")
    print("|---|---|---|---|---|")
    imports: list[str] = []
    for label, fraction in FRACTIONS.items():
        if label not in args.cuts:
            continue
        whole = fraction >= 1
        cut_data = json.loads(json.dumps(cut(data, fraction), default=str))
        for line in run_cut(label, cut_data, args.runs, peer_bin, imports if whole else None):
            print(line, flush=True)
    print()
    print("| the package generated from the whole spec | median of 7 (ms) |")
    print("|---|---|")
    print("\n".join(imports))


if __name__ == "__main__":
    main()
