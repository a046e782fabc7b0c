/**
 * Words as Pagefind sees them, shared by the build (which writes the index) and the browser (which
 * checks what a query word really matched). Pagefind indexes each word as the stem of its letters
 * and digits, lower-cased and without diacritics ("Vårdkontakten" → "vardkontak"); a query word
 * finds every indexed word that begins with its own stem.
 */
import { swedishStem } from './swedish-stem';

/** Letters and digits only, lower case, without diacritics: what Pagefind stems. */
export function plainWord(word: string): string {
  return word
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '')
    .normalize('NFD')
    .replace(/\p{M}/gu, '');
}

/** The word Pagefind indexes for `word`, and looks up for a query word. */
export const indexKey = (word: string) => swedishStem(plainWord(word));

/**
 * The keys Pagefind indexes at one place of a page: the whole word's, and for a word joined by
 * ASCII punctuation or a split mark ("HME-index", "dubbel|dokumentation", "83,7"), or written
 * in camel case ("JavaScript"), each part's of two characters or more.
 */
export function keysAt(pageWord: string): string[] {
  const whole = indexKey(pageWord);
  const parts = pageWord
    .replace(/([\p{Ll}\p{N}])(\p{Lu})/gu, '$1 $2')
    .split(/[\s!-/:-@[-`{-~]+/)
    .filter(Boolean);
  const keys = parts.length > 1 ? parts.filter((p) => p.length > 1).map(indexKey) : [];
  return [whole, ...keys].filter(Boolean);
}

/** Whether a query word (by its key) matches an indexed key: whole numbers only equal; words by their beginning. */
export function keyMatches(queryKey: string, pageKey: string): boolean {
  if (/^\d+$/.test(queryKey)) return pageKey === queryKey;
  return pageKey.startsWith(queryKey);
}
