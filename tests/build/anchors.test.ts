/**
 * Links from slides must never rot: every anchor ever published (tests/anchor-manifest.json)
 * still exists on its page, directly or through an alias in content/aliases.yaml.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MANIFEST, publishedAnchors } from '../../scripts/anchors.mjs';
import { readAliases } from '../../src/config/aliases';

const manifest = JSON.parse(readFileSync(MANIFEST, 'utf8')) as Record<string, string[]>;
const current = publishedAnchors('dist') as Record<string, string[]>;
const aliases = readAliases();

/** Ids present anywhere in a built page (headings, figures and alias spans). */
function idsOn(page: string): Set<string> {
  const file = `dist${page}index.html`;
  if (!existsSync(file)) return new Set();
  return new Set([...readFileSync(file, 'utf8').matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!));
}

describe('anchor manifest', () => {
  it('records the published pages and their headings', () => {
    expect(Object.keys(manifest).length).toBeGreaterThanOrEqual(15);
    expect(manifest['/inriktningar/nara-och-samordnad/']).toContain('vi-ska-sakerstalla-kontinuitet-i-vardprocesser');
  });

  for (const [page, ids] of Object.entries(manifest)) {
    it(`keeps every anchor of ${page}`, () => {
      const redirect = aliases.pages.find((p) => p.from === page);
      const target = redirect ? redirect.to : page;
      expect(existsSync(`dist${target}index.html`), `${page} is gone: declare a page alias in content/aliases.yaml`).toBe(true);
      const present = idsOn(target);
      const missing = ids.filter((id) => !present.has(id));
      expect(missing, `anchors removed from ${page}: declare them in content/aliases.yaml`).toEqual([]);
    });
  }

  it('knows every anchor the site publishes now (run `npm run anchors:update` after adding headings)', () => {
    const unrecorded = Object.entries(current).flatMap(([page, ids]) => ids.filter((id) => !manifest[page]?.includes(id)).map((id) => `${page}#${id}`));
    expect(unrecorded).toEqual([]);
  });
});
