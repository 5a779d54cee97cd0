// Runtime file copied verbatim by sdkgen. Do not edit.
/** `toFile` and `Uploadable`, importable as `<package>/uploads` as in openai-node. */
export * from './core/uploads.js';
