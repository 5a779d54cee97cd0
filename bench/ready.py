"""Ready to call: the SDK generated from OpenAI's whole spec beside the official package.

    .venv/bin/python bench/ready.py [--runs N] [--package DIR]      (part of `make bench`)

Input: ../shared/specs/openai-full.yaml, generated with spec/openai-full.sdk.yaml (into
`bench/.work/ready`, or the `--package` directory given), and the official `openai`
package installed beside sdkgen. Each measurement is a fresh interpreter that imports the
client, constructs it and touches four resources so each is ready to call (its module and
the types its methods use loaded): `chat.completions`, `responses`, `files` and
`conversations.items`, the same attributes on both packages. The rounds interleave the two
packages; the first round only warms the bytecode caches. The table gives the median and
the best time of each, and the ratio of the medians.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WORK = ROOT / "bench" / ".work"
SPEC = ROOT.parent / "shared" / "specs" / "openai-full.yaml"
CONFIG = ROOT / "spec" / "openai-full.sdk.yaml"
TOUCH = "c.chat.completions; c.responses; c.files; c.conversations.items"
PROGRAMS = {
    "openai_full (sdkgen)": f"import openai_full; c = openai_full.OpenAI(api_key='k'); {TOUCH}",
    "openai (official)": f"import openai; c = openai.OpenAI(api_key='k'); {TOUCH}",
}


def generate(out: Path) -> None:
    command = [sys.executable, "-m", "generator", "generate", "--lenient", "--quiet", "--target", "python"]
    command += ["--config", str(CONFIG), "--spec", str(SPEC), "--out", str(out)]
    subprocess.run(command, check=True, cwd=ROOT)


def ready_times(package: Path, runs: int) -> dict[str, list[float]]:
    """Wall seconds of each program, `runs` fresh interpreters each, interleaved."""
    env = {"PATH": f"{Path(sys.executable).parent}:/usr/bin:/bin", "PYTHONPATH": str(package)}
    env["PYTHONPYCACHEPREFIX"] = str(WORK / "pycache")
    times: dict[str, list[float]] = {label: [] for label in PROGRAMS}
    for round_ in range(runs + 1):  # the first round only warms the bytecode caches
        for label, code in PROGRAMS.items():
            started = time.perf_counter()
            subprocess.run([sys.executable, "-c", code], env=env, check=True, capture_output=True)
            if round_:
                times[label].append(time.perf_counter() - started)
    return times


def table(times: dict[str, list[float]]) -> list[str]:
    official = statistics.median(times["openai (official)"])
    lines = [
        f"| import, construct, touch 4 resources | median of {len(next(iter(times.values())))} (ms) | min (ms) "
        "| vs openai |",
        "|---|---|---|---|",
    ]
    for label, values in times.items():
        median = statistics.median(values)
        lines.append(f"| {label} | {median * 1000:.0f} | {min(values) * 1000:.0f} | {median / official:.2f}x |")
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--package", type=Path, help="an already generated package directory")
    args = parser.parse_args()
    if args.package is None and not SPEC.exists():
        print(f"{SPEC} is absent: the full OpenAI spec exists only beside the project checkout")
        return
    package = args.package
    if package is None:
        package = WORK / "ready"
        generate(package)
    print("\n".join(table(ready_times(package, args.runs))))


if __name__ == "__main__":
    main()
