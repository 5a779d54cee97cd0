"""Generation at scale: large real specs, cold and warm, beside openapi-python-client, and
how time and memory grow with a spec's size.

    .venv/bin/python bench/scale.py [--runs N] [--specs NAME ...] [--imports]   (part of `make bench`)

Inputs (beside the checkout, ../shared/specs): OpenAI's whole spec (288 operations, 1422
schemas, with `spec/openai-full.sdk.yaml`), Stripe (468 operations) and Twilio (197), the
last two with the starter config `sdkgen init` writes, as a new user would. OpenAI's and
Stripe's are also cut to their first quarter and half of their path items (each cut keeps
the component schemas its operations and the rest of the document reach), for the growth
table. Each tool runs as a fresh process, the tools interleaved, on the same cut in the
same run:

- sdkgen, python, cold: `sdkgen generate --target python` with an empty cache directory
  (a CI runner's first run);
- sdkgen, typescript, cold: the same for the TypeScript target;
- sdkgen, python, warm: the cut generated once with a cache, then one operation's summary
  and one query parameter changed in the same file, and generated again (timed);
- sdkgen check, unchanged: `sdkgen check` over the tree just generated, with its cache;
- openapi-python-client 0.29.1 (installed into bench/.work/peers on first use);
- with `--baseline REV`: sdkgen as of git revision REV (a worktree under bench/.work),
  cold, both targets, on the whole specs, for a before/after in the same run.

Each row gives the median wall time, the peak resident memory of the largest process of
the tool's process tree (`ru_maxrss` of the waited-for children, read by a small launcher
process per run), and the ratio to openapi-python-client's median. With `--imports`, the
package generated from OpenAI's whole spec is also imported in fresh interpreters.
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
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
WORK = ROOT / "bench" / ".work"
BIN = Path(sys.executable).parent
SHARED = ROOT.parent / "shared" / "specs"
FRACTIONS = {"1/4": 0.25, "1/2": 0.5, "all": 1.0}
PEER = "openapi-python-client 0.29.1"
LAUNCHER = (
    "import resource, subprocess, sys, time\n"
    "started = time.perf_counter()\n"
    "code = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL).returncode\n"
    "elapsed = time.perf_counter() - started\n"
    "print(elapsed, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, code)\n"
)


@dataclass(frozen=True)
class Spec:
    """A spec of the benchmark: its file, its SDK config (None: the starter config), the
    cuts measured, and whether its validator findings are let through as warnings."""

    file: Path
    config: Path | None
    cuts: tuple[str, ...]
    lenient: bool = False


SPECS = {
    "openai-full": Spec(
        SHARED / "openai-full.yaml", ROOT / "spec" / "openai-full.sdk.yaml", ("1/4", "1/2", "all"), True
    ),
    "stripe": Spec(SHARED / "real" / "stripe-spec3.yaml", None, ("1/4", "1/2", "all")),
    "twilio": Spec(SHARED / "real" / "twilio_api_v2010.json", None, ("all",)),
}


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


def starter_config(spec: Path, folder: Path) -> Path:
    """The config `sdkgen init` writes for `spec` (a copy of it in `folder`), as a new user's."""
    folder.mkdir(parents=True, exist_ok=True)
    shutil.copy(spec, folder / spec.name)
    subprocess.run([str(BIN / "sdkgen"), "init", "--spec", spec.name], cwd=folder, capture_output=True, check=True)
    return folder / "sdkgen.yaml"


def dump(data: dict[str, Any], suffix: str) -> str:
    """`data` as the text of a spec file with `suffix` (JSON or YAML, as the original)."""
    return json.dumps(data, indent=1) if suffix == ".json" else str(yaml.safe_dump(data, sort_keys=False))


def baseline(revision: str) -> Path:
    """A checkout of `revision` under bench/.work (made on first use), to run as it was."""
    folder = WORK / f"baseline-{revision}"
    if not folder.exists():
        subprocess.run(["git", "worktree", "add", "--detach", str(folder), revision], cwd=ROOT, check=True)
    return folder


