import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

/**
 * Which Chromium prints the strategy's PDF at build time and runs the browser tests:
 * $CHROMIUM_PATH, else Debian's /usr/bin/chromium, else Playwright's own download
 * (`npx playwright install chromium`). Node imports this directly (scripts, tests), so it uses
 * only type syntax that can be stripped.
 */
export type ChromiumLookup =
  | { path: string; from: 'CHROMIUM_PATH' | 'debian' | 'playwright' }
  | { missing: 'CHROMIUM_PATH' | 'none' | 'no-playwright' };

const DEBIAN = '/usr/bin/chromium';

/** Playwright's own Chromium, or undefined when Playwright is not installed (a production install). */
function playwright(): { executablePath(): string } | undefined {
  try {
    return (createRequire(import.meta.url)('playwright-core') as { chromium: { executablePath(): string } }).chromium;
  } catch {
    return undefined;
  }
}

export function locateChromium(): ChromiumLookup {
  // Without Playwright nothing can drive a browser, wherever one is installed.
  const driver = playwright();
  if (!driver) return { missing: 'no-playwright' };
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) return existsSync(fromEnv) ? { path: fromEnv, from: 'CHROMIUM_PATH' } : { missing: 'CHROMIUM_PATH' };
  if (existsSync(DEBIAN)) return { path: DEBIAN, from: 'debian' };
  const own = driver.executablePath();
  return own && existsSync(own) ? { path: own, from: 'playwright' } : { missing: 'none' };
}

/** Flags for a closed network and a root user (CI): no sandbox, no background traffic. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
