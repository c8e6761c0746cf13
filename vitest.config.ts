import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    // Some tests run the validator or read the whole catalog; on a loaded 2-core machine that can take many times
    // its usual second. The limits only stop a hang, they are not a speed check.
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
