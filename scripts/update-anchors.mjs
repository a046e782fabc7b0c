// Records the built site's anchors in tests/anchor-manifest.json (run after `npm run build`).
// Anchors are only ever added: a published link must keep working. To retire one on purpose,
// declare an alias in content/aliases.yaml, or run with --prune to drop it (say why in the commit).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { MANIFEST, publishedAnchors } from './anchors.mjs';

const prune = process.argv.includes('--prune');
const current = publishedAnchors('dist');
/** @type {Record<string, string[]>} */
const old = existsSync(MANIFEST) ? JSON.parse(readFileSync(MANIFEST, 'utf8')) : {};
const merged = prune ? current : { ...old };
if (!prune) for (const [page, ids] of Object.entries(current)) merged[page] = [...new Set([...(old[page] ?? []), ...ids])].sort();
const sorted = Object.fromEntries(Object.entries(merged).sort(([a], [b]) => a.localeCompare(b)));
writeFileSync(MANIFEST, `${JSON.stringify(sorted, null, 2)}\n`);
const count = Object.values(sorted).reduce((n, ids) => n + ids.length, 0);
console.log(`${MANIFEST}: ${Object.keys(sorted).length} pages, ${count} anchors${prune ? ' (pruned)' : ''}`);
