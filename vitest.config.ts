import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    globalSetup: ['src/tests/global-setup.ts'],
    // Whole-site tests build the site once; give them room on a 2-core machine.
    testTimeout: 180_000,
    hookTimeout: 300_000,
    // Site tests each run an Astro build; running them one file at a time keeps memory and CPU sane.
    fileParallelism: false,
  },
});
