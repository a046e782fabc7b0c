import { getEntry, type CollectionEntry } from 'astro:content';
import { AstroError } from 'astro/errors';
import { getOrdered } from '../../strategy/collections';
import { getOutlines } from '../../strategy/sections';
import { absoluteUrl, url } from '../../utils/url';
import { CHART_SIZES } from './config';
import { sourceLine, type ChartSpec } from './spec';

export function chartSpec(entry: CollectionEntry<'charts'>): ChartSpec {
  const { title, measure, unit, decimals, points, sources } = entry.data;
  return {
    id: entry.id,
    title,
    measure,
    unit,
    decimals,
    points,
    source: sourceLine(sources, points.map((p) => p.label)),
    address: absoluteUrl(`/diagram/${entry.id}/`),
  };
}

/** Where a chart lives: its page, its files (drawn at build time) and the section it belongs to. */
export function chartLinks(id: string, chapter: string, section: string) {
  return {
    permalink: url(`/diagram/${id}/`),
    csv: url(`/diagram/${id}.csv`),
    png: url(`/diagram/${id}.png`),
    preview: url(`/diagram/${id}-forhandsvisning.png`),
    svg: { wide: url(`/diagram/${id}${CHART_SIZES.wide.suffix}.svg`), narrow: url(`/diagram/${id}${CHART_SIZES.narrow.suffix}.svg`) },
    section: url(`/${chapter}/#${section}`),
  };
}

/** A chart of content/diagram.yaml, checked to belong to a section that exists. */
export async function getChart(id: string): Promise<CollectionEntry<'charts'>> {
  const entry = await getEntry('charts', id);
  if (!entry) throw new AstroError(`<Chart id="${id}" />: content/diagram.yaml har inget diagram med det id:t (fältet: id).`, 'Använd id:t för ett diagram i content/diagram.yaml.');
  const { chapter, section } = entry.data;
  const outline = (await getOutlines()).find((o) => o.part.id === chapter);
  if (!outline) {
    throw new AstroError(`content/diagram.yaml: diagrammet "${id}" har fältet "chapter": "${chapter}", men det kapitlet finns inte i content/kapitel/.`, 'Ange ett filnamn från content/kapitel/.');
  }
  if (!outline.sections.some((s) => s.id === section)) {
    throw new AstroError(
      `content/diagram.yaml: diagrammet "${id}" har fältet "section": "${section}", men ${outline.part.entry.filePath} har ingen sådan rubrik.`,
      `Rubrikerna där: ${outline.sections.map((s) => s.id).join(', ')}.`,
    );
  }
  return entry;
}

export const getCharts = () => getOrdered('charts');

