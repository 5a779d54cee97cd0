# Runtime file copied verbatim by sdkgen. Do not edit.
"""The retry policy: which responses to retry and how long to wait before the next try.

* A ``retry-after-ms`` / ``retry-after`` delay above 120 s means "do not retry".
* ``x-should-retry: true|false`` overrides the status code.
* Otherwise 408, 409, 429 and any 5xx are retried.
* The wait is the server's delay when it is in (0, 120] s, else
  ``min(0.5 * 2**n, 8)`` seconds times a jitter in [0.75, 1], ``n`` being the
  number of retries already made.
"""

from __future__ import annotations

import math
import time
from typing import TYPE_CHECKING, Optional

from ._constants import MAX_RETRY_DELAY, INITIAL_RETRY_DELAY, MAX_RETRY_AFTER_DELAY

if TYPE_CHECKING:
    import httpx2

__all__ = ["retry_delay", "should_retry", "parse_retry_after"]

_RETRIED_STATUSES = frozenset({408, 409, 429})
_INFINITY_LITERALS = ("inf", "+inf", "infinity", "+infinity")


def parse_retry_after(headers: Optional[httpx2.Headers]) -> Optional[float]:
    """Seconds the server asks us to wait: ``retry-after-ms``, then ``retry-after`` as
    a number of seconds, then as an HTTP date; ``None`` when absent or unparsable."""
    if headers is None:
        return None
    for name, divisor in (("retry-after-ms", 1000), ("retry-after", 1)):
        value = headers.get(name)
        if value is None:
            continue
        try:
            delay = float(value)
        except ValueError:
            continue
        if delay == math.inf and value.strip().lower() not in _INFINITY_LITERALS:
            return MAX_RETRY_AFTER_DELAY + 1  # numeric overflow: an excessive delay, refuse it
        return delay / divisor
    return _seconds_until(headers.get("retry-after"))


def _seconds_until(http_date: Optional[str]) -> Optional[float]:
    import email.utils  # only needed for HTTP-date values; costly to import

    try:
        parsed = email.utils.parsedate_tz(http_date)
        if parsed is None:
            return None
        return float(email.utils.mktime_tz(parsed) - time.time())
    except (TypeError, ValueError, OverflowError, OSError):
        return None


def should_retry(response: httpx2.Response) -> bool:
    """Whether a non-2xx ``response`` is worth another try."""
    retry_after = parse_retry_after(response.headers)
    if retry_after is not None and math.isfinite(retry_after) and retry_after > MAX_RETRY_AFTER_DELAY:
        return False
    should = response.headers.get("x-should-retry")
    if should == "true":
        return True
    if should == "false":
        return False
    return response.status_code in _RETRIED_STATUSES or response.status_code >= 500


def retry_delay(retries_taken: int, headers: Optional[httpx2.Headers] = None) -> float:
    """Seconds to sleep before retry number ``retries_taken + 1``."""
    retry_after = parse_retry_after(headers)
    if retry_after is not None and math.isfinite(retry_after) and 0 < retry_after <= MAX_RETRY_AFTER_DELAY:
        return retry_after
    import random

    retries = min(retries_taken, 1000)
    sleep_seconds = min(INITIAL_RETRY_DELAY * pow(2.0, retries), MAX_RETRY_DELAY)
    jitter = 1 - 0.25 * random.random()
    return max(sleep_seconds * jitter, 0)
