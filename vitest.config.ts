import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    globalSetup: ['src/tests/global-setup.ts'],
    // Whole-site tests build the site once; give them room on a 2-core machine.
    testTimeout: 180_000,
    hookTimeout: 300_000,
    // Two files at a time: a browser test waits on Chromium and a build test on disk much of the time, so on
    // two cores two files finish well before one after the other. Each file still runs its own tests in order.
    fileParallelism: true,
    maxWorkers: 2,
  },
});
