"""Concurrency under latency: many async calls on one shared client, beside the official SDK.

    .venv/bin/python bench/load.py [--calls 1500] [--latency 0.2] [--runs 3]

A local HTTP/1.1 server (asyncio, keep-alive) answers every `GET /v1/conversations/<id>`
after `--latency` seconds with a small conversation, and counts the connections it
accepted and the most it held open at once. Each contender runs in a fresh process: one
`AsyncOpenAI` client, `--calls` concurrent `conversations.retrieve` calls gathered on
one event loop. Contenders: the official `openai` package (on its default httpx2
client), our generated SDK (imported from generated/) on its default client, and ours
given a legacy `httpx.AsyncClient` with the same limits (what the SDK sent with before it
moved to httpx2). Runs are interleaved; the table gives the median wall time, the ratio
to the official package, and the connections. With the SDKs' default pool limit (1,000
connections), the ideal is ceil(calls / 1000) * latency.

`--typescript` runs openai-node (7.59.0) and our TypeScript package (compiled as
`typescript_calls.py` compiles it) the same way instead: one client, the calls in one
`Promise.all`, on Node's own `fetch`.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import statistics
import subprocess
import sys
import threading
from pathlib import Path
from typing import Any, Dict, List

ROOT = Path(__file__).resolve().parent.parent
GENERATED = ROOT / "generated" / "python"
BODY = json.dumps({"id": "conv_1", "object": "conversation", "created_at": 1, "metadata": {}}).encode()

WORKER = r"""
import asyncio, sys, time, json
sys.path.insert(0, sys.argv[4])
contender, base_url, calls = sys.argv[1], sys.argv[2], int(sys.argv[3])
if contender == "openai":
    import openai as sdk
    kwargs = {}
else:
    import openai_conversations as sdk
    kwargs = {}
    if contender == "ours on legacy httpx":
        import httpx
        kwargs["http_client"] = httpx.AsyncClient(
            timeout=httpx.Timeout(600, connect=5.0),
            limits=httpx.Limits(max_connections=1000, max_keepalive_connections=100),
            follow_redirects=True,
        )

async def main():
    client = sdk.AsyncOpenAI(api_key="sk-load", base_url=base_url, max_retries=0, **kwargs)
    started = time.perf_counter()
    results = await asyncio.gather(*(client.conversations.retrieve("conv_1") for _ in range(calls)))
    elapsed = time.perf_counter() - started
    assert len(results) == calls and all(r.id == "conv_1" for r in results)
    await client.close()
    print(json.dumps({"seconds": elapsed}))

