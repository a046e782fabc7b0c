import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Reads a built site (dist/): its pages, the ids on them and the anchors it publishes. The one
 * reader for the build's link check, the anchor script, the tests and the benchmark, so they
 * all agree on what a page and an id are. Node imports it directly (no build step), so it uses
 * only type syntax that can be stripped.
 */

/** A built HTML page: its site path without the base (`/`, `/forord/`, `/404.html`) and its file. */
export interface BuiltPage {
  path: string;
  file: string;
}

/** Folders of a build that hold assets, not pages. */
const ASSET_FOLDERS = new Set(['_astro', 'pagefind']);

/** Every HTML page of a build folder, sorted by path. */
export function builtPages(dir: string): BuiltPage[] {
  return (readdirSync(dir, { recursive: true, encoding: 'utf8' }) as string[])
    .map((rel) => rel.split('\\').join('/'))
    .filter((rel) => rel.endsWith('.html') && !ASSET_FOLDERS.has(rel.split('/')[0]!))
    .map((rel) => ({ path: rel === 'index.html' ? '/' : rel.endsWith('/index.html') ? `/${rel.slice(0, -'index.html'.length)}` : `/${rel}`, file: join(dir, rel) }))
    .sort((a, b) => a.path.localeCompare(b.path));
}

/** The file that serves a site path (without the base): `/a/` → a/index.html, `/a.csv` → a.csv. */
export function fileForPath(dir: string, path: string): string | undefined {
  const rel = path.replace(/^\//, '');
  const candidates = rel === '' || rel.endsWith('/') ? [join(dir, rel, 'index.html')] : [join(dir, rel), join(dir, rel, 'index.html')];
  return candidates.find((c) => existsSync(c));
}

/** Every value of an attribute in an HTML string (`&amp;` decoded), in document order. */
export function attributeValues(html: string, attribute: string): string[] {
  return [...html.matchAll(new RegExp(`\\s${attribute}="([^"]*)"`, 'g'))].map((m) => m[1]!.replace(/&amp;/g, '&'));
}

/** Every id on a page: headings, figures, and the spans that keep old (alias) ids. */
export function idsOn(html: string): Set<string> {
  return new Set(attributeValues(html, 'id'));
}

/** The ids a page publishes as anchors: those of its headings and figures, sorted. */
export function anchorsOn(html: string): string[] {
  const ids = [...html.matchAll(/<(?:h[1-6]|figure)\b[^>]*\sid="([^"]+)"/g)].map((m) => m[1]!);
  return [...new Set(ids)].sort();
}

/** A page Astro writes for a redirect (content/aliases.yaml): it only forwards the reader. */
export function isRedirect(html: string): boolean {
  return /<meta\s[^>]*http-equiv="refresh"/i.test(html);
}

/** Page path → anchor ids, for every page of a build (`/x/` pages; redirects are not pages). */
export function publishedAnchors(dir: string): Record<string, string[]> {
  const anchors: Record<string, string[]> = {};
  for (const { path, file } of builtPages(dir)) {
    if (!path.endsWith('/')) continue; // the 404 page is not linked to
    const html = readFileSync(file, 'utf8');
    if (!isRedirect(html)) anchors[path] = anchorsOn(html);
  }
  return anchors;
}
