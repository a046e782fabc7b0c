/**
 * The sections of every part of the strategy, computed once per build from the content and
 * Astro's `MarkdownHeading[]`. This one list feeds the headings (`Heading.astro`), "På den här
 * sidan", `/hela-strategin/`, and section numbers. (The anchor manifest in tests/ is an
 * independent record checked against the built pages, never generated from this list.)
 */
import { getCollection, getEntry, render, type CollectionEntry } from 'astro:content';
import type { MarkdownHeading } from 'astro';
import { AstroError } from 'astro/errors';
import { t } from '../strings/sv';
import { slugify } from '../utils/slug';
import { sitePath } from '../utils/url';
import { getOrdered, label, sortDirections } from './collections';
import { getStrategy, type Part } from './parts';
import { DATA_FILES } from './data-files';
import type { ContentSource } from './last-changed';

export interface Section {
  /** The heading's id: its fragment, unique across the strategy. */
  id: string;
  text: string;
  /**
   * Heading level on the part's own page: 2–4 (1 for the part itself). `/hela-strategin/`, where
   * each part is a section of one page, shows every level one lower.
   */
  depth: 1 | 2 | 3 | 4;
  /** "2.3": a direction's sections are numbered in content order. */
  number?: string;
  /**
   * The site path of the section's own page, where its address points (a part's sections are
   * also shown on /hela-strategin/). Unset: the page the section is shown on.
   */
  home?: string;
  /** How a part's own title is named when cited ("Inriktning 2: …"). */
  label?: string;
}

interface VoiceSection extends Section {
  voice: CollectionEntry<'voices'>;
}
export interface IndicatorGroup extends Section {
  direction: CollectionEntry<'directions'>;
  indicators: CollectionEntry<'indicators'>[];
}

type Rendered = Awaited<ReturnType<typeof render>>;

export interface Outline {
  part: Part;
  Content: Rendered['Content'];
  /** The part as a section of `/hela-strategin/`. */
  self: Section;
  /** Every section of the part's own page, in page order. */
  sections: Section[];
  /** A direction: the heading its text opens with, and its follow-up (on its own page only). */
  opening?: Section;
  followUp?: Section & { indicators: CollectionEntry<'indicators'>[] };
  /** The voices chapter: each voice, then the short quotes. */
  voices?: { items: VoiceSection[]; quotes: Section };
  /** The follow-up chapter: the indicators grouped by direction. */
  indicatorGroups?: IndicatorGroup[];
  /** The content files the part is built from ("Senast ändrad"). */
  sources: ContentSource[];
}

/** An MDX entry's own file and the data files its components read. */
export function sourcesOf(entry: { filePath?: string; body?: string; data: { changed?: Date } }): ContentSource[] {
  const sources: ContentSource[] = entry.filePath ? [{ file: entry.filePath, changed: entry.data.changed }] : [];
  const body = entry.body ?? '';
  const uses = (component: string) => body.includes(`<${component}`);
  if (uses('Quote')) sources.push({ file: DATA_FILES.quotes }, { file: DATA_FILES.labels });
  if (uses('Chart')) sources.push({ file: DATA_FILES.charts });
  if (uses('NearCareKeyFigures')) sources.push({ file: DATA_FILES.keyFigures });
  return sources;
}

const fromMarkdown = (h: MarkdownHeading): Section => {
  if (h.depth < 2 || h.depth > 4) throw new AstroError(`Rubriken "${h.text}" är på nivå ${h.depth} (fältet: rubrik).`, 'Rubriker i content/ skrivs ## till ####; sidans # skriver mallen.');
  return { id: h.slug, text: h.text, depth: h.depth as 2 | 3 | 4 };
};

async function voicesOf(): Promise<NonNullable<Outline['voices']>> {
  const items = (await getOrdered('voices')).map((voice): VoiceSection => ({ id: slugify(voice.data.title), text: voice.data.title, depth: 2, voice }));
  const quotesLabel = await label('rost-fran-kronoberg');
  return { items, quotes: { id: slugify(quotesLabel), text: quotesLabel, depth: 2 } };
}

async function indicatorGroupsOf(): Promise<IndicatorGroup[]> {
  const indicators = await getOrdered('indicators');
  return sortDirections(await getCollection('directions')).map((direction) => ({
    id: slugify(direction.data.title),
    text: direction.data.title,
    depth: 2,
    direction,
    indicators: indicators.filter((i) => i.data.direction === direction.id),
  }));
}

async function outline(part: Part): Promise<Outline> {
  const found = await sectionsOf(part);
  // Every section of a part belongs to the part's own page, wherever it is shown.
  for (const s of [found.self, ...found.sections]) s.home = sitePath(part.href);
  return found;
}

