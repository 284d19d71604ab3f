import { defineConfig } from 'vitest/config';

// Real-browser tests: Debian's Chromium and Firefox ESR with the e2e builds of the extension loaded.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
