// npm run bench: builds once, serves dist/ on loopback, and prints (and writes to
// tests/bench/report.json) page weights, Lighthouse scores, search timings, what goes over the wire
// through nginx (wire.mjs), the handouts (the PDF's bytes and pages, the deck's bytes, the build time
// each adds), build times and how the build scales with content. Budgets come from
// tests/bench/budgets.json. Timings are printed, never asserted.
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from '@playwright/test';
import lighthouse from 'lighthouse';
import { PDFDocument } from 'pdf-lib';
import { HANDOUTS } from '../../src/handouts/files.ts';
import { builtPages } from '../../src/integrations/built-site.ts';
import { chromiumArgs, chromiumExecutable } from '../support/browser.ts';
import { copyProject } from '../support/project-copy.ts';
import { pageWeight } from './weight.mjs';
import { measureThroughNginx, printWire } from './wire.mjs';

const root = resolve('.');
const budgets = JSON.parse(readFileSync('tests/bench/budgets.json', 'utf8'));
const PORT = 4330;
const origin = `http://127.0.0.1:${PORT}`;
const skipScale = process.argv.includes('--no-scale');
const kb = (n) => `${(n / 1024).toFixed(1)}`;

function statSafe(p) {
  try {
    return statSync(p);
  } catch {
    return undefined;
  }
}

/** Builds the project in `cwd`; returns wall time and what the build logged: search index, PDF and deck times. */
function timedBuild(cwd, env = {}) {
  const started = performance.now();
  const run = spawnSync(process.execPath, ['scripts/build.mjs'], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', ...env } });
  const ms = performance.now() - started;
  if (run.status !== 0) throw new Error(`build failed in ${cwd}:\n${run.stdout}\n${run.stderr}`);
  const index = Number(run.stdout.match(/indexed \d+ pages in (\d+) ms/)?.[1] ?? NaN);
  const pdf = Number(run.stdout.match(new RegExp(`PDF: ${HANDOUTS.pdf.file}, .*? (\\d+) ms`))?.[1] ?? NaN);
  // Astro logs each route's time as (+15ms) or (+1.20s).
  const route = run.stdout.match(new RegExp(`${HANDOUTS.pptx.file} \\(\\+([\\d.]+)(ms|s)\\)`));
  const deck = route ? Math.round(Number(route[1]) * (route[2] === 's' ? 1000 : 1)) : NaN;
  return { ms: Math.round(ms), indexMs: index, pdfMs: pdf, deckMs: deck };
}

function dirSize(dir) {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((f) => statSafe(join(dir, f)))
    .filter((s) => s?.isFile())
    .reduce((t, s) => t + s.size, 0);
}

// 1. Build
console.log('Building…');
const build = timedBuild(root);
const pages = builtPages('dist').filter((p) => !p.path.endsWith('404.html'));
const pdfFile = join('dist', HANDOUTS.pdf.file);
const handouts = {
  pdfBytes: statSafe(pdfFile)?.size,
  pdfPages: statSafe(pdfFile) ? (await PDFDocument.load(readFileSync(pdfFile), { updateMetadata: false })).getPageCount() : undefined,
  pdfMs: build.pdfMs,
  deckBytes: statSafe(join('dist', HANDOUTS.pptx.file))?.size,
  deckMs: build.deckMs,
};

// 2. Serve and measure in a browser
const server = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'preview', '--port', String(PORT), '--host', '127.0.0.1'], { stdio: 'ignore' });
await new Promise((r) => setTimeout(r, 2500));
const browser = await chromium.launch({ executablePath: chromiumExecutable(), args: [...chromiumArgs, '--remote-debugging-port=9229'] });
const report = { date: new Date().toISOString(), build, handouts, pages: [], search: {}, scale: [] };

