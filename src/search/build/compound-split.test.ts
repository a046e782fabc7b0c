import { describe, expect, it } from 'vitest';
import { splitCompound, type Lexicon } from './compound-split';

/** A small dictionary: its words, and forms that only begin compounds. */
function lexicon(words: string[], beginnings: string[] = []): Lexicon {
  return { isWord: (w) => words.includes(w), beginsCompound: (w) => beginnings.includes(w) };
}

describe('splitCompound', () => {
  const words = lexicon(
    ['dubbel', 'dokumentation', 'vård', 'kontakt', 'kontakten', 'kompetens', 'försörjning', 'utmaningar', 'utgång', 'svärdet', 'värdet', 'säker', 'ställa', 'ställer', 'enhet', 'enheter', 'erfar', 'före', 'bygga', 'klyftor', 'sjuk', 'domar', 'vården'],
    ['hälso'],
  );

  it('splits a compound into a first part and a later part the dictionary knows', () => {
    expect(splitCompound('dubbeldokumentation', words)).toEqual(['dubbel', 'dokumentation']);
    expect(splitCompound('vårdkontakten', words)).toEqual(['vård', 'kontakten']);
  });
  it('splits again after the first part, keeping a joining s with the part before it', () => {
    expect(splitCompound('kompetensförsörjningsutmaningar', words)).toEqual(['kompetens', 'försörjnings', 'utmaningar']);
    expect(splitCompound('utgångsvärdet', words)).toEqual(['utgångs', 'värdet']);
  });
  it('takes a first part in its compound form (hälso-)', () => {
    expect(splitCompound('hälsoklyftor', words)).toEqual(['hälso', 'klyftor']);
  });
  it('leaves short later parts, prefixes and endings alone', () => {
    expect(splitCompound('sjukvården', words)).toEqual(['sjukvården']); // vård: four letters without its ending
    expect(splitCompound('förebygga', words)).toEqual(['förebygga']); // före- is a prefix
    expect(splitCompound('sjukdomstolar', lexicon(['sjuk', 'domstolar']))).toEqual(['sjukdomstolar']); // -dom is an ending
    expect(splitCompound('kontakt', words)).toEqual(['kontakt']);
  });
  it('refuses reviewed splits in every form of the later part', () => {
    expect(splitCompound('erfarenheter', words)).toEqual(['erfar', 'enheter']);
    expect(splitCompound('erfarenheter', words, ['erfar|enheter'])).toEqual(['erfarenheter']);
    expect(splitCompound('säkerställer', words, ['säker|ställa'])).toEqual(['säkerställer']);
  });
});
