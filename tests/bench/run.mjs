// npm run bench: builds once, serves dist/ on loopback, and prints (and writes to
// tests/bench/report.json) page weights, Lighthouse scores (median and worst of --runs, default 3),
// search timings, what goes over the wire through nginx (wire.mjs), the handouts (the PDF's bytes
// and pages, the deck's bytes, the build time each adds), what sharing adds (sharing.mjs), build
// times and how the build scales with content. Budgets come from tests/bench/budgets.json.
// Timings are printed, never asserted.
//   --charts     only the pages with a chart (no search timings, no scale builds)
//   --runs N     Lighthouse runs per page (default 3)
//   --no-scale   skip the builds with the context chapter copied ×10 and ×50
//   --search     the search only (its query set's hit rate per kind, timings, the first search's bytes)
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from '@playwright/test';
import lighthouse from 'lighthouse';
import { PDFDocument } from 'pdf-lib';
import { HANDOUTS } from '../../src/handouts/names.ts';
import { builtPages, isRedirect } from '../../src/integrations/built-site.ts';
import { chromiumArgs, chromiumExecutable } from '../support/browser.ts';
import { copyProject } from '../support/project-copy.ts';
import { pageWeight, searchWeight } from './weight.mjs';
import { querySet, ratesByKind, runQuerySet, searchFor } from '../support/relevance.ts';
import { measureThroughNginx, printWire } from './wire.mjs';
import { imagesMs, qrFiles, qrVersion, sharingOnPage } from './sharing.mjs';
import { load } from 'js-yaml';

const root = resolve('.');
const budgets = JSON.parse(readFileSync('tests/bench/budgets.json', 'utf8'));
// Two checkouts on one machine can bench side by side: BENCH_PORT=4331 BENCH_DEBUG_PORT=9230 npm run bench
const PORT = Number(process.env.BENCH_PORT ?? 4330);
const DEBUG_PORT = Number(process.env.BENCH_DEBUG_PORT ?? 9229);
const origin = `http://127.0.0.1:${PORT}`;
const chartsOnly = process.argv.includes('--charts');
const searchOnly = process.argv.includes('--search');
const skipScale = chartsOnly || searchOnly || process.argv.includes('--no-scale');
const runs = Number(process.argv[process.argv.indexOf('--runs') + 1]) || 3;
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
  return { ms: Math.round(ms), indexMs: index, pdfMs: pdf, deckMs: deck, images: imagesMs(run.stdout) };
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
// The pages a reader reads: not the 404 page, nor the short addresses' redirect pages.
const pages = searchOnly ? [] : builtPages('dist').filter((p) => !p.path.endsWith('404.html') && !isRedirect(readFileSync(p.file, 'utf8')) && (!chartsOnly || readFileSync(p.file, 'utf8').includes('<chart-figure')));
const pdfFile = join('dist', HANDOUTS.pdf.file);
const handouts = {
  pdfBytes: statSafe(pdfFile)?.size,
  pdfPages: statSafe(pdfFile) ? (await PDFDocument.load(readFileSync(pdfFile), { updateMetadata: false })).getPageCount() : undefined,
  pdfMs: build.pdfMs,
  deckBytes: statSafe(join('dist', HANDOUTS.pptx.file))?.size,
  deckMs: build.deckMs,
};

// What sharing adds: per page, and the QR codes. The versions are for a publishing address (the
// length of the real domain is not known yet; this one is as long as a likely one).
const PUBLIC = 'https://narmarekronobergaren.example.se';
const shortRecord = load(readFileSync('content/kortadresser.yaml', 'utf8'));
const sharing = {
  pages: pages.map((p) => ({ path: p.path, ...sharingOnPage(p.file, pageWeight('dist', '/', p.file).jsFiles) })),
  qr: qrFiles('dist'),
  versions: shortRecord.map((r) => ({ short: qrVersion(PUBLIC + r.from), full: qrVersion(PUBLIC + r.to) })),
  images: build.images,
};

