// What a reader's browser actually transfers when dist/ is served through deploy/nginx.conf: bytes
// over the wire (gzip, headers included) of a first visit, and what a second visit takes from the
// cache, revalidates (304) or fetches again. Printed, never asserted.
//   node tests/bench/wire.mjs          (after npm run build; also part of npm run bench)
// BENCH_NGINX_PORT sets nginx's port (default 4331).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from '@playwright/test';
import { chromiumArgs, chromiumExecutable } from '../support/browser.ts';
import { nginxBinary, startNginx } from '../support/server.ts';

export const WIRE_PAGES = ['/inriktningar/nara-och-samordnad/', '/diagram/aldre-80/'];

/** One visit in a new tab of `context`: every response with its status, source and bytes over the wire. */
async function visit(context, url) {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  const responses = new Map();
  cdp.on('Network.responseReceived', ({ requestId, response }) =>
    responses.set(requestId, {
      path: new URL(response.url).pathname,
      status: response.status,
      fromCache: response.fromDiskCache || response.fromPrefetchCache || false,
      encoding: response.headers['content-encoding'] ?? response.headers['Content-Encoding'] ?? '',
      cacheControl: response.headers['cache-control'] ?? response.headers['Cache-Control'] ?? '',
      bytes: 0,
    }),
  );
  // The status on the wire: after a 304 the browser reports the cached 200.
  const wireStatus = new Map();
  cdp.on('Network.responseReceivedExtraInfo', ({ requestId, statusCode }) => wireStatus.set(requestId, statusCode));
  cdp.on('Network.requestServedFromCache', ({ requestId }) => responses.set(requestId, { ...responses.get(requestId), fromCache: true }));
  cdp.on('Network.loadingFinished', ({ requestId, encodedDataLength }) => {
    const r = responses.get(requestId);
    if (r) r.bytes = encodedDataLength;
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  // Scrolled to the end, as a reader would: what loads on demand (the chart code) counts too.
  await page.evaluate(async () => {
    for (let y = 0; y < document.body.scrollHeight; y += 600) {
      window.scrollTo(0, y);
      await new Promise((r) => setTimeout(r, 60));
    }
  });
  await page.waitForLoadState('networkidle');
  await page.close();
  return [...responses].filter(([, r]) => r.path).map(([id, r]) => ({ ...r, status: r.fromCache ? r.status : (wireStatus.get(id) ?? r.status) }));
}

/** First and second visit of each page, each page in a fresh browser context (an empty cache). */
export async function measureWire(browser, origin, paths = WIRE_PAGES) {
  const results = [];
  for (const path of paths) {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, deviceScaleFactor: 2 });
    const first = await visit(context, origin + path);
    const second = await visit(context, origin + path);
    await context.close();
    results.push({ path, first, second, firstBytes: first.reduce((t, r) => t + r.bytes, 0), secondBytes: second.reduce((t, r) => t + r.bytes, 0) });
  }
  return results;
}

export function printWire(results) {
  const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
  console.log('\nThrough nginx (deploy/nginx.conf), gzip, bytes over the wire with headers:');
  for (const { path, first, second, firstBytes, secondBytes } of results) {
    console.log(`\n${path}\n  first visit: ${first.length} responses, ${kb(firstBytes)}`);
    for (const r of first) console.log(`    ${String(r.status).padEnd(4)}${kb(r.bytes).padStart(9)}  ${(r.encoding || '-').padEnd(5)} ${r.path}`);
    console.log(`  second visit (new tab, same browser): ${kb(secondBytes)}`);
    for (const r of second) {
      const how = r.fromCache ? 'from cache, no request' : r.status === 304 ? 'revalidated: 304' : `fetched again: ${r.status}`;
      console.log(`    ${how.padEnd(23)} ${r.cacheControl.padEnd(38)} ${r.path}`);
    }
  }
}

/** Serves dist/ through nginx on `port` for the measurement; undefined when nginx is not installed. */
export async function measureThroughNginx(browser, port = Number(process.env.BENCH_NGINX_PORT ?? 4331)) {
  if (!nginxBinary()) return undefined;
  const dir = mkdtempSync(join(tmpdir(), 'narmare-wire-'));
  const stop = await startNginx(dir, resolve('dist'), port);
  try {
    return await measureWire(browser, `http://127.0.0.1:${port}`);
  } finally {
    await stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

// Run alone.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const browser = await chromium.launch({ executablePath: chromiumExecutable(), args: chromiumArgs });
  try {
    const results = await measureThroughNginx(browser);
    if (!results) throw new Error('nginx is not installed (apt-get install nginx-light)');
    printWire(results);
  } finally {
    await browser.close();
  }
}
