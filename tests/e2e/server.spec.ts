/**
 * The deployment itself: dist/ served through deploy/nginx.conf (tests/support/server.ts). Every kind
 * of response carries the security headers, its type, compression and caching; a missing page
 * answers 404 in Swedish and an old address 301.
 */
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';
import { deployFiles } from '../../src/deploy/files';
import { securityHeaders } from '../../src/deploy/rules';
import { e2ePort, get, nginxBinary, startNginx, type RawResponse } from '../support/server';

test.skip(!nginxBinary(), 'nginx is not installed: the site is served by astro preview, not deploy/nginx.conf');

type Caching = 'immutable' | 'short' | 'revalidate';
interface Kind {
  name: string;
  path: string;
  type: string | RegExp;
  /** Sent gzip-compressed to a browser that accepts it (text), or byte for byte as stored. */
  sent: 'gzip' | 'as stored';
  caching: Caching;
}

const one = (dir: string, ending: string) => {
  const file = readdirSync(`dist/${dir}`).find((f) => f.endsWith(ending));
  if (!file) throw new Error(`no ${ending} file in dist/${dir}: is dist/ built?`);
  return `/${dir}/${file}`;
};
const javascript = /^(application|text)\/javascript; charset=utf-8$/;
const searchIndex = (name: string, path: string): Kind => ({ name, path, type: 'application/octet-stream', sent: 'as stored', caching: 'short' });

const kinds: Kind[] = [
  { name: 'a page', path: '/inriktningar/nara-och-samordnad/', type: 'text/html; charset=utf-8', sent: 'gzip', caching: 'revalidate' },
  { name: 'the start page', path: '/', type: 'text/html; charset=utf-8', sent: 'gzip', caching: 'revalidate' },
  { name: 'a hashed script', path: one('_astro', '.js'), type: javascript, sent: 'gzip', caching: 'immutable' },
  // No hashed stylesheet: all CSS is inlined in the pages (astro.config.mjs, build.inlineStylesheets).
  { name: 'a chart drawing', path: '/diagram/invanare.svg', type: 'image/svg+xml; charset=utf-8', sent: 'gzip', caching: 'revalidate' },
  { name: "Pagefind's script", path: '/pagefind/pagefind.js', type: javascript, sent: 'gzip', caching: 'short' },
  { name: "Pagefind's entry", path: '/pagefind/pagefind-entry.json', type: 'application/json; charset=utf-8', sent: 'gzip', caching: 'short' },
  searchIndex('the search index metadata', one('pagefind', '.pf_meta')),
  searchIndex('a search index chunk', one('pagefind/index', '.pf_index')),
  searchIndex('a search fragment', one('pagefind/fragment', '.pf_fragment')),
  searchIndex('a search filter', one('pagefind/filter', '.pf_filter')),
  searchIndex("Pagefind's WebAssembly", '/pagefind/wasm.sv.pagefind'),
  { name: 'an image', path: '/favicon.svg', type: 'image/svg+xml; charset=utf-8', sent: 'gzip', caching: 'revalidate' },
  { name: 'a CSV download', path: '/diagram/invanare.csv', type: 'text/csv; charset=utf-8', sent: 'gzip', caching: 'revalidate' },
  { name: 'robots.txt', path: '/robots.txt', type: 'text/plain; charset=utf-8', sent: 'gzip', caching: 'revalidate' },
  { name: 'the sitemap', path: '/sitemap-0.xml', type: /^(text|application)\/xml; charset=utf-8$/, sent: 'gzip', caching: 'revalidate' },
];

function expectSecurityHeaders(response: RawResponse, what: string) {
  // The properties the issue is about, stated here rather than read back from the rules.
  expect(response.headers['x-content-type-options'], what).toBe('nosniff');
  expect(response.headers['content-security-policy'], what).toContain("frame-ancestors 'none'");
  expect(response.headers['referrer-policy'], what).toBe('no-referrer');
  expect(response.headers['permissions-policy'], what).toContain('camera=()');
  expect(response.headers['x-frame-options'], what).toBe('DENY');
  // And every header of the rules, exactly once.
  for (const [name, value] of Object.entries(securityHeaders)) expect(response.headers[name.toLowerCase()], `${what}: ${name}`).toBe(value);
}

