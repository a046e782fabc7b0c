import type { APIRoute, GetStaticPaths } from 'astro';
import { chartSpec, getCharts } from '../../components/chart/data';
import { renderChartPng, renderChartPreviewPng } from '../../build-images/chart';

/**
 * The chart's PNG files, drawn at build time: `/diagram/<id>.png` (1600 × 1000 on white, for
 * slides: title, chart, source and address) and `/diagram/<id>-forhandsvisning.png` (the chart
 * page's 1200 × 630 link preview).
 */
const KINDS = { slide: { suffix: '', render: renderChartPng }, preview: { suffix: '-forhandsvisning', render: renderChartPreviewPng } };

export const getStaticPaths = (async () =>
  (await getCharts()).flatMap((chart) =>
    (Object.keys(KINDS) as (keyof typeof KINDS)[]).map((kind) => ({ params: { file: `${chart.id}${KINDS[kind].suffix}` }, props: { chart, kind } })),
  )) satisfies GetStaticPaths;

type Props = Awaited<ReturnType<typeof getStaticPaths>>[number]['props'];

export const GET: APIRoute<Props> = ({ props: { chart, kind } }) => {
  return new Response(new Uint8Array(KINDS[kind].render(chartSpec(chart))), { headers: { 'Content-Type': 'image/png' } });
};
