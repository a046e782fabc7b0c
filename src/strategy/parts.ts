import { getCollection, type CollectionEntry } from 'astro:content';
import { url } from '../utils/url';
import { t } from '../strings/sv';
import { sortDirections } from './collections';
import { once } from '../utils/once';

interface PartBase {
  id: string;
  title: string;
  href: string;
  /** How search results and filters name the part: a direction with its number. */
  label: string;
}
/** One part of the strategy, in the strategy's own reading order. */
export type Part =
  | (PartBase & { kind: 'chapter'; entry: CollectionEntry<'chapters'> })
  | (PartBase & { kind: 'direction'; number: number; entry: CollectionEntry<'directions'> });

/** Chapters whose `order` is below this come before the four directions, the rest after. */
const DIRECTIONS_AFTER_ORDER = 4;

/** URL segments taken by pages of their own; a chapter file may not use them. */
const RESERVED = new Set(['inriktningar', 'hela-strategin', 'sok', 'diagram', 'nara-vard', 'tillganglighet', 'pagefind', 'korta-adresser', 'qr', 'forhandsvisning']);

/** The whole strategy in reading order; checks the content's cross-file rules once. */
export const getStrategy: () => Promise<Part[]> = once(load);

async function load(): Promise<Part[]> {
  const [chapters, directions, indicators] = await Promise.all([
    getCollection('chapters'),
    getCollection('directions'),
    getCollection('indicators'),
  ]);
  checkIntegrity(chapters, directions, indicators);
  const byOrder = [...chapters].sort((a, b) => a.data.order - b.data.order);
  const chapterPart = (entry: CollectionEntry<'chapters'>): Part => ({
    kind: 'chapter',
    id: entry.id,
    title: entry.data.title,
    href: url(`/${entry.id}/`),
    label: entry.data.title,
    entry,
  });
  return [
    ...byOrder.filter((c) => c.data.order <= DIRECTIONS_AFTER_ORDER).map(chapterPart),
    ...sortDirections(directions).map(
      (entry): Part => ({
        kind: 'direction',
        id: entry.id,
        title: entry.data.title,
        href: url(`/inriktningar/${entry.id}/`),
        label: t('direction.searchFilter', { number: entry.data.number, title: entry.data.title }),
        number: entry.data.number,
        entry,
      }),
    ),
    ...byOrder.filter((c) => c.data.order > DIRECTIONS_AFTER_ORDER).map(chapterPart),
  ];
}

/** Rules no single file's schema can see. Each error names the file and the field. */
function checkIntegrity(
  chapters: CollectionEntry<'chapters'>[],
  directions: CollectionEntry<'directions'>[],
  indicators: CollectionEntry<'indicators'>[],
): void {
  const errors: string[] = [];
  const where = (e: { filePath?: string; id: string }) => e.filePath ?? e.id;
  const seen = new Map<number, string>();
  for (const c of chapters) {
    if (RESERVED.has(c.id)) errors.push(`${where(c)}: filnamnet "${c.id}" är upptaget av en annan sida; byt namn på filen.`);
    const other = seen.get(c.data.order);
    if (other) errors.push(`${where(c)}: fältet "order" (${c.data.order}) används redan av ${other}.`);
    seen.set(c.data.order, where(c));
  }
  const numbers = new Map<number, string>();
  for (const d of directions) {
    const other = numbers.get(d.data.number);
    if (other) errors.push(`${where(d)}: fältet "number" (${d.data.number}) används redan av ${other}.`);
    numbers.set(d.data.number, where(d));
  }
  const known = new Set(directions.map((d) => d.id));
  for (const i of indicators) {
    if (!known.has(i.data.direction)) {
      errors.push(
        `${where(i)}: indikatorn "${i.id}" har fältet "direction": "${i.data.direction}", men någon sådan inriktning finns inte i content/inriktningar/ (finns: ${[...known].join(', ')}).`,
      );
    }
  }
  if (errors.length) throw new Error(`Fel i innehållet:\n- ${errors.join('\n- ')}`);
}

/** The parts before and after `id`, for previous/next links. */
export async function neighbours(id: string): Promise<{ prev?: Part; next?: Part }> {
  const parts = await getStrategy();
  const i = parts.findIndex((p) => p.id === id);
  return { prev: i > 0 ? parts[i - 1] : undefined, next: i >= 0 ? parts[i + 1] : undefined };
}

