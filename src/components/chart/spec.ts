import { formatNumber } from '../../utils/format';
import { t } from '../../strings/sv';

/** What a chart needs, whether drawn in the browser, as a table, as CSV or as text. */
export interface ChartSpec {
  id: string;
  title: string;
  measure: string;
  unit: string;
  decimals: number;
  points: { label: string; value: number }[];
  /** The source line under the chart (and drawn into the PNG). */
  source: string;
}

/** A value in Swedish format with its unit: `206 000 invånare`, `83,7`. */
export function valueText(spec: Pick<ChartSpec, 'unit' | 'decimals'>, value: number): string {
  const number = formatNumber(value, spec.decimals);
  return spec.unit ? `${number} ${spec.unit}` : number;
}

/** The canvas's text alternative: every number the chart shows. */
export function altText(spec: ChartSpec): string {
  const values = spec.points.map((p) => `${p.label}: ${valueText(spec, p.value)}`).join('; ');
  return `${t('chart.kind')}. ${spec.measure}. ${values}.`;
}

/**
 * CSV for download, as Swedish spreadsheets read it: semicolon-separated, decimal comma,
 * UTF-8 with a byte-order mark, and no thousands separator inside numbers.
 */
export function toCsv(spec: ChartSpec): string {
  const cell = (s: string) => (/[;"\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
  const rows = [[t('chart.when'), spec.unit ? `${spec.measure} (${spec.unit})` : spec.measure]];
  for (const p of spec.points) rows.push([p.label, p.value.toFixed(spec.decimals).replace('.', ',')]);
  return `\uFEFF${rows.map((r) => r.map(cell).join(';')).join('\r\n')}\r\n`;
}
