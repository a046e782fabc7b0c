import { getEntry, render, type CollectionEntry } from 'astro:content';
import { getOrdered } from './strategy';
import type { ChartSpec } from './chart';
import { url } from './url';

const DOC_NAMES = { strategin: 'Närmare kronobergaren', 'nara-vard': 'Region Kronoberg, webbsidan Nära vård' } as const;

/** The source line: the strategy's name and the quoted sentences. */
export function sourceLine(entry: CollectionEntry<'charts'>): string {
  const quotes = entry.data.sources.map((s) => (s.kind === 'diagram' ? `strategins diagram: ${s.quote}` : `”${s.quote}”`));
  return `Källa: ${DOC_NAMES[entry.data.sources[0]!.doc]}, ${quotes.join(' och ')}`;
}

export function chartSpec(entry: CollectionEntry<'charts'>): ChartSpec {
  const { title, measure, unit, decimals, points } = entry.data;
  return { id: entry.id, title, measure, unit, decimals, points, source: sourceLine(entry) };
}

/** Where a chart lives: its permalink page, its CSV and the section it belongs to. */
export function chartLinks(id: string, chapter: string, section: string) {
  return {
    permalink: url(`/diagram/${id}/`),
    csv: url(`/diagram/${id}.csv`),
    section: url(`/${chapter}/#${section}`),
  };
}

export async function getChart(id: string): Promise<CollectionEntry<'charts'>> {
  const entry = await getEntry('charts', id);
  if (!entry) throw new Error(`<Chart id="${id}" />: det finns inget diagram med det id:t i content/diagram.yaml (fältet: id).`);
  const chapter = await getEntry('chapters', entry.data.chapter);
  if (!chapter) {
    throw new Error(`content/diagram.yaml: diagrammet "${id}" har fältet "chapter": "${entry.data.chapter}", men det kapitlet finns inte i content/kapitel/.`);
  }
  const { headings } = await render(chapter);
  if (!headings.some((h) => h.slug === entry.data.section)) {
    throw new Error(`content/diagram.yaml: diagrammet "${id}" har fältet "section": "${entry.data.section}", men kapitlet ${chapter.filePath} har ingen sådan rubrik.`);
  }
  return entry;
}

export const getCharts = () => getOrdered('charts');
