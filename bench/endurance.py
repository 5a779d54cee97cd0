"""Long runs: 20,000 sequential calls and 10,000 pages, beside the official SDK.

    .venv/bin/python bench/endurance.py [--calls 20000] [--pages 10000]

The local keep-alive server of `load.py` answers at once (no latency). Each contender
runs in a fresh process with one blocking `OpenAI` client: `--calls` sequential
`conversations.retrieve` calls, then `conversations.items.list` iterated through
`--pages` pages of one item each (auto-pagination, a request per page). It reports the
time of each phase, its resident memory after 10% of the calls and at the end of each
phase (growth over a long run would be a leak), and its peak RSS (VmHWM). Contenders:
the official `openai` package and our generated SDK (from generated/), each on its
default httpx2 client.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from typing import Any, Dict

from load import GENERATED, Server

WORKER = r"""
import gc, json, sys, time
sys.path.insert(0, sys.argv[5])
contender, base_url, calls, pages = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
if contender == "openai":
    import openai as sdk
else:
    import openai_conversations as sdk

def rss(field):
    for line in open("/proc/self/status"):
        if line.startswith(field):
            return int(line.split()[1]) / 1024
    return 0.0

client = sdk.OpenAI(api_key="sk-endurance", base_url=base_url, max_retries=0)
started = time.perf_counter()
for index in range(calls):
    assert client.conversations.retrieve("conv_1").id == "conv_1"
    if index + 1 == calls // 10:
        gc.collect()
        warm = rss("VmRSS")
calls_seconds = time.perf_counter() - started
gc.collect()
after_calls = rss("VmRSS")
started = time.perf_counter()
seen = sum(1 for _ in client.conversations.items.list("conv_1"))
pages_seconds = time.perf_counter() - started
assert seen == pages, seen
gc.collect()
print(json.dumps({
    "calls_seconds": calls_seconds, "warm_rss": warm, "after_calls_rss": after_calls,
    "pages_seconds": pages_seconds, "after_pages_rss": rss("VmRSS"), "peak_rss": rss("VmHWM"),
}))
"""


def run(contender: str, server: Server, calls: int, pages: int) -> Dict[str, Any]:
    base_url = f"http://127.0.0.1:{server.port}/v1"
    done = subprocess.run(
        [sys.executable, "-c", WORKER, contender, base_url, str(calls), str(pages), str(GENERATED)],
        capture_output=True,
        text=True,
        timeout=1800,
    )
    if done.returncode != 0:
        raise SystemExit(f"{contender} failed:\n{done.stderr[-3000:]}")
    result: Dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--calls", type=int, default=20_000)
    parser.add_argument("--pages", type=int, default=10_000)
    args = parser.parse_args()
    server = Server(0.0, pages=args.pages)
    rows = {name: run(name, server, args.calls, args.pages) for name in ("openai", "ours")}
    print(f"{args.calls} sequential retrieve calls, then {args.pages} pages of items.list, one process each")
    print(
        "| contender | calls (s) | µs/call | RSS after 10% / after the calls (MiB) | pages (s) | ms/page "
        "| RSS after the pages (MiB) | peak RSS (MiB) |"
    )
    print("|---|---|---|---|---|---|---|---|")
    for name, r in rows.items():
        print(
            f"| {name} | {r['calls_seconds']:.1f} | {r['calls_seconds'] / args.calls * 1e6:.0f} "
            f"| {r['warm_rss']:.1f} / {r['after_calls_rss']:.1f} | {r['pages_seconds']:.1f} "
            f"| {r['pages_seconds'] / args.pages * 1e3:.2f} | {r['after_pages_rss']:.1f} | {r['peak_rss']:.1f} |"
        )


if __name__ == "__main__":
    main()
