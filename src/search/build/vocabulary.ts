/**
 * The site's own words, for "Menade du …?" (written to /sok/ordlista.json and fetched only when a
 * query word finds nothing), and for checking that content/synonymer.yaml points at words the
 * site has. Read from what Pagefind indexed, so it holds exactly the searchable words: each word
 * as the text writes it, and the parts of the compounds the build split.
 */
import { SPLIT_MARK, withoutSplitMarks } from '../split-mark';
import { indexKey, keyMatches, keysAt } from '../words';

/** Shorter words are never suggested (see `maxDistance` in src/components/search/suggest.ts). */
const MIN_LENGTH = 3;

/** The distinct words (letters only, lower case, sorted) of the indexed texts. */
export function vocabularyOf(texts: Iterable<string>): string[] {
  const words = new Set<string>();
  for (const text of texts) {
    for (const source of [withoutSplitMarks(text), text.replaceAll(SPLIT_MARK, ' ')]) {
      for (const [word] of source.toLowerCase().matchAll(/\p{L}+/gu)) if (word.length >= MIN_LENGTH) words.add(word);
    }
  }
  return [...words].sort((a, b) => a.localeCompare(b, 'sv'));
}

/** Every key Pagefind indexed for the texts (see `keysAt`). */
export const indexedKeys = (texts: Iterable<string>) => new Set([...texts].flatMap((text) => text.split(/\s+/).flatMap(keysAt)));

/** The words of a phrase that no indexed key matches: a search for them would find nothing. */
export function missingWords(phrase: string, keys: ReadonlySet<string>): string[] {
  return phrase.split(/\s+/).filter((word) => {
    const key = indexKey(word);
    return ![...keys].some((k) => keyMatches(key, k));
  });
}
