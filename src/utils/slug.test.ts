import { describe, expect, it } from 'vitest';
import { slugify } from './slug';

/** [text, slug] pairs. */
const slugs = (pairs: [string, string][]) => pairs.forEach(([text, slug]) => expect(slugify(text), text).toBe(slug));

describe('slugify', () => {
  it('folds å, ä and ö to a and o', () => {
    slugs([
      ['Vi ska säkerställa kontinuitet i vårdprocesser', 'vi-ska-sakerstalla-kontinuitet-i-vardprocesser'],
      ['Förändrad demografi', 'forandrad-demografi'],
      ['ÅÄÖ åäö', 'aao-aao'],
    ]);
  });
  it('drops punctuation and collapses separators', () => {
    slugs([
      ['Målbild: Närmare kronobergaren', 'malbild-narmare-kronobergaren'],
      ['Vill du veta mer?', 'vill-du-veta-mer'],
      ['  Hälso- och sjukvårdens vårdnivåer  ', 'halso-och-sjukvardens-vardnivaer'],
      ['Gustbée', 'gustbee'],
    ]);
  });
  it('returns an empty string for text without letters or digits', () => {
    expect(slugify('–?!')).toBe('');
  });
});