try {
  for (const { path, file } of pages) {
    const weight = pageWeight('dist', '/', file);
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, deviceScaleFactor: 2 });
    const page = await context.newPage();
    const requests = [];
    page.on('requestfinished', (r) => requests.push(r.url()));
    await page.goto(origin + path, { waitUntil: 'networkidle' });
    const firstRequests = requests.length;
    await page.evaluate(async () => {
      for (let y = 0; y < document.body.scrollHeight; y += 600) {
        window.scrollTo(0, y);
        await new Promise((r) => setTimeout(r, 60));
      }
    });
    await page.waitForLoadState('networkidle');
    const jsAfterScroll = requests
      .filter((u) => u.endsWith('.js'))
      .map((u) => new URL(u).pathname)
      .reduce((t, p) => t + (statSafe(join('dist', p)) ? pageWeight.gzipOf(join('dist', p)) : 0), 0);
    await context.close();

    const lh = await lighthouse(origin + path, { port: 9229, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'] });
    const { categories, audits } = lh.lhr;
    const scores = Object.fromEntries(Object.entries(categories).map(([k, c]) => [k, Math.round((c.score ?? 0) * 100)]));
    const failed = Object.values(audits).filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === 'binary').map((a) => a.id);
    const isChart = weight.hasChart;
    const within = isChart
      ? weight.total.gzip + weight.onDemandJs.gzip <= budgets.chartPage.totalGzip && weight.js.gzip <= budgets.textPage.javascriptGzip
      : weight.total.gzip <= (path === budgets.wholeStrategyPage.path ? budgets.wholeStrategyPage : budgets.textPage).firstLoadGzip && weight.js.gzip <= budgets.textPage.javascriptGzip;
    const lhWithin = Object.entries(budgets.lighthouse).every(([k, v]) => scores[k] >= v);
    report.pages.push({
      path,
      bytes: weight,
      requests: firstRequests,
      jsAfterScrollGzip: jsAfterScroll,
      lighthouse: { ...scores, lcpMs: Math.round(audits['largest-contentful-paint'].numericValue), cls: audits['cumulative-layout-shift'].numericValue, tbtMs: Math.round(audits['total-blocking-time'].numericValue), failedAudits: failed },
      withinBudget: within && lhWithin,
    });
    process.stdout.write('.');
  }
  console.log();

  // 3. Search: index size, time from query to first results, cold (new page) and warm.
  const queries = ['fast vårdkontakt', 'kontinuitet', 'försörjningskvot', 'digitala kontaktvägar', 'delaktighet'];
  const timings = [];
  for (const q of queries) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${origin}/sok/`);
    const field = page.getByRole('searchbox', { name: 'Sök i strategin' });
    const measure = async (query) => {
      const t0 = await page.evaluate(() => performance.now());
      await field.fill(query);
      await page.waitForFunction((qq) => document.querySelector('search-page')?.dataset.searched === qq && document.querySelector('.results > li'), query);
      return Math.round((await page.evaluate(() => performance.now())) - t0);
    };
    const cold = await measure(q);
    await field.fill('');
    const warm = await measure(q);
    timings.push({ query: q, coldMs: cold, warmMs: warm });
    await context.close();
  }
  report.search = { indexBytes: dirSize('dist/pagefind'), timings, note: 'includes the 120 ms debounce' };

  // 4. Through nginx (deploy/nginx.conf): bytes over the wire of a first visit, the cache on a second.
  report.wire = await measureThroughNginx(browser);
} finally {
  await browser.close();
  server.kill();
}

// 5. Scale: the same build with the context chapter copied ×10 and ×50.
if (!skipScale) {
  for (const factor of [10, 50]) {
    const dir = copyProject();
    const chapter = readFileSync('content/kapitel/vard-i-forandring.mdx', 'utf8').replace(/<Chart[^>]*\/>\n?/g, '');
    for (let i = 1; i <= factor; i++) {
      const copy = chapter
        .replace(/^order: \d+$/m, `order: ${100 + i}`)
        .replace(/^title: "(.*)"$/m, `title: "$1 (kopia ${i})"`)
        .replace(/^## (.*)$/gm, `## $1 (kopia ${i})`);
      writeFileSync(join(dir, `content/kapitel/kopia-${i}.mdx`), copy);
    }
    const t = timedBuild(dir);
    const count = builtPages(join(dir, 'dist')).length;
    report.scale.push({ factor, pages: count, buildMs: t.ms, indexMs: t.indexMs, pdfMs: t.pdfMs, indexBytes: dirSize(join(dir, 'dist/pagefind')), indexBytesPerPage: Math.round(dirSize(join(dir, 'dist/pagefind')) / count) });
    rmSync(dir, { recursive: true, force: true });
  }
}