// 2. Serve and measure in a browser
const server = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'preview', '--port', String(PORT), '--host', '127.0.0.1'], { stdio: 'ignore' });
// Wait until the server answers (a busy machine may take a while to start it).
for (let tries = 0; ; tries++) {
  if (await fetch(origin).then((r) => r.ok, () => false)) break;
  if (tries > 120) throw new Error(`astro preview did not answer on ${origin}`);
  await new Promise((r) => setTimeout(r, 500));
}
// Playwright turns the back/forward cache off for tests; a reader's browser has it on, and
// Lighthouse's bf-cache audit should judge the pages, not that switch.
const browser = await chromium.launch({
  executablePath: chromiumExecutable(),
  args: [...chromiumArgs, `--remote-debugging-port=${DEBUG_PORT}`],
  ignoreDefaultArgs: ['--disable-back-forward-cache'],
});
const report = { date: new Date().toISOString(), build, handouts, pages: [], search: {}, scale: [], sharing };

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

    // Lighthouse (mobile: simulated slow 4G and a 4× slower CPU) several times: its scores vary
    // with the machine's load, so the median is the figure and the worst run is shown beside it.
    const lhRuns = [];
    for (let i = 0; i < runs; i++) {
      const lh = await lighthouse(origin + path, { port: DEBUG_PORT, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'] });
      const { categories, audits } = lh.lhr;
      lhRuns.push({
        ...Object.fromEntries(Object.entries(categories).map(([k, c]) => [k, Math.round((c.score ?? 0) * 100)])),
        lcpMs: Math.round(audits['largest-contentful-paint'].numericValue),
        cls: audits['cumulative-layout-shift'].numericValue,
        tbtMs: Math.round(audits['total-blocking-time'].numericValue),
        failedAudits: Object.values(audits).filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === 'binary').map((a) => a.id),
      });
    }
    const median = (key) => lhRuns.map((r) => r[key]).sort((a, b) => a - b)[Math.floor(lhRuns.length / 2)];
    const worst = (key, higherIsBetter) => (higherIsBetter ? Math.min : Math.max)(...lhRuns.map((r) => r[key]));
    const categories = ['performance', 'accessibility', 'best-practices', 'seo'];
    const scores = Object.fromEntries(categories.map((k) => [k, median(k)]));
    const worstScores = Object.fromEntries(categories.map((k) => [k, worst(k, true)]));
    const failed = [...new Set(lhRuns.flatMap((r) => r.failedAudits))];
    const isChart = weight.hasChart;
    const within = isChart
      ? weight.total.gzip + weight.onDemandJs.gzip <= budgets.chartPage.totalGzip && weight.js.gzip <= budgets.textPage.javascriptGzip
      : weight.total.gzip <= (path === budgets.wholeStrategyPage.path ? budgets.wholeStrategyPage : budgets.textPage).firstLoadGzip && weight.js.gzip <= budgets.textPage.javascriptGzip;
    const lhWithin = Object.entries(budgets.lighthouse).every(([k, v]) => worstScores[k] >= v);
    report.pages.push({
      path,
      bytes: weight,
      requests: firstRequests,
      jsAfterScrollGzip: jsAfterScroll,
      lighthouse: {
        ...scores,
        lcpMs: median('lcpMs'),
        cls: median('cls'),
        tbtMs: median('tbtMs'),
        worst: { ...worstScores, lcpMs: worst('lcpMs', false), cls: worst('cls', false), tbtMs: worst('tbtMs', false) },
        runs: lhRuns,
        failedAudits: failed,
      },
      withinBudget: within && lhWithin,
    });
    process.stdout.write('.');
  }
  console.log();

  // 3. Search: index size, time from query to first results, cold (new page) and warm.
  if (!chartsOnly) await measureSearch();
  // 4. Through nginx (deploy/nginx.conf): bytes over the wire of a first visit, the cache on a second.
  if (!chartsOnly && !searchOnly) report.wire = await measureThroughNginx(browser);
} finally {
  await browser.close();
  server.kill();
}

