/**
 * "Ladda ner som PDF": the built PDF of the whole strategy is tagged and in Swedish, has a title,
 * an author and a bookmark for every part and section, opens with numbered contents, holds every
 * sentence of the strategy, and is linked with its size. pdf-lib reads the structure, pdfjs-dist
 * the text (tests/support/pdf.ts).
 */
import { readFileSync } from 'node:fs';
import { PDFBool, PDFDict, PDFDocument, PDFHexString, PDFName, PDFString } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { fileInfo } from '../../src/handouts/files';
import { bodyItems, readPdf, textOf, type Bookmark, type PdfPage } from '../support/pdf';
import { htmlText, readHtml, wording } from '../support/site';
import { isDebris, NOT_PUBLISHED, sourcePieces, sourceTexts } from '../support/source';

const FILE = 'dist/narmare-kronobergaren.pdf';
const bytes = readFileSync(FILE);
const whole = readHtml('dist/hela-strategin/index.html');
/** The bottom margin of the printed page (src/styles/global.css): the footer and page numbers stand in it. */
const FOOTER_MM = 18;

let pages: PdfPage[];
let bookmarks: Bookmark[];
beforeAll(async () => {
  ({ pages, bookmarks } = await readPdf(bytes));
});

const headingsOf = (html: string, levels: string) =>
  [...html.matchAll(new RegExp(`<(${levels})\\b[^>]*>([\\s\\S]*?)</\\1>`, 'g'))].map((m) => htmlText(m[2]!).trim());

describe('the PDF of the whole strategy', () => {
  it('is tagged, in Swedish, and has a title and an author', async () => {
    const pdf = await PDFDocument.load(bytes, { updateMetadata: false });
    const { catalog } = pdf;
    expect(catalog.lookup(PDFName.of('StructTreeRoot')), 'a structure tree').toBeInstanceOf(PDFDict);
    expect(catalog.lookup(PDFName.of('MarkInfo'), PDFDict).get(PDFName.of('Marked'))).toBe(PDFBool.True);
    expect(catalog.lookup(PDFName.of('Lang'), PDFString, PDFHexString).decodeText()).toBe('sv');
    expect(pdf.getTitle()).toBe(headingsOf(whole, 'h1')[0]);
    expect(pdf.getAuthor()).toBe('Region Kronoberg');
    const preferences = catalog.lookup(PDFName.of('ViewerPreferences'), PDFDict);
    expect(preferences.get(PDFName.of('DisplayDocTitle')), 'viewers show the title, not the file name').toBe(PDFBool.True);
  });

  it('gives each chart picture its alt text, and hides no text behind a figure\'s alt text', () => {
    const figures = pages.flatMap((p) => p.figures);
    const alts = [...whole.matchAll(/<chart-figure[\s\S]*?<img [^>]*alt="([^"]+)"/g)].map((m) => htmlText(m[1]!).trim());
    expect(alts).toHaveLength(3);
    const spaced = (s?: string) => s?.replace(/\s+/g, ' '); // no-break spaces in the numbers either way
    expect(figures.map((f) => spaced(f.alt))).toEqual(alts.map(spaced));
    // A reader that meets /Alt reads it instead of what the element holds.
    expect(figures.filter((f) => f.children > 0)).toEqual([]);
  });

  it('is A4', () => {
    for (const page of pages) expect([Math.round(page.width), Math.round(page.height)]).toEqual([210, 297]);
  });

  it('has a bookmark for every chapter, direction and section, each part at the top level', () => {
    const titles = bookmarks.map((b) => b.title);
    for (const heading of headingsOf(whole, 'h2|h3|h4')) expect(titles, heading).toContain(heading);
    const parts = [...whole.matchAll(/<section class="part[^>]*>[\s\S]*?<h2\b[^>]*>([\s\S]*?)<\/h2>/g)].map((m) => htmlText(m[1]!).trim());
    expect(parts.length).toBe(10);
    expect(bookmarks.filter((b) => b.depth === 1).map((b) => b.title)).toEqual(parts);
  });

  it('opens with the contents, the directions\' sections by number', () => {
    const contents = whole.match(/<nav class="print-contents[\s\S]*?<\/nav>/)?.[0];
    expect(contents, 'the page has print contents').toBeDefined();
    const numbered = [...contents!.matchAll(/<span class="number"[^>]*>(\d+\.\d+)<\/span>([^<]+)</g)].map((m) => `${m[1]} ${m[2]!.trim()}`);
    expect(numbered.length).toBeGreaterThanOrEqual(12);
    const first = wording(textOf(pages[0]!.text));
    for (const line of numbered) expect(first, line).toContain(wording(line));
  });

  // The running footer and the page numbers stand in the bottom margin, often mid-sentence: the
  // text is read without them.
  for (const { file, text } of sourceTexts().filter((s) => !s.file.startsWith('004'))) {
    it(`holds every sentence of ${file}`, () => {
      const pdfWording = wording(pages.map((p) => textOf(bodyItems(p, FOOTER_MM))).join(' '));
      const missing = sourcePieces(text)
        .filter((piece) => !isDebris(piece) && !(piece in NOT_PUBLISHED))
        .filter((piece) => !pdfWording.includes(wording(piece)));
      expect(missing).toEqual([]);
    });
  }

  it('is linked, with its size, from the whole strategy and the start page', () => {
    for (const page of ['dist/index.html', 'dist/hela-strategin/index.html']) {
      const link = readHtml(page).match(/<a href="\/narmare-kronobergaren\.pdf"[^>]*>([\s\S]*?)<\/a>/);
      expect(link, page).not.toBeNull();
      expect(htmlText(link![1]!).trim()).toBe(`Ladda ner som PDF ${fileInfo('pdf', bytes.length)}`.replace(/\u00a0/g, ' '));
    }
  });
});
