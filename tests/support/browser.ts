import { locateChromium } from '../../src/handouts/browser.ts';

export { chromiumArgs } from '../../src/handouts/browser.ts';

/**
 * The Chromium the browser tests use (the one the build prints the PDF with, src/handouts/browser.ts):
 * $CHROMIUM_PATH, else Debian's /usr/bin/chromium; undefined lets Playwright use its own download.
 */
export function chromiumExecutable(): string | undefined {
  const found = locateChromium();
  if ('path' in found) return found.from === 'playwright' ? undefined : found.path;
  if (found.missing === 'CHROMIUM_PATH') throw new Error(`CHROMIUM_PATH=${process.env.CHROMIUM_PATH} does not exist.`);
  return undefined;
}

export const noChromiumHelp = `No Chromium found for the browser tests. Do one of:
  - install Debian's Chromium:  apt-get install -y chromium   (then /usr/bin/chromium is used)
  - point to any Chromium/Chrome: CHROMIUM_PATH=/path/to/chrome npm test
  - download Playwright's own:   npx playwright install chromium`;
