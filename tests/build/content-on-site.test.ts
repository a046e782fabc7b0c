/**
 * Every sentence of the source stands on the built site, word for word (letters and digits
 * compared, so casing, hyphenation and layout do not count), apart from the listed exceptions.
 */
import { describe, expect, it } from 'vitest';
import { builtPages, htmlText, readHtml, wording } from '../support/site';
import { isDebris, NOT_PUBLISHED, sourcePieces, sourceTexts } from '../support/source';

// The share controls between a heading and its text are interface, not text: they are left out, so
// a source piece that runs from a heading into its first sentence is compared as the reader reads it.
const withoutControls = (html: string) => html.replace(/<share-panel\b[\s\S]*?<\/share-panel>/g, ' ');
const siteWording = wording(builtPages('dist').map((p) => htmlText(withoutControls(readHtml(p.file)))).join(' | '));

describe('the source on the site', () => {
  for (const { file, text } of sourceTexts()) {
    it(`publishes every sentence of ${file}`, () => {
      const missing = sourcePieces(text)
        .filter((piece) => !isDebris(piece) && !(piece in NOT_PUBLISHED))
        .filter((piece) => !siteWording.includes(wording(piece)));
      expect(missing).toEqual([]);
    });
  }

  it('lists only exceptions that are in the source and really left out', () => {
    const all = sourceTexts().flatMap(({ text }) => sourcePieces(text));
    for (const piece of Object.keys(NOT_PUBLISHED)) {
      expect(all).toContain(piece);
      expect(siteWording.includes(wording(piece)), piece).toBe(false);
    }
  });
});
