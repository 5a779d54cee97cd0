"""Per-call overhead and import time of the generated TypeScript SDK beside the official
`openai` npm package (7.59.0), in one run.

    .venv/bin/python bench/typescript_calls.py [--quick]    (also part of `make bench`)

Per-call overhead (`bench/typescript_calls.mjs`): both clients get a `fetch` that
answers at once with pre-serialised bytes (a small conversation, or a 20-item page of
messages), so no network is involved and what remains is the client's own work. Calls:
`conversations.retrieve`, `conversations.items.list` (20 items), and
`conversations.items.create` (a JSON body and a query). 200 warm-up calls each, then
rounds of calls, the contenders' rounds interleaved; the table gives the median round as
µs/call and the ratio to `openai` (median of the per-round ratios).

Import time: fresh `node -e "await import(...)"` processes, interleaved; median wall time
and the ratio to `openai`.

Our package is compiled with the project's `tsc` into bench/.work/ (nothing is written
into generated/); the Node tools come from tests/node (`make test` installs them).
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import subprocess
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WORK = ROOT / "bench" / ".work" / "typescript"
TOOLS = ROOT / "tests" / "node" / "node_modules"


def compiled_package() -> Path:
    """generated/typescript, compiled into bench/.work/typescript/dist."""
    if not (TOOLS / ".bin" / "tsc").exists():
        raise SystemExit(f"{TOOLS} is missing: run `make test` once (it installs the Node tools)")
    shutil.rmtree(WORK, ignore_errors=True)
    shutil.copytree(ROOT / "generated" / "typescript", WORK, ignore=shutil.ignore_patterns("build", "dist"))
    (WORK / "node_modules").symlink_to(TOOLS, target_is_directory=True)
    subprocess.run([str(TOOLS / ".bin" / "tsc"), "-p", "tsconfig.json"], cwd=WORK, check=True)
    return WORK / "dist" / "index.js"


def calls(ours: Path, rounds: int, per_round: int) -> dict[str, list[float]]:
    contenders = [f"ours={ours.as_uri()}", f"openai={(TOOLS / 'openai' / 'index.mjs').as_uri()}"]
    result = subprocess.run(
        ["node", str(ROOT / "bench" / "typescript_calls.mjs"), str(rounds), str(per_round), *contenders],
        cwd=ROOT / "tests" / "node",
        check=True,
        capture_output=True,
        text=True,
    )
    rows: dict[str, list[float]] = json.loads(result.stdout)
    return rows


def import_times(ours: Path, sweeps: int) -> dict[str, list[float]]:
    commands = {
        "ours": f"const m = await import({json.dumps(ours.as_uri())}); new m.default({{ apiKey: 'k' }});",
        "openai": "const m = await import('openai'); new m.default({ apiKey: 'k' });",
    }
    times: dict[str, list[float]] = {name: [] for name in commands}
    for _ in range(sweeps):
        for name, code in commands.items():
            started = time.perf_counter()
            subprocess.run(["node", "--input-type=module", "-e", code], cwd=ROOT / "tests" / "node", check=True)
            times[name].append((time.perf_counter() - started) * 1000)
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="a smoke run: fewer, shorter rounds")
    args = parser.parse_args()
    rounds, per_round, sweeps = (3, 500, 3) if args.quick else (10, 3000, 11)
    ours = compiled_package()
    rows = calls(ours, rounds, per_round)
    print("| call | SDK | µs/call (median of rounds) | range | vs openai |")
    print("|---|---|---|---|---|")
    for key in rows:
        sdk, call = key.split("|")
        reference = rows[f"openai|{call}"]
        ratio = statistics.median(a / b for a, b in zip(rows[key], reference))
        print(
            f"| {call} | {sdk} | {statistics.median(rows[key]):.1f} | "
            f"{min(rows[key]):.1f}-{max(rows[key]):.1f} | {ratio:.2f}x |"
        )
    times = import_times(ours, sweeps)
    print()
    print("| import and construct a client | median (ms) | range | vs openai |")
    print("|---|---|---|---|")
    for name, values in times.items():
        ratio = statistics.median(a / b for a, b in zip(values, times["openai"]))
        print(f"| {name} | {statistics.median(values):.0f} | {min(values):.0f}-{max(values):.0f} | {ratio:.2f}x |")


if __name__ == "__main__":
    main()