async function sectionsOf(part: Part): Promise<Outline> {
  const { Content, headings } = await render(part.entry);
  const self: Section = { id: part.id, text: part.title, depth: 1, label: part.label };
  const mdx = headings.map(fromMarkdown);
  if (part.kind === 'chapter') {
    const voices = part.entry.data.lists === 'voices' ? await voicesOf() : undefined;
    const indicatorGroups = part.entry.data.lists === 'indicators' ? await indicatorGroupsOf() : undefined;
    const listed = voices ? [...voices.items, voices.quotes] : (indicatorGroups ?? []);
    const listedFiles = voices ? [DATA_FILES.voices, DATA_FILES.quotes, DATA_FILES.labels] : indicatorGroups ? [DATA_FILES.indicators] : [];
    const sources = [...sourcesOf(part.entry), ...listedFiles.map((file) => ({ file }))];
    return { part, Content, self, sections: [...mdx, ...listed], voices, indicatorGroups, sources };
  }
  // A direction: "Så möter inriktningen målbilden 2030" opens its "Vi ska …" sections (h3), numbered 2.1, 2.2 …
  const openingText = await label('sa-moter-inriktningen');
  const opening: Section = { id: slugify(`${part.id} ${openingText}`), text: openingText, depth: 2 };
  let n = 0;
  const numbered = mdx.map((s) => (s.depth === 3 ? { ...s, number: `${part.number}.${++n}` } : s));
  const followUpText = t('direction.followUp');
  const indicators = (await getOrdered('indicators')).filter((i) => i.data.direction === part.id);
  const followUp = { id: slugify(`${part.id} ${followUpText}`), text: followUpText, depth: 2 as const, indicators };
  const sources = [...sourcesOf(part.entry), { file: DATA_FILES.labels }, { file: DATA_FILES.indicators }];
  return { part, Content, self, sections: [opening, ...numbered, followUp], opening, followUp, sources };
}

let outlines: Promise<Outline[]> | undefined;

/** Every part's outline, in reading order (rendered once per build). */
export function getOutlines(): Promise<Outline[]> {
  outlines ??= getStrategy().then((parts) => Promise.all(parts.map(outline)));
  return outlines;
}

export async function outlineOf(partId: string): Promise<Outline> {
  const found = (await getOutlines()).find((o) => o.part.id === partId);
  if (!found) throw new AstroError(`Strategin har ingen del med id "${partId}".`, 'Delarna är filerna i content/kapitel/ och content/inriktningar/.');
  return found;
}

interface PageOutline {
  entry: CollectionEntry<'pages'>;
  Content: Rendered['Content'];
  sections: Section[];
  sources: ContentSource[];
}
const pageOutlines = new Map<string, Promise<PageOutline>>();

/** A page of `content/sidor/` with its sections (rendered once per build). */
export function pageOutline(id: string): Promise<PageOutline> {
  if (!pageOutlines.has(id)) {
    pageOutlines.set(id, (async () => {
      const entry = await getEntry('pages', id);
      if (!entry) throw new AstroError(`content/sidor/${id}.mdx saknas.`, 'Webbplatsen behöver den sidan; lägg tillbaka filen.');
      const { Content, headings } = await render(entry);
      return { entry, Content, sections: headings.map(fromMarkdown), sources: sourcesOf(entry) };
    })());
  }
  return pageOutlines.get(id)!;
}

let byId: Promise<Map<string, Section>> | undefined;

/** The section a content heading belongs to, found by the id the heading-ids plugin gave it. */
export function sectionById(id: string): Promise<Section | undefined> {
  byId ??= (async () => {
    const all = (await getOutlines()).flatMap((o) => [o.self, ...o.sections]);
    for (const entry of await getCollection('pages')) all.push(...(await pageOutline(entry.id)).sections);
    return new Map(all.map((s) => [s.id, s]));
  })();
  return byId.then((map) => map.get(id));
}

/** A section of a page of our own (start page, accessibility statement): its id from its text unless given. */
export const ownSection = (text: string, { id = slugify(text), depth = 2 }: { id?: string; depth?: 2 | 3 } = {}): Section => ({ id, text, depth });

/** The content files of several parts, each once (`/hela-strategin/`, the start page, lists of parts). */
export async function sourcesOfParts(filter: (o: Outline) => boolean = () => true): Promise<ContentSource[]> {
  const all = (await getOutlines()).filter(filter).flatMap((o) => o.sources);
  return [...new Map(all.map((s) => [s.file, s])).values()];
}
