/** Every page has a link preview: a 1200 × 630 PNG drawn at build time, its own for each page. */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { builtPages, isRedirect, readHtml } from '../support/site';

const meta = (html: string, key: string) => html.match(new RegExp(`<meta (?:property|name)="${key}" content="([^"]*)"`))?.[1];
const pages = builtPages('dist').filter((p) => !isRedirect(readHtml(p.file)));

describe('link previews', () => {
  const seen = new Map<string, string>();
  for (const { path, file } of pages) {
    it(`${path} has its own og:image, 1200 × 630`, () => {
      const html = readHtml(file);
      const image = meta(html, 'og:image');
      expect(image).toMatch(/^http:\/\/localhost:4321\/forhandsvisning\/[a-z0-9-]+\.png$/);
      expect(meta(html, 'og:image:width')).toBe('1200');
      expect(meta(html, 'og:image:height')).toBe('630');
      expect(meta(html, 'og:image:alt')).toContain(meta(html, 'og:title'));
      expect(meta(html, 'twitter:card')).toBe('summary_large_image');
      const png = `dist${new URL(image!).pathname}`;
      expect(existsSync(png), png).toBe(true);
      const bytes = readFileSync(png);
      expect(bytes.subarray(1, 4).toString('ascii')).toBe('PNG');
      expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)]).toEqual([1200, 630]);
      const hash = createHash('sha256').update(bytes).digest('hex');
      expect(seen.get(hash), `${path} has the same image as another page`).toBeUndefined();
      seen.set(hash, path);
    });
  }
});
