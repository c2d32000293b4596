import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // A few end-to-end tests spawn the built CLI; give a slow shared machine room.
    testTimeout: 30_000,
    pool: 'threads',
    // Test files share a worker's module cache, so the dictionaries are parsed once per worker, not once
    // per file; tests therefore must not mock modules (inject through the CLI's Io instead).
    isolate: false,
  },
});
