/** The error classes, importable as `<package>/error` as in openai-node. */
export * from './core/errors.js';
