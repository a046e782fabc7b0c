import { defineConfig, devices } from '@playwright/test';
import { chromiumArgs, chromiumExecutable } from './tests/support/browser';
import { e2ePort, testServer } from './tests/support/server';

const PORT = e2ePort();
// Browser tests run against the built site (dist/), served through deploy/nginx.conf where nginx is
// installed, else by `astro preview` (tests/support/server.ts; global setup says which).
const server = testServer(PORT);

export default defineConfig({
  testDir: 'tests/e2e',
  globalSetup: './tests/support/global-setup.ts',
  fullyParallel: true,
  workers: 2,
  // A flaky test is fixed, not retried.
  retries: 0,
  reporter: 'list',
  // axe in two schemes at two widths, on a page with every chart and share panel, takes most of a
  // minute on a busy 2-core machine.
  timeout: 120_000,
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    locale: 'sv-SE',
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], launchOptions: { executablePath: chromiumExecutable(), args: chromiumArgs } } }],
  webServer: {
    command: server.command,
    url: `http://127.0.0.1:${PORT}/`,
    // Never a server already on the port: it could be another checkout's, serving another dist/.
    reuseExistingServer: false,
    // nginx stops its workers on SIGTERM; a SIGKILL would leave them holding the port.
    gracefulShutdown: { signal: 'SIGTERM', timeout: 5_000 },
    timeout: 60_000,
  },
});
