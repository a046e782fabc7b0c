/**
 * Byte budgets (gzip, deterministic): text pages ≤ 30 KB first load with ≤ 5 KB JavaScript; chart
 * pages ≤ 100 KB with the chart code; the first search at most 15 % more than before Swedish search.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { builtPages } from '../support/site';
import { pageWeight, searchWeight } from '../bench/weight.mjs';

const budgets = JSON.parse(readFileSync('tests/bench/budgets.json', 'utf8'));

describe('page weight budgets', () => {
  for (const { path, file } of builtPages('dist')) {
    it(path, () => {
      const w = pageWeight('dist', '/', file);
      expect(w.total.gzip, 'first load').toBeLessThanOrEqual(budgets.textPage.firstLoadGzip);
      expect(w.js.gzip, 'JavaScript before interaction').toBeLessThanOrEqual(budgets.textPage.javascriptGzip);
      if (w.hasChart) {
        expect(w.onDemandJs.gzip, 'chart code arrives on demand').toBeGreaterThan(10_000);
        expect(w.total.gzip + w.onDemandJs.gzip, 'with the chart code').toBeLessThanOrEqual(budgets.chartPage.totalGzip);
      }
    });
  }

  it('the first search, with the word list, adds at most 15 % to what it cost before', () => {
    const { withWordList } = searchWeight('dist');
    expect(withWordList).toBeLessThanOrEqual(budgets.search.firstSearchGzipBefore * (1 + budgets.search.maxGrowth));
  });

  it('uses no web font and every image has its size', () => {
    const files = readdirSync('dist', { recursive: true, encoding: 'utf8' }) as string[];
    expect(files.filter((f) => /\.(woff2?|ttf|otf|eot)$/.test(f))).toEqual([]);
    const css = files.filter((f) => f.endsWith('.css')).map((f) => readFileSync(`dist/${f}`, 'utf8')).join('');
    expect(css).not.toContain('@font-face');
    for (const { file } of builtPages('dist')) {
      for (const img of readFileSync(file, 'utf8').match(/<img\b[^>]*>/g) ?? []) expect(img).toMatch(/width="\d+"[\s\S]*height="\d+"|height="\d+"[\s\S]*width="\d+"/);
    }
  });
});
