/**
 * QR codes for the share controls, drawn at build time: an SVG (qrcode's own, to show on the page
 * and to download) and a PNG for slides, at least 1000 px wide, with the address printed under it
 * in the repository's font. Both encode the same text with the same settings.
 */
import QRCode from 'qrcode';
import { font, imageColours, rasterCanvas } from './canvas';

/** Error correction M (15 %) survives a projector's glare; four modules of quiet zone, as the standard asks. */
const OPTIONS = { errorCorrectionLevel: 'M', margin: 4 } as const;

/** The QR version and its modules per side, for the README's figures. */
export function qrSize(text: string): { version: number; modules: number } {
  const code = QRCode.create(text, OPTIONS);
  return { version: code.version, modules: code.modules.size };
}

/** The QR code as an SVG document (dark modules on white). */
export function qrSvg(text: string): Promise<string> {
  return QRCode.toString(text, { ...OPTIONS, type: 'svg' });
}

/** The PNG's width; the code fills it, the address stands under it. */
export const QR_PNG_WIDTH = 1200;
const TEXT_MARGIN = 48;

/** Breaks an address after `/`, `#`, `-` or `.` into lines no wider than `width`. */
function wrapAddress(measure: (s: string) => number, address: string, width: number): string[] {
  const pieces = address.match(/[^/#.-]*[/#.-]?/g)!.filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (const piece of pieces) {
    if (line && measure(line + piece) > width) {
      lines.push(line);
      line = piece;
    } else line += piece;
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * The QR code as a PNG for slides: the code, then the address it leads to, printed under it.
 * Encoded off the main thread, so the build's images are encoded on every core.
 */
export function qrPng(text: string): Promise<Buffer> {
  const code = QRCode.create(text, OPTIONS);
  const size = code.modules.size;
  const total = size + 2 * OPTIONS.margin;
  const scale = Math.floor(QR_PNG_WIDTH / total);
  const offset = Math.floor((QR_PNG_WIDTH - total * scale) / 2) + OPTIONS.margin * scale;

  // The address in the largest size from 44 px down to 26 px that fits; a longer one wraps.
  const probe = rasterCanvas(1, 1).ctx;
  let px = 44;
  probe.font = font(px);
  while (px > 26 && probe.measureText(text).width > QR_PNG_WIDTH - 2 * TEXT_MARGIN) probe.font = font((px -= 2));
  const lines = wrapAddress((s) => probe.measureText(s).width, text, QR_PNG_WIDTH - 2 * TEXT_MARGIN);
  const lineHeight = Math.round(px * 1.35);
  const height = QR_PNG_WIDTH + lines.length * lineHeight + TEXT_MARGIN;

  const { canvas, ctx } = rasterCanvas(QR_PNG_WIDTH, height);
  ctx.fillStyle = imageColours.paper;
  ctx.fillRect(0, 0, QR_PNG_WIDTH, height);
  ctx.fillStyle = '#000000';
  for (let row = 0; row < size; row++) {
    for (let col = 0; col < size; col++) {
      if (code.modules.get(row, col)) ctx.fillRect(offset + col * scale, offset + row * scale, scale, scale);
    }
  }
  ctx.fillStyle = imageColours.ink;
  ctx.font = font(px);
  ctx.textAlign = 'center';
  ctx.textBaseline = 'alphabetic';
  lines.forEach((line, i) => ctx.fillText(line, QR_PNG_WIDTH / 2, QR_PNG_WIDTH - scale * 2 + (i + 1) * lineHeight - Math.round(px * 0.35)));
  return canvas.encode('png');
}
