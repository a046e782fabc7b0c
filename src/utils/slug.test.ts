import { describe, expect, it } from 'vitest';
import { slugify } from './slug';

describe('slugify', () => {
  it('folds å, ä and ö to a and o', () => {
    expect(slugify('Vi ska säkerställa kontinuitet i vårdprocesser')).toBe('vi-ska-sakerstalla-kontinuitet-i-vardprocesser');
    expect(slugify('Förändrad demografi')).toBe('forandrad-demografi');
    expect(slugify('ÅÄÖ åäö')).toBe('aao-aao');
  });
  it('drops punctuation and collapses separators', () => {
    expect(slugify('Målbild: Närmare kronobergaren')).toBe('malbild-narmare-kronobergaren');
    expect(slugify('Vill du veta mer?')).toBe('vill-du-veta-mer');
    expect(slugify('  Hälso- och sjukvårdens vårdnivåer  ')).toBe('halso-och-sjukvardens-vardnivaer');
    expect(slugify('Gustbée')).toBe('gustbee');
  });
  it('returns an empty string for text without letters or digits', () => {
    expect(slugify('–?!')).toBe('');
  });
});