asyncio.run(main())
"""

NODE_WORKER = r"""
const [specifier, baseURL, calls] = process.argv.slice(1);
const { default: Client } = await import(specifier);
const client = new Client({ apiKey: 'sk-load', baseURL, maxRetries: 0 });
const started = performance.now();
const results = await Promise.all(Array.from({ length: Number(calls) }, () => client.conversations.retrieve('conv_1')));
const seconds = (performance.now() - started) / 1000;
if (results.length !== Number(calls) || results.some((r) => r.id !== 'conv_1')) throw new Error('wrong results');
console.log(JSON.stringify({ seconds }));
"""


class Server:
    """Keep-alive HTTP/1.1 answers after a fixed latency; counts connections."""

    def __init__(self, latency: float, pages: int = 0) -> None:
        self.latency = latency
        self.pages = pages  # `GET .../items?after=msg_<n>` answers page n + 1 of this many
        self.accepted = 0
        self.open = 0
        self.most_open = 0
        self.loop = asyncio.new_event_loop()
        self.ready = threading.Event()
        self.port = 0
        threading.Thread(target=self._run, daemon=True).start()
        self.ready.wait()

    def reset(self) -> None:
        self.accepted = self.most_open = 0

    def _run(self) -> None:
        asyncio.set_event_loop(self.loop)
        server = self.loop.run_until_complete(asyncio.start_server(self._handle, "127.0.0.1", 0, backlog=4096))
        self.port = server.sockets[0].getsockname()[1]
        self.ready.set()
        self.loop.run_forever()

    async def _handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.accepted += 1
        self.open += 1
        self.most_open = max(self.most_open, self.open)
        try:
            while True:
                head = await reader.readuntil(b"\r\n\r\n")
                length = 0
                for line in head.split(b"\r\n"):
                    if line.lower().startswith(b"content-length:"):
                        length = int(line.split(b":", 1)[1])
                if length:
                    await reader.readexactly(length)
                if self.latency:
                    await asyncio.sleep(self.latency)
                body = self._page(head) if b"/items" in head.split(b"\r\n", 1)[0] else BODY
                writer.write(
                    b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\n"
                    + f"content-length: {len(body)}\r\n\r\n".encode()
                    + body
                )
                await writer.drain()
        except (asyncio.IncompleteReadError, ConnectionError):
            pass
        finally:
            self.open -= 1
            writer.close()

    def _page(self, head: bytes) -> bytes:
        target = head.split(b" ", 2)[1].decode()
        after = target.partition("after=msg_")[2].partition("&")[0]
        number = int(after) + 1 if after else 1
        item = {"id": f"msg_{number}", "type": "message", "role": "user", "content": [], "status": "completed"}
        page = {"data": [item], "has_more": number < self.pages, "first_id": item["id"], "last_id": item["id"]}
        return json.dumps({**page, "object": "list"}).encode()


def run(contender: str, server: Server, calls: int, typescript: Dict[str, str]) -> Dict[str, Any]:
    server.reset()
    base_url = f"http://127.0.0.1:{server.port}/v1"
    if contender in typescript:
        command = ["node", "--input-type=module", "-e", NODE_WORKER, typescript[contender], base_url, str(calls)]
        cwd: Any = ROOT / "tests" / "node"
    else:
        command = [sys.executable, "-c", WORKER, contender, base_url, str(calls), str(GENERATED)]
        cwd = None
    done = subprocess.run(command, capture_output=True, text=True, timeout=900, cwd=cwd)
    if done.returncode != 0:
        raise SystemExit(f"{contender} failed:\n{done.stderr[-3000:]}")
    seconds = json.loads(done.stdout.strip().splitlines()[-1])["seconds"]
    return {"seconds": seconds, "connections": server.accepted, "most_open": server.most_open}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--calls", type=int, default=1500)
    parser.add_argument("--latency", type=float, default=0.2)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--contenders", default="openai,ours,ours on legacy httpx")
    parser.add_argument("--typescript", action="store_true", help="openai-node and ours, compiled, instead")
    args = parser.parse_args()
    typescript: Dict[str, str] = {}
    if args.typescript:
        from typescript_calls import compiled_package

        ours = compiled_package()
        typescript = {"openai-node": "openai", "ours (TypeScript)": ours.as_uri()}
    contenders = list(typescript) if typescript else args.contenders.split(",")
    server = Server(args.latency)
    results: Dict[str, List[Dict[str, Any]]] = {name: [] for name in contenders}
    for round_ in range(args.runs):
        for name in contenders[round_ % len(contenders) :] + contenders[: round_ % len(contenders)]:
            results[name].append(run(name, server, args.calls, typescript))
    first = contenders[0]
    reference = statistics.median(r["seconds"] for r in results[first])
    print(f"{args.calls} concurrent async retrieve calls, {args.latency * 1000:.0f} ms latency, {args.runs} runs")
    print(f"| contender | median (s) | range (s) | vs {first} | connections opened | most open at once |")
    print("|---|---|---|---|---|---|")
    for name, rows in results.items():
        times = [r["seconds"] for r in rows]
        median = statistics.median(times)
        ratio = f"{median / reference:.2f}x"
        connections = max(r["connections"] for r in rows)
        most = max(r["most_open"] for r in rows)
        print(f"| {name} | {median:.2f} | {min(times):.2f}-{max(times):.2f} | {ratio} | {connections} | {most} |")


if __name__ == "__main__":
    main()
