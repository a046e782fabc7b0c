import { readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { once } from '../utils/once';

/**
 * Old addresses declared in content/aliases.yaml. Read at config time (page redirects) and at
 * render time (fragment aliases), so it is a plain file rather than a content collection.
 */
export interface Aliases {
  pages: { from: string; to: string }[];
  anchors: { from: string; to: string }[];
}

const FILE = 'content/aliases.yaml';

export function readAliases(root = process.cwd()): Aliases {
  const data = (load(readFileSync(`${root}/${FILE}`, 'utf8')) ?? {}) as Partial<Aliases>;
  const check = (list: unknown, field: string) => {
    if (!Array.isArray(list)) throw new Error(`${FILE}: fältet "${field}" ska vara en lista.`);
    list.forEach((entry, i) => {
      const e = entry as Record<string, unknown>;
      for (const key of ['from', 'to']) {
        if (typeof e?.[key] !== 'string' || !e[key]) throw new Error(`${FILE}: ${field}[${i}] saknar fältet "${key}".`);
      }
    });
    return list as { from: string; to: string }[];
  };
  return { pages: check(data.pages ?? [], 'pages'), anchors: check(data.anchors ?? [], 'anchors') };
}

const aliases = once(readAliases);

/** Old ids that should still lead to the heading with id `id` (the file is read once per build). */
export function aliasesFor(id: string): string[] {
  return aliases().anchors.filter((a) => a.to === id).map((a) => a.from);
}
