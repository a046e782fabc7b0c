import { describe, expect, it } from 'vitest';
import { bodySections } from './section-text';

describe('an MDX body as sections of plain text', () => {
  it('keeps the text before the first heading and each heading\'s paragraphs', () => {
    expect(bodySections('Inledning.\n\n### Vi ska A\n\nEtt. Två.\n\nTre.\n\n### Vi ska B\n\nFyra.\n')).toEqual([
      { depth: 0, paragraphs: ['Inledning.'] },
      { heading: 'Vi ska A', depth: 3, paragraphs: ['Ett. Två.', 'Tre.'] },
      { heading: 'Vi ska B', depth: 3, paragraphs: ['Fyra.'] },
    ]);
  });

  it('joins a paragraph\'s lines, keeps link text and drops emphasis', () => {
    expect(bodySections('På [regionkronoberg.se](https://regionkronoberg.se) kan\ndu läsa **mer**.')[0]!.paragraphs).toEqual(['På regionkronoberg.se kan du läsa mer.']);
  });

  it('gives each list item as its own paragraph', () => {
    expect(bodySections('## Vägen dit\n\n1. I Kronoberg ett\n2. I Kronoberg två\n')[0]!.paragraphs).toEqual(['I Kronoberg ett', 'I Kronoberg två']);
  });

  it('leaves out components, what they wrap, and comments', () => {
    const body = 'Ett.\n\n<Quote id="x" />\n\n{/* en kommentar */}\n\n<Excerpt2027>\n\n#### Vi ska A\n\nUtdrag.\n\n</Excerpt2027>\n\nTvå.';
    expect(bodySections(body)).toEqual([{ depth: 0, paragraphs: ['Ett.', 'Två.'] }]);
  });
});
