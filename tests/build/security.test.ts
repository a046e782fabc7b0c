/** Security properties of the built site and its source. */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { builtPages, readHtml } from '../support/site';

const pages = builtPages('dist');

describe('content security policy', () => {
  for (const { path, file } of pages) {
    it(`${path} carries a strict policy`, () => {
      const html = readHtml(file);
      const csp = html.match(/<meta http-equiv="content-security-policy" content="([^"]+)"/)?.[1];
      expect(csp, 'CSP meta element').toBeDefined();
      const directives = Object.fromEntries(csp!.split(';').map((d) => d.trim().split(/\s+/)).map(([k, ...v]) => [k, v]));
      expect(directives['default-src']).toEqual(["'self'"]);
      expect(directives['object-src']).toEqual(["'none'"]);
      for (const kind of ['script-src', 'style-src']) {
        expect(directives[kind], kind).toBeDefined();
        expect(directives[kind]).not.toContain("'unsafe-inline'");
        expect(directives[kind]).not.toContain("'unsafe-eval'");
      }
      // The narrowest allowance Pagefind's WebAssembly needs, and nothing broader.
      expect(directives['script-src']).toContain("'wasm-unsafe-eval'");
      // No inline event handlers, no javascript: URLs, no inline style attributes (the policy would block them).
      expect(html).not.toMatch(/\son[a-z]+="/);
      expect(html).not.toMatch(/href="javascript:/i);
      expect(html).not.toMatch(/\sstyle="/);
    });
  }

  it('links to other sites open without handing them this page (rel="noopener")', () => {
    const bad = pages.flatMap(({ path, file }) =>
      [...readHtml(file).matchAll(/<a\b[^>]*href="https?:[^"]*"[^>]*>/g)].map((m) => m[0]).filter((a) => !/rel="[^"]*noopener/.test(a)).map((a) => `${path}: ${a}`),
    );
    expect(bad).toEqual([]);
  });
});

describe('source code', () => {
  const files = (readdirSync('src', { recursive: true, encoding: 'utf8' }) as string[]).filter((f) => /\.(ts|astro|mjs)$/.test(f) && !f.endsWith('.test.ts'));
  it('never writes HTML strings into the page', () => {
    // set:html is Astro's innerHTML: it renders a string unescaped.
    const offenders = files.filter((f) => /\.(innerHTML|outerHTML)\s*=|insertAdjacentHTML|document\.write|set:html/.test(readFileSync(`src/${f}`, 'utf8')));
    expect(offenders).toEqual([]);
  });
});

// The response headers (dist/_headers, the nginx include) are checked in deploy-files.test.ts.
