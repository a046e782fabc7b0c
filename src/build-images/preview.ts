/**
 * The link preview of a page (og:image): 1200 × 630 px, drawn at build time in the site's colours
 * and the repository's font. It shows the page's own title (with a direction's number above it),
 * "Närmare kronobergaren" and "Region Kronoberg". `draw` lets a page draw something of its own
 * under a shorter title: a chart page its chart, once charts are drawn at build time.
 */
import type { SKRSContext2D } from '@napi-rs/canvas';
import { fitTitle, font, type Box, imageColours, paperWithBand, rasterCanvas } from './canvas';
import { PREVIEW_HEIGHT, PREVIEW_WIDTH } from './preview-size';

export { PREVIEW_HEIGHT, PREVIEW_WIDTH };

export interface PreviewOptions {
  /** The page's title, as its h1 and og:title say it. */
  title: string;
  /** A line above the title: "Strategisk inriktning 2". */
  kicker?: string;
  /** The site's name and owner, in the band at the top and the line at the bottom. */
  name: string;
  owner: string;
  /** Draws into the box (in pixels of the image) under the title (the title then takes at most two lines). */
  draw?: (ctx: SKRSContext2D, box: Box) => void;
}

const MARGIN = 72;
const BAND = 112;
const FOOTER = 84;

/** The preview image as a PNG (encoded off the main thread). */
export function renderPreview({ title, kicker, name, owner, draw }: PreviewOptions): Promise<Buffer> {
  const { canvas, ctx } = rasterCanvas(PREVIEW_WIDTH, PREVIEW_HEIGHT);
  const width = PREVIEW_WIDTH - 2 * MARGIN;
  // The site's band, as in the page header.
  paperWithBand(ctx, PREVIEW_WIDTH, PREVIEW_HEIGHT, { top: 0, height: BAND });
  ctx.font = font(44, 700);
  ctx.fillText(name, MARGIN, BAND / 2);

  let y = BAND + 64;
  ctx.textBaseline = 'alphabetic';
  if (kicker) {
    ctx.fillStyle = imageColours.brand;
    ctx.font = font(34, 700);
    ctx.fillText(kicker, MARGIN, y);
    y += 28;
  }

  // The title in the largest size whose lines fit the space: four lines at most, two beside a drawing.
  const maxLines = draw ? 2 : 4;
  const { lines, size } = fitTitle(ctx, title, width, { size: draw ? 44 : 64, min: 32, step: 4, maxLines });
  const lineHeight = Math.round(size * 1.2);
  ctx.fillStyle = imageColours.ink;
  for (const line of lines.slice(0, maxLines)) {
    y += lineHeight;
    ctx.fillText(line, MARGIN, y);
  }

  const footerTop = PREVIEW_HEIGHT - FOOTER;
  if (draw) draw(ctx, { x: MARGIN, y: y + 32, width, height: footerTop - y - 56 });

  ctx.fillStyle = imageColours.wash;
  ctx.fillRect(0, footerTop, PREVIEW_WIDTH, FOOTER);
  ctx.fillStyle = imageColours.brand;
  ctx.fillRect(0, footerTop, PREVIEW_WIDTH, 6);
  ctx.fillStyle = imageColours.muted;
  ctx.font = font(30, 700);
  ctx.textBaseline = 'middle';
  ctx.fillText(owner, MARGIN, footerTop + FOOTER / 2 + 3);
  return canvas.encode('png');
}
