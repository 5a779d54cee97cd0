# File generated from conversations.yaml by sdkgen. Do not edit.
"""OpenAI Conversations API: a typed Python client.

from openai_conversations import OpenAI

client = OpenAI()
client.conversations.items.list("conv_123")
"""

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
from ._types import (
    NOT_GIVEN as NOT_GIVEN,
    NotGiven as NotGiven,
    Omit as Omit,
    not_given as not_given,
    omit as omit,
)
from ._version import __version__ as __version__
