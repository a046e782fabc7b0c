import { readFileSync, readdirSync } from 'node:fs';
import { wording } from './site';

export const SOURCE_DIR = 'tests/fixtures/source';

/** The source files' text (see tests/fixtures/source/README.md). */
export function sourceTexts(): { file: string; text: string }[] {
  return readdirSync(SOURCE_DIR)
    .filter((f) => f.endsWith('.txt'))
    .map((file) => ({ file, text: readFileSync(`${SOURCE_DIR}/${file}`, 'utf8') }));
}

const isCapitals = (line: string) => /\p{Lu}{3}/u.test(line) && line === line.toUpperCase();

/**
 * The source cut into pieces that must each stand on the site: a piece ends at a blank line, at a
 * line in capitals (headings, leads, labels), at a bullet and at the end of a sentence. Words split
 * by hyphenation at a line end are joined first.
 */
export function sourcePieces(text: string): string[] {
  const pieces: string[] = [];
  let current = '';
  const flush = () => {
    for (const s of current.split(/(?<=[.!?])\s+/)) if (s.trim()) pieces.push(s.trim());
    current = '';
  };
  for (const raw of text.replace(/\u00a0/g, ' ').split('\n')) {
    const line = raw.trim();
    if (!line || isCapitals(line) || line.startsWith('•')) {
      flush();
      if (line) {
        current = line.replace(/^•\s*/, '');
        if (isCapitals(line)) flush();
      }
      continue;
    }
    current = current.endsWith('-') ? current + line : current ? `${current} ${line}` : line;
  }
  flush();
  return pieces;
}

/** True when a piece is layout debris: page numbers and infographic numbers with no words. */
export const isDebris = (piece: string) => /^[\d\s/.,+%ÅR”"]*$/u.test(piece) || wording(piece).length < 3;

/** Source pieces deliberately not published word for word, each with the reason (the site, the PDF). */
export const NOT_PUBLISHED: Record<string, string> = {
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
