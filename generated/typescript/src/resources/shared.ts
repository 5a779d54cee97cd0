// File generated from conversations.yaml by sdkgen. Do not edit.
/** The types no one resource owns: used under several resources, or by no operation. */

/**
 * Details of an API error.
 */
export interface Error {
  /**
   * A machine-readable error code, if any.
   */
  code: string | null;
  /**
   * A human-readable description of the error.
   */
  message: string;
  /**
   * The request parameter that caused the error, if any.
   */
  param: string | null;
  /**
   * The category of the error.
   */
  type: string;
}

/**
 * The body of an error response.
 */
export interface ErrorResponse {
  /**
   * The error details.
   */
  error: Error;
}
