import { describe, expect, it } from 'vitest';
import { fewerWords, planQuery, queryWords, searchesFor } from './query';

const synonyms = [
  { word: 'doktor', means: ['läkare'] },
  { word: 'ångest', means: ['psykisk ohälsa'] },
  { word: 'hemsjukvård', means: ['hemmet', 'hemmiljö'] },
];

describe('planQuery', () => {
  it('reads words as Pagefind does: lower case, punctuation dropped', () => {
    expect(queryWords('  HME-index, 80+ och ”Vård”? ')).toEqual(['hmeindex', '80', 'och', 'vård']);
  });
  it('leaves out stop words, but keeps the words that carry meaning here', () => {
    expect(planQuery('hur får jag samma läkare?', []).words).toEqual(['samma', 'läkare']);
    expect(planQuery('rätt vård i rätt tid', []).words).toEqual(['rätt', 'vård', 'tid']);
  });
  it('searches a query of stop words only as typed', () => {
    expect(planQuery('vad är det', []).words).toEqual(['vad', 'är', 'det']);
  });
  it('adds the text’s words for everyday words, also for their forms', () => {
    expect(planQuery('doktorn', synonyms).alsoFor).toEqual({ doktorn: ['läkare'] });
    expect(planQuery('doktorer ångest', synonyms).alsoFor).toEqual({ doktorer: ['läkare'], ångest: ['psykisk ohälsa'] });
    expect(planQuery('dok', synonyms).alsoFor).toEqual({});
  });
});

describe('searchesFor', () => {
  it('searches the words as typed, then with each synonym in place of its word', () => {
    expect(searchesFor(planQuery('fast doktor', synonyms))).toEqual([['fast', 'doktor'], ['fast', 'läkare']]);
    expect(searchesFor(planQuery('ångest', synonyms))).toEqual([['ångest'], ['psykisk', 'ohälsa']]);
  });
  it('combines synonyms of several words, at most eight searches', () => {
    const many = [1, 2, 3, 4].map((n) => ({ word: `ord${n}`, means: [`a${n}`, `b${n}`] }));
    const searches = searchesFor(planQuery('ord1 ord2 ord3 ord4', many));
    expect(searches).toHaveLength(8);
    expect(searches[0]).toEqual(['ord1', 'ord2', 'ord3', 'ord4']);
  });
});

describe('fewerWords', () => {
  const pages: Record<string, number> = { samma: 9, läkare: 1, läsa: 1, journal: 1, betyder: 0 };
  const count = (w: string) => pages[w] ?? 0;

  it('never keeps a word that finds nothing on its own', () => {
    expect(fewerWords(['betyder', 'journal'], count)).toEqual([['journal']]);
  });
  it('tries larger groups first, then rarer words, then longer words', () => {
    expect(fewerWords(['samma', 'läkare'], count)).toEqual([['läkare'], ['samma']]);
    expect(fewerWords(['läsa', 'journal'], count)).toEqual([['journal'], ['läsa']]);
    expect(fewerWords(['samma', 'läsa', 'journal'], count)[0]).toEqual(['läsa', 'journal']);
  });
  it('offers nothing when no word finds anything', () => {
    expect(fewerWords(['betyder'], count)).toEqual([]);
  });
});
