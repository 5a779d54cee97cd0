# File generated from conversations.yaml by sdkgen. Do not edit.
"""OpenAI Conversations API: a typed Python client.

from openai_conversations import OpenAI

client = OpenAI()
client.conversations.items.list("conv_123")
"""

from typing import TYPE_CHECKING, Any

from . import types as types
from ._client import (
    AsyncOpenAI as AsyncOpenAI,
    AsyncClient as AsyncClient,
    Client as Client,
    OpenAI as OpenAI,
)
from ._exceptions import (
    OpenAIError as OpenAIError,
    APIConnectionError as APIConnectionError,
    APIError as APIError,
    APIResponseValidationError as APIResponseValidationError,
    APIStatusError as APIStatusError,
    APITimeoutError as APITimeoutError,
    AuthenticationError as AuthenticationError,
    BadRequestError as BadRequestError,
    ConflictError as ConflictError,
    InternalServerError as InternalServerError,
    NotFoundError as NotFoundError,
    PermissionDeniedError as PermissionDeniedError,
    RateLimitError as RateLimitError,
    UnprocessableEntityError as UnprocessableEntityError,
)
from ._constants import DEFAULT_MAX_RETRIES as DEFAULT_MAX_RETRIES
from ._types import (
    NOT_GIVEN as NOT_GIVEN,
    NoneType as NoneType,
    NotGiven as NotGiven,
    Omit as Omit,
    RequestOptions as RequestOptions,
    not_given as not_given,
    omit as omit,
)
from ._version import __version__ as __version__

VERSION: str = __version__

if TYPE_CHECKING:
    from httpx2 import BaseTransport as Transport, Timeout as Timeout

    from ._http_clients import (
        DEFAULT_CONNECTION_LIMITS as DEFAULT_CONNECTION_LIMITS,
        DEFAULT_TIMEOUT as DEFAULT_TIMEOUT,
        DefaultAsyncHttpxClient as DefaultAsyncHttpxClient,
        DefaultHttpxClient as DefaultHttpxClient,
    )
    from ._models import BaseModel as BaseModel
    from ._response import APIResponse as APIResponse, AsyncAPIResponse as AsyncAPIResponse
    from ._streaming import AsyncStream as AsyncStream, Stream as Stream

# Names whose modules import httpx2 or pydantic: loaded on first use, so importing the
# package stays cheap. Name -> (module, attribute).
_LAZY = {
    "Timeout": ("httpx2", "Timeout"),
    "Transport": ("httpx2", "BaseTransport"),
    "DEFAULT_CONNECTION_LIMITS": ("._http_clients", "DEFAULT_CONNECTION_LIMITS"),
    "DEFAULT_TIMEOUT": ("._http_clients", "DEFAULT_TIMEOUT"),
    "DefaultAsyncHttpxClient": ("._http_clients", "DefaultAsyncHttpxClient"),
    "DefaultHttpxClient": ("._http_clients", "DefaultHttpxClient"),
    "BaseModel": ("._models", "BaseModel"),
    "APIResponse": ("._response", "APIResponse"),
    "AsyncAPIResponse": ("._response", "AsyncAPIResponse"),
    "AsyncStream": ("._streaming", "AsyncStream"),
    "Stream": ("._streaming", "Stream"),
}


def __getattr__(name: str) -> Any:
    if name not in _LAZY:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    import importlib

    module, attribute = _LAZY[name]
    value = getattr(importlib.import_module(module, __name__), attribute)
    globals()[name] = value
    return value
