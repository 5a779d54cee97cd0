"""Per-call overhead, import time and peak memory of the generated SDK beside the
official `openai` package (3.54.0) and raw httpx2, in one run.

    make bench            (or: .venv/bin/python bench/calls.py [--quick] [--profile])

Per-call overhead: every client talks to one in-process `httpx2.MockTransport` (one
handler, shared by all) that answers with pre-serialised bytes, so no network is
involved and what remains is the client's own work. Two calls:
`conversations.retrieve("conv_123")` (a small object) and
`conversations.items.list("conv_1")` (a 20-item page of messages, alternating user
`input_text` and assistant `output_text` content with annotations and logprobs).
Contenders: our generated SDK (imported from generated/, not installed), the official
`openai` package given `http_client=httpx2.Client(transport=...)`, and the floor, raw
`httpx2.Client.get(url)` + `json.loads(response.content)` on the same transport. Each
contender gets 200 warm-up calls, then 10 rounds of 1,500 calls; the rounds of all
contenders are interleaved (order rotating, a `gc.collect()` before each) so machine
load hits all alike. The table gives the median round as µs/call and calls/s, the
range of the rounds, and the ratios to raw httpx2 and to `openai`, each the median of
the per-round ratios (contenders of one round ran back to back). The async clients
are measured the same way (`httpx2.AsyncClient`, one event loop, raw floor
`await AsyncClient.get`).

Import time: fresh `python -c ...` processes, wall time, commands interleaved, after
one untimed run of each that warms a private .pyc cache (bench/.work/pycache, so
nothing is written into generated/ or site-packages); median, range, and the ratio
to the same form with `openai` (median of the per-sweep ratios). The floor row is
what any httpx2 + pydantic client loads before it can make a call.

Peak memory: one fresh process per contender builds a client and makes 1,000
`items.list` calls, then reports its peak RSS (VmHWM, Linux) and how long the first
call took (models are built and converters compiled on first use).

Figures are ratios between contenders measured side by side, never pass/fail
thresholds. `--quick` is a smoke run: its rounds are too short to include the full
garbage collections that the list calls' allocations trigger every few hundred calls,
so its list figures read low. `--profile` prints a cProfile of our SDK's two sync
calls instead of the tables.
"""

from __future__ import annotations

import argparse
import asyncio
import cProfile
import gc
import importlib
import json
import os
import pstats
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, Any, Awaitable, Callable, Dict, List, Tuple

if TYPE_CHECKING:
    import httpx2

ROOT = Path(__file__).resolve().parent.parent
GENERATED = ROOT / "generated" / "python"
PYCACHE = ROOT / "bench" / ".work" / "pycache"
sys.path.insert(0, str(GENERATED))

BASE_URL = "http://localhost/v1"
RETRIEVE_URL = f"{BASE_URL}/conversations/conv_123"
LIST_URL = f"{BASE_URL}/conversations/conv_1/items"
OURS, OPENAI, RAW = "sdkgen (ours)", "openai 3.54.0", "raw httpx2 + json.loads"
CONTENDERS = (OURS, OPENAI, RAW)

Call = Callable[[], Any]
AsyncCall = Callable[[], Awaitable[Any]]
Timer = Callable[[int], float]  # runs n calls, returns the elapsed seconds


@dataclass(frozen=True)
class Settings:
    warmup: int
    calls: int
    rounds: int
    import_runs: int
    memory_runs: int


FULL = Settings(warmup=200, calls=1500, rounds=10, import_runs=12, memory_runs=3)
QUICK = Settings(warmup=20, calls=200, rounds=3, import_runs=5, memory_runs=1)
MEMORY_CALLS = 1000


# -- the canned responses -----------------------------------------------------------

CONVERSATION = b'{"id":"conv_123","object":"conversation","created_at":1741900000,"metadata":{"topic":"demo"}}'


def _message(index: int) -> Dict[str, Any]:
    """Item ``index`` of the page: even ones from the user, odd ones from the assistant."""
    role, content = ("user", _input_text(index)) if index % 2 == 0 else ("assistant", _output_text())
    return {"id": f"msg_{index}", "type": "message", "role": role, "status": "completed", "content": [content]}


