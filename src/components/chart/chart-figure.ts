/**
 * `<chart-figure>`: the small part of the chart code every chart page loads. The chart is already
 * there, drawn at build time; Chart.js (`./chartjs`, about 55 KB gzip) is fetched only when
 * someone reaches for the chart (pointer over it, focus on it, a tap), and then replaces the
 * drawing with a canvas in the same box that shows each bar's value on hover or with the arrow keys.
 */
import { BaseElement, define } from '../element';
import type { ChartSpec } from './spec';

const INTENT = ['pointerenter', 'focus', 'touchstart'] as const;

class ChartFigure extends BaseElement {
  protected init(): void {
    const spec = JSON.parse(this.data('spec')) as ChartSpec;
    const box = this.required('.chart-image');
    const img = this.required<HTMLImageElement>('.chart-image img');
    // One focus stop for the chart, announced as the image it is, with every number in its text alternative.
    box.tabIndex = 0;
    box.setAttribute('role', 'img');
    box.setAttribute('aria-label', img.alt);
    const load = () => {
      for (const type of INTENT) box.removeEventListener(type, load);
      void import('./chartjs').then(({ drawChart }) => drawChart(this, box, img, spec));
    };
    for (const type of INTENT) box.addEventListener(type, load, { passive: true });
  }
}

define('chart-figure', ChartFigure);
