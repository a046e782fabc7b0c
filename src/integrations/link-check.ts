import { existsSync, readFileSync } from 'node:fs';
import { attributeValues, builtPages, fileForPath, idsOn } from './built-site';

/** An internal link that leads nowhere: the page it stands on (path without base), the link, and why. */
export interface BrokenLink {
  page: string;
  link: string;
  reason: 'missing-page' | 'missing-fragment';
}

/**
 * Internal links of a build that lead nowhere: a missing file under the base path, or a
 * #fragment with no element of that id on the target page.
 */
export function brokenLinks(dir: string, base: string): BrokenLink[] {
  const ids = new Map<string, Set<string>>();
  const idsOf = (file: string) => {
    if (!ids.has(file)) ids.set(file, idsOn(readFileSync(file, 'utf8')));
    return ids.get(file)!;
  };
  const fileFor = (path: string) => (path.startsWith(base) ? fileForPath(dir, decodeURIComponent(path.slice(base.length - 1))) : undefined);
  const problems: BrokenLink[] = [];
  for (const { path, file } of builtPages(dir)) {
    const html = readFileSync(file, 'utf8');
    const here = `${base}${path.slice(1)}`;
    const candidates = attributeValues(html, 'srcset').flatMap((set) => set.split(',').map((c) => c.trim().split(/\s+/)[0]!));
    for (const link of [...attributeValues(html, 'href'), ...attributeValues(html, 'src'), ...candidates]) {
      if (/^(https?:|mailto:|tel:|data:|blob:)/.test(link)) continue;
      const [target = '', fragment] = link.split('#');
      const to = target === '' ? file : fileFor(target.startsWith('/') ? target : new URL(target, `http://x${here}`).pathname);
      if (!to) problems.push({ page: path, link, reason: 'missing-page' });
      else if (fragment && to.endsWith('.html') && !idsOf(to).has(decodeURIComponent(fragment))) problems.push({ page: path, link, reason: 'missing-fragment' });
    }
  }
  return problems;
}

/** The content file a built page comes from, to name it in error messages. */
export function contentFileFor(path: string): string | undefined {
  const m = path.match(/^\/(?:(inriktningar)\/)?([a-z0-9-]+)\/$/);
  if (!m) return undefined;
  const candidates = m[1] ? [`content/inriktningar/${m[2]}.mdx`] : [`content/kapitel/${m[2]}.mdx`, `content/sidor/${m[2]}.mdx`];
  return candidates.find((c) => existsSync(c));
}