writeFileSync('tests/bench/report.json', `${JSON.stringify(report, null, 2)}\n`);

// Print
const pad = (s, n) => String(s).padEnd(n);
const lpad = (s, n) => String(s).padStart(n);
console.log(`\nBuild: astro build ${build.ms} ms (of which search index ${build.indexMs} ms, PDF ${build.pdfMs} ms, deck ${build.deckMs} ms)`);
const pdfLine = handouts.pdfBytes === undefined ? 'no PDF (no Chromium for the build)' : `PDF ${kb(handouts.pdfBytes)} KB, ${handouts.pdfPages} pages (${handouts.pdfMs} ms)`;
console.log(`Handouts: ${pdfLine}; deck ${kb(handouts.deckBytes)} KB (${handouts.deckMs} ms)\n`);
console.log(`${pad('page', 44)}${lpad('HTML', 6)}${lpad('CSS', 6)}${lpad('JS', 6)}${lpad('img', 5)}${lpad('font', 5)}${lpad('gz', 7)}${lpad('br', 7)}${lpad('req', 5)}${lpad('JS↓', 6)}  LH perf/a11y/bp/seo  LCP   CLS   TBT  budget`);
for (const p of report.pages) {
  const b = p.bytes;
  const l = p.lighthouse;
  console.log(
    `${pad(p.path, 44)}${lpad(kb(b.html.gzip), 6)}${lpad(kb(b.css.gzip), 6)}${lpad(kb(b.js.gzip), 6)}${lpad(kb(b.images.gzip), 5)}${lpad(kb(b.fonts.gzip), 5)}${lpad(kb(b.total.gzip), 7)}${lpad(kb(b.total.brotli), 7)}${lpad(p.requests, 5)}${lpad(kb(p.jsAfterScrollGzip), 6)}  ${pad(`${l.performance}/${l.accessibility}/${l['best-practices']}/${l.seo}`, 19)}${lpad(l.lcpMs, 5)}${lpad(l.cls.toFixed(3), 6)}${lpad(l.tbtMs, 5)}  ${p.withinBudget ? 'within' : 'OVER'}${l.failedAudits.length ? `  (${l.failedAudits.join(', ')})` : ''}`,
  );
}
console.log('(KB, gzip unless "br"; JS↓ = JavaScript after scrolling to the end, gzip)');
console.log(`\nSearch: index ${kb(report.search.indexBytes)} KB on disk (fetched in parts on demand)`);
for (const t of report.search.timings) console.log(`  ${pad(`"${t.query}"`, 26)} cold ${lpad(t.coldMs, 5)} ms   warm ${lpad(t.warmMs, 4)} ms`);
if (report.wire) printWire(report.wire);
else console.log('\nnginx is not installed: no figures through deploy/nginx.conf.');
for (const s of report.scale) console.log(`Scale ×${s.factor}: ${s.pages} pages, build ${s.buildMs} ms, index ${s.indexMs} ms, PDF ${s.pdfMs} ms, index ${kb(s.indexBytes)} KB (${kb(s.indexBytesPerPage)} KB/page)`);
console.log('\nWritten to tests/bench/report.json');
