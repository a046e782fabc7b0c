import { readFileSync } from 'node:fs';
import { builtPages, isRedirect } from '../../src/integrations/built-site';

export { builtPages, isRedirect, type BuiltPage } from '../../src/integrations/built-site';

/** The content pages a reader reaches (everything but the 404 page and redirects). */
export function readerPages(dir = 'dist'): string[] {
  return builtPages(dir)
    .filter((p) => !p.path.endsWith('404.html') && !isRedirect(readHtml(p.file)))
    .map((p) => p.path);
}

export const readHtml = (file: string) => readFileSync(file, 'utf8');

/** Visible-ish text of an HTML string: tags, scripts and styles removed, entities decoded. */
export function htmlText(html: string): string {
  return html
    .replace(/<(script|style)[\s\S]*?<\/\1>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#(\d+);/g, (_, n) => String.fromCodePoint(Number(n)))
    .replace(/&#x([0-9a-f]+);/gi, (_, n) => String.fromCodePoint(parseInt(n, 16)))
    .replace(/\s+/g, ' ');
}

/** Letters and digits only, lower case: compares wording while ignoring layout and punctuation. */
export const wording = (s: string) => s.toLowerCase().normalize('NFC').replace(/[^\p{L}\p{N}]/gu, '');
