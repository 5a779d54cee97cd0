// File generated from conversations.yaml by sdkgen. Do not edit.

/** The base of every error this package raises. */
export class OpenAIError extends Error {}

/** The base error class by the name the rest of the runtime knows it by. */
export { OpenAIError as SDKError };
