import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Every HTML file of a build, as [site path without base, file]. */
export function pages(dir: string): [string, string][] {
  const out: [string, string][] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const file = join(d, name);
      if (statSync(file).isDirectory()) {
        if (name !== '_astro' && name !== 'pagefind') walk(file);
      } else if (name.endsWith('.html')) {
        const rel = relative(dir, file).split(sep).join('/');
        out.push([rel === 'index.html' ? '/' : rel.endsWith('/index.html') ? `/${rel.slice(0, -10)}` : `/${rel}`, file]);
      }
    }
  };
  walk(dir);
  return out.sort(([a], [b]) => a.localeCompare(b));
}

const values = (html: string, attribute: string) =>
  [...html.matchAll(new RegExp(`\\s${attribute}="([^"]*)"`, 'g'))].map((m) => m[1]!.replace(/&amp;/g, '&'));

/**
 * Internal links of a build that lead nowhere: a missing file under the base path, or a
 * #fragment with no element of that id on the target page. Each problem as "page → link: why".
 */
export function brokenLinks(dir: string, base: string): string[] {
  const ids = new Map<string, Set<string>>();
  const idsOf = (file: string) => {
    if (!ids.has(file)) ids.set(file, new Set(values(readFileSync(file, 'utf8'), 'id')));
    return ids.get(file)!;
  };
  const fileFor = (path: string): string | undefined => {
    if (!path.startsWith(base)) return undefined;
    const rel = decodeURIComponent(path.slice(base.length));
    const candidates = rel === '' || rel.endsWith('/') ? [`${dir}/${rel}index.html`] : [`${dir}/${rel}`, `${dir}/${rel}/index.html`];
    return candidates.find((c) => existsSync(c));
  };
  const problems: string[] = [];
  for (const [path, file] of pages(dir)) {
    const html = readFileSync(file, 'utf8');
    const here = `${base}${path.slice(1)}`;
    const candidates = values(html, 'srcset').flatMap((set) => set.split(',').map((c) => c.trim().split(/\s+/)[0]!));
    for (const link of [...values(html, 'href'), ...values(html, 'src'), ...candidates]) {
      if (/^(https?:|mailto:|tel:|data:|blob:)/.test(link)) continue;
      const [target = '', fragment] = link.split('#');
      const to = target === '' ? file : fileFor(target.startsWith('/') ? target : new URL(target, `http://x${here}`).pathname);
      if (!to) problems.push(`${path} → ${link}: ingen sådan sida under ${base}`);
      else if (fragment && to.endsWith('.html') && !idsOf(to).has(decodeURIComponent(fragment))) {
        problems.push(`${path} → ${link}: sidan har inget avsnitt med id "${fragment}"`);
      }
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
