/**
 * Links from slides must never rot: every anchor ever published (tests/anchor-manifest.json)
 * still exists on its page, directly or through an alias in content/aliases.yaml.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MANIFEST, publishedAnchors } from '../../scripts/anchors.mjs';
import { readAliases } from '../../src/config/aliases';
import { fileForPath, idsOn } from '../../src/integrations/built-site';

const manifest = JSON.parse(readFileSync(MANIFEST, 'utf8')) as Record<string, string[]>;
const current = publishedAnchors('dist');
const aliases = readAliases();

describe('anchor manifest', () => {
  it('records the published pages and their headings', () => {
    expect(Object.keys(manifest).length).toBeGreaterThanOrEqual(15);
    expect(manifest['/inriktningar/nara-och-samordnad/']).toContain('vi-ska-sakerstalla-kontinuitet-i-vardprocesser');
  });

  for (const [page, ids] of Object.entries(manifest)) {
    it(`keeps every anchor of ${page}`, () => {
      const redirect = aliases.pages.find((p) => p.from === page);
      const target = redirect ? redirect.to : page;
      const file = fileForPath('dist', target);
      expect(file, `${page} is gone: declare a page alias in content/aliases.yaml`).toBeDefined();
      const present = idsOn(readFileSync(file!, 'utf8'));
      const missing = ids.filter((id) => !present.has(id));
      expect(missing, `anchors removed from ${page}: declare them in content/aliases.yaml`).toEqual([]);
    });
  }

  it('knows every anchor the site publishes now (run `npm run anchors:update` after adding headings)', () => {
    const unrecorded = Object.entries(current).flatMap(([page, ids]) => ids.filter((id) => !manifest[page]?.includes(id)).map((id) => `${page}#${id}`));
    expect(unrecorded).toEqual([]);
  });
});
