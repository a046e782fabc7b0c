/**
 * Chart.js, tree-shaken: only the bar chart's parts are registered. Loaded on demand by `chart-figure.ts`.
 */
import { BarController, BarElement, CategoryScale, Chart, LinearScale, Tooltip, type ChartConfiguration, type Plugin } from 'chart.js';
import type { ChartSpec } from './spec';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip);

const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif';

interface Palette {
  ink: string;
  muted: string;
  line: string;
  bar: string;
}

function number(spec: ChartSpec, value: number): string {
  return new Intl.NumberFormat('sv-SE', { minimumFractionDigits: spec.decimals, maximumFractionDigits: spec.decimals }).format(value);
}

/** Colours from the page's CSS variables, so light and dark mode both keep their contrast. */
function pagePalette(element: Element): Palette {
  const css = getComputedStyle(element);
  const v = (name: string) => css.getPropertyValue(name).trim();
  return { ink: v('--ink'), muted: v('--muted'), line: v('--line'), bar: v('--link') };
}

const PRINT: Palette = { ink: '#1b1f23', muted: '#4a5560', line: '#c5cfca', bar: '#0b5d47' };

/** Writes each value above its bar, so the numbers never depend on reading colour or gridlines. */
function valueLabels(spec: ChartSpec, palette: () => Palette, size: number): Plugin<'bar'> {
  return {
    id: 'valueLabels',
    afterDatasetsDraw(chart) {
      const { ctx } = chart;
      ctx.save();
      ctx.fillStyle = palette().ink;
      ctx.font = `600 ${size}px ${FONT}`;
      ctx.textAlign = 'center';
      ctx.textBaseline = 'bottom';
      chart.getDatasetMeta(0).data.forEach((bar, i) => {
        const value = spec.points[i]?.value;
        if (value !== undefined) ctx.fillText(number(spec, value), bar.x, bar.y - size / 3);
      });
      ctx.restore();
    },
  };
}

function config(spec: ChartSpec, palette: () => Palette, fontSize: number, animate: boolean): ChartConfiguration<'bar'> {
  const p = palette();
  return {
    type: 'bar',
    data: {
      labels: spec.points.map((point) => point.label),
      datasets: [{ label: spec.measure, data: spec.points.map((point) => point.value), backgroundColor: p.bar, borderRadius: 4, maxBarThickness: 160 }],
    },
    options: {
      animation: animate ? { duration: 400 } : false,
      responsive: false,
      maintainAspectRatio: false,
      locale: 'sv-SE',
      font: { family: FONT, size: fontSize },
      color: p.ink,
      scales: {
        x: { ticks: { color: p.ink, font: { size: fontSize } }, grid: { display: false }, border: { color: p.line } },
        y: {
          beginAtZero: true,
          grace: '12%',
          ticks: { color: p.muted, font: { size: fontSize * 0.9 }, callback: (value) => number(spec, Number(value)) },
          grid: { color: p.line },
          border: { display: false },
          title: { display: true, text: spec.unit ? `${spec.measure} (${spec.unit})` : spec.measure, color: p.muted, font: { size: fontSize * 0.9 } },
        },
      },
      plugins: {
        tooltip: { callbacks: { label: (item) => `${number(spec, item.parsed.y ?? 0)}${spec.unit ? ` ${spec.unit}` : ''}` } },
      },
    },
    plugins: [valueLabels(spec, palette, fontSize)],
  };
}

const reducedMotion = () => matchMedia('(prefers-reduced-motion: reduce)').matches;

/** Draws the chart in the page, keeps it in step with the colour scheme and the canvas size. */
export function drawChart(element: HTMLElement, canvas: HTMLCanvasElement, spec: ChartSpec): void {
  let palette = pagePalette(element);
  const cfg = config(spec, () => palette, 15, !reducedMotion());
  cfg.options!.responsive = true;
  const chart = new Chart(canvas, cfg);
  matchMedia('(prefers-color-scheme: dark)').addEventListener('change', () => {
    palette = pagePalette(element);
    chart.destroy();
    drawChart(element, canvas, spec);
  }, { once: true });
  // The table stays open under the chart: closing it now would move the page under the reader.
  element.dataset.drawn = 'true';
}

/** Wraps text into lines no wider than `width`. */
function wrap(ctx: CanvasRenderingContext2D, text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    const next = line ? `${line} ${word}` : word;
    if (ctx.measureText(next).width > width && line) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

/** A slide-ready PNG: 1600 × 1000, white background, title and source drawn in. */
export function renderPng(spec: ChartSpec): HTMLCanvasElement {
  const W = 1600;
  const H = 1000;
  const canvas = document.createElement('canvas');
  canvas.width = W;
  canvas.height = H;
  const margin = 64;
  const frame: Plugin<'bar'> = {
    id: 'frame',
    beforeDraw(chart) {
      const { ctx } = chart;
      ctx.save();
      ctx.fillStyle = '#ffffff';
      ctx.fillRect(0, 0, W, H);
      ctx.fillStyle = PRINT.ink;
      ctx.font = `700 44px ${FONT}`;
      ctx.textBaseline = 'top';
      wrap(ctx, spec.title, W - 2 * margin).forEach((line, i) => ctx.fillText(line, margin, margin + i * 54));
      ctx.restore();
    },
    afterDraw(chart) {
      const { ctx } = chart;
      ctx.save();
      ctx.fillStyle = PRINT.muted;
      ctx.font = `24px ${FONT}`;
      ctx.textBaseline = 'bottom';
      const lines = wrap(ctx, spec.source, W - 2 * margin);
      lines.forEach((line, i) => ctx.fillText(line, margin, H - margin + 8 - (lines.length - 1 - i) * 32));
      ctx.restore();
    },
  };
  const cfg = config(spec, () => PRINT, 28, false);
  cfg.options!.devicePixelRatio = 1;
  cfg.options!.layout = { padding: { top: 190, bottom: 150, left: margin, right: margin } };
  cfg.plugins = [...(cfg.plugins ?? []), frame];
  new Chart(canvas, cfg);
  return canvas;
}

export function downloadPng(spec: ChartSpec): void {
  renderPng(spec).toBlob((blob) => {
    if (!blob) return;
    const href = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = href;
    a.download = `${spec.id}.png`;
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(href), 10_000);
  }, 'image/png');
}