function expectCaching(response: RawResponse, caching: Caching, what: string) {
  const value = response.headers['cache-control'] ?? '';
  const maxAge = Number(/max-age=(\d+)/.exec(value)?.[1] ?? NaN);
  if (caching === 'immutable') {
    expect(value, what).toContain('immutable');
    expect(maxAge, what).toBeGreaterThanOrEqual(365 * 24 * 3600);
    return;
  }
  expect(value, what).not.toContain('immutable');
  if (caching === 'short') {
    expect(maxAge, what).toBeGreaterThan(0);
    expect(maxAge, what).toBeLessThanOrEqual(24 * 3600);
  } else {
    expect(value, what).toBe('no-cache');
    expect(response.headers.etag, `${what}: a validator to revalidate with`).toBeTruthy();
  }
}

const origin = `http://127.0.0.1:${e2ePort()}`;
const fileOf = (path: string, root = 'dist') => readFileSync(join(root, path.endsWith('/') ? `${path}index.html` : path));

for (const kind of kinds) {
  test(`${kind.name} (${kind.path}): security headers, type, ${kind.sent === 'gzip' ? 'gzip' : 'sent as stored'}, ${kind.caching} caching`, async () => {
    const response = await get(origin + kind.path, { 'Accept-Encoding': 'gzip' });
    expect(response.status).toBe(200);
    expectSecurityHeaders(response, kind.path);
    if (typeof kind.type === 'string') expect(response.headers['content-type']).toBe(kind.type);
    else expect(response.headers['content-type']).toMatch(kind.type);
    expectCaching(response, kind.caching, kind.path);
    const stored = fileOf(kind.path);
    if (kind.sent === 'gzip') {
      expect(response.headers['content-encoding']).toBe('gzip');
      expect(response.headers.vary).toContain('Accept-Encoding');
      expect(gunzipSync(response.body).equals(stored), 'unpacks to the built file').toBe(true);
    } else {
      // Pagefind's files are gzip already: compressing again would only cost the server time.
      expect(stored.subarray(0, 2).toString('hex'), 'the stored file is itself gzip').toBe('1f8b');
      expect(response.headers['content-encoding']).toBeUndefined();
      expect(response.body.equals(stored), 'byte for byte as stored').toBe(true);
    }
  });
}

test('text goes uncompressed to a client that does not accept gzip', async () => {
  const response = await get(`${origin}/inriktningar/nara-och-samordnad/`);
  expect(response.headers['content-encoding']).toBeUndefined();
  expect(response.body.equals(fileOf('/inriktningar/nara-och-samordnad/'))).toBe(true);
});

// pages.spec.ts opens the 404 page in a browser, through the same server.
test('a missing page answers 404 with the Swedish page, with the headers and not cached', async () => {
  for (const path of ['/finns-inte/', '/_astro/finns-inte.js', '/pagefind/finns-inte.pf_fragment']) {
    const response = await get(origin + path, { 'Accept-Encoding': 'gzip' });
    expect(response.status, path).toBe(404);
    expectSecurityHeaders(response, path);
    expectCaching(response, 'revalidate', path);
    expect(response.headers['content-type'], path).toBe('text/html; charset=utf-8');
    expect(gunzipSync(response.body).toString('utf8'), path).toContain('Sidan finns inte');
  }
});

test("the server's own files are not served", async () => {
  for (const path of ['/_nginx/server.conf', '/_nginx/http.conf', '/_headers', '/_redirects']) {
    const response = await get(origin + path);
    expect(response.status, path).toBe(404);
    expect(response.body.toString('utf8'), path).toContain('Sidan finns inte');
  }
});

test('a folder without its slash is redirected to it, with a relative address', async () => {
  const response = await get(`${origin}/forord`);
  expect(response.status).toBe(301);
  expect(response.headers.location).toBe('/forord/');
  expectSecurityHeaders(response, '/forord');
});

