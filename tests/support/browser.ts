import { existsSync } from 'node:fs';

/**
 * Which Chromium the browser tests use: $CHROMIUM_PATH, else Debian's /usr/bin/chromium, else
 * Playwright's own download (`npx playwright install chromium`, for laptops).
 */
export function chromiumExecutable(): string | undefined {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH=${fromEnv} does not exist.`);
    return fromEnv;
  }
  return existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
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

export const noChromiumHelp = `No Chromium found for the browser tests. Do one of:
  - install Debian's Chromium:  apt-get install -y chromium   (then /usr/bin/chromium is used)
  - point to any Chromium/Chrome: CHROMIUM_PATH=/path/to/chrome npm test
  - download Playwright's own:   npx playwright install chromium`;
