import { formatNumber } from '../../utils/format';
import { t, type StringKey } from '../../strings/sv';
import { site } from '../../config/site';

/** What a chart needs, whether drawn in the browser, as a table, as CSV or as text. */
export interface ChartSpec {
  id: string;
  title: string;
  measure: string;
  unit: string;
  decimals: number;
  points: { label: string; value: number }[];
  /** The source line under the chart, in the PNG and in the CSV: who, which document, the quotes, the years. */
  source: string;
  /** The chart page's absolute address, given after the source line. */
  address: string;
}

/** A figure's source as content/diagram.yaml gives it. */
export interface ChartSource {
  doc: 'strategin' | 'nara-vard';
  kind: 'text' | 'diagram';
  quote: string;
}

/** `a`, `a och b`, `a, b och c` */
function list(items: string[]): string {
  return items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')}${t('chart.sourceAnd')}${items.at(-1)}`;
}

/**
 * The source line: Region Kronoberg and the document, the quoted sentences, and the years of the
 * figures as far as the source gives them (the years in the point labels, which the build checks
 * against the quotes). A label without a year, such as "Utgångsläge", is named as having none:
 * no year is ever made up.
 */
export function sourceLine(sources: ChartSource[], labels: string[]): string {
  const quotes = sources.map((s) => (s.kind === 'diagram' ? t('chart.sourceDiagram', { quote: s.quote }) : `”${s.quote}”`));
  const doc = t(`chart.doc.${sources[0]!.doc}` as StringKey);
  const years = [...new Set(labels.flatMap((label) => label.match(/\b\d{4}\b/g) ?? []))];
  const undated = labels.filter((label) => !/\b\d{4}\b/.test(label)).map((label) => `”${label}”`);
  const when = !undated.length
    ? t('chart.years', { years: list(years) })
    : years.length
      ? t('chart.yearsAndUndated', { years: list(years), labels: list(undated) })
      : t('chart.undated', { labels: list(undated) });
  const quoted = quotes.join(t('chart.sourceAnd'));
  // A quote ends its own sentence; a figure from the strategy's diagram gets a full stop.
  return `${t('chart.source', { owner: site.owner, doc, quotes: quoted })}${/[.!?]”?$/.test(quoted) ? '' : '.'} ${when}`;
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
  // The source in a last row of its own, after the table, so spreadsheets still read the table.
  rows.push([`${spec.source} ${spec.address}`]);
  return `\uFEFF${rows.map((r) => r.map(cell).join(';')).join('\r\n')}\r\n`;
}
