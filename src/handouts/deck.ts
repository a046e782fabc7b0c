import JSZip from 'jszip';
import PptxGenJS from 'pptxgenjs';
import { imageColours } from '../build-images/canvas';

/**
 * The strategy as a 16:9 slide deck (.pptx), from plain data that deck-content.ts reads from the
 * same content as the pages. Every slide has a real title (the layout's title placeholder, so
 * screen readers and PowerPoint's outline find it), all text is text in Swedish (sv-SE), every
 * picture has its alt text, and the speaker notes carry the full text and its address. What the
 * slides say is the source's own words; the few labels are interface phrases (src/strings/sv.ts).
 */
export interface DeckImage {
  png: Uint8Array;
  width: number;
  height: number;
  alt: string;
}

export interface DeckSlide {
  /** The slide's title (its title placeholder). */
  title: string;
  /** A short label above the title ("Strategisk inriktning 2", "2.3"). */
  kicker?: string;
  /** Paragraphs of the source, whole. */
  paragraphs?: string[];
  /** Large figures, each with the sentence it comes from. */
  figures?: { shown: string; text: string }[];
  /** Short quotes, each with who says it where the source says. */
  quotes?: { text: string; by?: string }[];
  image?: DeckImage;
  /** A source line under the slide's content. */
  source?: string;
  /** Addresses to read on (the closing slide), with a QR code for the first. */
  links?: { label: string; address: string }[];
  qr?: DeckImage;
  notes: string;
}

export interface Deck {
  title: string;
  subtitle: string;
  owner: string;
  /** What each content slide's footer says. */
  footer: string;
  /** The title slide's notes. */
  notes: string;
  slides: DeckSlide[];
}

const W = 13.333;
const H = 7.5;
const MARGIN = 0.6;
const FONT = 'Arial';
const LANG = 'sv-SE';
const hex = (colour: string) => colour.replace('#', '').toUpperCase();
const INK = hex(imageColours.ink);
const MUTED = hex(imageColours.muted);
const BRAND = hex(imageColours.brand);
const WASH = hex(imageColours.wash);
const PAPER = hex(imageColours.paper);

const text = { fontFace: FONT, lang: LANG, color: INK, margin: 0 } as const;
const dataUrl = (png: Uint8Array) => `image/png;base64,${Buffer.from(png).toString('base64')}`;

/** An image as large as fits the box, keeping its proportions, centred horizontally in it. */
function fit(image: DeckImage, box: { x: number; y: number; w: number; h: number }) {
  const scale = Math.min(box.w / image.width, box.h / image.height);
  const w = image.width * scale;
  const h = image.height * scale;
  return { x: box.x + (box.w - w) / 2, y: box.y, w, h };
}

function defineMasters(pptx: PptxGenJS, footer: string): void {
  pptx.defineSlideMaster({
    title: 'TITEL',
    background: { color: BRAND },
    objects: [{ placeholder: { options: { name: 'title', type: 'title', x: MARGIN, y: 2.1, w: W - 2 * MARGIN, h: 1.6, ...text, color: PAPER, fontSize: 48, bold: true, align: 'left', valign: 'bottom' }, text: '' } }],
  });
  pptx.defineSlideMaster({
    title: 'INNEHALL',
    background: { color: PAPER },
    objects: [
      { rect: { x: 0, y: 0, w: W, h: 0.12, fill: { color: BRAND } } },
      { placeholder: { options: { name: 'title', type: 'title', x: MARGIN, y: 0.75, w: W - 2 * MARGIN, h: 1.3, ...text, fontSize: 30, bold: true, align: 'left', valign: 'top' }, text: '' } },
      { text: { text: footer, options: { x: MARGIN, y: H - 0.5, w: 9, h: 0.3, ...text, color: MUTED, fontSize: 11 } } },
    ],
    slideNumber: { x: W - MARGIN - 1, y: H - 0.5, w: 1, h: 0.3, fontFace: FONT, fontSize: 11, color: MUTED, align: 'right' },
  });
}

