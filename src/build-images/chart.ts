/**
 * Charts drawn at build time, by Chart.js itself (its BasicPlatform, no DOM) into @napi-rs/canvas,
 * from the same configuration the browser uses (`src/components/chart/config.ts`):
 *
 * - `renderChartSvg`: the SVG the page shows before anyone reaches for the chart. Shapes come
 *   from Skia's SVG export; the labels are written as `<text>` in the page's own font stack
 *   (not as outlines), so the file stays small and the text is the reader's. Dark colours switch
 *   inside the file with `prefers-color-scheme`.
 * - `renderChartPng`: 1600 × 1000 on white with the title, the chart and the source line with the
 *   chart page's address, for slides.
 * - `drawChartInto` / `renderChartPreviewPng`: the chart in any box of any canvas, and the chart
 *   page's 1200 × 630 link-preview image.
 *
 * Text in the PNGs is drawn in the repository's font (canvas.ts); text in the SVG is measured in
 * that font, which is wider than the usual system fonts, and the layout leaves room besides.
 */
import { createCanvas, SvgExportFlag, type SKRSContext2D } from '@napi-rs/canvas';
import { BarController, BarElement, CategoryScale, Chart, LinearScale, Title } from 'chart.js';
import { chartConfig, CHART_SIZES, type ChartSizeName, type Palette } from '../components/chart/config';
import type { ChartSpec } from '../components/chart/spec';
import { site } from '../config/site';
import globalCss from '../styles/global.css?raw';
import { fitTitle, font, IMAGE_FONT, type Box, imageColours, paperWithBand, rasterCanvas, registerImageFont, wrapText } from './canvas';
import { PREVIEW_HEIGHT, PREVIEW_WIDTH } from './preview-size';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Title);

/** The site's chart colours on paper: the light scheme of src/styles/global.css. */
export const LIGHT: Palette = { ink: imageColours.ink, muted: imageColours.muted, line: imageColours.line, bar: imageColours.brand, paper: imageColours.paper };
/** The dark scheme of src/styles/global.css (--ink, --muted, --line, --link, --paper), for the SVG in dark mode. */
export const DARK: Palette = { ink: '#e8ecea', muted: '#b7c2bd', line: '#3d4a46', bar: '#8fe0c6', paper: '#121716' };

/** A label Chart.js drew, as it asked for it: where, how aligned, in which font and colour. */
interface DrawnText {
  text: string;
  matrix: { a: number; b: number; c: number; d: number; e: number; f: number };
  x: number;
  y: number;
  align: string;
  baseline: string;
  font: string;
  fill: string;
}

/**
 * The context Chart.js is given: `ctx` seen as a canvas of the box's size. Chart.js resets the
 * transform and clears its whole canvas before drawing; here that means the box, and clearing
 * is left out (whoever owns the canvas has painted its background). `onText` takes the labels
 * instead of drawing them.
 */
