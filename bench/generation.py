"""Generation time of sdkgen beside peer generators, on the same specs, in one run.

    make bench            (or: .venv/bin/python bench/generation.py [--runs N])

Peers: openapi-python-client (installed into bench/.work/peers on first run) and
datamodel-code-generator's CLI (the version sdkgen pins, formatting with black, its
default). Each tool runs as a fresh process, as a user runs it, the tools interleaved;
the table gives the median wall time of N runs and the ratio to sdkgen's cold run.
"Warm" reuses sdkgen's content cache (bench/.work/cache), as a regeneration after a
spec edit mostly does. Specs: our Conversations spec and, when present beside the
checkout, OpenAI's own extract (../shared/specs).
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WORK = ROOT / "bench" / ".work"
PEERS = WORK / "peers"
BIN = Path(sys.executable).parent
SPECS = {
    "spec/conversations.yaml (ours)": ROOT / "spec" / "conversations.yaml",
    "openai-conversations.yaml (OpenAI)": ROOT.parent / "shared" / "specs" / "openai-conversations.yaml",
}


def peers() -> Path:
    """The peers' virtualenv, created on first use."""
    if not (PEERS / "bin" / "openapi-python-client").exists():
        subprocess.run([sys.executable, "-m", "venv", str(PEERS)], check=True)
        subprocess.run([str(PEERS / "bin" / "pip"), "install", "--quiet", "openapi-python-client==0.29.1"], check=True)
    return PEERS / "bin"


def commands(spec: Path, out: Path, peer_bin: Path) -> dict[str, list[str]]:
    sdkgen = [
        str(BIN / "sdkgen"),
        "generate",
        "--target",
        "python",
        "--lenient",
        "--spec",
        str(spec),
        "--config",
        str(ROOT / "spec" / "sdk.yaml"),
        "--out",
        str(out / "s"),
    ]
    return {
        "sdkgen generate (cold: --no-cache)": [*sdkgen, "--no-cache"],
        "sdkgen generate (warm cache)": sdkgen,
        "openapi-python-client 0.29.1": [
            str(peer_bin / "openapi-python-client"),
            "generate",
            "--path",
            str(spec),
            "--output-path",
            str(out / "o"),
            "--overwrite",
        ],
        "datamodel-codegen 0.89.0 (models only)": [
            str(BIN / "datamodel-codegen"),
            "--input",
            str(spec),
            "--input-file-type",
            "openapi",
            "--output-model-type",
            "pydantic_v2.BaseModel",
            "--output",
            str(out / "d.py"),
        ],
    }


def timed(command: list[str], env: dict[str, str]) -> tuple[float, int]:
    """Wall time of one run and its exit code (a peer failing is a result, not a crash)."""
    started = time.perf_counter()
    result = subprocess.run(command, env=env, capture_output=True, text=True)
    return time.perf_counter() - started, result.returncode


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    peer_bin = peers()
    env = {
        **os.environ,
        "PATH": f"{peer_bin}{os.pathsep}{BIN}{os.pathsep}{os.environ['PATH']}",
        "SDKGEN_CACHE_DIR": str(WORK / "cache"),
    }
    print(f"| spec | tool | median of {args.runs} (s) | min (s) | vs sdkgen cold |")
    print("|---|---|---|---|---|")
    for label, spec in SPECS.items():
        if not spec.exists():
            print(f"| {label} | absent: {spec} | | | |")
            continue
        with tempfile.TemporaryDirectory() as tmp:
            runs: dict[str, list[float]] = {}
            codes: dict[str, set[int]] = {}
            for _ in range(args.runs):  # interleaved, so load drift hits every tool alike
                for tool, command in commands(spec, Path(tmp), peer_bin).items():
                    elapsed, code = timed(command, env)
                    runs.setdefault(tool, []).append(elapsed)
                    codes.setdefault(tool, set()).add(code)
                    shutil.rmtree(Path(tmp) / "o", ignore_errors=True)
        base = statistics.median(runs["sdkgen generate (cold: --no-cache)"])
        for tool, times in runs.items():
            median = statistics.median(times)
            note = "" if codes[tool] == {0} else f" (exit {sorted(codes[tool])})"
            print(f"| {label} | {tool}{note} | {median:.2f} | {min(times):.2f} | {median / base:.2f}x |")


if __name__ == "__main__":
    main()
