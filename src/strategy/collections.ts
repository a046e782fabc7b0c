import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { AstroError } from 'astro/errors';

type OrderedCollection = 'labels' | 'voices' | 'quotes' | 'indicators' | 'charts' | 'keyFigures';

/** A YAML-list collection in the order of its file (the content store does not keep it). */
export async function getOrdered<C extends OrderedCollection>(collection: C): Promise<CollectionEntry<C>[]> {
  const entries = (await getCollection(collection)) as CollectionEntry<C>[];
  return entries.sort((a, b) => (a.data as { order: number }).order - (b.data as { order: number }).order);
}

/** A word of the source that the site repeats (`content/etiketter.yaml`). */
export async function label(id: string): Promise<string> {
  const entry = await getEntry('labels', id);
  if (!entry) throw new AstroError(`content/etiketter.yaml har ingen etikett med id "${id}" (fältet: id).`, `Lägg till - id: "${id}" med sin text ur källan.`);
  return entry.data.text;
}

export function sortDirections(directions: CollectionEntry<'directions'>[]) {
  return [...directions].sort((a, b) => a.data.number - b.data.number);
}
