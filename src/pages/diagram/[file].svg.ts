import type { APIRoute, GetStaticPaths } from 'astro';
import { chartSpec, getCharts } from '../../components/chart/data';
import { CHART_SIZES, type ChartSizeName } from '../../components/chart/config';
import { renderChartSvg } from '../../build-images/chart';

/**
 * The chart drawn at build time, as the page shows it before anyone reaches for it:
 * `/diagram/<id>.svg` (wide) and `/diagram/<id>-smal.svg` (narrow), light and dark in one file.
 */
export const getStaticPaths = (async () =>
  (await getCharts()).flatMap((chart) =>
    (Object.keys(CHART_SIZES) as ChartSizeName[]).map((size) => ({ params: { file: `${chart.id}${CHART_SIZES[size].suffix}` }, props: { chart, size } })),
  )) satisfies GetStaticPaths;

type Props = Awaited<ReturnType<typeof getStaticPaths>>[number]['props'];

export const GET: APIRoute<Props> = ({ props: { chart, size } }) => {
  return new Response(renderChartSvg(chartSpec(chart), size), { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
};
