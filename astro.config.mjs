// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import tailwindcss from '@tailwindcss/vite';
import { headingIds } from './src/markdown/heading-ids.ts';
import { externalLinks } from './src/markdown/external-links.ts';
import { aliasRedirects } from './src/deploy/rules.ts';
import { numberSpaces } from './src/markdown/number-spaces.ts';
import { afterBuild } from './src/integrations/after-build.ts';
import { deployFiles } from './src/integrations/deploy-files.ts';
import { buildImages } from './src/integrations/build-images.ts';
import { site } from './src/config/site.ts';
import { LOCAL_PREVIEW_NOTICE, publicAddress } from './src/config/site-url.ts';

// Where the site is published, per deployment: SITE_URL=https://example.se/strategi/ npm run build
// (an origin with an optional path; BASE_PATH follows the path unless set). Astro's `site` is the
// origin and `base` the path, so every absolute address carries both (src/utils/url.ts).
const address = publicAddress(process.env);
const base = address.base;
// A second output folder lets the tests build the sub-path variant beside the normal one.
const outDir = process.env.OUT_DIR || 'dist';
const baseWithSlash = base.endsWith('/') ? base : `${base}/`;

export default defineConfig({
  site: address.origin,
  base,
  outDir,
  // The content store is cached per checkout, not in node_modules/.astro: checkouts and the test
  // builds in /tmp link one node_modules, and a store written by another checkout's content made
  // this one's build read entries that were not there.
  cacheDir: './.astro/cache',
  trailingSlash: 'always',
  // Renamed pages keep their old address: a redirect page here, a 301 in the server rules (src/deploy/rules.ts).
  redirects: Object.fromEntries(aliasRedirects().map((r) => [r.from, r.to])),
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
  integrations: [
    mdx(),
    // Not in the sitemap: the search page, chart pages (they repeat their chapter) and short addresses (redirects).
    sitemap({ filter: (page) => !/\/(sok|diagram)\//.test(page) && !/\/\d+(\.\d+)?\/$/.test(page) }),
    // Link previews and QR codes, drawn from the built pages before the link check looks for them.
    buildImages({ base, name: site.name, owner: site.owner }),
    afterBuild({ base: baseWithSlash }),
    deployFiles({ base: baseWithSlash }),
    // Without SITE_URL the build says, in one line, that its addresses are localhost.
    { name: 'narmare-site-url', hooks: { 'astro:build:start': ({ logger }) => void (address.local && logger.warn(LOCAL_PREVIEW_NOTICE)) } },
  ],
  security: {
    // A strict policy in every page: scripts and styles only from this site or hashed by Astro,
    // no 'unsafe-inline', no 'unsafe-eval'. Pagefind's WebAssembly needs 'wasm-unsafe-eval' (which
    // allows compiling WebAssembly, not eval of JavaScript). frame-ancestors cannot be set in a
    // <meta>; the server sends it as a header (src/deploy/rules.ts).
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
  vite: { plugins: [tailwindcss()] },
});
