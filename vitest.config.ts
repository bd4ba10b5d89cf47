import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'packages/**/*.test.ts', 'functions/**/*.test.ts', 'infra/**/*.test.ts'],
    globalSetup: ['test/setup/global.ts'],
    setupFiles: ['test/setup/per-file.ts'],
    // Generous: a timeout only guards against a hang; timing goals live in bench/ (the 2-core CI is slow).
    testTimeout: 120_000,
    hookTimeout: 300_000,
    pool: 'forks',
  },
});
