/**
 * Byte budgets (gzip, deterministic): every page, chart pages included, ≤ 30 KB first load with
 * ≤ 5 KB JavaScript before interaction; Chart.js arrives only on demand, and a chart page with it
 * stays ≤ 100 KB.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { builtPages } from '../support/site';
import { pageWeight } from '../bench/weight.mjs';

const budgets = JSON.parse(readFileSync('tests/bench/budgets.json', 'utf8'));

describe('page weight budgets', () => {
  for (const { path, file } of builtPages('dist')) {
    it(path, () => {
      const w = pageWeight('dist', '/', file);
      expect(w.total.gzip, 'first load').toBeLessThanOrEqual(budgets.textPage.firstLoadGzip);
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

  it('uses no web font and every image has its size', () => {
    const files = readdirSync('dist', { recursive: true, encoding: 'utf8' }) as string[];
    expect(files.filter((f) => /\.(woff2?|ttf|otf|eot)$/.test(f))).toEqual([]);
    // The CSS is inlined in each page (astro.config.mjs), any stylesheet file counts too.
    const inline = builtPages('dist').flatMap(({ file }) => readFileSync(file, 'utf8').match(/<style\b[^>]*>[\s\S]*?<\/style>/g) ?? []);
    const css = [...files.filter((f) => f.endsWith('.css')).map((f) => readFileSync(`dist/${f}`, 'utf8')), ...inline].join('');
    expect(css).toContain('--font-sans');
    expect(css).not.toContain('@font-face');
    for (const { file } of builtPages('dist')) {
      for (const img of readFileSync(file, 'utf8').match(/<img\b[^>]*>/g) ?? []) expect(img).toMatch(/width="\d+"[\s\S]*height="\d+"|height="\d+"[\s\S]*width="\d+"/);
    }
  });
});
