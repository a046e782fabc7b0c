import { describe, expect, it } from 'vitest';
import { firstParagraph, leadingSentences } from './text';

describe('firstParagraph', () => {
  it('skips headings, components and comments and strips link syntax', () => {
    const body = '{/* not this */}\n\n## Rubrik\n\n<Quote id="x" />\n\nFörsta [stycket](https://example.se) här.\nFortsätter.\n\nAndra.';
    expect(firstParagraph(body)).toBe('Första stycket här. Fortsätter.');
  });
  it('returns an empty string for an empty body', () => {
    expect(firstParagraph('')).toBe('');
    expect(firstParagraph(undefined)).toBe('');
  });
});

describe('leadingSentences', () => {
  it('keeps whole sentences within the limit', () => {
    expect(leadingSentences('Ett. Två är längre. Tre.', 12)).toBe('Ett.');
    expect(leadingSentences('Ett. Två.', 100)).toBe('Ett. Två.');
  });
  it('always keeps the first sentence', () => {
    expect(leadingSentences('En mycket lång mening.', 5)).toBe('En mycket lång mening.');
  });
});
