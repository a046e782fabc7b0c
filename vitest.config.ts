import { defineConfig } from 'vitest/config';

// Unit tests live beside the code they test (src/**/*.test.ts); tests over the built site and
// the content files live in tests/build/. Browser tests are Playwright's (tests/e2e/).
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'tests/build/**/*.test.ts'],
    // Fixture builds (bad content, short addresses, SITE_URL) draw every image: minutes on a busy machine.
    testTimeout: 300_000,
    // The fixture builds (tests/build/bad-content.test.ts) run side by side; more than three at a
    // time on a 2-core machine only makes each of them slow enough to time out.
    maxConcurrency: 3,
    hookTimeout: 240_000,
  },
});
