"""A content-addressed cache for the pipeline's slow, pure steps (formatting, models).

Each entry maps a hash of everything that determines a result (the input text, the
tool's version, its options) to that result, so a hit is exactly what recomputing would
give and generation stays deterministic. Entries live under `$SDKGEN_CACHE_DIR`, else
`$XDG_CACHE_HOME/sdkgen`, else `~/.cache/sdkgen`; they are written atomically, and an
unreadable or unwritable cache only costs time, never correctness.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from pathlib import Path


def default_root() -> Path:
    """Where the cache lives unless told otherwise."""
    explicit = os.environ.get("SDKGEN_CACHE_DIR")
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "sdkgen"


def digest(*parts: str) -> str:
    """A stable key for `parts` (length-prefixed, so no two part lists collide)."""
    hasher = hashlib.sha256()
    for part in parts:
        data = part.encode("utf-8", "surrogatepass")
        hasher.update(str(len(data)).encode() + b":" + data)
    return hasher.hexdigest()


class TextCache:
    """Text results by key, in one namespace (a folder) of the cache."""

    def __init__(self, root: Path | None, namespace: str) -> None:
        self.folder = root / namespace if root is not None else None

    def get(self, key: str) -> str | None:
        """The cached text for `key`, or None."""
        if self.folder is None:
            return None
        try:
            return (self.folder / key[:2] / key).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            return None

    def put(self, key: str, text: str) -> None:
        """Store `text` under `key`; failures are ignored (the cache is an optimisation)."""
        if self.folder is None:
            return
        target = self.folder / key[:2] / key
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            handle, temporary = tempfile.mkstemp(dir=target.parent, prefix=".tmp-")
            with os.fdopen(handle, "w", encoding="utf-8", newline="") as stream:
                stream.write(text)
            os.replace(temporary, target)
        except OSError:
            return
