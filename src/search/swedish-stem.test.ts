import { describe, expect, it } from 'vitest';
import { swedishStem } from './swedish-stem';

/** [word, stem] pairs. */
const stems = (pairs: [string, string][]) => pairs.forEach(([word, stem]) => expect(swedishStem(word), word).toBe(stem));

// Snowball's Swedish stemmer as Pagefind runs it (on words without diacritics). That the browser's
// stems are Pagefind's own for every word of the site is checked in tests/build/search-index.test.ts.
describe('swedishStem', () => {
  it('removes inflection endings within R1', () => {
    stems([['vardkontakten', 'vardkontak'], ['vardkontakter', 'vardkontak'], ['forsorjningskvoten', 'forsorjningskvot'], ['kontinuitet', 'kontinuitet'], ['lakare', 'lak']]);
  });
  it('removes -s after a consonant that takes it, and longer endings with it', () => {
    stems([['behovs', 'behov'], ['kronobergarnas', 'kronoberg'], ['kompetens', 'kompet']]);
  });
  it('keeps -et after the exceptions (kvalitet, paket)', () => {
    stems([['kvalitet', 'kvalitet'], ['laget', 'lag']]);
  });
  it('shortens -lig, -els and -fullt, and leaves short words alone', () => {
    stems([['mojlig', 'moj'], ['respektfullt', 'respektfull'], ['vi', 'vi'], ['1177', '1177']]);
  });
});
