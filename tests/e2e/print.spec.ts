/**
 * Print as staff print: each page to A4 PDF in Chromium (what Ctrl+P gives, and what the build's
 * PDF is), read back with pdfjs-dist. Positions are millimetres from the paper's top-left corner.
 */
import { expect, test, type Page } from '@playwright/test';
import { bodyItems, readPdf, textOf, type PdfPage, type TextItem } from '../support/pdf';
import { readerPages, wording } from '../support/site';

const MIN_MARGIN = 18;
/** The least a page that is not the end of a part fills of the room for text. */
const MIN_FILL = 0.25;

interface Printed {
  pages: PdfPage[];
  canonical: string;
  /** What the footer says: the page's short address where it has one, else its address, and the strategy's name. */
  footer: string;
  title: string;
  /** Every heading printed, in order. */
  headings: string[];
  /** Where each part of /hela-strategin/ starts: its kicker (directions) or its heading. */
  parts: { heading: string; first: string }[];
}

/** Prints a page as a reader who has scrolled through it (so its lazy chart drawings have loaded) would. */
async function print(page: Page, path: string, short?: string): Promise<Printed> {
  await page.goto(path);
  for (const image of await page.locator('chart-figure img').all()) await image.scrollIntoViewIfNeeded();
  await page.waitForFunction(() => [...document.querySelectorAll<HTMLImageElement>('chart-figure img')].every((img) => img.complete && img.naturalWidth > 0));
  const canonical = (await page.locator('link[rel="canonical"]').getAttribute('href'))!;
  const title = (await page.locator('h1').textContent())!.trim();
  await page.emulateMedia({ media: 'print' });
  const headings = await page.locator('main :is(h1, h2, h3, h4, h5, h6)').evaluateAll((hs) => hs.filter((h) => h.checkVisibility()).map((h) => h.textContent!.trim()));
  const parts = await page.locator('section.part').evaluateAll((sections) =>
    sections.map((s) => ({ heading: s.querySelector('h2')!.textContent!.trim(), first: (s.querySelector('.kicker') ?? s.querySelector('h2'))!.textContent!.trim() })),
  );
  await page.emulateMedia({ media: null });
  const { pages } = await readPdf(await page.pdf({ format: 'A4', tagged: true, outline: true }));
  const footer = `${short ? new URL(short, canonical).href : canonical} · Närmare kronobergaren`;
  return { pages, canonical, footer, title, headings, parts };
}

const isFooter = (item: TextItem, printed: Printed) => /^Sida \d+ av \d+$/.test(item.str) || item.str === printed.footer;
const content = (page: PdfPage, printed: Printed) => page.text.filter((i) => !isFooter(i, printed));
/** How far down the room for text a page is used, 0–1: its lowest text or picture. */
function fill(page: PdfPage, printed: Printed): number {
  const boxes = [...content(page, printed), ...page.images];
  const top = MIN_MARGIN;
  const bottom = page.height - MIN_MARGIN;
  return boxes.length ? (Math.max(...boxes.map((b) => b.y + b.h)) - top) / (bottom - top) : 0;
}

/** What every printed page must have: A4, margins, its page number and footer, and the first-page block. */
function expectHandout(printed: Printed) {
  const { pages, canonical, title } = printed;
  const n = pages.length;
  for (const page of pages) {
    expect(page.width, 'A4 width').toBeCloseTo(210, 0);
    expect(page.height, 'A4 height').toBeCloseTo(297, 0);
    const strings = page.text.map((i) => i.str);
    expect(strings, `page ${page.number}: page number`).toContain(`Sida ${page.number} av ${n}`);
    expect(strings, `page ${page.number}: footer`).toContain(printed.footer);
    for (const item of page.text) {
      expect(item.x, `"${item.str}" left of the margin on page ${page.number}`).toBeGreaterThanOrEqual(MIN_MARGIN - 0.5);
      expect(item.x + item.w, `"${item.str}" right of the margin on page ${page.number}`).toBeLessThanOrEqual(page.width - MIN_MARGIN + 0.5);
      expect(item.y, `"${item.str}" above the margin on page ${page.number}`).toBeGreaterThanOrEqual(MIN_MARGIN - 0.5);
    }
    // The footer stands in the bottom margin; the page's content never reaches into it.
    for (const item of content(page, printed)) expect(item.y + item.h, `"${item.str}" in the bottom margin`).toBeLessThanOrEqual(page.height - MIN_MARGIN);
    for (const image of page.images) {
      expect(image.x, `a picture left of the column on page ${page.number}`).toBeGreaterThanOrEqual(MIN_MARGIN - 0.5);
      expect(image.x + image.w, `a picture right of the column on page ${page.number}`).toBeLessThanOrEqual(page.width - MIN_MARGIN + 0.5);
    }
  }
  // The first page opens with the strategy's name, Region Kronoberg, where it was printed from and
  // the content's date, then the page's own title; no other page repeats the block.
  const first = textOf(content(pages[0]!, printed));
  const address = canonical.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  expect(first).toMatch(new RegExp(`^Närmare kronobergaren Region Kronoberg Utskriven från ${address} Senast ändrad \\d+ \\p{L}+ \\d{4} `, 'u'));
  expect(wording(first).indexOf(wording(title)), 'the title follows the block').toBeGreaterThan(0);
  for (const page of pages.slice(1)) expect(textOf(page.text)).not.toContain('Utskriven från');
}

