import { defineConfig } from 'vitest/config';

// Unit tests live beside the code they test (src/**/*.test.ts); tests over the built site and
// the content files live in tests/build/. Browser tests are Playwright's (tests/e2e/).
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'tests/build/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 240_000,
  },
});
