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
