/**
 * The chart files the build draws with Chart.js: the SVG the page shows (narrow and wide, light
 * and dark in one file), the 1600 × 1000 slide PNG and the 1200 × 630 link preview, with text in
 * the repository's font.
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { createCanvas, GlobalFonts, loadImage, SvgExportFlag } from '@napi-rs/canvas';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { drawChartPreview, drawChartSlide, DARK, LIGHT } from '../../src/build-images/chart';
import { IMAGE_FONT, registerImageFont } from '../../src/build-images/canvas';
import { CHART_SIZES } from '../../src/components/chart/config';
import type { ChartSpec } from '../../src/components/chart/spec';
import { formatNumber } from '../../src/utils/format';

type Figure = Omit<ChartSpec, 'source' | 'address'>;
const figures = load(readFileSync('content/diagram.yaml', 'utf8')) as Figure[];
const budgets = JSON.parse(readFileSync('tests/bench/budgets.json', 'utf8'));

/** Width, height and decoded pixels of a PNG file of the build. */
async function png(file: string) {
  const bytes = readFileSync(file);
  expect(bytes.subarray(1, 4).toString('ascii'), `${file} is a PNG`).toBe('PNG');
  const image = await loadImage(bytes);
  const canvas = createCanvas(image.width, image.height);
  const ctx = canvas.getContext('2d');
  ctx.drawImage(image, 0, 0);
  const pixel = (x: number, y: number) => [...ctx.getImageData(x, y, 1, 1).data];
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20), pixel };
}

describe('chart PNGs', () => {
  for (const f of figures) {
    it(`/diagram/${f.id}.png: 1600 × 1000, on white, with something drawn`, async () => {
      const { width, height, pixel } = await png(`dist/diagram/${f.id}.png`);
      expect(width).toBeGreaterThanOrEqual(1600);
      expect([width, height]).toEqual([1600, 1000]);
      for (const [x, y] of [[2, 2], [1597, 2], [2, 997], [1597, 997]]) expect(pixel(x!, y!), `corner ${x},${y}`).toEqual([255, 255, 255, 255]);
      // The bars, in the site's bar colour, just above the axis.
      const bars = [...Array(1600).keys()].filter((x) => pixel(x, 600).join() === [11, 93, 71, 255].join());
      expect(bars.length).toBeGreaterThan(200);
    });
    it(`/diagram/${f.id}-forhandsvisning.png: the link preview, 1200 × 630`, async () => {
      const { width, height, pixel } = await png(`dist/diagram/${f.id}-forhandsvisning.png`);
      expect([width, height]).toEqual([1200, 630]);
      expect(pixel(2, 2)).toEqual([255, 255, 255, 255]);
      expect(pixel(2, 627)).toEqual([11, 93, 71, 255]); // the band in the site's brand colour
    });
  }
});

describe('chart SVGs', () => {
  const css = readFileSync('src/styles/global.css', 'utf8');
  const fontStack = css.match(/--font-sans:\s*([^;]+);/)![1]!.trim().replace(/"/g, "'");
  for (const f of figures) {
    for (const [name, size] of Object.entries(CHART_SIZES)) {
      const path = `/diagram/${f.id}${size.suffix}.svg`;
      it(`${path} (${name}): its size, every number as text in the page's fonts, dark colours inside, small`, () => {
        const svg = readFileSync(`dist${path}`, 'utf8');
        expect(svg).toMatch(new RegExp(`^<svg [^>]*width="${size.width}" height="${size.height}" viewBox="0 0 ${size.width} ${size.height}"`));
        const texts = [...svg.matchAll(/<text [^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);
        for (const p of f.points) {
          expect(texts).toContain(p.label);
          expect(texts).toContain(formatNumber(p.value, f.decimals));
        }
        // Labels are text in the page's font stack, not outlines, and not in the measuring font.
        expect(svg).toContain(`<g font-family="${fontStack}"><text `);
        expect(svg).not.toContain(IMAGE_FONT);
        expect(svg).not.toMatch(/<text [^>]*font-family/);
        expect(svg).toContain('<style>@media screen and (prefers-color-scheme:dark){');
        expect(svg).toContain('[fill="#0b5d47" i]{fill:#8fe0c6}');
        expect(gzipSync(svg, { level: 9 }).length).toBeLessThanOrEqual(budgets.chartPage.svgGzip);
      });
    }
  }

  it('draws in the site colours of src/styles/global.css, light and dark', () => {
    const light = (name: string) => css.match(new RegExp(`--color-${name}:\\s*(#[0-9a-f]{6})`))![1];
    const darkBlock = css.match(/prefers-color-scheme: dark\)\s*\{\s*:root\s*\{([^}]*)\}/)![1]!;
    const dark = (name: string) => darkBlock.match(new RegExp(`--${name}:\\s*(#[0-9a-f]{6})`))![1];
    expect(LIGHT).toEqual({ ink: light('ink'), muted: light('muted'), line: light('line'), bar: light('link'), paper: light('paper') });
    expect(DARK).toEqual({ ink: dark('ink'), muted: dark('muted'), line: dark('line'), bar: dark('link'), paper: dark('paper') });
  });
});

describe('the repository font in the PNGs', () => {
  const f = figures[0]!;
  const spec: ChartSpec = { ...f, source: 'Källa: Region Kronoberg, åäö ÅÄÖ 11\u00a0900.', address: 'https://example.se/diagram/x/' };

  it('is registered under the image font name, regular and bold', () => {
    registerImageFont();
    const family = GlobalFonts.families.find((fam) => fam.family === IMAGE_FONT);
    expect(family?.styles.map((s) => s.weight).sort()).toEqual([400, 700]);
  });

  // Skia falls back to a system font without a word. Drawn into an SVG canvas, it names the
  // typeface each text was drawn in: every one must be the repository's (DejaVu Sans, the name
  // inside src/build-images/fonts/DejaVuSans*.ttf), which no request for another family gives.
  for (const [name, draw, size] of [['slide', drawChartSlide, [1600, 1000]], ['preview', drawChartPreview, [1200, 630]]] as const) {
    it(`draws every text of the ${name} image`, () => {
      const canvas = createCanvas(size[0], size[1], SvgExportFlag.NoPrettyXML);
      draw(canvas.getContext('2d'), spec);
      const families = [...canvas.getContent().toString('utf8').matchAll(/<text [^>]*font-family="([^"]+)"/g)].map((m) => m[1]);
      expect(families.length).toBeGreaterThan(8);
      expect(new Set(families)).toEqual(new Set(['DejaVu Sans']));
    });
  }

  it('differs from what an unknown family falls back to', () => {
    const ctx = createCanvas(10, 10).getContext('2d');
    registerImageFont();
    const width = (family: string) => {
      ctx.font = `40px ${family}`;
      return ctx.measureText('Åäö 11\u00a0900 kronobergaren').width;
    };
    const sample = createCanvas(600, 100, SvgExportFlag.NoPrettyXML);
    const s = sample.getContext('2d');
    s.font = '40px "No such family at all"';
    s.fillText('x', 0, 50);
    const fallback = sample.getContent().toString('utf8').match(/font-family="([^"]+)"/)![1];
    expect(fallback, 'this machine falls back to the repository font; the test above cannot tell them apart').not.toBe('DejaVu Sans');
    expect(width(`"${IMAGE_FONT}"`)).not.toBe(width('"No such family at all"'));
  });
});
