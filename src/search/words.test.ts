import { describe, expect, it } from 'vitest';
import { indexKey, keyMatches, keysAt, plainWord } from './words';

describe('words as Pagefind indexes them', () => {
  it('keeps letters and digits, lower case, without diacritics', () => {
    expect(plainWord('Vårdkontakten,')).toBe('vardkontakten');
    expect(plainWord('HME-index')).toBe('hmeindex');
    expect(indexKey('Vårdkontakter')).toBe('vardkontak');
  });
  it('gives the parts of a word joined by punctuation or a split mark, at the same place', () => {
    expect(keysAt('HME-index.')).toEqual(['hmeindex', 'hme', 'index']);
    expect(keysAt('dubbel|dokumentation')).toEqual(['dubbeldokumentation', 'dubbel', 'dokumentation']);
    expect(keysAt('83,7')).toEqual(['837', '83']);
    expect(keysAt('JavaScript')).toEqual(['javascript', 'jav', 'script']);
    expect(keysAt('vårdkontakt,')).toEqual(['vardkontak']);
  });
  it('matches a query word by the beginning of an indexed word, a number only whole', () => {
    expect(keyMatches(indexKey('vård'), indexKey('vårdkontakten'))).toBe(true);
    expect(keyMatches(indexKey('kontinutet'), indexKey('kön'))).toBe(false);
    expect(keyMatches('11', '11')).toBe(true);
    expect(keyMatches('11', '110')).toBe(false);
    expect(keyMatches('1177', '11')).toBe(false);
  });
});
