"""The corpus: public specs nobody here wrote, generated as a new user would generate them.

Each spec goes through `sdkgen init --spec FILE` (the starter config, unedited but for the
overrides a spec truly needs) and `sdkgen generate --format json` for both targets, in a
directory of its own, once per test session. `Build` keeps what the tests look at: the two
package folders, every diagnostic as the JSON report gives it, and the operations of the spec.
"""

from __future__ import annotations

import functools
import json
import subprocess
import sys
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from generator.pipeline import build_front, read_config
from generator.spec.load import load_document

METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


@dataclass(frozen=True)
class Spec:
    """One corpus spec: its file under ../shared/specs, and config lines appended to the
    starter config (overrides only where a name is truly ambiguous)."""

    file: str
    extra_config: str = ""
    lenient: bool = False
    mypy: bool = True  # the Python package is under ~60k lines: mypy --strict runs over it


SPECS = {
    "oai-petstore": Spec("real/oai-petstore.yaml"),
    "oai-uspto": Spec("real/oai-uspto.yaml"),
    "oai-callback-example": Spec("real/oai-callback-example.yaml"),
    "oai-link-example": Spec("real/oai-link-example.yaml"),
    "swagger-petstore3": Spec("real/swagger-petstore3.yaml"),
    "twilio": Spec("real/twilio_api_v2010.json"),
    "stripe": Spec("real/stripe-spec3.yaml", mypy=False),
    "openai-conversations": Spec("openai-conversations.yaml", lenient=True),
}


@dataclass(frozen=True)
class Build:
    """A corpus spec generated for both targets."""

    name: str
    spec: Path
    folder: Path
    report: dict[str, Any]
    returncode: int
    output: str

    @property
    def python(self) -> Path:
        return self.folder / "generated" / "python"

    @property
    def typescript(self) -> Path:
        return self.folder / "generated" / "typescript"

    @property
    def diagnostics(self) -> list[dict[str, Any]]:
        return list(self.report.get("diagnostics") or [])

    def config(self) -> dict[str, Any]:
        loaded = yaml.safe_load((self.folder / "sdkgen.yaml").read_text())
        return loaded if isinstance(loaded, dict) else {}

    def import_name(self) -> str:
        return str(self.config()["python"]["import_name"])

    def operations(self) -> list[str]:
        """The JSON pointer of every operation that became a method (read from the IR the
        generation built, with the same config)."""
        return _generated_operations(self.folder / "sdkgen.yaml", self.spec)


@functools.lru_cache(maxsize=None)
def _generated_operations(config: Path, spec: Path) -> list[str]:
    document = load_document(spec, display=spec.name)
    front, _ = build_front(document, read_config(config), spec)
    return [op.pointer for op in front.api.operations()]


def operation_pointers(spec: Path) -> list[str]:
    """The JSON pointer of every operation the spec declares, in document order."""
    text = spec.read_text(encoding="utf-8")
    data = json.loads(text) if spec.suffix == ".json" else yaml.safe_load(text)
    found = []
    for path, item in (data.get("paths") or {}).items():
        token = path.replace("~", "~0").replace("/", "~1")
        found += [f"/paths/{token}/{m}" for m in METHODS if isinstance(item, dict) and m in item]
    return found


class Corpus:
    """Builds each spec once per session, on first use (thread-safe, so tests may share it)."""

    def __init__(self, root: Path, shared: Path) -> None:
        self.root = root
        self.shared = shared
        self.builds: dict[str, Build] = {}
        self.lock = threading.Lock()

    def build(self, name: str) -> Build:
        with self.lock:
            if name not in self.builds:
                self.builds[name] = self._build(name, SPECS[name])
            return self.builds[name]

    def _build(self, name: str, spec: Spec) -> Build:
        source = self.shared / spec.file
        folder = self.root / name
        folder.mkdir(parents=True)
        sdkgen = [sys.executable, "-m", "generator"]
        init = subprocess.run(
            [*sdkgen, "init", "--spec", str(source)], cwd=folder, capture_output=True, text=True, timeout=120
        )
        if init.returncode != 0:
            raise AssertionError(f"sdkgen init failed on {name}:\n{init.stdout}{init.stderr}")
        if spec.extra_config:
            config = folder / "sdkgen.yaml"
            config.write_text(config.read_text() + spec.extra_config)
        options = ["--lenient"] if spec.lenient else []
        run = subprocess.run(
            [*sdkgen, "generate", "--no-cache", "--format", "json", *options],
            cwd=folder,
            capture_output=True,
            text=True,
            timeout=900,
        )
        try:
            report = json.loads(run.stdout)
        except json.JSONDecodeError:
            report = {}
        return Build(name, source, folder, report, run.returncode, run.stdout + run.stderr)
