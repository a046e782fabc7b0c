/**
 * The small part of the chart code that every chart page loads: it waits until a chart nears
 * the viewport and only then fetches Chart.js (`./render`), so pages whose charts are below the
 * fold load no chart code at first paint.
 */
import type { ChartSpec } from '../../utils/chart';

const load = () => import('./render');

export function observeChart(element: HTMLElement): void {
  const raw = element.dataset.spec;
  const canvas = element.querySelector('canvas');
  if (!raw || !canvas) return;
  const spec = JSON.parse(raw) as ChartSpec;

  const png = element.querySelector<HTMLButtonElement>('button[data-png]');
  if (png) {
    png.hidden = false;
    png.addEventListener('click', async () => (await load()).downloadPng(spec));
  }

  const observer = new IntersectionObserver(
    async (entries) => {
      if (!entries.some((e) => e.isIntersecting)) return;
      observer.disconnect();
      (await load()).drawChart(element, canvas, spec);
    },
    { rootMargin: '300px 0px' },
  );
  observer.observe(element);
}
