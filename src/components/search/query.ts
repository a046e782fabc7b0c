/**
 * The query planner: what to ask the index for, and what to ask next when the answer is nothing.
 * Pure functions (unit-tested in query.test.ts); search-engine.ts runs them against Pagefind.
 *
 * 1. A query becomes words as the index knows them, without stop words ("hur får jag samma
 *    läkare" → samma, läkare), each with the text's own words for it from content/synonymer.yaml
 *    ("doktor" → läkare).
 * 2. Every combination of a word or its synonyms is one search (`searchesFor`).
 * 3. If nothing has all the words, the words that find something on their own are tried in
 *    smaller groups (`fewerWords`), never a word that finds nothing, so a retry shows no unrelated page.
 */
import { indexKey } from '../../search/words';
import { STOP_WORDS } from './stop-words';

/** An entry of content/synonymer.yaml: a word residents use, and the text's words for it. */
export interface Synonym {
  word: string;
  means: string[];
}

export interface QueryPlan {
  /** The words to find, in order: lower case, letters and digits only, without stop words. */
  words: string[];
  /** The synonyms searched for as well, by query word ("doktor" → ["läkare"]). */
  alsoFor: Record<string, string[]>;
}

/** At most this many searches for one query's combinations of synonyms. */
const MAX_SEARCHES = 8;
/** A query word matches a synonym entry when it is the entry plus an ending of at most this many letters. */
const MAX_ENDING = 3;

/** A query's words as Pagefind reads them: split at spaces, punctuation dropped ("HME-index" → hmeindex). */
export function queryWords(query: string): string[] {
  return query
    .toLowerCase()
    .split(/\s+/)
    .map((w) => w.replace(/[^\p{L}\p{N}]/gu, ''))
    .filter(Boolean);
}

/** Whether a query word is an entry's word or a form of it ("doktorn", "doktorer" for "doktor"). */
function isFormOf(word: string, entry: string): boolean {
  const [w, e] = [indexKey(word), indexKey(entry)];
  return w === e || (e.length >= 4 && w.startsWith(e) && w.length - e.length <= MAX_ENDING);
}

export function planQuery(query: string, synonyms: readonly Synonym[]): QueryPlan {
  const all = queryWords(query);
  const kept = all.filter((w) => !STOP_WORDS.has(w));
  // A query of stop words only ("vad är det") is searched as typed.
  const words = [...new Set(kept.length ? kept : all)];
  const alsoFor: Record<string, string[]> = {};
  for (const word of words) {
    const means = synonyms.filter((s) => isFormOf(word, s.word)).flatMap((s) => s.means);
    if (means.length) alsoFor[word] = [...new Set(means)];
  }
  return { words, alsoFor };
}

/**
 * The searches a plan needs: the words as typed, then each word in turn replaced by its
 * synonyms (a synonym of several words adds them all), at most MAX_SEARCHES.
 */
export function searchesFor(plan: QueryPlan): string[][] {
  let searches: string[][] = [[]];
  for (const word of plan.words) {
    const options = [[word], ...(plan.alsoFor[word] ?? []).map(queryWords)];
    searches = searches.flatMap((search) => options.map((option) => [...search, ...option]));
  }
  const unique = new Map(searches.map((s) => [s.join(' '), s]));
  return [...unique.values()].slice(0, MAX_SEARCHES);
}

/**
 * Smaller groups of the words to try when no page has them all, best first: only words that
 * find pages on their own (`pages` > 0), larger groups first, then the groups whose words are
 * rarer on the site (they say more), then longer words.
 */
export function fewerWords(words: readonly string[], pages: (word: string) => number): string[][] {
  const found = words.filter((w) => pages(w) > 0);
  const groups: string[][] = [];
  for (let mask = (1 << found.length) - 1; mask > 0; mask--) {
    const group = found.filter((_, i) => mask & (1 << i));
    if (group.length < words.length) groups.push(group);
  }
  const total = (group: string[], f: (w: string) => number) => group.reduce((sum, w) => sum + f(w), 0);
  return groups.sort(
    (a, b) => b.length - a.length || total(a, pages) - total(b, pages) || total(b, (w) => w.length) - total(a, (w) => w.length),
  );
}
