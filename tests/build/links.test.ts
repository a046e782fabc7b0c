/**
 * Every internal link and every #fragment in the built site resolves, in the normal build and
 * in the one made under a sub-path (BASE_PATH=/strategi/, built by `npm test` into dist-subpath/).
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { attributeValues, builtPages } from '../support/site';

interface Build {
  dir: string;
  base: string;
}

/** Problems with the links of one build, as "page → link: why". */
export function brokenLinks({ dir, base }: Build): string[] {
  const pages = builtPages(dir);
  const ids = new Map<string, Set<string>>();
  const idsOf = (file: string) => {
    if (!ids.has(file)) ids.set(file, new Set(attributeValues(readFileSync(file, 'utf8'), 'id')));
    return ids.get(file)!;
  };
  const fileFor = (path: string): string | undefined => {
    if (!path.startsWith(base)) return undefined;
    const rel = decodeURIComponent(path.slice(base.length));
    const candidates = rel === '' || rel.endsWith('/') ? [`${dir}/${rel}index.html`] : [`${dir}/${rel}`, `${dir}/${rel}/index.html`];
    return candidates.find((c) => existsSync(c));
  };
  const problems: string[] = [];
  for (const page of pages) {
    const html = readFileSync(page.file, 'utf8');
    const here = `${base}${page.path.slice(1)}`;
    const links = [...attributeValues(html, 'href'), ...attributeValues(html, 'src')];
    for (const link of links) {
      if (/^(https?:|mailto:|tel:|data:|blob:)/.test(link)) continue;
      const [path = '', fragment] = link.split('#');
      const target = path === '' ? page.file : path.startsWith('/') ? fileFor(path) : fileFor(new URL(path, `http://x${here}`).pathname);
      if (!target) {
        problems.push(`${page.path} → ${link}: no such file under ${base}`);
        continue;
      }
      if (fragment && target.endsWith('.html') && !idsOf(target).has(decodeURIComponent(fragment))) {
        problems.push(`${page.path} → ${link}: no element with id "${fragment}"`);
      }
    }
  }
  return problems;
}

describe('internal links', () => {
  for (const build of [
    { dir: 'dist', base: '/' },
    { dir: 'dist-subpath', base: '/strategi/' },
  ]) {
    it(`all resolve in ${build.dir} (base ${build.base})`, () => {
      expect(existsSync(`${build.dir}/index.html`), `${build.dir} is missing: npm test builds it`).toBe(true);
      expect(builtPages(build.dir).length).toBeGreaterThanOrEqual(15);
      expect(brokenLinks(build)).toEqual([]);
    });
  }

  it('finds a link to a missing page and to a missing anchor', async () => {
    const { mkdtempSync, mkdirSync, writeFileSync } = await import('node:fs');
    const dir = mkdtempSync('/tmp/links-');
    mkdirSync(`${dir}/a`);
    writeFileSync(`${dir}/index.html`, '<a href="/a/#finns">x</a><a href="/a/#saknas">y</a><a href="/borta/">z</a>');
    writeFileSync(`${dir}/a/index.html`, '<h2 id="finns">A</h2>');
    expect(brokenLinks({ dir, base: '/' })).toEqual([
      '/ → /a/#saknas: no element with id "saknas"',
      '/ → /borta/: no such file under /',
    ]);
  });
});
