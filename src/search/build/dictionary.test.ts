import dictionary from 'dictionary-sv';
import nspell from 'nspell';
import { describe, expect, it } from 'vitest';
import { lexiconFor } from './dictionary';

describe('lexiconFor', () => {
  const words = ['dubbeldokumentation', 'beskrivits', 'livskvalitet', 'hälsoklyftor', 'kompetensförsörjningsutmaningar', 'erfarenheter', 'vårdkontakten'];
  const lexicon = lexiconFor(words);

  it('answers like the whole dictionary (compound rules off) for every possible part of its words', () => {
    const whole = nspell(dictionary);
    whole.compoundRules = [];
    for (const word of words) {
      for (let i = 1; i < word.length; i++) {
        for (const part of [word.slice(0, i), word.slice(i)]) expect(lexicon.isWord(part), part).toBe(whole.correct(part));
      }
    }
  });
  it('knows words on their own, not compounds, and the forms that begin compounds', () => {
    expect(lexicon.isWord('dokumentation')).toBe(true);
    expect(lexicon.isWord('rivits')).toBe(true);
    expect(lexicon.isWord('dubbeldokumentation')).toBe(false);
    expect(lexicon.isWord('hälso')).toBe(false);
    expect(lexicon.beginsCompound('hälso')).toBe(true);
  });
});
