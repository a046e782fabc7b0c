/**
 * Reads a PDF the way the handout tests need it, with pdfjs-dist: each page's text with its
 * position, the pictures painted on it, and the bookmarks. Positions are in millimetres from the
 * page's top-left corner, so tests read like the print rules they check.
 */
import { getDocument, OPS, type PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';

export const MM_PER_PT = 25.4 / 72;

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}
export interface TextItem extends Box {
  str: string;
  /** Text of a picture (an SVG chart's labels), tagged as part of a Figure: not the page's running text. */
  figure: boolean;
}
export interface PdfPage {
  number: number;
  width: number;
  height: number;
  text: TextItem[];
  images: Box[];
  /** The tagged figures: their alt text and how many structure elements they hold. */
  figures: { alt?: string; children: number }[];
}
export interface Bookmark {
  title: string;
  depth: number;
}

type Matrix = [number, number, number, number, number, number];
const multiply = (m: Matrix, n: Matrix): Matrix => [
  m[0] * n[0] + m[2] * n[1],
  m[1] * n[0] + m[3] * n[1],
  m[0] * n[2] + m[2] * n[3],
  m[1] * n[2] + m[3] * n[3],
  m[0] * n[4] + m[2] * n[5] + m[4],
  m[1] * n[4] + m[3] * n[5] + m[5],
];

/** Where each image is painted: the unit square under the current transformation. */
async function imagesOf(page: PDFPageProxy, height: number): Promise<Box[]> {
  const { fnArray, argsArray } = await page.getOperatorList();
  const boxes: Box[] = [];
  let ctm: Matrix = [1, 0, 0, 1, 0, 0];
  const stack: Matrix[] = [];
  fnArray.forEach((fn, i) => {
    if (fn === OPS.save) stack.push(ctm);
    else if (fn === OPS.restore) ctm = stack.pop() ?? ctm;
    else if (fn === OPS.transform) ctm = multiply(ctm, argsArray[i] as Matrix);
    else if (fn === OPS.paintImageXObject || fn === OPS.paintInlineImageXObject) {
      const xs = [ctm[4], ctm[4] + ctm[0] + ctm[2]];
      const ys = [ctm[5], ctm[5] + ctm[1] + ctm[3]];
      boxes.push({
        x: Math.min(...xs) * MM_PER_PT,
        y: (height - Math.max(...ys)) * MM_PER_PT,
        w: Math.abs(xs[1]! - xs[0]!) * MM_PER_PT,
        h: Math.abs(ys[1]! - ys[0]!) * MM_PER_PT,
      });
    }
  });
  return boxes;
}

export async function readPdf(bytes: Uint8Array): Promise<{ pages: PdfPage[]; bookmarks: Bookmark[] }> {
  const task = getDocument({ data: new Uint8Array(bytes), useSystemFonts: false });
  const doc = await task.promise;
  const pages: PdfPage[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    const [, , width, height] = page.view as [number, number, number, number];
    const content = await page.getTextContent({ includeMarkedContent: true });
    const text: TextItem[] = [];
    const tags: string[] = [];
    for (const item of content.items) {
      if ('type' in item) {
        if (item.type === 'endMarkedContent') tags.pop();
        else tags.push((item as { tag?: string }).tag ?? ''); // pdfjs gives the tag, its types do not name it
        continue;
      }
      if (!item.str.trim()) continue;
      text.push({
        str: item.str,
        x: item.transform[4] * MM_PER_PT,
        y: (height - item.transform[5] - item.height) * MM_PER_PT,
        w: item.width * MM_PER_PT,
        h: item.height * MM_PER_PT,
        figure: tags.includes('Figure'),
      });
    }
    const figures: PdfPage['figures'] = [];
    type Node = { role?: string; alt?: string; children?: Node[] };
    const walk = (node: Node) => {
      const children = (node.children ?? []).filter((c) => c.role);
      if (node.role === 'Figure') figures.push({ alt: node.alt, children: children.length });
      children.forEach(walk);
    };
    walk(((await page.getStructTree()) ?? {}) as Node);
    pages.push({ number: n, width: width * MM_PER_PT, height: height * MM_PER_PT, text, images: await imagesOf(page, height), figures });
  }
  const flatten = (items: { title: string; items: unknown[] }[] | null, depth = 0): Bookmark[] =>
    (items ?? []).flatMap((i) => [{ title: i.title, depth }, ...flatten(i.items as typeof items, depth + 1)]);
  const bookmarks = flatten(await doc.getOutline());
  await task.destroy();
  return { pages, bookmarks };
}

/** The text of some items, in reading order as pdfjs gives it, lines joined by spaces. */
export const textOf = (items: TextItem[]) => items.map((i) => i.str).join(' ').replace(/\s+/g, ' ');

/**
 * The page's running text: everything above the bottom margin, where the footer and page numbers
 * stand, apart from the text of pictures (Chromium paints an SVG chart's labels after the page's
 * text, so they would stand mid-sentence where a page breaks).
 */
export const bodyItems = (page: PdfPage, bottomMarginMm: number) => page.text.filter((i) => !i.figure && i.y + i.h <= page.height - bottomMarginMm);
