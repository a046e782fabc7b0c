// The published anchors of a build: every page and the ids of its headings and figures — the
// fragments staff put in slides. Shared by `npm run anchors:update` and the anchor test.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export const MANIFEST = 'tests/anchor-manifest.json';

/** @param {string} dir a build folder @returns {Record<string, string[]>} page path → anchor ids */
export function publishedAnchors(dir = 'dist') {
  /** @type {Record<string, string[]>} */
  const anchors = {};
  const walk = (/** @type {string} */ d) => {
    for (const name of readdirSync(d)) {
      const file = join(d, name);
      if (statSync(file).isDirectory()) {
        if (name !== '_astro' && name !== 'pagefind') walk(file);
      } else if (name === 'index.html') {
        const rel = relative(dir, d).split(sep).join('/');
        const html = readFileSync(file, 'utf8');
        if (/http-equiv="refresh"/.test(html)) continue; // a redirect, not a page
        const ids = [...html.matchAll(/<(?:h[1-6]|figure)\b[^>]*\sid="([^"]+)"/g)].map((m) => m[1]);
        anchors[rel ? `/${rel}/` : '/'] = [...new Set(ids)].sort();
      }
    }
  };
  walk(dir);
  return Object.fromEntries(Object.entries(anchors).sort(([a], [b]) => a.localeCompare(b)));
}