def run_cut(
    label: str,
    spec: Spec,
    data: dict[str, Any],
    runs: int,
    peer_bin: Path,
    imports: list[str] | None,
    before: tuple[str, Path] | None = None,
) -> list[str]:
    rows: dict[str, list[tuple[float, float, int]]] = {}
    with tempfile.TemporaryDirectory(dir=WORK) as tmp:
        base = Path(tmp)
        suffix = spec.file.suffix
        cut_spec, warm_spec = base / f"spec{suffix}", base / "warm" / f"spec{suffix}"
        warm_spec.parent.mkdir()
        original, edited = dump(data, suffix), dump(changed(data), suffix)
        cut_spec.write_text(original)
        config = spec.config or starter_config(spec.file, base / "init")
        # The generator of this checkout (not whatever `sdkgen` is installed), as a fresh process.
        sdkgen = [sys.executable, "-m", "generator"]
        common = ["--quiet", "--config", str(config), *(["--lenient"] if spec.lenient else [])]
        for _ in range(runs):
            cold_cache, warm_cache = base / "cold-cache", base / "warm-cache"
            for folder in (cold_cache, warm_cache, base / "py", base / "ts", base / "warm-py"):
                shutil.rmtree(folder, ignore_errors=True)
            env = {"PATH": f"{BIN}:/usr/bin:/bin", "SDKGEN_CACHE_DIR": str(cold_cache), "HOME": str(base)}
            env["PYTHONPATH"] = str(ROOT)
            for target, out in (("python", base / "py"), ("typescript", base / "ts")):
                shutil.rmtree(cold_cache, ignore_errors=True)
                command = [*sdkgen, "generate", *common, "--target", target, "--spec", str(cut_spec)]
                rows.setdefault(f"sdkgen, {target}, cold", []).append(measure([*command, "--out", str(out)], env, ROOT))
                if before is not None:
                    revision, folder = before
                    shutil.rmtree(cold_cache, ignore_errors=True)
                    old = [*command, "--out", str(base / f"before-{target}")]
                    old_env = {**env, "PYTHONPATH": str(folder)}
                    # Run where the old checkout is: `python -m` puts the working directory first on the path.
                    rows.setdefault(f"sdkgen {revision} (before), {target}, cold", []).append(
                        measure(old, old_env, folder)
                    )
            warm_env = {**env, "SDKGEN_CACHE_DIR": str(warm_cache)}
            warm = [*sdkgen, "generate", *common, "--target", "python", "--spec", str(warm_spec)]
            warm += ["--out", str(base / "warm-py")]
            warm_spec.write_text(original)  # the same file, edited in place, as a maintainer does
            subprocess.run(warm, env=warm_env, cwd=ROOT, capture_output=True)
            warm_spec.write_text(edited)
            rows.setdefault("sdkgen, python, warm: one operation changed", []).append(measure(warm, warm_env, ROOT))
            check = [*sdkgen, "check", *common, "--target", "python", "--spec", str(warm_spec)]
            check += ["--out", str(base / "warm-py")]
            rows.setdefault("sdkgen check, unchanged tree", []).append(measure(check, warm_env, ROOT))
            opc = [str(peer_bin / "openapi-python-client"), "generate", "--path", str(cut_spec)]
            opc += ["--output-path", str(base / "o"), "--overwrite"]
            rows.setdefault(PEER, []).append(measure(opc, env))
        if imports is not None:  # the package generated last, while it exists
            imports.extend(import_times(base / "py"))
    schemas = len(data.get("components", {}).get("schemas", {}))
    peer = statistics.median(t for t, _, _ in rows[PEER])
    lines = []
    for tool, results in rows.items():
        median = statistics.median(t for t, _, _ in results)
        peak = max(m for _, m, _ in results)
        codes = sorted({c for _, _, c in results})
        note = "" if codes == [0] else f" (exit {codes})"
        what = f"{label} ({operations(data)} ops, {schemas} schemas)"
        lines.append(f"| {what} | {tool}{note} | {median:.2f} | {peak:.0f} | {median / peer:.2f}x |")
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--specs", nargs="*", default=list(SPECS), choices=list(SPECS), help="which specs")
    parser.add_argument("--cuts", nargs="*", default=list(FRACTIONS), choices=list(FRACTIONS), help="which cuts")
    parser.add_argument("--imports", action="store_true", help="also time importing the whole-spec package")
    parser.add_argument("--baseline", metavar="REV", help="also run sdkgen as of this git revision, cold")
    args = parser.parse_args()
    WORK.mkdir(parents=True, exist_ok=True)
    peer_bin = peers()
    before = (args.baseline, baseline(args.baseline)) if args.baseline else None
    print(f"| spec, cut | tool | median of {args.runs} (s) | peak RSS (MiB) | vs {PEER} |")
    print("|---|---|---|---|---|")
    imports: list[str] = []
    for name in args.specs:
        spec = SPECS[name]
        if not spec.file.exists():
            print(f"| {name} | absent: {spec.file} exists only beside the project checkout | | | |")
            continue
        text = spec.file.read_text()
        data = (
            json.loads(text)
            if spec.file.suffix == ".json"
            else yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
        )
        for label in (c for c in spec.cuts if c in args.cuts):
            cut_data = json.loads(json.dumps(cut(data, FRACTIONS[label]), default=str))
            wanted = imports if args.imports and name == "openai-full" and label == "all" else None
            whole = before if label == "all" else None  # the baseline on whole specs only
            for line in run_cut(f"{name} {label}", spec, cut_data, args.runs, peer_bin, wanted, whole):
                print(line, flush=True)
    if imports:
        print()
        print("| the package generated from the whole spec | median of 7 (ms) |")
        print("|---|---|")
        print("\n".join(imports))


if __name__ == "__main__":
    main()
