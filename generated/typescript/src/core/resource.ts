// Runtime file copied verbatim by sdkgen. Do not edit.
/** The base of every resource class: it holds the client the methods send requests with. */

import type { BaseClient } from './client-core.js';

export abstract class APIResource {
  protected readonly _client: BaseClient;

  constructor(client: BaseClient) {
    this._client = client;
  }
}
