// File generated from conversations.yaml by sdkgen. Do not edit.
/** What the runtime takes from the SDK config. */

import type { ArrayFormat } from './query.js';

/** The prefix of the headers that describe the client (`-Lang`, `-Retry-Count`, ...). */
export const HEADER_PREFIX = 'X-Stainless';

/** How arrays travel in query strings. */
export const ARRAY_FORMAT: ArrayFormat = 'brackets';

/** No idempotency header: requests send no idempotency key. */
export const IDEMPOTENCY_HEADER: string | null = null;

/** The environment variable the log level is read from when the client is given none. */
export const LOG_ENV = 'OPENAI_LOG';
