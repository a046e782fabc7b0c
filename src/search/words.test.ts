import { describe, expect, it } from 'vitest';
import { indexKey, keyMatches, keysAt, plainWord } from './words';

describe('words as Pagefind indexes them', () => {
  it('keeps letters and digits, lower case, without diacritics', () => {
    expect(plainWord('Vårdkontakten,')).toBe('vardkontakten');
    expect(plainWord('HME-index')).toBe('hmeindex');
    expect(indexKey('Vårdkontakter')).toBe('vardkontak');
  });
  it('gives the parts of a word joined by punctuation or a split mark, at the same place', () => {
    const cases: [string, string[]][] = [
      ['HME-index.', ['hmeindex', 'hme', 'index']],
      ['dubbel|dokumentation', ['dubbeldokumentation', 'dubbel', 'dokumentation']],
      ['83,7', ['837', '83']],
      ['JavaScript', ['javascript', 'jav', 'script']],
      ['vårdkontakt,', ['vardkontak']],
    ];
    for (const [word, keys] of cases) expect(keysAt(word), word).toEqual(keys);
  });
  it('matches a query word by the beginning of an indexed word, a number only whole', () => {
    const cases: [string, string, boolean][] = [
      [indexKey('vård'), indexKey('vårdkontakten'), true],
      [indexKey('kontinutet'), indexKey('kön'), false],
      ['11', '11', true],
      ['11', '110', false],
      ['1177', '11', false],
    ];
    for (const [query, indexed, matches] of cases) expect(keyMatches(query, indexed), `${query} ~ ${indexed}`).toBe(matches);
  });
});