/**
 * No page ends with a heading: a heading is kept with the text that follows it. (The last page of
 * a part ends with the part's text, whatever it says; `except` are such pages, by index.)
 */
function expectHeadingsWithText(printed: Printed, except: Set<number> = new Set()) {
  for (const [i, page] of printed.pages.entries()) {
    if (except.has(i) || i === printed.pages.length - 1) continue;
    const text = wording(textOf(content(page, printed)));
    const last = printed.headings.find((h) => text.endsWith(wording(h)));
    expect(last, `page ${page.number} ends with the heading "${last}"`).toBeUndefined();
  }
}

test('a direction prints as an A4 handout: margins, "Sida N av M", its short address, the first-page block', async ({ page }) => {
  const printed = await print(page, '/inriktningar/nara-och-samordnad/', '/2/');
  expect(printed.pages.length).toBeGreaterThanOrEqual(2);
  expectHandout(printed);
  expectHeadingsWithText(printed);
  for (const p of printed.pages.slice(0, -1)) expect(fill(p, printed), `page ${p.number} is nearly empty`).toBeGreaterThanOrEqual(MIN_FILL);
});

test('the whole strategy prints with a contents page, each part on a new page, no nearly empty page but a part\'s last', async ({ page }) => {
  const printed = await print(page, '/hela-strategin/');
  expectHandout(printed);
  const { pages, parts } = printed;

  // Page 1 is the contents, with the directions' sections by number; the first part starts on page 2.
  const contents = textOf(content(pages[0]!, printed));
  expect(contents).toContain('Innehåll');
  expect(contents).toMatch(/2\.3 Vi ska säkerställa kontinuitet i vårdprocesser/);

  // Each part starts a page: the first thing on that page is the part's kicker or heading.
  const starts = parts.map((part) => {
    const at = pages.findIndex((p, i) => i > 0 && textOf(bodyItems(p, MIN_MARGIN)).startsWith(part.first));
    expect(at, `"${part.heading}" starts a page`).toBeGreaterThan(0);
    return at;
  });
  expect(starts, 'parts in order').toEqual([...starts].sort((a, b) => a - b));
  expect(starts[0]).toBe(1);

  // A part's last page may be short; every other page is at least a quarter full.
  const lastOfPart = new Set([...starts.map((s) => s - 1), pages.length - 1]);
  for (const [i, p] of pages.entries()) {
    if (!lastOfPart.has(i)) expect(fill(p, printed), `page ${p.number} is nearly empty`).toBeGreaterThanOrEqual(MIN_FILL);
  }
  // Page 1 ends with the contents, whose last line is the last part's title.
  expectHeadingsWithText(printed, new Set([0, ...lastOfPart]));

  // Charts are printed (their drawings are vector text and lines, inside the margins checked above)
  // and never split: a chart's title, its drawing and its source share a page.
  const charts = await page.locator('chart-figure').evaluateAll((els) =>
    els.map((e) => ({ title: e.querySelector('.chart-title')!.textContent!.trim(), alt: e.querySelector('img')!.alt, source: e.querySelector('.chart-source')!.textContent!.trim() })),
  );
  expect(charts).toHaveLength(3);
  for (const chart of charts) {
    const on = pages.filter((p) => wording(textOf(p.text)).includes(wording(chart.title)));
    expect(on.length, `"${chart.title}" is printed`).toBeGreaterThan(0);
    expect(on[0]!.figures.map((f) => f.alt), `the drawing of "${chart.title}" is on its page`).toContain(chart.alt);
    expect(wording(textOf(on[0]!.text)), `the source of "${chart.title}" is on its page`).toContain(wording(chart.source));
  }
});

test('print shows no navigation, buttons or share controls on any page', async ({ page }) => {
  for (const path of readerPages('dist')) {
    await page.goto(path);
    await page.emulateMedia({ media: 'print' });
    const shown = await page.locator('nav, button, share-panel, listen-button, print-button, back-to-top, [role="search"], header[role="banner"], footer[role="contentinfo"], .downloads').evaluateAll((els) =>
      els.filter((e) => e.checkVisibility()).map((e) => e.outerHTML.slice(0, 80)),
    );
    // The contents of the whole strategy is a list of links on paper, not navigation to use there.
    expect(shown.filter((html) => !html.includes('print-contents')), path).toEqual([]);
  }
});

test('external links print their address, unless their text already is it', async ({ page }) => {
  await page.goto('/vill-du-veta-mer/');
  const { pages } = await readPdf(await page.pdf({ format: 'A4' }));
  const text = wording(pages.map((p) => textOf(p.text)).join(' '));
  expect(text).toContain(wording('Region Kronoberg (https://www.regionkronoberg.se/)'));
  expect(text).toContain(wording('regionkronoberg.se/narmarekronobergaren kan du ta del av'));
  expect(text).not.toContain(wording('regionkronoberg.se/narmarekronobergaren (https://regionkronoberg.se/narmarekronobergaren)'));
});
