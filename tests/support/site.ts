import { readFileSync } from 'node:fs';
import { pages } from '../../src/integrations/link-check';

/** A built HTML page: its URL path (without base) and its file. */
export interface BuiltPage {
  path: string;
  file: string;
}

/** Every HTML page in a build folder, as site paths (`/forord/`, `/404.html`). */
export function builtPages(dir = 'dist'): BuiltPage[] {
  return pages(dir).map(([path, file]) => ({ path, file }));
}

/** A page that only forwards the reader (a short address or a renamed page's old address). */
export const isRedirect = (html: string) => /<meta\s[^>]*http-equiv="refresh"/i.test(html);

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
