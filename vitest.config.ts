import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    globalSetup: ['src/tests/global-setup.ts'],
    // Whole-site tests build the site once; give them room on a 2-core machine.
    testTimeout: 180_000,
    hookTimeout: 300_000,
    // Two files at a time, each running its own tests in order: while one file waits (a build writing, a page
    // loading, Pagefind's index) the other runs. The browser gates are mostly CPU, so two cores gain a quarter.
    fileParallelism: true,
    maxWorkers: 2,
  },
});
