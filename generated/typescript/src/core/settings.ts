// File generated from conversations.yaml by sdkgen. Do not edit.
/** What the runtime takes from the SDK config. */

import type { ArrayFormat } from './query.js';

/** The prefix of the headers that describe the client (`-Lang`, `-Retry-Count`, ...). */
export const HEADER_PREFIX = 'X-Stainless';

/** How arrays travel in query strings. */
export const ARRAY_FORMAT: ArrayFormat = 'brackets';