def _input_text(index: int) -> Dict[str, Any]:
    return {"type": "input_text", "text": f"Question {index}: what is the weather in Paris today?"}


def _output_text() -> Dict[str, Any]:
    """An answer with two annotations and three tokens' logprobs (two alternatives each)."""
    token = {"token": "Sunny", "logprob": -0.02, "bytes": [83, 117, 110, 110, 121]}
    alternative = {"token": "Clear", "logprob": -4.1, "bytes": [67, 108, 101, 97, 114]}
    return {
        "type": "output_text",
        "text": "Sunny, 24 degrees, light wind from the west [1][2].",
        "annotations": [
            {
                "type": "url_citation",
                "url": "https://example.com/weather/paris",
                "title": "Paris weather",
                "start_index": 0,
                "end_index": 46,
            },
            {"type": "file_citation", "file_id": "file_abc", "filename": "forecast.pdf", "index": 49},
        ],
        "logprobs": [{**token, "top_logprobs": [token, alternative]} for _ in range(3)],
    }


PAGE = json.dumps(
    {
        "object": "list",
        "data": [_message(i) for i in range(20)],
        "first_id": "msg_0",
        "last_id": "msg_19",
        "has_more": False,
    }
).encode()
HEADERS = {"content-type": "application/json", "x-request-id": "req_bench"}


def make_transport() -> httpx2.MockTransport:
    """The one transport every client uses: the page for `.../items`, else the conversation."""
    import httpx2

    def handler(request: httpx2.Request) -> httpx2.Response:
        body = PAGE if request.url.path.endswith("/items") else CONVERSATION
        return httpx2.Response(200, headers=HEADERS, content=body)

    return httpx2.MockTransport(handler)


# -- the contenders -----------------------------------------------------------------

RETRIEVE, LIST = 'retrieve("conv_123")', 'items.list("conv_1"), 20 items'


def _sdk(contender: str) -> ModuleType:
    return importlib.import_module("openai_conversations" if contender == OURS else "openai")


def sync_calls(contender: str, transport: httpx2.MockTransport) -> Dict[str, Call]:
    """Call name -> a function making that call once with ``contender``'s client.
    Only the contender's own package is imported."""
    import httpx2

    if contender == RAW:
        raw = httpx2.Client(transport=transport)
        return {
            RETRIEVE: lambda: json.loads(raw.get(RETRIEVE_URL).content),
            LIST: lambda: json.loads(raw.get(LIST_URL).content),
        }
    client = _sdk(contender).OpenAI(api_key="x", base_url=BASE_URL, http_client=httpx2.Client(transport=transport))
    return {
        RETRIEVE: lambda: client.conversations.retrieve("conv_123"),
        LIST: lambda: client.conversations.items.list("conv_1"),
    }


def async_calls(contender: str, transport: httpx2.MockTransport) -> Dict[str, AsyncCall]:
    """As ``sync_calls``, with the async clients (an async list is awaited for its first page)."""
    import httpx2

    if contender == RAW:
        raw = httpx2.AsyncClient(transport=transport)

        async def get(url: str) -> Any:
            return json.loads((await raw.get(url)).content)

        return {RETRIEVE: lambda: get(RETRIEVE_URL), LIST: lambda: get(LIST_URL)}
    client = _sdk(contender).AsyncOpenAI(
        api_key="x", base_url=BASE_URL, http_client=httpx2.AsyncClient(transport=transport)
    )
    return {
        RETRIEVE: lambda: client.conversations.retrieve("conv_123"),
        LIST: lambda: client.conversations.items.list("conv_1"),
    }


# -- timing -------------------------------------------------------------------------


def sync_timer(call: Call) -> Timer:
    """A timer making ``call`` n times in a row."""

    def run(n: int) -> float:
        started = time.perf_counter()
        for _ in range(n):
            call()
        return time.perf_counter() - started

    return run