function addContent(pptx: PptxGenJS, s: DeckSlide): void {
  const slide = pptx.addSlide({ masterName: 'INNEHALL' });
  if (s.kicker) slide.addText(s.kicker, { x: MARGIN, y: 0.32, w: W - 2 * MARGIN, h: 0.4, ...text, color: BRAND, fontSize: 16, bold: true });
  slide.addText(s.title, { placeholder: 'title', ...text, align: 'left', fontSize: s.title.length > 70 ? 26 : 30 });
  const top = 2.15;
  const bottom = H - 0.8 - (s.source ? 0.7 : 0);
  const box = { x: MARGIN, y: top, w: W - 2 * MARGIN, h: bottom - top };
  if (s.paragraphs?.length) {
    const size = s.paragraphs.join(' ').length > 1100 ? 16 : 20;
    slide.addText(
      s.paragraphs.map((p, i) => ({ text: p, options: { breakLine: i < s.paragraphs!.length - 1, paraSpaceAfter: 10 } })),
      { ...box, ...text, fontSize: size, valign: 'top', lineSpacingMultiple: 1.1 },
    );
  }
  if (s.figures?.length) {
    const w = box.w / s.figures.length;
    s.figures.forEach((f, i) => {
      const x = box.x + i * w;
      slide.addText(f.shown, { x, y: top, w: w - 0.3, h: 1, ...text, color: BRAND, fontSize: 28, bold: true, valign: 'bottom' });
      slide.addText(f.text, { x, y: top + 1.1, w: w - 0.3, h: box.h - 1.1, ...text, fontSize: 18, valign: 'top' });
    });
  }
  if (s.quotes?.length) {
    const h = box.h / s.quotes.length;
    s.quotes.forEach((q, i) => {
      slide.addText(
        [
          { text: `”${q.text}”`, options: { italic: true, fontSize: 22, breakLine: !!q.by } },
          ...(q.by ? [{ text: q.by, options: { fontSize: 13, color: MUTED } }] : []),
        ],
        { x: box.x, y: box.y + i * h, w: box.w, h: h - 0.15, ...text, valign: 'top', fill: { color: WASH }, margin: 8 },
      );
    });
  }
  if (s.image) slide.addImage({ data: dataUrl(s.image.png), ...fit(s.image, box), altText: s.image.alt });
  if (s.links?.length) {
    const w = s.qr ? box.w - 3.2 : box.w;
    slide.addText(
      s.links.map((l, i) => ({ text: `${l.label} ${l.address}`, options: { breakLine: i < s.links!.length - 1, paraSpaceAfter: 6 } })),
      { x: box.x, y: box.y, w, h: box.h, ...text, fontSize: s.links.length > 8 ? 14 : 20, valign: 'top' },
    );
    if (s.qr) slide.addImage({ data: dataUrl(s.qr.png), ...fit(s.qr, { x: box.x + box.w - 3, y: box.y, w: 3, h: 3 }), altText: s.qr.alt });
  }
  if (s.source) slide.addText(s.source, { x: MARGIN, y: H - 1.45, w: W - 2 * MARGIN, h: 0.65, ...text, color: MUTED, fontSize: 12, valign: 'bottom' });
  slide.addNotes(s.notes);
}

/** The deck as the bytes of a .pptx file. */
export async function buildDeck(deck: Deck): Promise<Uint8Array> {
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_WIDE';
  pptx.title = deck.title;
  pptx.subject = deck.subtitle;
  pptx.author = deck.owner;
  pptx.company = deck.owner;
  pptx.theme = { headFontFace: FONT, bodyFontFace: FONT };
  defineMasters(pptx, deck.footer);

  const title = pptx.addSlide({ masterName: 'TITEL' });
  title.addText(deck.title, { placeholder: 'title', ...text, color: PAPER, align: 'left' });
  title.addText(
    [
      { text: deck.subtitle, options: { fontSize: 26, breakLine: true } },
      { text: deck.owner, options: { fontSize: 20, bold: true } },
    ],
    { x: MARGIN, y: 3.9, w: W - 2 * MARGIN, h: 1.6, ...text, color: PAPER, valign: 'top' },
  );
  title.addNotes(deck.notes);

  for (const slide of deck.slides) addContent(pptx, slide);
  return inSwedish((await pptx.write({ outputType: 'nodebuffer' })) as Buffer);
}

/** The notes' paragraphs as paragraphs: pptxgenjs writes the notes as one run, line breaks and all. */
const notesParagraphs = (xml: string) =>
  xml.replace(/<a:p><a:r>(<a:rPr [^>]*\/>)<a:t>([^<]*\n[^<]*)<\/a:t><\/a:r>/g, (_, run: string, text: string) =>
    `<a:p>${text.split(/[\r\n]+/).map((line) => `<a:r>${run}<a:t>${line}</a:t></a:r>`).join('</a:p><a:p>')}`,
  );

/**
 * pptxgenjs marks the speaker notes, slide numbers and the masters' defaults as English (en-US)
 * whatever the text's own language; a screen reader would read the notes with an English voice.
 * Every part of the file is marked Swedish instead, the notes get their paragraphs, and the file
 * is compressed (pptxgenjs 4.0.1 ignores `compression` when given an output type).
 */
async function inSwedish(pptx: Buffer): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(pptx);
  for (const [name, file] of Object.entries(zip.files)) {
    if (!name.endsWith('.xml')) continue;
    let xml = (await file.async('string')).replace(/ altLang="en-US"/g, '').replace(/lang="en-US"/g, `lang="${LANG}"`);
    if (name.startsWith('ppt/notesSlides/')) xml = notesParagraphs(xml);
    zip.file(name, xml);
  }
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}
