/**
 * How the built site is served, in one place. The build writes from these rules the nginx include
 * (dist/_nginx/, used by deploy/nginx.conf), dist/_headers and dist/_redirects, so the three cannot
 * disagree. Paths here are relative to the site's base (`/` or `/strategi/`).
 */
import { readAliases } from '../config/aliases';
import { SHORT_ADDRESS_FILE, shortAddressRedirects } from '../config/short-addresses';

/**
 * Headers on every response: pages, assets, the search index, files, redirects and errors. The
 * policy proper, with the hashes of the site's own scripts and styles, is in each page's CSP
 * <meta>; this header adds what a <meta> cannot carry (frame-ancestors). Both are enforced.
 */
export const securityHeaders: Readonly<Record<string, string>> = {
  'Content-Security-Policy': "frame-ancestors 'none'; object-src 'none'; base-uri 'self'; form-action 'self'",
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=(), browsing-topics=()',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

export interface CacheRule {
  kind: string;
  /** Folder under the base, with its trailing slash. */
  prefix: string;
  cacheControl: string;
}

/** Cache-Control by kind of path; everything else gets `defaultCacheControl`. */
export const cacheRules: readonly CacheRule[] = [
  // File names carry a hash of their content: a changed file is a new address.
  { kind: 'hashed assets', prefix: '_astro/', cacheControl: 'public, max-age=31536000, immutable' },
  // pagefind.js and the WebAssembly keep their names across builds; the entry file is fetched with a
  // cache-busting query, so an hour's staleness cannot point a reader to a deleted index file.
  { kind: 'search index', prefix: 'pagefind/', cacheControl: 'public, max-age=3600' },
];

/** HTML, CSV, images and documents keep their addresses when they change: revalidated (ETag) on every use. */
export const defaultCacheControl = 'no-cache';

/** Content types by extension for the files servers do not know or label without a charset. */
export const contentTypes: Readonly<Record<string, string>> = {
  csv: 'text/csv',
  webmanifest: 'application/manifest+json',
  pdf: 'application/pdf',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
};

/**
 * Pagefind's index and its WebAssembly are gzip streams that Pagefind's script unpacks itself:
 * sent as they are, as bytes, never compressed a second time.
 */
export const precompressed = {
  extensions: ['pf_meta', 'pf_index', 'pf_fragment', 'pf_filter', 'pagefind'],
  contentType: 'application/octet-stream',
} as const;

/**
 * Types sent compressed (gzip) and labelled `charset=utf-8`. Both spellings of JavaScript, because
 * nginx's mime.types says application/javascript in 1.22 and text/javascript in later releases.
 */
export const textTypes: readonly string[] = [
  'text/html',
  'text/css',
  'text/plain',
  'text/xml',
  'text/csv',
  'application/javascript',
  'text/javascript',
  'application/json',
  'application/xml',
  'application/manifest+json',
  'image/svg+xml',
];

export interface Redirect {
  from: string;
  to: string;
  status: 301;
}

/**
 * Where permanent redirects come from, each source named for error messages. Another source of old
 * or short addresses is one more line here.
 */
const aliasSource = { 'content/aliases.yaml': () => readAliases().pages };
const redirectSources: Record<string, () => { from: string; to: string }[]> = {
  ...aliasSource,
  [SHORT_ADDRESS_FILE]: () => shortAddressRedirects(),
};

// Addresses go into nginx's configuration as they stand: only characters that need no quoting there.
const SAFE_FROM = /^\/[A-Za-z0-9\-._~%/]*$/;
const SAFE_TO = /^\/[A-Za-z0-9\-._~%/]*(#[A-Za-z0-9\-._~%]*)?$/;

/** Every permanent redirect, from all sources; a bad or repeated address fails the build, naming its source. */
export function redirects(sources = redirectSources): Redirect[] {
  const all = Object.entries(sources).flatMap(([source, read]) =>
    read().map(({ from, to }) => {
      for (const [path, safe] of [[from, SAFE_FROM], [to, SAFE_TO]] as const) {
        if (!safe.test(path)) {
          throw new Error(`${source}: adressen "${path}" ska börja med / och får bara innehålla a–z, A–Z, 0–9 och - . _ ~ % / (och # i målet).`);
        }
      }
      return { from, to, status: 301 as const, source };
    }),
  );
  const seen = new Map<string, string>();
  for (const r of all) {
    const earlier = seen.get(r.from);
    if (earlier) throw new Error(`${r.source}: adressen "${r.from}" leder redan någon annanstans (${earlier}).`);
    seen.set(r.from, r.source);
  }
  return all.map(({ from, to, status }) => ({ from, to, status }));
}

/** Old page addresses alone: Astro writes redirect pages for these, while short addresses have pages of their own. */
export const aliasRedirects = () => redirects(aliasSource);
