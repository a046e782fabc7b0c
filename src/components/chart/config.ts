/**
 * One Chart.js configuration per chart, for every place it is drawn: the browser's interactive
 * canvas (`chartjs.ts`) and the build's SVG and PNG files (`src/build-images/chart.ts`). Pure: it
 * imports only Chart.js's types, so Node and the browser each register the parts they draw with.
 */
import type { ChartConfiguration, Plugin } from 'chart.js';
import { formatNumber } from '../../utils/format';
import { wrapLines } from '../../utils/text';
import type { ChartSpec } from './spec';

/** The colours a chart is drawn in: the site's, light or dark. */
export interface Palette {
  ink: string;
  muted: string;
  line: string;
  bar: string;
  paper: string;
}

/**
 * The drawn sizes of a chart (CSS px). The page shows the narrow drawing below `NARROW_MEDIA`
 * and the wide one above it, each scaled to the column; the canvas that replaces it is laid out
 * at the same proportions, so it looks the same. Files: `/diagram/<id><suffix>.svg`.
 */
export const CHART_SIZES = {
  wide: { width: 640, height: 400, suffix: '' },
  narrow: { width: 288, height: 272, suffix: '-smal' },
} as const;
export type ChartSizeName = keyof typeof CHART_SIZES;
/** When the narrow drawing is shown (also in Chart.astro's CSS, which caps each drawing's width). */
export const NARROW_MEDIA = '(max-width: 39.99rem)';

export interface DrawOptions {
  /** CSS px per drawing px: fonts, paddings and bar widths grow with the chart (1 = as in the SVG). */
  scale: number;
  /** The CSS font-family list the text is drawn in. */
  family: string;
  /** Width of the chart in CSS px, to wrap the measure's title above the plot. */
  width: number;
  /** Measures text in a CSS font (the drawing context's measureText). */
  measure: (text: string, font: string) => number;
}

/** A value as the axis and the labels write it: Swedish, with no-break spaces. */
function number(spec: Pick<ChartSpec, 'decimals'>, value: number): string {
  return formatNumber(value, Number.isInteger(value) ? 0 : spec.decimals);
}

/** The measure and unit, as the title over the value axis: `Antal invånare (invånare)`. */
export const measureTitle = (spec: Pick<ChartSpec, 'measure' | 'unit'>) => (spec.unit ? `${spec.measure} (${spec.unit})` : spec.measure);

/** Writes each value above its bar, so no number depends on reading colour or gridlines. */
function valueLabels(spec: ChartSpec, palette: Palette, font: string, gap: number): Plugin<'bar'> {
  return {
    id: 'valueLabels',
    afterDatasetsDraw(chart) {
      const { ctx } = chart;
      ctx.save();
      ctx.fillStyle = palette.ink;
      ctx.font = font;
      ctx.textAlign = 'center';
      ctx.textBaseline = 'bottom';
      chart.getDatasetMeta(0).data.forEach((bar, i) => {
        const value = spec.points[i]?.value;
        if (value !== undefined) ctx.fillText(number(spec, value), bar.x, bar.y - gap);
      });
      ctx.restore();
    },
  };
}

/**
 * The bar chart: the measure as a title over the plot (horizontal, wrapped, never clipped),
 * bars with their values written above them, the labels under them and a light value grid.
 * Labels are short, and the layout leaves room at the edges, so that a font wider than the one
 * measured still fits.
 */
export function chartConfig(spec: ChartSpec, palette: Palette, o: DrawOptions): ChartConfiguration<'bar'> {
  const px = (n: number) => Math.round(n * o.scale * 100) / 100;
  const fontOf = (size: number, weight: 'normal' | 'bold' = 'normal') => ({ family: o.family, size: px(size), weight, lineHeight: 1.25 });
  const css = (f: ReturnType<typeof fontOf>) => `${f.weight === 'bold' ? 700 : 400} ${f.size}px ${o.family}`;
  const titleFont = fontOf(15, 'bold');
  const edge = px(10);
  // A tenth of the width is left free, for a reader's font wider than the measuring one.
  const titleLines = wrapLines(measureTitle(spec), (o.width - 2 * edge) * 0.9, (t) => o.measure(t, css(titleFont)));
  const labelFont = fontOf(15, 'bold');
  return {
    type: 'bar',
    data: {
      labels: spec.points.map((point) => point.label),
      datasets: [{ label: spec.measure, data: spec.points.map((point) => point.value), backgroundColor: palette.bar, maxBarThickness: px(120) }],
    },
    options: {
      // Nothing moves: the bars are drawn already when the canvas replaces the drawing, and a
      // value simply appears, so there is no motion for a reader to need reduced.
      animation: false,
      responsive: false,
      maintainAspectRatio: false,
      locale: 'sv-SE',
      layout: { padding: { top: px(4), right: edge, bottom: px(2), left: edge } },
      scales: {
        x: {
          ticks: { color: palette.ink, font: fontOf(15), maxRotation: 0, padding: px(6) },
          grid: { display: false },
          border: { color: palette.muted, width: px(1) },
        },
        y: {
          beginAtZero: true,
          // Head room for the value written above the tallest bar.
          grace: '15%',
          ticks: { color: palette.muted, font: fontOf(14), maxTicksLimit: 5, padding: px(6), callback: (value) => number(spec, Number(value)) },
          grid: { color: palette.line, lineWidth: px(1), drawTicks: false },
          border: { display: false },
        },
      },
      plugins: {
        title: { display: true, text: titleLines, align: 'start', color: palette.muted, font: titleFont, padding: { top: 0, bottom: px(12) } },
        tooltip: {
          titleFont: fontOf(14, 'bold'),
          bodyFont: fontOf(14),
          padding: px(8),
          displayColors: false,
          callbacks: { label: (item) => `${number(spec, item.parsed.y ?? 0)}${spec.unit ? ` ${spec.unit}` : ''}` },
        },
      },
    },
    plugins: [valueLabels(spec, palette, css(labelFont), px(4))],
  };
}
