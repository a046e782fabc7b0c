import type { APIRoute, GetStaticPaths } from 'astro';
import { chartSpec, getChart, getCharts } from '../../components/chart/data';
import { toCsv } from '../../components/chart/spec';

/** The chart's numbers as a static CSV file, made at build time from `content/diagram.yaml`. */
export const getStaticPaths: GetStaticPaths = async () => (await getCharts()).map((c) => ({ params: { id: c.id } }));

export const GET: APIRoute = async ({ params }) => {
  const spec = chartSpec(await getChart(params.id!));
  return new Response(toCsv(spec), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
