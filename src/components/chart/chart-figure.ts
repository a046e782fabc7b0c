/**
 * `<chart-figure>`: the small part of the chart code every chart page loads. It waits until the
 * chart nears the viewport and only then fetches Chart.js (`./chartjs`), so pages whose charts
 * are below the fold load no chart code at first paint.
 */
import { BaseElement, define } from '../element';
import type { ChartSpec } from './spec';

const load = () => import('./chartjs');

class ChartFigure extends BaseElement {
  protected init(): void {
    const spec = JSON.parse(this.data('spec')) as ChartSpec;
    const canvas = this.required<HTMLCanvasElement>('canvas');
    const png = this.required<HTMLButtonElement>('button[data-png]');
    png.hidden = false;
    png.addEventListener('click', async () => (await load()).downloadPng(spec));

    const observer = new IntersectionObserver(
      async (entries) => {
        if (!entries.some((e) => e.isIntersecting)) return;
        observer.disconnect();
        (await load()).drawChart(this, canvas, spec);
      },
      { rootMargin: '300px 0px' },
    );
    observer.observe(this);
  }
}

define('chart-figure', ChartFigure);
