// The entry of dist/bundle/herkenbaar.js (scripts/build-bundle.mjs): what bin/herkenbaar.js needs, in
// one module, so that a run loads one file instead of a hundred.
export { run } from './main.js';
export { processIo } from './io.js';
export type { Io } from './io.js';

/** The terminal of --fix --interactive: readline loads only when a session asks. */
export const openTerminal = async (input: NodeJS.ReadableStream, output: NodeJS.WritableStream) =>
  (await import('./terminal.js')).openTerminal(input, output);
