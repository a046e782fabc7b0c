import { describe, expect, it } from 'vitest';
import { swedishStem } from './swedish-stem';

// Snowball's Swedish stemmer as Pagefind runs it (on words without diacritics). That the browser's
// stems are Pagefind's own for every word of the site is checked in tests/build/search-index.test.ts.
describe('swedishStem', () => {
  it('removes inflection endings within R1', () => {
    expect(swedishStem('vardkontakten')).toBe('vardkontak');
    expect(swedishStem('vardkontakter')).toBe('vardkontak');
    expect(swedishStem('forsorjningskvoten')).toBe('forsorjningskvot');
    expect(swedishStem('kontinuitet')).toBe('kontinuitet');
    expect(swedishStem('lakare')).toBe('lak');
  });
  it('removes -s after a consonant that takes it, and longer endings with it', () => {
    expect(swedishStem('behovs')).toBe('behov');
    expect(swedishStem('kronobergarnas')).toBe('kronoberg');
    expect(swedishStem('kompetens')).toBe('kompet');
  });
  it('keeps -et after the exceptions (kvalitet, paket)', () => {
    expect(swedishStem('kvalitet')).toBe('kvalitet');
    expect(swedishStem('laget')).toBe('lag');
  });
  it('shortens -lig, -els and -fullt, and leaves short words alone', () => {
    expect(swedishStem('mojlig')).toBe('moj');
    expect(swedishStem('respektfullt')).toBe('respektfull');
    expect(swedishStem('vi')).toBe('vi');
    expect(swedishStem('1177')).toBe('1177');
  });
});
