# Runtime file copied verbatim by sdkgen. Do not edit.
"""Map an HTTP error response (4xx/5xx) to the exception raised for it.

The message is ``"Error code: <status>"``, followed by ``" - <message>"`` when the
body is JSON with a non-empty string ``message`` (in its ``error`` object, or at the
top level). The exception's ``body`` is the inner ``error`` object when there is
one, else the decoded JSON, else the body text.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Dict, Type, Mapping

from ._exceptions import (
    ConflictError,
    NotFoundError,
    APIStatusError,
    RateLimitError,
    BadRequestError,
    AuthenticationError,
    InternalServerError,
    PermissionDeniedError,
    UnprocessableEntityError,
)

if TYPE_CHECKING:
    import httpx2

__all__ = ["status_error"]

_STATUS_ERRORS: Dict[int, Type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def status_error(response: httpx2.Response) -> APIStatusError:
    """The exception for ``response``, whose body must already be read."""
    message = f"Error code: {response.status_code}"
    body: object = None
    if not (response.is_closed and not response.is_stream_consumed):
        body = text = response.text.strip()
        try:
            body = json.loads(text)
        except Exception:
            pass
        else:
            error = body.get("error", body) if isinstance(body, Mapping) else None
            detail = error.get("message") if isinstance(error, Mapping) else None
            if isinstance(detail, str) and detail:
                message += f" - {detail}"
    data = body.get("error", body) if isinstance(body, Mapping) else body
    status = response.status_code
    error_class = _STATUS_ERRORS.get(status)
    if error_class is None:
        error_class = InternalServerError if status >= 500 else APIStatusError
    return error_class(message, response=response, body=data)
