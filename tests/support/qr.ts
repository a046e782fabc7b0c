import { createCanvas, loadImage } from '@napi-rs/canvas';
import jsQR from 'jsqr';

/** The text a QR image (PNG or SVG) decodes to, read from its pixels by jsQR, as a phone reads it. */
export async function decodeQr(image: Buffer, minWidth = 400): Promise<string | undefined> {
  const img = await loadImage(image);
  const width = Math.max(img.width, minWidth);
  const height = Math.round((img.height / img.width) * width);
  const canvas = createCanvas(width, height);
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = '#fff';
  ctx.fillRect(0, 0, width, height);
  ctx.drawImage(img, 0, 0, width, height);
  return jsQR(new Uint8ClampedArray(ctx.getImageData(0, 0, width, height).data), width, height)?.data;
}
