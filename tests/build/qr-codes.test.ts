/**
 * Every QR code a share control shows exists as SVG and as a slide-ready PNG, and both decode to
 * the address the control prints beside it (the short address where there is one).
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { builtPages, readHtml } from '../support/site';
import { decodeQr } from '../support/qr';

const unescape = (s: string) => s.replace(/&amp;/g, '&').replace(/&quot;/g, '"');

/** Each QR file once, with what its control says: the address it encodes, its text alternative and the address shown first. */
const codes = new Map<string, { qr: string; alt: string; shown: string; page: string }>();
for (const { path, file } of builtPages('dist')) {
  for (const [panel] of readHtml(file).matchAll(/<share-panel\b[\s\S]*?<\/share-panel>/g)) {
    const img = panel.match(/<img\b[^>]*>/)![0];
    const attr = (name: string) => unescape(img.match(new RegExp(`\\s${name}="([^"]*)"`))![1]!);
    const shown = unescape(panel.match(/<a href="[^"]*" data-copy>([^<]*)<\/a>/)![1]!);
    codes.set(attr('src'), { qr: attr('data-qr'), alt: attr('alt'), shown, page: path });
  }
}

describe('QR codes', () => {
  it('every share control has one', () => expect(codes.size).toBeGreaterThan(60));

  for (const [src, { qr, alt, shown, page }] of codes) {
    it(`${src} (${page}) decodes to the address printed beside it, as SVG and as PNG`, async () => {
      expect(qr).toBe(shown);
      expect(alt).toBe(`QR-kod till ${shown}`);
      const svg = `dist${src}`;
      const png = svg.replace(/\.svg$/, '.png');
      expect(existsSync(svg) && existsSync(png), `${svg} and ${png}`).toBe(true);
      expect(await decodeQr(readFileSync(svg))).toBe(shown);
      const bytes = readFileSync(png);
      expect(bytes.readUInt32BE(16), 'PNG width').toBeGreaterThanOrEqual(1000);
      expect(await decodeQr(bytes)).toBe(shown);
    });
  }
});
