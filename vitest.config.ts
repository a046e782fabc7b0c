import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

// Unit tests live beside the code they test (src/**/*.test.ts); tests over the built site and
// the content files live in tests/build/. Browser tests are Playwright's (tests/e2e/).
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'tests/build/**/*.test.ts'],
    // Fixture builds (bad content, short addresses, SITE_URL, no Chromium) draw every image: a
    // minute or more on a busy machine.
    testTimeout: 300_000,
    hookTimeout: 240_000,
    // Vitest's default is one worker per core but one, a single worker on a 2-core machine. The
    // fixture-build files mostly wait on a child build; two of them side by side keep both cores
    // busy (measured on 2 cores: 196 s with one worker, 148 s with two).
    maxWorkers: Math.max(2, availableParallelism() - 1),
  },
});
