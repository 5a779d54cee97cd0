/** The error classes, importable as `<package>/core/error` as in openai-node. */
export * from './errors.js';
