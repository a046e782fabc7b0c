// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import tailwindcss from '@tailwindcss/vite';
import { headingIds } from './src/markdown/heading-ids.ts';
import { externalLinks } from './src/markdown/external-links.ts';
import { numberSpaces } from './src/markdown/number-spaces.ts';
import { readAliases } from './src/config/aliases.ts';
import { afterBuild } from './src/integrations/after-build.ts';

// The public URL and the sub-path are set per deployment: SITE_URL=https://example.se BASE_PATH=/strategi/ npm run build
const siteUrl = process.env.SITE_URL || 'http://localhost:4321';
const base = process.env.BASE_PATH || '/';
// A second output folder lets the tests build the sub-path variant beside the normal one.
const outDir = process.env.OUT_DIR || 'dist';

export default defineConfig({
  site: siteUrl,
  base,
  outDir,
  trailingSlash: 'always',
  // Renamed pages keep their old address (content/aliases.yaml).
  redirects: Object.fromEntries(readAliases().pages.map((p) => [p.from, p.to])),
  build: {
    format: 'directory',
    // All CSS in each page: one round trip carries the first paint (every page but the whole
    // strategy on one page is ≤ 14 KB gzip with it), which paints a shared link about a third of
    // a second sooner on a phone than the cached external stylesheet, and a second page no later
    // (`node tests/bench/inline-css.mjs` measures it; INLINE_STYLESHEETS is for that script).
    inlineStylesheets: /** @type {'always' | 'auto' | 'never'} */ (process.env.INLINE_STYLESHEETS || 'always'),
  },
  markdown: {
    // No code blocks in the strategy; Shiki's inline styles would also break the CSP.
    syntaxHighlight: false,
    // Smart punctuation would turn the strategy's Swedish ” into English quotes: the text stays as written.
    processor: satteri({ hastPlugins: [headingIds(), externalLinks(), numberSpaces()], features: { smartPunctuation: false } }),
  },
  integrations: [mdx(), sitemap({ filter: (page) => !/\/(sok|diagram)\//.test(page) }), afterBuild({ base: base.endsWith('/') ? base : `${base}/` })],
  security: {
    // A strict policy in every page: scripts and styles only from this site or hashed by Astro,
    // no 'unsafe-inline', no 'unsafe-eval'. Pagefind's WebAssembly needs 'wasm-unsafe-eval' (which
    // allows compiling WebAssembly, not eval of JavaScript). frame-ancestors cannot be set in a
    // <meta>; public/_headers and the nginx sample send it as a header.
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data: blob:",
        "connect-src 'self'",
        "worker-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
  prefetch: { prefetchAll: false, defaultStrategy: 'hover' },
  vite: { plugins: [tailwindcss()] },
});
