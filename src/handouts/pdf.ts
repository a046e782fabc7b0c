import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFString } from 'pdf-lib';
import { site } from '../config/site';
import { chromiumArgs } from './browser';
import { HANDOUTS } from './files';
import { serveBuild } from './serve';

/** The page the PDF is printed from: the whole strategy, with its print contents and bookmarks. */
const PAGE = 'hela-strategin/';

/** About the print column in CSS pixels (A4 less 2 × 20 mm): the page is laid out as it prints. */
const COLUMN = { width: 642, height: 900 };

/**
 * The whole strategy as a tagged, accessible A4 PDF: Chromium prints /hela-strategin/ with the
 * site's own print stylesheet (tags from the HTML, bookmarks from the headings); pdf-lib then
 * sets what Chromium does not write: the author, the title shown in the window, the language.
 * This is the only step of the build that uses a browser. Any failure throws: the build fails.
 */
export async function buildPdf(options: { dir: string; base: string; executablePath: string }): Promise<{ file: string; bytes: number; pages: number }> {
  // Loaded only here (a production install without Playwright has no PDF: browser.ts says so).
  const { chromium } = createRequire(import.meta.url)('playwright-core') as typeof import('playwright-core');
  const server = await serveBuild(options.dir, options.base);
  const browser = await chromium.launch({ executablePath: options.executablePath, args: chromiumArgs });
  try {
    const context = await browser.newContext({ viewport: COLUMN, colorScheme: 'light', reducedMotion: 'reduce', locale: 'sv-SE' });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    const response = await page.goto(`${server.origin}${options.base}${PAGE}`, { waitUntil: 'load' });
    if (!response?.ok()) throw new Error(`${options.base}${PAGE} svarade ${response?.status()}.`);
    // The charts' drawings load lazily, as they near the viewport: bring each there, then wait for them.
    for (const image of await page.locator('chart-figure img').all()) await image.scrollIntoViewIfNeeded();
    await page.waitForFunction(() => [...document.querySelectorAll<HTMLImageElement>('chart-figure img')].every((img) => img.complete && img.naturalWidth > 0), null, { timeout: 30_000 });
    if (errors.length) throw new Error(`Fel i sidan: ${errors.join('; ')}`);
    const title = (await page.locator('h1').textContent())?.trim();
    if (!title) throw new Error(`${PAGE} har ingen h1 att ge PDF:en som titel.`);
    const headings = await page.locator('h1, h2, h3, h4, h5, h6').allTextContents();
    const printed = await page.pdf({ format: 'A4', tagged: true, outline: true, printBackground: true, preferCSSPageSize: true });

    const pdf = await PDFDocument.load(printed, { updateMetadata: false });
    pdf.setTitle(title, { showInWindowTitleBar: true });
    pdf.setAuthor(site.owner);
    pdf.setLanguage('sv');
    nameBookmarks(pdf, headings);
    unwrapFigures(pdf);
    const bytes = await pdf.save();
    const file = join(options.dir, HANDOUTS.pdf.file);
    writeFileSync(file, bytes);
    return { file, bytes: bytes.length, pages: pdf.getPageCount() };
  } finally {
    await browser.close();
    await server.close();
  }
}

/** Every bookmark, in document order. */
function bookmarks(pdf: PDFDocument): PDFDict[] {
  const items: PDFDict[] = [];
  const walk = (first: PDFDict | undefined) => {
    for (let item = first; item; item = item.lookupMaybe(PDFName.of('Next'), PDFDict)) {
      items.push(item);
      walk(item.lookupMaybe(PDFName.of('First'), PDFDict));
    }
  };
  walk(pdf.catalog.lookupMaybe(PDFName.of('Outlines'), PDFDict)?.lookupMaybe(PDFName.of('First'), PDFDict));
  return items;
}

const compact = (s: string) => s.replace(/\s+/g, '');

/**
 * Chromium names a bookmark after its heading's printed lines and drops the space where a heading
 * wraps ("vara|aktiva" → "varaaktiva"). Each bookmark gets its heading's own text back, matched
 * in order by its letters; a bookmark that matches no heading fails the build.
 */
function nameBookmarks(pdf: PDFDocument, headings: string[]): void {
  let next = 0;
  for (const item of bookmarks(pdf)) {
    const title = item.lookup(PDFName.of('Title'), PDFString, PDFHexString).decodeText();
    const at = headings.findIndex((h, i) => i >= next && compact(h) === compact(title));
    if (at < 0) throw new Error(`Bokmärket "${title}" motsvarar ingen rubrik på sidan.`);
    item.set(PDFName.of('Title'), PDFHexString.fromText(headings[at]!.replace(/\s+/g, ' ').trim()));
    next = at + 1;
  }
}

/** The structure elements below one: its /K, a dictionary or an array of them (marked-content numbers skipped). */
function kids(element: PDFDict): PDFDict[] {
  const k = element.lookup(PDFName.of('K'));
  const all = k instanceof PDFArray ? k.asArray().map((item) => element.context.lookup(item)) : [k];
  return all.filter((item): item is PDFDict => item instanceof PDFDict && item.has(PDFName.of('S')));
}

/**
 * A chart's <figure> holds its title, picture, table and source; Chromium tags it as a Figure
 * with the title as /Alt, and a reader that meets /Alt reads it instead of everything inside, so
 * the table and the source would go unheard. A Figure that holds other elements becomes a Div
 * without /Alt; the picture inside keeps its own Figure and alt text.
 */
function unwrapFigures(pdf: PDFDocument): void {
  const visit = (element: PDFDict) => {
    const children = kids(element);
    if (element.get(PDFName.of('S')) === PDFName.of('Figure') && children.length) {
      element.set(PDFName.of('S'), PDFName.of('Div'));
      element.delete(PDFName.of('Alt'));
    }
    children.forEach(visit);
  };
  const root = pdf.catalog.lookupMaybe(PDFName.of('StructTreeRoot'), PDFDict);
  if (!root) throw new Error('Chromium skrev ingen struktur (StructTreeRoot) i PDF:en.');
  kids(root).forEach(visit);
}
