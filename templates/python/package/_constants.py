"""Numeric defaults shared by the client, the retry policy and the wrappers."""

from __future__ import annotations

DEFAULT_TIMEOUT_SECONDS = 600
"""Read, write and pool timeout of the default ``httpx2.Timeout(600, connect=5.0)``."""

DEFAULT_CONNECT_TIMEOUT_SECONDS = 5.0
DEFAULT_MAX_RETRIES = 2
DEFAULT_MAX_CONNECTIONS = 1000
DEFAULT_MAX_KEEPALIVE_CONNECTIONS = 100

INITIAL_RETRY_DELAY = 0.5
MAX_RETRY_DELAY = 8.0
MAX_RETRY_AFTER_DELAY = 120.0

RAW_RESPONSE_HEADER_SUFFIX = "-Raw-Response"
"""Appended to the client's header prefix: ``<prefix>-Raw-Response``, sent on the wire."""

INTERNAL_RAW_RESPONSE_HEADER = "X-SDK-Internal-Raw-Response"
"""What a client without a header prefix names the raw-response signal: it travels in
the request options only and is dropped before the request is sent."""
