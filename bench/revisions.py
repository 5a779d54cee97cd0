"""Generation time of two revisions of sdkgen, side by side: has a change made generation slower?

    .venv/bin/python bench/revisions.py --against REV [--rev REV] [--runs N]

Each revision is checked out as a git worktree under bench/.work/revisions/ and run as a
fresh process (`python -m generator` in the worktree, so that its `generator` is the one
imported, with the project's .venv for both), interleaved, on the same specs in the same
run:

- our Conversations spec, the Python target, and both targets in one command;
- OpenAI's whole spec (../shared/specs/openai-full.yaml, when present): the Python target,
  the TypeScript target, both targets in one command, all with an empty cache; and the
  Python target warm after one operation is edited in place (`scale.changed`).

Each row gives the median wall time and the peak resident memory of the largest process
of each revision, and the ratio of `--rev` to `--against`.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

import yaml

from scale import SPEC as FULL_SPEC
from scale import changed, measure

ROOT = Path(__file__).resolve().parent.parent
WORK = ROOT / "bench" / ".work" / "revisions"
BIN = Path(sys.executable).parent


def checkout(rev: str) -> Path:
    """A worktree of `rev` (kept between runs), with the project's Node tools."""
    sha = subprocess.run(["git", "rev-parse", "--short", rev], cwd=ROOT, capture_output=True, text=True, check=True)
    folder = WORK / sha.stdout.strip()
    if not folder.exists():
        WORK.mkdir(parents=True, exist_ok=True)
        subprocess.run(["git", "worktree", "add", "--detach", str(folder), rev], cwd=ROOT, check=True)
    return folder


def both_targets(config: Path, folder: Path) -> Path:
    """`config` with `target: [python, typescript]`, written into `folder`."""
    data = yaml.safe_load(config.read_text())
    data["target"] = ["python", "typescript"]
    copy = folder / config.name
    copy.write_text(yaml.safe_dump(data, sort_keys=False))
    return copy


def cases(checkout: Path, scratch: Path) -> dict[str, tuple[list[str], Path | None]]:
    """Each case's command (run in `checkout`), and the spec it edits before a warm run (or None)."""
    run = [sys.executable, "-m", "generator", "generate", "--quiet"]
    ours = ["--spec", str(checkout / "spec" / "conversations.yaml"), "--config", str(checkout / "spec" / "sdk.yaml")]
    found = {
        "conversations, python, cold": (
            [*run, *ours, "--no-cache", "--target", "python", "--out", str(scratch / "p")],
            None,
        ),
        "conversations, both targets, cold": ([*run, *ours, "--no-cache"], None),
    }
    if FULL_SPEC.exists():
        config = checkout / "spec" / "openai-full.sdk.yaml"
        full = [*run, "--lenient", "--no-cache", "--spec", str(FULL_SPEC), "--config"]
        found["full spec, python, cold"] = (
            [*full, str(config), "--target", "python", "--out", str(scratch / "fp")],
            None,
        )
        found["full spec, typescript, cold"] = (
            [*full, str(config), "--target", "typescript", "--out", str(scratch / "ft")],
            None,
        )
        found["full spec, both targets, cold"] = ([*full, str(both_targets(config, scratch))], None)
        warm = scratch / "warm.yaml"
        found["full spec, python, warm after one edit"] = (
            [
                *run,
                "--lenient",
                "--spec",
                str(warm),
                "--config",
                str(config),
                "--target",
                "python",
                "--out",
                str(scratch / "fw"),
            ],
            warm,
        )
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--against", required=True, help="the revision to compare with (e.g. HEAD~1)")
    parser.add_argument("--rev", default="HEAD", help="the revision measured (default: HEAD)")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    revisions = {args.rev: checkout(args.rev), args.against: checkout(args.against)}
    original = FULL_SPEC.read_text() if FULL_SPEC.exists() else ""
    edited = yaml.safe_dump(changed(yaml.safe_load(original)), sort_keys=False) if original else ""
    results: dict[tuple[str, str], list[tuple[float, float, int]]] = {}
    with tempfile.TemporaryDirectory(dir=WORK) as tmp:
        for _ in range(args.runs):
            for rev, folder in revisions.items():
                scratch = Path(tmp) / rev.replace("/", "_")
                scratch.mkdir(exist_ok=True)
                cache = scratch / "cache"
                env = {"PATH": f"{BIN}:/usr/bin:/bin", "HOME": str(scratch), "PYTHONPATH": str(folder)}
                for label, (command, warm) in cases(folder, scratch).items():
                    shutil.rmtree(cache, ignore_errors=True)
                    case_env = {**env, "SDKGEN_CACHE_DIR": str(cache)}
                    if warm is not None:  # generated once, then the same file edited in place
                        warm.write_text(original)
                        subprocess.run(command, env=case_env, cwd=folder, capture_output=True)
                        warm.write_text(edited)
                    results.setdefault((label, rev), []).append(measure(command, case_env, folder))
    print(
        f"| case | {args.rev} (s) | {args.against} (s) | {args.rev} peak RSS (MiB) | {args.against} peak RSS (MiB) | ratio |"
    )
    print("|---|---|---|---|---|---|")
    for label in dict.fromkeys(label for label, _ in results):
        new, old = results[(label, args.rev)], results[(label, args.against)]
        times = [statistics.median(t for t, _, _ in r) for r in (new, old)]
        peaks = [max(m for _, m, _ in r) for r in (new, old)]
        codes = {c for r in (new, old) for _, _, c in r}
        note = "" if codes == {0} else f" (exit {sorted(codes)})"
        print(
            f"| {label}{note} | {times[0]:.2f} | {times[1]:.2f} | {peaks[0]:.0f} | {peaks[1]:.0f} | "
            f"{times[0] / times[1]:.2f}x |"
        )


if __name__ == "__main__":
    main()
