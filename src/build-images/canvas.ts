/**
 * The one canvas library for every image the build draws (chart PNGs and SVGs, link-preview
 * images, QR code PNGs): @napi-rs/canvas, Skia prebuilt for Node, with no system libraries.
 * Text is drawn in DejaVu Sans from the font files beside this module (licence in
 * fonts/LICENSE-DejaVu.txt), never in a system font, so every machine draws the same image.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createCanvas, GlobalFonts, type Canvas, type SKRSContext2D } from '@napi-rs/canvas';
import { wrapLines } from '../utils/text';

/** The family name the build's images draw text in. */
export const IMAGE_FONT = 'Narmare Image Sans';

const FONT_FILES = ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf'];

/** The fonts folder: beside this module when it runs from source (tests), in the project when the build has bundled it. */
const fontDir = () =>
  [fileURLToPath(new URL('./fonts/', import.meta.url)), join(process.cwd(), 'src/build-images/fonts/')].find((dir) => existsSync(join(dir, FONT_FILES[0]!))) ??
  join(process.cwd(), 'src/build-images/fonts/');

let registered = false;

/**
 * Registers the repository's font under IMAGE_FONT. Skia falls back to a system font without a
 * word when a font is missing, so a file that fails to register stops the build here.
 */
export function registerImageFont(): void {
  if (registered) return;
  for (const name of FONT_FILES) {
    const path = join(fontDir(), name);
    if (!GlobalFonts.registerFromPath(path, IMAGE_FONT)) throw new Error(`The image font ${path} could not be registered.`);
  }
  if (!GlobalFonts.has(IMAGE_FONT)) throw new Error(`The image font "${IMAGE_FONT}" is not available after registering ${FONT_FILES.join(', ')}.`);
  registered = true;
}

/** A CSS font shorthand in the image font: `font(28, 700)`. */
export const font = (px: number, weight: 400 | 700 = 400) => `${weight} ${px}px "${IMAGE_FONT}"`;

/** The site's colours, for images on white (the same values as src/styles/global.css, light scheme). */
export const imageColours = {
  ink: '#1b1f23',
  muted: '#4a5560',
  line: '#c5cfca',
  paper: '#ffffff',
  wash: '#f1f5f3',
  brand: '#0b5d47',
  brandInk: '#ffffff',
} as const;

/** An area of an image, in its pixels. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A raster canvas with the image font registered. */
export function rasterCanvas(width: number, height: number): { canvas: Canvas; ctx: SKRSContext2D } {
  registerImageFont();
  const canvas = createCanvas(width, height);
  return { canvas, ctx: canvas.getContext('2d') };
}

/** Breaks `text` into lines no wider than `width` in the context's current font. */
export const wrapText = (ctx: SKRSContext2D, text: string, width: number): string[] => wrapLines(text, width, (t) => ctx.measureText(t).width);

/**
 * A bold title at the largest size, from `size` down by `step` to `min`, whose lines fit
 * `maxLines`: a long title gets a smaller size, never cut. Leaves the context's font at that size.
 */
export function fitTitle(ctx: SKRSContext2D, text: string, width: number, fit: { size: number; min: number; step: number; maxLines: number }): { lines: string[]; size: number } {
  for (let size = fit.size; ; size -= fit.step) {
    ctx.font = font(size, 700);
    const lines = wrapText(ctx, text, width);
    if (lines.length <= fit.maxLines || size <= fit.min) return { lines, size };
  }
}

/** White paper with the site's band across it at `top`, and the band's ink ready for its text. */
export function paperWithBand(ctx: SKRSContext2D, width: number, height: number, band: { top: number; height: number }): void {
  ctx.fillStyle = imageColours.paper;
  ctx.fillRect(0, 0, width, height);
  ctx.fillStyle = imageColours.brand;
  ctx.fillRect(0, band.top, width, band.height);
  ctx.fillStyle = imageColours.brandInk;
  ctx.textBaseline = 'middle';
}
