import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { renderPreview, type PreviewOptions } from '../build-images/preview';
import { qrPng, qrSvg } from '../build-images/qr';
import { builtPages } from './built-site';

/** An attribute value as written by Astro, unescaped. */
const unescape = (value: string) =>
  value.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

const attribute = (tag: string, name: string) => {
  const m = tag.match(new RegExp(`\\s${name}="([^"]*)"`));
  return m ? unescape(m[1]!) : undefined;
};

/** What the built pages ask for: each link preview and each QR code, by the file it is published as. */
export function requestedImages(html: string, base: string) {
  const fileOf = (address: string) => {
    const path = decodeURIComponent(new URL(address, 'http://x').pathname);
    return path.startsWith(base) ? path.slice(base.length) : undefined;
  };
  const previews: { file: string; title: string; kicker?: string }[] = [];
  const og = html.match(/<meta property="og:image"[^>]*>/)?.[0];
  const title = html.match(/<meta property="og:title"[^>]*>/)?.[0];
  if (og && title) {
    const file = fileOf(attribute(og, 'content')!);
    if (file) previews.push({ file, title: attribute(title, 'content')!, kicker: attribute(og, 'data-kicker') });
  }
  const codes: { file: string; text: string }[] = [];
  for (const [img] of html.matchAll(/<img\b[^>]*\sdata-qr="[^"]*"[^>]*>/g)) {
    const file = fileOf(attribute(img, 'src')!);
    if (file) codes.push({ file, text: attribute(img, 'data-qr')! });
  }
  return { previews, codes };
}

/**
 * Draws the images the built pages refer to, before the link check runs: each page's link preview
 * (og:image, with the page's og:title) and each share control's QR code (`<img data-qr>`, as SVG
 * and as a PNG for slides beside it). Made from the pages themselves, so an image always shows
 * what its page says, and no page refers to an image that was not drawn.
 */
export function buildImages(options: { base: string; name: string; owner: string; draw?: (path: string) => PreviewOptions['draw'] }): AstroIntegration {
  return {
    name: 'narmare-build-images',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const cpu = process.cpuUsage();
        const root = fileURLToPath(dir);
        const previews = new Map<string, { title: string; kicker?: string; path: string }>();
        const codes = new Map<string, string>();
        for (const { path, file } of builtPages(root)) {
          const found = requestedImages(readFileSync(file, 'utf8'), options.base);
          for (const p of found.previews) previews.set(p.file, { ...p, path });
          for (const c of found.codes) {
            const other = codes.get(c.file);
            if (other !== undefined && other !== c.text) throw new Error(`QR-koden ${c.file} ska visa både ${other} och ${c.text} (sidan ${path}).`);
            codes.set(c.file, c.text);
          }
        }
        const write = async (file: string, data: string | Buffer | Promise<string | Buffer>) => {
          mkdirSync(dirname(join(root, file)), { recursive: true });
          writeFileSync(join(root, file), await data);
        };
        // Drawn one after another; the PNGs are encoded in parallel, off the main thread.
        const written: Promise<void>[] = [];
        for (const [file, p] of previews) {
          written.push(write(file, renderPreview({ title: p.title, kicker: p.kicker, name: options.name, owner: options.owner, draw: options.draw?.(p.path) })));
        }
        for (const [file, text] of codes) {
          if (!file.endsWith('.svg')) throw new Error(`QR-koden ${file} ska vara en .svg-fil.`);
          written.push(write(file, qrSvg(text)), write(file.replace(/\.svg$/, '.png'), qrPng(text)));
        }
        await Promise.all(written);
        const { user, system } = process.cpuUsage(cpu);
        logger.info(`${previews.size} link previews and ${codes.size} QR codes (SVG and PNG) in ${Math.round(performance.now() - started)} ms (${Math.round((user + system) / 1000)} ms CPU)`);
      },
    },
  };
}
