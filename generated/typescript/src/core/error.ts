// Runtime file copied verbatim by sdkgen. Do not edit.
/** The error classes, importable as `<package>/core/error` as in openai-node. */
export * from './errors.js';