def async_timer(runner: asyncio.Runner, call: AsyncCall) -> Timer:
    """A timer awaiting ``call`` n times in a row on ``runner``'s event loop (the loop's
    own start is not timed)."""

    async def run(n: int) -> float:
        started = time.perf_counter()
        for _ in range(n):
            await call()
        return time.perf_counter() - started

    return lambda n: runner.run(run(n))


def measure(timers: Dict[str, Timer], settings: Settings) -> Dict[str, List[float]]:
    """µs per call of every round, per contender; rounds interleaved, order rotating."""
    for timer in timers.values():
        timer(settings.warmup)
    names = list(timers)
    rounds: Dict[str, List[float]] = {name: [] for name in names}
    for index in range(settings.rounds):
        shift = index % len(names)
        for name in names[shift:] + names[:shift]:
            gc.collect()
            rounds[name].append(timers[name](settings.calls) / settings.calls * 1e6)
    return rounds


def paired_ratio(rounds: Dict[str, List[float]], name: str, base: str) -> float:
    """Median over rounds of ``name``'s time / ``base``'s time in the same round: the two
    ran back to back, so load that comes and goes cancels out."""
    return statistics.median(mine / theirs for mine, theirs in zip(rounds[name], rounds[base]))


def overhead_rows(mode: str, call: str, rounds: Dict[str, List[float]]) -> List[str]:
    """Table rows of one call: median, range and calls/s of each contender, and ratios."""
    rows = []
    for name in CONTENDERS:
        median, values = statistics.median(rounds[name]), rounds[name]
        rows.append(
            f"| {mode} | {call} | {name} | {median:,.0f} | {min(values):,.0f}–{max(values):,.0f} "
            f"| {1e6 / median:,.0f} | {paired_ratio(rounds, name, RAW):.2f}x "
            f"| {paired_ratio(rounds, name, OPENAI):.2f}x |"
        )
    return rows


def per_call_overhead(settings: Settings) -> None:
    transport = make_transport()
    sync = {name: sync_calls(name, transport) for name in CONTENDERS}
    print(
        f"| mode | call | client | µs/call, median of {settings.rounds} rounds | range (µs) | calls/s "
        "| vs raw httpx2 | vs openai |"
    )
    print("|---|---|---|---|---|---|---|---|")
    for call in (RETRIEVE, LIST):
        timers = {name: sync_timer(sync[name][call]) for name in CONTENDERS}
        print("\n".join(overhead_rows("sync", call, measure(timers, settings))))
    with asyncio.Runner() as runner:
        asynchronous = {name: async_calls(name, transport) for name in CONTENDERS}
        for call in (RETRIEVE, LIST):
            timers = {name: async_timer(runner, asynchronous[name][call]) for name in CONTENDERS}
            print("\n".join(overhead_rows("async", call, measure(timers, settings))))


# -- import time --------------------------------------------------------------------

FLOOR = "import httpx2; httpx2.Client(); from pydantic import BaseModel"
READY_OURS = "import openai_conversations; OpenAI(...).conversations.items"
READY_OPENAI = "import openai; OpenAI(...).conversations.items"
IMPORTS: Dict[str, str] = {  # row label -> code
    "pass": "pass",
    f"floor: {FLOOR}": FLOOR,
    "import openai_conversations": "import openai_conversations",
    "import openai": "import openai",
    READY_OURS: "import openai_conversations; openai_conversations.OpenAI(api_key='x').conversations.items",
    READY_OPENAI: "import openai; openai.OpenAI(api_key='x').conversations.items",
}
VS_OPENAI = {  # the row each SDK row is compared with
    "import openai_conversations": "import openai",
    "import openai": "import openai",
    READY_OURS: READY_OPENAI,
    READY_OPENAI: READY_OPENAI,
}


def child_env() -> Dict[str, str]:
    """Our package importable, .pyc files written to and read from a private cache."""
    env = {**os.environ, "PYTHONPATH": str(GENERATED), "PYTHONPYCACHEPREFIX": str(PYCACHE)}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def run_child(code: str) -> Tuple[float, str]:
    """Wall time of a fresh `python -c code`, and its output."""
    started = time.perf_counter()
    result = subprocess.run([sys.executable, "-c", code], env=child_env(), capture_output=True, text=True, check=True)
    return time.perf_counter() - started, result.stdout


