/**
 * Byte budgets (gzip, deterministic): every page, chart pages included, ≤ 30 KB first load with
 * ≤ 5 KB JavaScript before interaction; Chart.js arrives only on demand, and a chart page with it
 * stays ≤ 100 KB.
 * /hela-strategin/, the whole text on one page, has its own budget of 60 KB; the first search costs at
 * most 15 % more than before Swedish search.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { attributeValues } from '../../src/integrations/built-site';
import { builtPages, readHtml } from '../support/site';
import { pageWeight, searchWeight } from '../bench/weight.mjs';

const budgets = JSON.parse(readFileSync('tests/bench/budgets.json', 'utf8'));

/** The <img> elements of an HTML page without a numeric width and height: they move the text as they load. */
function unsizedImages(html: string): string[] {
  return (html.match(/<img\b[^>]*>/gi) ?? []).filter((img) => !['width', 'height'].every((a) => /^\d+$/.test(attributeValues(img, a)[0] ?? '')));
}

describe('page weight budgets', () => {
  for (const { path, file } of builtPages('dist')) {
    it(path, () => {
      const w = pageWeight('dist', '/', file);
      const firstLoad = path === budgets.wholeStrategyPage.path ? budgets.wholeStrategyPage.firstLoadGzip : budgets.textPage.firstLoadGzip;
      expect(w.total.gzip, 'first load').toBeLessThanOrEqual(firstLoad);
      expect(w.js.gzip, 'JavaScript before interaction').toBeLessThanOrEqual(budgets.textPage.javascriptGzip);
      if (w.hasChart) {
        // Chart.js (known by one of its error messages) is in no file of the first load, nor preloaded.
        const isChartJs = (file: string) => readFileSync(file, 'utf8').includes('Canvas is already in use');
        expect(w.jsFiles.filter(isChartJs), 'no chart library before interaction').toEqual([]);
        expect(w.onDemandFiles.filter(isChartJs).length, 'the chart library comes on demand').toBe(1);
        expect(readFileSync(file, 'utf8')).not.toMatch(/<link[^>]+rel="(?:module)?preload"[^>]+chartjs/);
        expect(w.onDemandJs.gzip, 'chart code arrives on demand').toBeGreaterThan(10_000);
        expect(w.total.gzip + w.onDemandJs.gzip, 'with the chart code').toBeLessThanOrEqual(budgets.chartPage.totalGzip);
      }
    });
  }

  it('the first search, with the word list, adds at most 15 % to what it cost before', () => {
    const { withWordList } = searchWeight('dist');
    expect(withWordList).toBeLessThanOrEqual(budgets.search.firstSearchGzipBefore * (1 + budgets.search.maxGrowth));
  });

  it('uses no web font', () => {
    const files = readdirSync('dist', { recursive: true, encoding: 'utf8' }) as string[];
    expect(files.filter((f) => /\.(woff2?|ttf|otf|eot)$/.test(f))).toEqual([]);
    // The CSS is inlined in each page (astro.config.mjs), any stylesheet file counts too.
    const inline = builtPages('dist').flatMap(({ file }) => readFileSync(file, 'utf8').match(/<style\b[^>]*>[\s\S]*?<\/style>/g) ?? []);
    const css = [...files.filter((f) => f.endsWith('.css')).map((f) => readFileSync(`dist/${f}`, 'utf8')), ...inline].join('');
    expect(css).toContain('--font-sans');
    expect(css).not.toContain('@font-face');
  });

  it('every image has its width and height', () => {
    const unsized = builtPages('dist').flatMap(({ path, file }) => unsizedImages(readHtml(file)).map((img) => `${path}: ${img}`));
    expect(unsized).toEqual([]);
  });
});

// There are no images yet: the check above must still be able to fail when they come.
describe('the image size check', () => {
  it('finds the image without a size and passes the one with', () => {
    const html = '<p><img src="/a.png" alt="Stapel" width="1600" height="1000"> <img src="/b.png" alt="Karta" data-width="10"><img src="/c.png" alt="" width="40"></p>';
    expect(unsizedImages(html)).toEqual(['<img src="/b.png" alt="Karta" data-width="10">', '<img src="/c.png" alt="" width="40">']);
  });
});