async function measureSearch() {
  // 3. Search: the query set's hit rate per kind; time from the end of typing (the 120 ms pause)
  // to results on screen, warm, over the query set; cold and warm per query including the pause;
  // the first search's bytes, from the build and as requested.
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${origin}/sok/`);
  const relevance = await runQuerySet(page);
  // Warm: every query after the first, which also loaded the index.
  const warm = relevance.outcomes.slice(1).map((o) => ({ kind: o.q.kind, query: o.q.query, ms: o.ms }));
  await context.close();

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
    const warmMs = await measure(q);
    timings.push({ query: q, coldMs: cold, warmMs });
    await context.close();
  }

  /** Bytes (gzip, as served) a fresh visitor's first search requests, by the files in dist/. */
  const firstSearchRequests = async (query) => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${origin}/sok/`, { waitUntil: 'networkidle' });
    const urls = [];
    page.on('requestfinished', (r) => urls.push(new URL(r.url()).pathname));
    await searchFor(page, query);
    await page.waitForLoadState('networkidle');
    await context.close();
    const file = (path) => join('dist', decodeURIComponent(path));
    const bytes = (f) => (/\.(pagefind|pf_\w+)$/.test(f) ? statSync(f).size : pageWeight.gzipOf(f));
    return { query, requests: urls.length, gzip: urls.map(file).filter((f) => statSafe(f)?.isFile()).reduce((t, f) => t + bytes(f), 0) };
  };
  const requested = [await firstSearchRequests('fast vårdkontakt'), await firstSearchRequests('kontinutet')];

  const sorted = warm.map((w) => w.ms).sort((a, b) => a - b);
  const at = (p) => Math.round(sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]);
  report.search = {
    indexBytes: dirSize('dist/pagefind'),
    wordsChunkBytes: readdirSync('dist/pagefind/index').reduce((t, f) => t + statSync(join('dist/pagefind/index', f)).size, 0),
    relevance: { rates: ratesByKind(relevance.outcomes), misses: relevance.outcomes.filter((o) => !o.hit).map((o) => ({ kind: o.q.kind, query: o.q.query, top: o.hits.map((h) => h[0]) })), absentWithResults: relevance.absent.filter((a) => a.results.length) },
    warm: {
      medianMs: at(0.5),
      p95Ms: at(0.95),
      maxMs: Math.round(sorted.at(-1)),
      goalMs: 50,
      medianByKind: Object.fromEntries(Object.keys(querySet.kinds).map((kind) => {
        const ms = warm.filter((w) => w.kind === kind).map((w) => w.ms).sort((a, b) => a - b);
        return [kind, Math.round(ms[Math.floor(ms.length / 2)])];
      })),
      perQuery: warm,
    },
    timings,
    bytes: { before: budgets.search.firstSearchGzipBefore, after: searchWeight('dist'), requested },
    note: 'warm: from the end of the 120 ms pause in typing to results on screen; timings per query include the pause',
  };
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
console.log(`${pad('page', 44)}${lpad('HTML', 6)}${lpad('CSS', 6)}${lpad('JS', 6)}${lpad('img', 5)}${lpad('font', 5)}${lpad('gz', 7)}${lpad('br', 7)}${lpad('req', 5)}${lpad('JS↓', 6)}  LH perf/a11y/bp/seo (worst)   LCP   CLS   TBT (worst)  budget`);
for (const p of report.pages) {
  const b = p.bytes;
  const l = p.lighthouse;
  console.log(
    `${pad(p.path, 44)}${lpad(kb(b.html.gzip), 6)}${lpad(kb(b.css.gzip), 6)}${lpad(kb(b.js.gzip), 6)}${lpad(kb(b.images.gzip), 5)}${lpad(kb(b.fonts.gzip), 5)}${lpad(kb(b.total.gzip), 7)}${lpad(kb(b.total.brotli), 7)}${lpad(p.requests, 5)}${lpad(kb(p.jsAfterScrollGzip), 6)}  ${pad(`${l.performance}/${l.accessibility}/${l['best-practices']}/${l.seo} (${l.worst.performance}/${l.worst.accessibility}/${l.worst['best-practices']}/${l.worst.seo})`, 28)}${lpad(l.lcpMs, 5)}${lpad(l.cls.toFixed(3), 6)}${lpad(l.tbtMs, 5)}${lpad(`(${l.worst.tbtMs})`, 8)}  ${p.withinBudget ? 'within' : 'OVER'}${l.failedAudits.length ? `  (${l.failedAudits.join(', ')})` : ''}`,
  );
}
console.log(`(KB, gzip unless "br"; JS↓ = JavaScript after scrolling to the end, gzip; Lighthouse mobile, median of ${runs} runs, the worst in brackets; LCP and TBT in ms)`);
// --charts measures no search.
if (report.search.relevance) {
  const search = report.search;
  console.log(`\nSearch: index ${kb(search.indexBytes)} KB on disk (fetched in parts on demand), word chunks ${kb(search.wordsChunkBytes)} KB`);
  console.log(`Query set (tests/fixtures/search-queries.json): right page and section in the top three`);
  for (const r of search.relevance.rates) console.log(`  ${pad(r.kind, 12)}${lpad(`${r.hits}/${r.of}`, 7)}${lpad(r.rate, 7)}`);
  for (const m of search.relevance.misses) console.log(`  miss (${m.kind}): "${m.query}" → ${m.top.join(', ') || 'nothing'}`);
  console.log(`  words not on the site that still show pages: ${search.relevance.absentWithResults.length ? search.relevance.absentWithResults.map((a) => a.query).join(', ') : 'none'}`);
  console.log(`Warm, end of typing to results (pause excluded), each query of the set new: median ${search.warm.medianMs} ms, 95th percentile ${search.warm.p95Ms} ms, max ${search.warm.maxMs} ms (goal ≤ ${search.warm.goalMs} ms)`);
  console.log(`  median by kind: ${Object.entries(search.warm.medianByKind).map(([k, ms]) => `${k} ${ms} ms`).join(', ')}`);
  for (const t of search.timings) console.log(`  ${pad(`"${t.query}"`, 26)} cold ${lpad(t.coldMs, 5)} ms   warm ${lpad(t.warmMs, 4)} ms (with the 120 ms pause)`);
  const b = search.bytes;
  const growth = (n) => `${n >= b.before ? '+' : ''}${((100 * (n - b.before)) / b.before).toFixed(1)} %`;
  console.log(`First search, gzip: before ${kb(b.before)} KB; now ${kb(b.after.firstSearch)} KB (${growth(b.after.firstSearch)}), with the word list ${kb(b.after.withWordList)} KB (${growth(b.after.withWordList)}; goal ≤ +15 %)`);
  console.log(`  script ${kb(b.after.script)}, Pagefind script+worker ${kb(b.after.pagefindJs)}, WebAssembly ${kb(b.after.wasm)}, index ${kb(b.after.index)}, fragments ${kb(b.after.fragments)}, word list ${kb(b.after.wordList)} KB`);
  for (const r of b.requested) console.log(`  requested by a first search for "${r.query}": ${r.requests} requests, ${kb(r.gzip)} KB`);
}
if (report.wire) printWire(report.wire);
else if (!searchOnly && !chartsOnly) console.log('\nnginx is not installed: no figures through deploy/nginx.conf.');
console.log(`\nSharing (gzip, from the build): "Dela" markup, link-preview tags and the share script on first load`);
for (const p of sharing.pages) console.log(`  ${pad(p.path, 44)}${lpad(p.panels, 3)} panels ${lpad(kb(p.markupGzip), 6)} KB markup ${lpad(kb(p.previewTagsGzip), 5)} KB preview tags ${lpad(kb(p.scriptGzip), 5)} KB script`);
const sum = (key) => sharing.pages.reduce((t, p) => t + p[key], 0);
console.log(`  per page on average: ${kb((sum('markupGzip') + sum('previewTagsGzip') + sum('scriptGzip')) / sharing.pages.length)} KB`);
console.log(`  QR codes: ${sharing.qr.count} SVGs, ${kb(sharing.qr.svgGzipMin)}–${kb(sharing.qr.svgGzipMax)} KB gzip (median ${kb(sharing.qr.svgGzipMedian)} KB), fetched when a panel opens`);
const range = (xs) => `${Math.min(...xs)}–${Math.max(...xs)}`;
console.log(`  QR version at ${PUBLIC}: short addresses ${range(sharing.versions.map((v) => v.short.version))} (${range(sharing.versions.map((v) => v.short.modules))} modules per side), their full section addresses ${range(sharing.versions.map((v) => v.full.version))} (${range(sharing.versions.map((v) => v.full.modules))} modules)`);
if (sharing.images) console.log(`  images drawn by the build: ${sharing.images.previews} link previews and ${sharing.images.qrCodes} QR codes in ${sharing.images.ms} ms (${sharing.images.cpuMs} ms CPU)`);
for (const s of report.scale) console.log(`Scale ×${s.factor}: ${s.pages} pages, build ${s.buildMs} ms, index ${s.indexMs} ms, PDF ${s.pdfMs} ms, index ${kb(s.indexBytes)} KB (${kb(s.indexBytesPerPage)} KB/page)`);
console.log('\nWritten to tests/bench/report.json');
