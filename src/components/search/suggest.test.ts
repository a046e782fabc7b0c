import { describe, expect, it } from 'vitest';
import { maxDistance, suggest } from './suggest';

const vocabulary = ['kontinuitet', 'kontinuiteten', 'demografi', 'demografin', 'demokrati', 'vårdkontakt', 'vårdkontakten', 'vårdkontakter', 'jämlik', 'jämlika', 'journal', 'kön', 'dokumentation'];

describe('suggest', () => {
  it('corrects a word when all the closest words of the site are forms of one word', () => {
    expect(suggest('kontinutet', vocabulary).correction).toBe('kontinuitet');
    expect(suggest('vårdkontackt', vocabulary).correction).toBe('vårdkontakt');
    expect(suggest('jämlig', vocabulary).correction).toBe('jämlik');
  });
  it('asks when the closest words are different words', () => {
    expect(suggest('demokrafi', vocabulary)).toEqual({ options: ['demografi', 'demokrati'] });
  });
  it('finds nothing for words far from every word of the site, for short words and for numbers', () => {
    expect(suggest('parkeringsavgift', vocabulary)).toEqual({ options: [] });
    expect(suggest('kö', vocabulary)).toEqual({ options: [] });
    expect(suggest('1177', vocabulary)).toEqual({ options: [] });
  });
  it('allows one slip in short words and two in longer ones', () => {
    expect([maxDistance('kon'), maxDistance('kost'), maxDistance('kontakt'), maxDistance('2030')]).toEqual([0, 1, 2, 0]);
    expect(suggest('jornul', vocabulary).options).toEqual([]);
    expect(suggest('dokumnetation', vocabulary).correction).toBe('dokumentation');
  });
});
