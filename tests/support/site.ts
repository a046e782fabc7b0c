import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** A built HTML page: its URL path (without base) and its file. */
export interface BuiltPage {
  path: string;
  file: string;
}

/** Every HTML page in a build folder, as site paths (`/forord/`, `/404.html`). */
export function builtPages(dir = 'dist'): BuiltPage[] {
  const out: BuiltPage[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const file = join(d, name);
      if (statSync(file).isDirectory()) {
        if (name !== 'pagefind' && name !== '_astro') walk(file);
      } else if (name.endsWith('.html')) {
        const rel = relative(dir, file).split(sep).join('/');
        out.push({ path: rel === 'index.html' ? '/' : rel.endsWith('/index.html') ? `/${rel.slice(0, -'index.html'.length)}` : `/${rel}`, file });
      }
    }
  };
  walk(dir);
  return out.sort((a, b) => a.path.localeCompare(b.path));
}

/** The content pages a reader reaches (everything but the 404 page). */
export function readerPages(dir = 'dist'): string[] {
  return builtPages(dir).map((p) => p.path).filter((p) => !p.endsWith('404.html'));
}

export const readHtml = (file: string) => readFileSync(file, 'utf8');

/** Values of one attribute in an HTML string. */
export function attributeValues(html: string, attribute: string): string[] {
  const re = new RegExp(`\\s${attribute}="([^"]*)"`, 'g');
  return [...html.matchAll(re)].map((m) => m[1]!.replace(/&amp;/g, '&'));
}

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
