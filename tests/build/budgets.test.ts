/**
 * Byte budgets (gzip, deterministic): text pages ≤ 30 KB first load with ≤ 5 KB JavaScript; chart
 * pages ≤ 100 KB with the chart code; /hela-strategin/, the whole text on one page, ≤ 60 KB.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { attributeValues } from '../../src/integrations/built-site';
import { builtPages, readHtml } from '../support/site';
import { pageWeight } from '../bench/weight.mjs';

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
        expect(w.onDemandJs.gzip, 'chart code arrives on demand').toBeGreaterThan(10_000);
        expect(w.total.gzip + w.onDemandJs.gzip, 'with the chart code').toBeLessThanOrEqual(budgets.chartPage.totalGzip);
      }
    });
  }

  it('uses no web font', () => {
    const files = readdirSync('dist', { recursive: true, encoding: 'utf8' }) as string[];
    expect(files.filter((f) => /\.(woff2?|ttf|otf|eot)$/.test(f))).toEqual([]);
    const css = files.filter((f) => f.endsWith('.css')).map((f) => readFileSync(`dist/${f}`, 'utf8')).join('');
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