function boxedContext(ctx: SKRSContext2D, box: Box, onText?: (text: DrawnText) => void) {
  const canvas = { width: box.width, height: box.height, getContext: () => proxy };
  const overrides: Record<PropertyKey, unknown> = {
    canvas,
    resetTransform: () => ctx.setTransform(1, 0, 0, 1, box.x, box.y),
    setTransform: (a: number, b: number, c: number, d: number, e: number, f: number) => ctx.setTransform(a, b, c, d, e + box.x, f + box.y),
    clearRect: () => undefined,
  };
  if (onText) {
    overrides.fillText = (text: string, x: number, y: number) => {
      const { a, b, c, d, e, f } = ctx.getTransform();
      onText({ text, x, y, matrix: { a, b, c, d, e, f }, align: ctx.textAlign, baseline: ctx.textBaseline, font: ctx.font, fill: String(ctx.fillStyle) });
    };
  }
  const proxy: SKRSContext2D = new Proxy(ctx, {
    get(target, key) {
      if (key in overrides) return overrides[key];
      const value = Reflect.get(target, key, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
    set: (target, key, value) => Reflect.set(target, key, value, target),
  });
  return canvas;
}

const measurer = () => rasterCanvas(1, 1).ctx;

/**
 * Draws the chart into `box` of any 2D context, the way the site draws it. `scale` sets the size
 * of text and details (1 = as in the wide SVG); by default it grows with the box's width.
 */
export function drawChartInto(
  ctx: SKRSContext2D,
  spec: ChartSpec,
  box: Box,
  palette: Palette = LIGHT,
  options: { scale?: number; onText?: (text: DrawnText) => void } = {},
): void {
  registerImageFont();
  const measure = measurer();
  const config = chartConfig(spec, palette, {
    scale: options.scale ?? box.width / CHART_SIZES.wide.width,
    family: `"${IMAGE_FONT}"`,
    width: box.width,
    measure: (text, css) => {
      measure.font = css;
      return measure.measureText(text).width;
    },
  });
  config.options = { ...config.options, devicePixelRatio: 1 };
  ctx.save();
  const chart = new Chart(boxedContext(ctx, box, options.onText) as unknown as HTMLCanvasElement, config);
  chart.destroy();
  ctx.restore();
}

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const round = (n: number) => String(Math.round(n * 10) / 10);

/** The page's font stack (`--font-sans` in src/styles/global.css), which the SVG's labels use. */
function pageFontStack(): string {
  const stack = globalCss.match(/--font-sans:\s*([^;]+);/)?.[1];
  if (!stack) throw new Error('src/styles/global.css: --font-sans is missing; the chart SVGs take their font from it.');
  return stack.trim().replace(/"/g, "'");
}

const ANCHOR: Record<string, string> = { left: 'start', start: 'start', center: 'middle', right: 'end', end: 'end' };
const BASELINE: Record<string, string> = { top: 'text-before-edge', hanging: 'text-before-edge', middle: 'central', bottom: 'text-after-edge' };

function textElement(t: DrawnText): string {
  const { a, b, c, d, e, f } = t.matrix;
  const translated = a === 1 && b === 0 && c === 0 && d === 1;
  const size = t.font.match(/([\d.]+)px/)?.[1] ?? '14';
  const bold = /\b(bold|[6-9]00)\b/.test(t.font);
  const attributes = [
    `x="${round(translated ? t.x + e : t.x)}"`,
    `y="${round(translated ? t.y + f : t.y)}"`,
    translated ? '' : `transform="matrix(${[a, b, c, d, e, f].map(round).join(' ')})"`,
    `font-size="${round(Number(size))}"`,
    bold ? 'font-weight="700"' : '',
    ANCHOR[t.align] && ANCHOR[t.align] !== 'start' ? `text-anchor="${ANCHOR[t.align]}"` : '',
    BASELINE[t.baseline] ? `dominant-baseline="${BASELINE[t.baseline]}"` : '',
    `fill="${t.fill}"`,
  ];
  return `<text ${attributes.filter(Boolean).join(' ')}>${escapeXml(t.text)}</text>`;
}

/** CSS that repaints the light colours in the dark ones, on screen when the reader prefers dark. */
function darkStyle(svg: string): string {
  const rules = (Object.keys(LIGHT) as (keyof Palette)[]).flatMap((role) =>
    ['fill', 'stroke']
      .filter((attribute) => new RegExp(`${attribute}="${LIGHT[role]}"`, 'i').test(svg))
      .map((attribute) => `[${attribute}="${LIGHT[role]}" i]{${attribute}:${DARK[role]}}`),
  );
  return `<style>@media screen and (prefers-color-scheme:dark){${rules.join('')}}</style>`;
}

/** The chart as an SVG file at one of its sizes (`CHART_SIZES`), light and dark in one file. */
export function renderChartSvg(spec: ChartSpec, size: ChartSizeName): string {
  const { width, height } = CHART_SIZES[size];
  registerImageFont();
  const canvas = createCanvas(width, height, SvgExportFlag.NoPrettyXML);
  const texts: DrawnText[] = [];
  drawChartInto(canvas.getContext('2d'), spec, { x: 0, y: 0, width, height }, LIGHT, { scale: 1, onText: (t) => texts.push(t) });
  const shapes = canvas
    .getContent()
    .toString('utf8')
    .replace(/^[\s\S]*?<svg[^>]*>/, '')
    .replace(/<\/svg>\s*$/, '')
    .replace(/ stroke-miterlimit="[\d.]+"/g, '')
    .replace(/\d+\.\d+/g, (n) => round(Number(n)))
    .replace(/<path fill="none" stroke="([^"]+)" stroke-width="([\d.]+)" d="M([\d.]+) ([\d.]+)L([\d.]+) \4"\/>/g, '<path stroke="$1" stroke-width="$2" d="M$3 $4H$5"/>');
  const body =
    `<rect width="${width}" height="${height}" fill="${LIGHT.paper}"/>${shapes}` +
    `<g font-family="${pageFontStack()}">${texts.map(textElement).join('')}</g>`;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">` +
    `<title>${escapeXml(spec.title)}</title>${darkStyle(body)}${body}</svg>`
  );
}

/** Draws lines of text from `y` downwards; returns where the next line would start. */
function drawLines(ctx: SKRSContext2D, lines: string[], x: number, y: number, lineHeight: number): number {
  ctx.textBaseline = 'top';
  lines.forEach((line, i) => ctx.fillText(line, x, y + i * lineHeight));
  return y + lines.length * lineHeight;
}

/** The source line's text and the chart page's address, as drawn under the chart. */
const sourceLines = (ctx: SKRSContext2D, spec: ChartSpec, width: number) => [...wrapText(ctx, spec.source, width), spec.address];

/** Draws the slide PNG's content (1600 × 1000) into a context: title, chart, source and address. */
export function drawChartSlide(ctx: SKRSContext2D, spec: ChartSpec): void {
  const W = 1600;
  const H = 1000;
  const margin = 72;
  const inner = W - 2 * margin;
  ctx.fillStyle = LIGHT.paper;
  ctx.fillRect(0, 0, W, H);
  ctx.fillStyle = LIGHT.ink;
  ctx.font = font(52, 700);
  const top = drawLines(ctx, wrapText(ctx, spec.title, inner), margin, margin, 64);
  ctx.font = font(26);
  const source = sourceLines(ctx, spec, inner);
  const sourceTop = H - 56 - source.length * 36;
  ctx.fillStyle = LIGHT.muted;
  drawLines(ctx, source, margin, sourceTop, 36);
  drawChartInto(ctx, spec, { x: margin, y: top + 32, width: inner, height: sourceTop - 40 - (top + 32) });
}

/** The slide PNG: 1600 × 1000 on white. */
export function renderChartPng(spec: ChartSpec): Buffer {
  const { canvas, ctx } = rasterCanvas(1600, 1000);
  drawChartSlide(ctx, spec);
  return canvas.toBuffer('image/png');
}

/** Draws the chart page's link preview (1200 × 630) into a context: title, chart, the site's name and owner. */
export function drawChartPreview(ctx: SKRSContext2D, spec: ChartSpec): void {
  const [W, H] = [PREVIEW_WIDTH, PREVIEW_HEIGHT];
  const [margin, band] = [56, 84];
  paperWithBand(ctx, W, H, { top: H - band, height: band });
  ctx.font = font(30, 700);
  ctx.fillText(site.name, margin, H - band / 2);
  ctx.font = font(26);
  ctx.textAlign = 'right';
  ctx.fillText(site.owner, W - margin, H - band / 2);
  ctx.textAlign = 'left';
  ctx.fillStyle = LIGHT.ink;
  // The whole title, in at most three lines: a long one gets a smaller size, never cut.
  const { lines, size } = fitTitle(ctx, spec.title, W - 2 * margin, { size: 38, min: 24, step: 2, maxLines: 3 });
  const top = drawLines(ctx, lines, margin, 44, Math.round(size * 1.25));
  drawChartInto(ctx, spec, { x: margin, y: top + 20, width: W - 2 * margin, height: H - band - 24 - (top + 20) });
}

/** The chart page's link preview image, 1200 × 630. */
export function renderChartPreviewPng(spec: ChartSpec): Buffer {
  const { canvas, ctx } = rasterCanvas(PREVIEW_WIDTH, PREVIEW_HEIGHT);
  drawChartPreview(ctx, spec);
  return canvas.toBuffer('image/png');
}
