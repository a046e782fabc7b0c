/**
 * The markup uses its own class names, and Tailwind does not scan it (`source(none)` in
 * src/styles/global.css). If it did, a class such as `contents` or `sr-only` would also become a
 * Tailwind utility and restyle the element (`.contents{display:contents}` once took the box, and
 * the numbers, off the start page's list). Tailwind's own compiler says which class names of the
 * built pages are utility names; none of those utilities may be in the built CSS.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { compile } from 'tailwindcss';
import { beforeAll, describe, expect, it } from 'vitest';
import { attributeValues } from '../../src/integrations/built-site';
import { builtPages, readHtml } from '../support/site';

/** Class names that may be Tailwind utilities in the built CSS, each with the reason. */
const ALLOWED: Record<string, string> = {};

const STYLESHEET = 'src/styles/global.css';
const resolve = createRequire(import.meta.url).resolve;

interface StyleRule {
  selectors: string[];
  properties: string[];
}

/** Each character outside quotes, with how deep it stands in (), [] and {}; a bracket has its outside depth. */
function* outsideQuotes(text: string): Generator<[number, string, number]> {
  let depth = 0;
  let quote = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else {
      if (')]}'.includes(c)) depth--;
      yield [i, c, depth];
      if ('([{'.includes(c)) depth++;
    }
  }
}

/** Splits a selector list on its top-level commas (not those inside `:is(…)`). */
function selectorList(text: string): string[] {
  const cuts = [...outsideQuotes(text)].filter(([, c, depth]) => c === ',' && depth === 0).map(([i]) => i);
  return [-1, ...cuts].map((from, k) => text.slice(from + 1, cuts[k] ?? text.length).trim()).filter(Boolean);
}

/** The statements of a block: `prelude { body }` or `prelude;`. */
function statements(css: string): { prelude: string; body?: string }[] {
  const out: { prelude: string; body?: string }[] = [];
  let start = 0;
  let open = -1;
  for (const [i, c, depth] of outsideQuotes(css)) {
    if (depth !== 0) continue;
    if (c === '{') open = i;
    else if (c === '}') out.push({ prelude: css.slice(start, open).trim(), body: css.slice(open + 1, i) });
    else if (c === ';' && css.slice(start, i).trim()) out.push({ prelude: css.slice(start, i).trim() });
    if (c === '}' || c === ';') start = i + 1;
  }
  if (css.slice(start).trim()) out.push({ prelude: css.slice(start).trim() });
  return out;
}

/** Every style rule of a stylesheet, inside at-rules too, with the properties it sets directly. */
function styleRules(css: string): StyleRule[] {
  const rules: StyleRule[] = [];
  const walk = (block: string) => {
    for (const { prelude, body } of statements(block)) {
      if (body === undefined) continue;
      if (prelude.startsWith('@')) walk(body);
      else {
        const inner = statements(body);
        const properties = inner.filter((s) => s.body === undefined && s.prelude.includes(':')).map((s) => s.prelude.slice(0, s.prelude.indexOf(':')).trim());
        rules.push({ selectors: selectorList(prelude), properties });
        for (const nested of inner.filter((s) => s.body !== undefined)) walk(`${nested.prelude}{${nested.body}}`);
      }
    }
  };
  walk(css.replace(/\/\*[\s\S]*?\*\//g, ''));
  return rules;
}

/** The class a selector selects when it is nothing but one class (`.sr-only`), else undefined. */
const soleClass = (selector: string) => selector.match(/^\.((?:\\.|[\w-])+)$/)?.[1]?.replace(/\\(.)/g, '$1');

/**
 * Tailwind's utilities for those of `classes` it would turn into one, as class → the properties
 * it sets, compiled with the project's own stylesheet (its theme decides what is a utility).
 */
async function tailwindUtilities(classes: string[]): Promise<Map<string, string[]>> {
  const compiler = await compile(readFileSync(STYLESHEET, 'utf8'), {
    base: dirname(STYLESHEET),
    loadStylesheet: async (id, base) => {
      const path = id === 'tailwindcss' ? resolve('tailwindcss/index.css') : resolve(id, { paths: [base] });
      return { path, base: dirname(path), content: readFileSync(path, 'utf8') };
    },
  });
  const wanted = new Set(classes);
  const utilities = new Map<string, string[]>();
  // Only Tailwind's output: the rest of the compiled stylesheet is the project's own rules.
  const layer = statements(compiler.build(classes)).find((s) => s.prelude === '@layer utilities')?.body ?? '';
  for (const rule of styleRules(layer)) {
    const name = rule.selectors.length === 1 ? soleClass(rule.selectors[0]!) : undefined;
    if (name && wanted.has(name)) utilities.set(name, [...(utilities.get(name) ?? []), ...rule.properties]);
  }
  return utilities;
}

/** Every class name in the built pages' markup. */
function markupClasses(dir: string): string[] {
  const names = builtPages(dir).flatMap(({ file }) => attributeValues(readHtml(file), 'class').flatMap((v) => v.split(/\s+/)));
  return [...new Set(names.filter(Boolean))].sort();
}

/** The built CSS: the stylesheets in _astro/ and the <style> elements of the pages. */
function builtCss(dir: string): string {
  const files = (readdirSync(join(dir, '_astro')) as string[]).filter((f) => f.endsWith('.css')).map((f) => readFileSync(join(dir, '_astro', f), 'utf8'));
  const inline = builtPages(dir).flatMap(({ file }) => [...readHtml(file).matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]!));
  return [...files, ...inline].join('\n');
}

describe('class names of the markup and Tailwind utilities', () => {
  const classes = markupClasses('dist');
  const css = builtCss('dist');
  let utilities: Map<string, string[]>;
  beforeAll(async () => {
    utilities = await tailwindUtilities(classes);
  });

  it('asks Tailwind which names are its utilities', async () => {
    expect(classes.length, 'class names in dist/').toBeGreaterThan(20);
    const known = await tailwindUtilities(['contents', 'sr-only', 'card']);
    expect([...known.keys()].sort()).toEqual(['contents', 'sr-only']);
    expect(known.get('contents')).toEqual(['display']);
  });

  it('no class of the markup is also a Tailwind utility in the built CSS', () => {
    const rules = styleRules(css);
    const collisions = [...utilities]
      .filter(([name]) => !Object.hasOwn(ALLOWED, name))
      .filter(([name, properties]) => rules.some((r) => r.selectors.some((s) => soleClass(s) === name) && properties.every((p) => r.properties.includes(p))))
      .map(([name, properties]) => `.${name} { ${properties.join('; ')} }`);
    expect(collisions, 'limit what Tailwind scans (src/styles/global.css), or rename the class').toEqual([]);
  });

  it('keeps Tailwind preflight and the theme variables', () => {
    expect(css).toMatch(/box-sizing:\s*border-box/);
    const theme = readFileSync(STYLESHEET, 'utf8').match(/@theme\s*\{([^}]*)\}/)?.[1] ?? '';
    const variables = theme.match(/--[\w-]+(?=:)/g) ?? [];
    expect(variables.length, '@theme variables in the stylesheet').toBeGreaterThan(5);
    for (const variable of variables) expect(css, variable).toContain(`${variable}:`);
  });
});
