/**
 * What a Pagefind result really matched. Pagefind finds a query word in every indexed word that
 * begins with it, and when there is none, falls back to the longest indexed word that begins the
 * query word ("kon" for "kontinutet", "11" for "1177"). Such a match is not a hit: a result counts
 * only when each query word matches a word or compound part of the page from its own start (a
 * number only as the whole number). Its sections are then ordered by how well they match.
 */
import { indexKey, keyMatches, keysAt } from '../../search/words';
import type { PagefindResultData, PagefindSubResult } from './pagefind-api';

/** Pagefind's word separator in page content (as in its excerpts). */
const WORDS = /[^\S\uFEFF]+/;

/**
 * The places of a page that match a query word, each with the numbers of the query words it
 * matches; `undefined` when some query word matches nowhere on the page.
 */
export function matchedPlaces(data: Pick<PagefindResultData, 'content' | 'locations'>, words: readonly string[]): Map<number, Set<number>> | undefined {
  const pageWords = data.content.split(WORDS);
  const queryKeys = words.map(indexKey);
  const places = new Map<number, Set<number>>();
  for (const location of new Set(data.locations)) {
    const pageKeys = keysAt(pageWords[location] ?? '');
    const matched = queryKeys.flatMap((q, i) => (pageKeys.some((k) => keyMatches(q, k)) ? [i] : []));
    if (matched.length) places.set(location, new Set(matched));
  }
  const found = new Set([...places.values()].flatMap((s) => [...s]));
  return found.size === words.length ? places : undefined;
}

/**
 * A page's best sections for the query, best first: most query words matched, then the highest
 * sum of Pagefind's scores for the matched places (a word in a heading weighs most).
 */
export function bestSections(data: PagefindResultData, places: Map<number, Set<number>>, max: number): PagefindSubResult[] {
  const scored = data.sub_results
    .filter((s) => s.anchor)
    .map((section, order) => {
      const matched = section.weighted_locations.filter((l) => places.has(l.location));
      const words = new Set(matched.flatMap((l) => [...places.get(l.location)!]));
      return { section, order, words: words.size, score: matched.reduce((sum, l) => sum + l.balanced_score, 0) };
    })
    .filter((s) => s.words > 0);
  scored.sort((a, b) => b.words - a.words || b.score - a.score || a.order - b.order);
  return scored.slice(0, max).map((s) => s.section);
}