// A second nginx, serving dist/ plus what the site does not have yet (a PDF, a slide deck, a web
// manifest, old and short addresses), with the nginx include written by the build's own code.
test.describe('files and addresses the site does not have yet', () => {
  test.describe.configure({ mode: 'serial' });
  const port = e2ePort() + 1;
  const fixtureOrigin = `http://127.0.0.1:${port}`;
  const section = '/inriktningar/nara-och-samordnad/#vi-ska-sakerstalla-kontinuitet-i-vardprocesser';
  let folder = '';
  let stop: () => Promise<void> = async () => {};

  test.beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'narmare-server-spec-'));
    const root = join(folder, 'site');
    mkdirSync(join(root, 'dokument'), { recursive: true });
    for (const entry of readdirSync('dist')) if (!['_nginx', '_headers', '_redirects'].includes(entry)) symlinkSync(resolve('dist', entry), join(root, entry));
    writeFileSync(join(root, 'dokument/strategi.pdf'), '%PDF-1.4\n%âãÏÓ\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
    writeFileSync(join(root, 'dokument/bilder.pptx'), Buffer.from('504b0304140000000000', 'hex'));
    writeFileSync(join(root, 'manifest.webmanifest'), JSON.stringify({ name: 'Närmare kronobergaren', short_name: 'Närmare', start_url: '/', display: 'browser' }, null, 2));
    const files = deployFiles({
      base: '/',
      redirects: [
        { from: '/gammal-adress/', to: '/inriktningar/nara-och-samordnad/', status: 301 },
        { from: '/2.3/', to: section, status: 301 },
      ],
      files: ['dokument/strategi.pdf', 'dokument/bilder.pptx', 'manifest.webmanifest'],
    });
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(join(root, path, '..'), { recursive: true });
      writeFileSync(join(root, path), text);
    }
    stop = await startNginx(join(folder, 'nginx'), root, port);
  });

  test.afterAll(async () => {
    await stop();
    rmSync(folder, { recursive: true, force: true });
  });

  const documents: Kind[] = [
    { name: 'a PDF', path: '/dokument/strategi.pdf', type: 'application/pdf', sent: 'as stored', caching: 'revalidate' },
    { name: 'a slide deck', path: '/dokument/bilder.pptx', type: 'application/vnd.openxmlformats-officedocument.presentationml.presentation', sent: 'as stored', caching: 'revalidate' },
    { name: 'a web manifest', path: '/manifest.webmanifest', type: 'application/manifest+json; charset=utf-8', sent: 'gzip', caching: 'revalidate' },
  ];
  for (const kind of documents) {
    test(`${kind.name}: security headers, type, caching`, async () => {
      const response = await get(fixtureOrigin + kind.path, { 'Accept-Encoding': 'gzip' });
      expect(response.status).toBe(200);
      expectSecurityHeaders(response, kind.path);
      expect(response.headers['content-type']).toBe(kind.type);
      expectCaching(response, kind.caching, kind.path);
      // PDFs and slide decks are compressed inside already.
      expect(response.headers['content-encoding']).toBe(kind.sent === 'gzip' ? 'gzip' : undefined);
    });
  }

  test('an old address answers 301 to its new one, keeping the query, and a browser lands there', async ({ page }) => {
    const response = await get(`${fixtureOrigin}/gammal-adress/?sok=kontinuitet`);
    expect(response.status).toBe(301);
    expect(response.headers.location).toBe('/inriktningar/nara-och-samordnad/?sok=kontinuitet');
    expectSecurityHeaders(response, '/gammal-adress/');
    await page.goto(`${fixtureOrigin}/gammal-adress/`);
    expect(page.url()).toBe(`${fixtureOrigin}/inriktningar/nara-och-samordnad/`);
    await expect(page.locator('h1')).toContainText('nära och samordnad');
  });

  test('a short address answers 301 to a section', async () => {
    const response = await get(`${fixtureOrigin}/2.3/`);
    expect(response.status).toBe(301);
    expect(response.headers.location).toBe(section);
  });
});
