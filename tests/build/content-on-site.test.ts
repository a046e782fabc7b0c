/**
 * Every sentence of the source stands on the built site, word for word (letters and digits
 * compared, so casing, hyphenation and layout do not count), apart from the listed exceptions.
 */
import { describe, expect, it } from 'vitest';
import { builtPages, htmlText, readHtml, wording } from '../support/site';
import { isDebris, sourcePieces, sourceTexts } from '../support/source';

/** Source pieces deliberately not published word for word, each with the reason. */
const NOT_PUBLISHED: Record<string, string> = {
  'Omställningen till nära vård, Sveriges kommuner och regioner, öppnas i nytt fönster': 'link text without an address in the source',
  'Utvecklingsstrategin, Närmare kronobergaren': 'link text without an address in the source',
  'Politiskt program Nära vård, pdf öppnas i nytt fönster': 'link text without an address in the source',
  'Handlingsplan Nära vård, pdf öppnas i nytt fönster': 'link text without an address in the source',
  'http://regionkronoberg.se/narmarekronobergaren': 'the address is the link of the sentence before it (as https)',
  'E-post: Det här är en e-postadress': 'debris of a hidden e-mail address',
  'Telefon: 0470-58 61 88, 0709-84 44 91': 'published as one "Telefon:" line per number',
  'Regionen uppmanar invånarna att förbereda sig för videobe...': 'cut off mid-word in the source; published up to the last whole word',
  'Nu inleds ett spännande utvecklingsarbete inom informationsdriven och digifysi...': 'cut off mid-word in the source; published up to the last whole word',
  'Mikael Johansson (M), regionstyrelsens ordförande, och Magnus Gunnarsson, kommunstyrelsens ordförande i Ljungby kommun.':
    'caption of a photo the site does not have',
  'tydligare samordnar vårdinsatser inom och mellan vårdverksamheter för att bättre möta individens hela vård- oh omsorgsbehov':
    'the typo "oh" is published as "och"',
};

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
