/**
 * A publishing build: SITE_URL, with and without a path, sets every absolute address the site
 * publishes (pages, sitemap, robots.txt, QR codes, link previews, citations), and none says
 * localhost. Each case builds a copy of the project into its own folder.
 */
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCopy } from '../support/fixture-build';
import { copyProject } from '../support/project-copy';
import { decodeQr } from '../support/qr';

const SITES = ['https://narmarekronobergaren.example.se', 'https://example.se/strategi/'];
const TEXT = /\.(html|xml|txt|svg|js|css|json|csv)$|(^|\/)_headers$/;
const copies: string[] = [];
afterAll(() => copies.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

for (const siteUrl of SITES) {
  describe(`SITE_URL=${siteUrl}`, () => {
    const prefix = siteUrl.replace(/\/?$/, '/');
    let dist = '';
    let output = '';
    const files = () => (readdirSync(dist, { recursive: true, encoding: 'utf8' }) as string[]).map((f) => f.split('\\').join('/'));
    const read = (file: string) => readFileSync(join(dist, file), 'utf8');

    beforeAll(() => {
      const dir = copyProject();
      copies.push(dir);
      const run = buildCopy(dir, { env: { SITE_URL: siteUrl, BASE_PATH: '' } });
      output = run.output;
      expect(run.status, output.slice(-3000)).toBe(0);
      dist = join(dir, 'dist');
    }, 480_000);

    it('does not call itself a local preview', () => expect(output).not.toContain('Lokal förhandsvisning'));

    it('publishes no address on localhost, and every address of its own under SITE_URL, path included', () => {
      const origin = new URL(siteUrl).origin;
      const addresses = files()
        .filter((f) => TEXT.test(f))
        .flatMap((f) => [...read(f).matchAll(/https?:\/\/[^\s"'<>()\\]+/g)].map((m) => ({ file: f, address: m[0].replace(/&amp;/g, '&') })));
      expect(addresses.length).toBeGreaterThan(500);
      expect(addresses.filter((a) => /localhost|127\.0\.0\.1/.test(a.address))).toEqual([]);
      expect(addresses.filter((a) => a.address.startsWith(origin) && !a.address.startsWith(prefix))).toEqual([]);
    });

    it('sets canonical, og:url and og:image of every page, the sitemap and robots.txt', () => {
      const pages = files().filter((f) => f.endsWith('.html'));
      expect(pages.length).toBeGreaterThan(30);
      for (const page of pages) {
        const html = read(page);
        const canonical = html.match(/<link rel="canonical" href="([^"]+)"/)?.[1];
        expect(canonical, page).toMatch(new RegExp(`^${prefix.replace(/[.]/g, '\\.')}`));
        if (html.includes('http-equiv="refresh"')) continue; // a short address: no page of its own
        expect(html.match(/<meta property="og:url" content="([^"]+)"/)?.[1], page).toBe(canonical);
        const image = html.match(/<meta property="og:image" content="([^"]+)"/)?.[1];
        expect(image, page).toMatch(new RegExp(`^${prefix.replace(/[.]/g, '\\.')}forhandsvisning/[a-z0-9-]+\\.png$`));
        expect(readFileSync(join(dist, image!.slice(prefix.length))).subarray(1, 4).toString('ascii'), image).toBe('PNG');
      }
      const locs = [...read('sitemap-0.xml').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
      expect(locs.length).toBeGreaterThan(15);
      expect(locs.filter((l) => !l.startsWith(prefix))).toEqual([]);
      expect(read('robots.txt')).toContain(`Sitemap: ${prefix}sitemap-index.xml`);
    });

    it('prints the public short address in citations and encodes it in the QR codes', async () => {
      const section = read('inriktningar/nara-och-samordnad/index.html');
      expect(section).toContain(`Närmare kronobergaren (Region Kronoberg), avsnitt 2.3 Vi ska säkerställa kontinuitet i vårdprocesser, ${prefix}2.3/`);
      const codes = files().filter((f) => f.startsWith('qr/'));
      expect(codes.length).toBeGreaterThan(100);
      for (const code of codes) {
        const text = await decodeQr(readFileSync(join(dist, code)));
        expect(text, code).toMatch(new RegExp(`^${prefix.replace(/[.]/g, '\\.')}`));
      }
      expect(await decodeQr(readFileSync(join(dist, 'qr/2.3.png')))).toBe(`${prefix}2.3/`);
    });
  });
}
