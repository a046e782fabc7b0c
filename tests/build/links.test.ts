/**
 * Every internal link and every #fragment in the built site resolves, in the normal build and
 * in the one made under a sub-path (BASE_PATH=/strategi/, built by `npm test` into dist-subpath/).
 */
import { existsSync } from 'node:fs';
import { brokenLinks } from '../../src/integrations/link-check';
import { describe, expect, it } from 'vitest';
import { builtPages } from '../support/site';

describe('internal links', () => {
  for (const build of [
    { dir: 'dist', base: '/' },
    { dir: 'dist-subpath', base: '/strategi/' },
  ]) {
    it(`all resolve in ${build.dir} (base ${build.base})`, () => {
      expect(existsSync(`${build.dir}/index.html`), `${build.dir} is missing: npm test builds it`).toBe(true);
      expect(builtPages(build.dir).length).toBeGreaterThanOrEqual(15);
      expect(brokenLinks(build.dir, build.base)).toEqual([]);
    });
  }

  it('finds a link to a missing page, a missing anchor and a missing image source', async () => {
    const { mkdtempSync, mkdirSync, writeFileSync } = await import('node:fs');
    const dir = mkdtempSync('/tmp/links-');
    mkdirSync(`${dir}/a`);
    writeFileSync(
      `${dir}/index.html`,
      '<a href="/a/#finns">x</a><a href="/a/#saknas">y</a><a href="/borta/">z</a><picture><source srcset="/bild.svg 1x, /saknas.svg 2x"><img src="/bild.svg" alt="b"></picture>',
    );
    writeFileSync(`${dir}/a/index.html`, '<h2 id="finns">A</h2>');
    writeFileSync(`${dir}/bild.svg`, '<svg xmlns="http://www.w3.org/2000/svg"/>');
    expect(brokenLinks(dir, '/')).toEqual([
      { page: '/', link: '/a/#saknas', reason: 'missing-fragment' },
      { page: '/', link: '/borta/', reason: 'missing-page' },
      { page: '/', link: '/saknas.svg', reason: 'missing-page' },
    ]);
  });
});
