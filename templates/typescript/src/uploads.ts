/** `toFile` and `Uploadable`, importable as `<package>/uploads` as in openai-node. */
export * from './core/uploads.js';
