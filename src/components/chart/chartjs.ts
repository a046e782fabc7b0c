/**
 * Chart.js in the browser, tree-shaken to the bar chart's parts. Loaded on intent by
 * `chart-figure.ts`; draws the same configuration as the build's SVG (`config.ts`), in the page's
 * own font and colours, into a canvas over the drawing's box, and keeps it in step with the box's
 * size, the drawing shown (narrow or wide) and the colour scheme.
 */
import { BarController, BarElement, CategoryScale, Chart, LinearScale, Title, Tooltip } from 'chart.js';
import { chartConfig, CHART_SIZES, type Palette } from './config';
import type { ChartSpec } from './spec';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Title, Tooltip);

/** Colours from the page's CSS variables: the same as the drawing's, light or dark. */
function pagePalette(element: Element): Palette {
  const css = getComputedStyle(element);
  const v = (name: string) => css.getPropertyValue(name).trim();
  return { ink: v('--ink'), muted: v('--muted'), line: v('--line'), bar: v('--link'), paper: v('--paper') };
}

export function drawChart(figure: HTMLElement, box: HTMLElement, img: HTMLImageElement, spec: ChartSpec): void {
  const canvas = document.createElement('canvas');
  const measuring = canvas.getContext('2d')!;
  const family = getComputedStyle(box).fontFamily;
  const narrowSource = figure.querySelector('source');
  /** The drawing the browser shows now, whose proportions the canvas keeps. */
  const size = () => (narrowSource && img.currentSrc === new URL(narrowSource.srcset, location.href).href ? CHART_SIZES.narrow : CHART_SIZES.wide);
  let chart: Chart<'bar'> | undefined;
  let active = -1;

  const render = () => {
    const width = box.clientWidth;
    const height = box.clientHeight;
    if (!width || !height) return;
    chart?.destroy();
    canvas.style.removeProperty('width');
    canvas.style.removeProperty('height');
    canvas.width = width;
    canvas.height = height;
    const config = chartConfig(spec, pagePalette(box), {
      scale: width / size().width,
      family,
      width,
      measure: (text, font) => {
        measuring.font = font;
        return measuring.measureText(text).width;
      },
    });
    config.options = { ...config.options, devicePixelRatio: window.devicePixelRatio };
    chart = new Chart(canvas, config);
    if (active >= 0) show(active);
  };

  /** Shows one bar's value, as hovering it would (keyboard). */
  const show = (index: number) => {
    if (!chart) return;
    active = index;
    const elements = index < 0 ? [] : [{ datasetIndex: 0, index }];
    chart.setActiveElements(elements);
    const bar = chart.getDatasetMeta(0).data[index];
    chart.tooltip?.setActiveElements(elements, { x: bar?.x ?? 0, y: bar?.y ?? 0 });
    chart.update();
  };

  box.addEventListener('keydown', (event) => {
    const last = spec.points.length - 1;
    const next = { ArrowRight: active + 1, ArrowDown: active + 1, ArrowLeft: active - 1, ArrowUp: active - 1, Home: 0, End: last, Escape: -1 }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    show(event.key === 'Escape' ? -1 : Math.min(last, Math.max(0, next)));
  });
  box.addEventListener('blur', () => show(-1));

  box.append(canvas);
  render();
  figure.dataset.drawn = 'true';
  let frame = 0;
  let drawnWidth = box.clientWidth;
  new ResizeObserver(() => {
    if (box.clientWidth === drawnWidth) return;
    drawnWidth = box.clientWidth;
    cancelAnimationFrame(frame);
    frame = requestAnimationFrame(render);
  }).observe(box);
  img.addEventListener('load', render);
  matchMedia('(prefers-color-scheme: dark)').addEventListener('change', render);
}
