import { createCanvas, loadImage } from '@napi-rs/canvas';
import jsQR from 'jsqr';
import { describe, expect, it } from 'vitest';
import { decodeQr } from '../../tests/support/qr';
import { QR_PNG_WIDTH, qrPng, qrSize, qrSvg } from './qr';

const SHORT = 'https://narmarekronobergaren.example.se/2.3/';
const FULL = 'https://narmarekronobergaren.example.se/inriktningar/nara-och-samordnad/#vi-ska-sakerstalla-kontinuitet-i-vardprocesser';

describe('QR codes', () => {
  it('a short address needs a smaller code than a section address', () => {
    expect(qrSize(SHORT)).toEqual({ version: 4, modules: 33 });
    expect(qrSize(FULL)).toEqual({ version: 7, modules: 45 });
  });

  for (const address of [SHORT, FULL]) {
    it(`the SVG and the PNG both decode to ${address}`, async () => {
      expect(await decodeQr(Buffer.from(await qrSvg(address)))).toBe(address);
      const png = await qrPng(address);
      expect(png.readUInt32BE(16), 'PNG width').toBe(QR_PNG_WIDTH);
      expect(await decodeQr(png)).toBe(address);
    });
  }

  it('prints the address under the code in the PNG', async () => {
    const img = await loadImage(await qrPng(SHORT));
    const canvas = createCanvas(img.width, img.height);
    const ctx = canvas.getContext('2d');
    ctx.drawImage(img, 0, 0);
    const pixels = new Uint8ClampedArray(ctx.getImageData(0, 0, img.width, img.height).data);
    const code = jsQR(pixels, img.width, img.height)!;
    const bottom = Math.ceil(Math.max(code.location.bottomLeftCorner.y, code.location.bottomRightCorner.y)) + 10;
    let dark = 0;
    for (let i = bottom * img.width * 4; i < pixels.length; i += 4) if (pixels[i]! < 128) dark++;
    expect(dark, 'dark pixels of text under the code').toBeGreaterThan(2000);
  });
});
