import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { chromiumExecutable, noChromiumHelp } from './browser';
import { testServer } from './server';

/** Fails early, with what to do, when there is no browser to test in; says which server is tested. */
export default function globalSetup(): void {
  console.log(testServer().description);
  const path = chromiumExecutable() ?? chromium.executablePath();
  if (!path || !existsSync(path)) throw new Error(noChromiumHelp);
  if (!existsSync('dist/index.html')) throw new Error('dist/ is missing: run `npm run build` first (npm test does).');
}
