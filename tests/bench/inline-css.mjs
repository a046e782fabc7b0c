// Inlined CSS against the external stylesheet: which paints first for a resident who opens a
// shared link on a phone? Builds the site with each of Astro's build.inlineStylesheets: 'always'
// (all CSS in each page's HTML), 'auto' (small stylesheets inline, the site's stylesheet external)
// and 'never' (every stylesheet external, cached across pages), serves each,
// and measures first contentful paint under Lighthouse's mobile conditions (150 ms round trip,
// 1.6 Mbit/s, CPU 4× slower), on a cold first visit and on a second page with the cache warm.
//   node tests/bench/inline-css.mjs [--runs 5]
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { chromiumArgs, chromiumExecutable } from '../support/browser.ts';

const runs = Number(process.argv[process.argv.indexOf('--runs') + 1]) || 5;
const PORT = Number(process.env.BENCH_PORT ?? 4332);
const origin = `http://127.0.0.1:${PORT}`;
const FIRST = '/diagram/aldre-80/'; // a shared chart link
const SECOND = '/vard-i-forandring/'; // where its "Till avsnittet" link leads
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const gz = (file) => gzipSync(readFileSync(file), { level: 9 }).length;

const TYPES = { '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript', '.svg': 'image/svg+xml', '.png': 'image/png', '.json': 'application/json', '.wasm': 'application/wasm' };

/**
 * A static server for one build, as the README's nginx serves it: gzip for text, and /_astro/
 * files cached for a year (their names change with their content). (astro preview runs once per project.)
 */
function serve(dir) {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url, origin).pathname);
    let file = join(dir, path);
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) return res.writeHead(404).end();
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    const headers = { 'Content-Type': type, ...(path.startsWith('/_astro/') ? { 'Cache-Control': 'public, max-age=31536000, immutable' } : {}) };
    let body = readFileSync(file);
    if (/text|javascript|svg|json/.test(type) && /gzip/.test(req.headers['accept-encoding'] ?? '')) {
      body = gzipSync(body);
      headers['Content-Encoding'] = 'gzip';
    }
    res.writeHead(200, headers).end(body);
  });
  return new Promise((resolve) => server.listen(PORT, '127.0.0.1', () => resolve(server)));
}

async function measure(dir) {
  const server = await serve(dir);
  const browser = await chromium.launch({ executablePath: chromiumExecutable(), args: chromiumArgs });
  const result = { first: [], second: [] };
  try {
    for (let i = 0; i < runs; i++) {
      const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, deviceScaleFactor: 2 });
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Network.enable');
      await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 });
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
      const fcp = () => page.evaluate(() => new Promise((resolve) => new PerformanceObserver((list, observer) => {
        const entry = list.getEntriesByName('first-contentful-paint')[0];
        if (entry) { observer.disconnect(); resolve(Math.round(entry.startTime)); }
      }).observe({ type: 'paint', buffered: true })));
      await page.goto(origin + FIRST, { waitUntil: 'load' });
      result.first.push(await fcp());
      await page.goto(origin + SECOND, { waitUntil: 'load' });
      result.second.push(await fcp());
      await context.close();
    }
  } finally {
    await browser.close();
    server.close();
  }
  return result;
}

const report = [];
for (const mode of ['always', 'auto', 'never']) {
  const dir = `/tmp/narmare-css-${mode}`;
  const build = spawnSync(process.execPath, ['scripts/build.mjs'], { encoding: 'utf8', env: { ...process.env, OUT_DIR: dir, INLINE_STYLESHEETS: mode } });
  if (build.status !== 0) throw new Error(`build (${mode}) failed:\n${build.stdout}\n${build.stderr}`);
  const html = (path) => gz(join(dir, path, 'index.html'));
  const css = readdirSync(join(dir, '_astro')).filter((f) => f.endsWith('.css')).reduce((t, f) => t + gz(join(dir, '_astro', f)), 0);
  const { first, second } = await measure(dir);
  const pages = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html') && !f.startsWith('pagefind'));
  const over14 = pages.filter((f) => gz(join(dir, f)) > 14 * 1024);
  report.push({ mode, htmlFirstGzip: html(FIRST), htmlSecondGzip: html(SECOND), cssFilesGzip: css, over14, fcpFirst: median(first), fcpSecond: median(second), first, second });
}
console.log(`FCP in ms, median of ${runs} (mobile: 150 ms RTT, 1.6 Mbit/s, CPU ×4); first = ${FIRST} cold, second = ${SECOND} after it`);
for (const r of report) {
  console.log(`${r.mode.padEnd(7)} HTML ${FIRST} ${(r.htmlFirstGzip / 1024).toFixed(1)} KB, ${SECOND} ${(r.htmlSecondGzip / 1024).toFixed(1)} KB, CSS files ${(r.cssFilesGzip / 1024).toFixed(1)} KB (gzip); HTML over 14 KB: ${r.over14.join(', ') || 'none'}\n        FCP first ${r.fcpFirst} [${r.first.join(' ')}]  second ${r.fcpSecond} [${r.second.join(' ')}]`);
}
