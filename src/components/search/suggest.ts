/**
 * "Menade du …?": words of the site close to a word that finds nothing, from the site's own
 * word list (written by the build, /sok/ordlista.json, fetched only when a word finds nothing).
 */
import { distance } from 'fastest-levenshtein';
import { indexKey } from '../../search/words';

export interface Suggestion {
  /** The one word to search instead, when every close word is a form of the same word. */
  correction?: string;
  /** The closest words of the site, one form of each (at most three). */
  options: string[];
}

/** How far a word may be from the site's word: none for short words, one slip for short ones, two for longer. */
export function maxDistance(word: string): number {
  if (word.length < 4 || /\d/.test(word)) return 0;
  return word.length < 7 ? 1 : 2;
}

const MAX_OPTIONS = 3;

/**
 * The site's words within reach of `word`. When all the closest are forms of one word
 * ("vårdkontakt", "vårdkontakten" for "vårdkontackt"), that word is the correction.
 */
export function suggest(word: string, vocabulary: readonly string[]): Suggestion {
  const reach = maxDistance(word);
  if (!reach) return { options: [] };
  const close = vocabulary
    .filter((w) => Math.abs(w.length - word.length) <= reach)
    .map((w) => ({ w, d: distance(word, w) }))
    .filter(({ d }) => d > 0 && d <= reach)
    .sort((a, b) => a.d - b.d || a.w.length - b.w.length || a.w.localeCompare(b.w, 'sv'));
  if (!close.length) return { options: [] };
  const nearest = close.filter(({ d }) => d === close[0]!.d);
  const stems = new Set(nearest.map(({ w }) => indexKey(w)));
  const byStem = new Map<string, string>();
  for (const { w } of nearest) if (!byStem.has(indexKey(w))) byStem.set(indexKey(w), w);
  const options = [...byStem.values()].slice(0, MAX_OPTIONS);
  return stems.size === 1 ? { correction: nearest[0]!.w, options } : { options };
}