def import_time(settings: Settings) -> None:
    for code in IMPORTS.values():  # warms the .pyc cache
        run_child(code)
    runs: Dict[str, List[float]] = {label: [] for label in IMPORTS}
    for _ in range(settings.import_runs):
        for label, code in IMPORTS.items():
            runs[label].append(run_child(code)[0] * 1e3)
    medians = {label: statistics.median(values) for label, values in runs.items()}
    print(f"| `python -c` | median of {settings.import_runs} (ms) | range (ms) | minus `pass` (ms) | vs openai |")
    print("|---|---|---|---|---|")
    for label, values in runs.items():
        ratio = f"{paired_ratio(runs, label, VS_OPENAI[label]):.2f}x" if label in VS_OPENAI else ""
        print(
            f"| `{label}` | {medians[label]:.0f} | {min(values):.0f}–{max(values):.0f} "
            f"| {medians[label] - medians['pass']:.0f} | {ratio} |"
        )


# -- peak memory --------------------------------------------------------------------


def memory_child(contender: str) -> None:
    """In a fresh process: build ``contender``'s client, make MEMORY_CALLS list calls, print
    the first call's time (ms) and the peak RSS (KiB) as JSON."""
    call = sync_calls(contender, make_transport())[LIST]
    started = time.perf_counter()
    call()
    first = time.perf_counter() - started
    for _ in range(MEMORY_CALLS - 1):
        call()
    print(json.dumps({"first_ms": first * 1e3, "rss_kib": peak_rss_kib()}))


def peak_rss_kib() -> int:
    """This process's peak RSS. Not ``ru_maxrss``: on Linux that keeps the parent's peak
    across fork and exec, so every child would report the benchmark's own footprint."""
    status = Path("/proc/self/status").read_text()
    return int(next(line.split()[1] for line in status.splitlines() if line.startswith("VmHWM:")))


def peak_memory(settings: Settings) -> None:
    bench = str(Path(__file__).resolve().parent)
    results: Dict[str, List[Dict[str, float]]] = {name: [] for name in CONTENDERS}
    for _ in range(settings.memory_runs):
        for name in CONTENDERS:
            code = f"import sys; sys.path.insert(0, {bench!r}); import calls; calls.memory_child({name!r})"
            results[name].append(json.loads(run_child(code)[1]))
    rss = {name: statistics.median(r["rss_kib"] for r in runs) / 1024 for name, runs in results.items()}
    print(
        f"| process making {MEMORY_CALLS:,} `items.list` calls | peak RSS, median of {settings.memory_runs} (MiB) "
        "| vs raw httpx2 | first call (ms) |"
    )
    print("|---|---|---|---|")
    for name, runs in results.items():
        first = statistics.median(r["first_ms"] for r in runs)
        print(f"| {name} | {rss[name]:.1f} | {rss[name] / rss[RAW]:.2f}x | {first:.1f} |")


# -- profile ------------------------------------------------------------------------


def profile(settings: Settings) -> None:
    """cProfile of our SDK's sync calls, top functions by own time."""
    for call, fn in sync_calls(OURS, make_transport()).items():
        timer = sync_timer(fn)
        timer(settings.warmup)
        profiler = cProfile.Profile()
        profiler.runcall(timer, settings.calls)
        print(f"\n## {OURS}: {call}, {settings.calls} calls")
        pstats.Stats(profiler).sort_stats("tottime").print_stats(25)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="fewer calls, rounds and runs (a smoke run)")
    parser.add_argument("--profile", action="store_true", help="profile our SDK's sync calls and stop")
    args = parser.parse_args()
    settings = QUICK if args.quick else FULL
    if args.profile:
        profile(settings)
        return
    print(
        f"Python {sys.version.split()[0]}, {os.cpu_count()} CPUs, load average "
        f"{os.getloadavg()[0]:.2f}; warm-up {settings.warmup}, {settings.calls} calls per round\n"
    )
    per_call_overhead(settings)
    print()
    import_time(settings)
    print()
    peak_memory(settings)


if __name__ == "__main__":
    main()
