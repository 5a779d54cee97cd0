"""Does a change leave the generated output as it was? Two revisions, the same inputs, every file compared.

    .venv/bin/python bench/output_check.py --against REV [--rev REV]

Each revision is checked out as a git worktree under bench/.work/revisions/ (as
`revisions.py` does) and generates, in both targets: our Conversations spec with its
config, and, when present beside the checkout, OpenAI's whole spec and extract and every
spec of ../shared/specs/real/ (with `spec/openai-full.sdk.yaml`, leniently). It prints one
line per run: `same` when every generated file, the exit code and stdout are byte for
byte the same, else what differs, and it exits 1 when any generated file differs.
Diagnostics (stderr) are compared too but only reported, since a change may reword them.
Both revisions run with `PYTHONHASHSEED=0`: openapi-spec-validator reports one of several
equal findings depending on the hash seed.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from revisions import checkout

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "specs"


def inputs(folder: Path) -> dict[str, tuple[Path, Path, list[str]]]:
    """Each run's name, spec, config (of the revision at `folder`) and extra options."""
    full_config = folder / "spec" / "openai-full.sdk.yaml"
    found = {"conversations": (folder / "spec" / "conversations.yaml", folder / "spec" / "sdk.yaml", [])}
    if (SHARED / "openai-full.yaml").exists():
        found["openai-full"] = (SHARED / "openai-full.yaml", full_config, ["--lenient"])
        found["openai-conversations"] = (
            SHARED / "openai-conversations.yaml",
            folder / "spec" / "sdk.yaml",
            ["--lenient"],
        )
    for spec in sorted((SHARED / "real").glob("*.[jy][sa]*")):
        found[spec.stem] = (spec, full_config, ["--lenient"])
    return found


def generate(folder: Path, out: Path) -> None:
    """Every run of `inputs` with the generator of `folder`, into `out/<run>-<target>`."""
    for name, (spec, config, options) in inputs(folder).items():
        for target in ("python", "typescript"):
            run = out / f"{name}-{target}"
            command = [sys.executable, "-m", "generator", "generate", "--quiet", "--no-cache", "--target", target]
            command += ["--spec", str(spec), "--config", str(config), "--out", str(run / "tree"), *options]
            env = {**os.environ, "PYTHONPATH": str(folder), "PYTHONHASHSEED": "0"}
            result = subprocess.run(command, cwd=folder, env=env, capture_output=True, text=True)
            run.mkdir(parents=True, exist_ok=True)
            (run / "exit").write_text(f"{result.returncode}\n")
            (run / "stdout").write_text(result.stdout.replace(str(run), "OUT").split(" in OUT")[0])
            (run / "stderr").write_text(result.stderr)


def differences(left: Path, right: Path) -> list[str]:
    """The relative paths of the files under two trees that differ (in one only, or changed)."""

    def files(root: Path) -> dict[str, bytes]:
        return {p.relative_to(root).as_posix(): p.read_bytes() for p in root.rglob("*") if p.is_file()}

    old, new = files(left), files(right)
    return sorted(path for path in old.keys() | new.keys() if old.get(path) != new.get(path))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--against", required=True, help="the revision to compare with (e.g. HEAD~1)")
    parser.add_argument("--rev", default="HEAD", help="the revision checked (default: HEAD)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        new, old = Path(tmp) / "new", Path(tmp) / "old"
        generate(checkout(args.rev), new)
        generate(checkout(args.against), old)
        changed = False
        for run in sorted(p.name for p in new.iterdir()):
            files = differences(old / run, new / run)
            output = [f for f in files if f != "stderr"]
            changed = changed or bool(output)
            state = "same" if not files else f"differs: {', '.join(files[:8])}" + (" ..." if len(files) > 8 else "")
            print(f"{run}: {state}")
    print("generated output: " + ("CHANGED" if changed else "byte-identical"))
    return 1 if changed else 0


if __name__ == "__main__":
    sys.exit(main())
