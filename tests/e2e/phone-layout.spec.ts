/**
 * On every page, loaded once and resized (no script on the site lays out by width, so a resize is
 * a reload's layout):
 * - touch targets of at least 44 × 44 CSS px (WCAG 2.5.5, AAA) for every link and control outside
 *   running text, at 320, 390 and 1280 px, and again at 320 px with every <details> open. A link
 *   inside a sentence is exempt, as WCAG allows; such lines get enough spacing instead (checked on
 *   the line height);
 * - at 320 px no number breaks across lines: each stands on one line, whole.
 */
import { expect, test, type Page } from '@playwright/test';
import { drawOffscreenParts, openAllDetails } from '../support/layout';
import { readerPages } from '../support/site';

const MIN = 44;

/** Controls outside running text smaller than MIN × MIN, as "tag "text" w×h". */
const smallTargets = (page: Page) =>
  page.evaluate((min) => {
    const blocks = 'p, li, td, th, dd, figcaption, blockquote, summary';
    const inSentence = (el: Element) => {
      const block = el.parentElement?.closest(blocks);
      return !!block && (block.textContent ?? '').replace(/\s+/g, ' ').trim() !== (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    };
    return [...document.querySelectorAll<HTMLElement>('a[href], button, input, select, summary')]
      .filter((el) => el.checkVisibility({ visibilityProperty: true }) && !inSentence(el))
      .map((el) => ({ el, box: el.getBoundingClientRect() }))
      .filter(({ box }) => box.width < min - 0.5 || box.height < min - 0.5)
      .map(({ el, box }) => `${el.localName} "${(el.textContent ?? '').trim().slice(0, 40)}" ${Math.round(box.width)}×${Math.round(box.height)}`);
  }, MIN);

/** Numbers written with digit groups (206 000) whose digits fall on more than one line. */
const wrappedNumbers = (page: Page) =>
  page.evaluate(() => {
    const out: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      for (const m of node.textContent!.matchAll(/(?<![\d,.])\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?!\d)/g)) {
        const range = document.createRange();
        range.setStart(node, m.index);
        range.setEnd(node, m.index + m[0].length);
        const tops = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
        if (tops.size > 1) out.push(m[0]);
      }
    }
    return out;
  });

for (const path of [...readerPages('dist'), '/404.html']) {
  test(`on ${path} every control is at least ${MIN} × ${MIN} px (links in sentences excepted) and no number wraps at 320 px`, async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 900 });
    await page.goto(path);
    await drawOffscreenParts(page);
    for (const width of [320, 390, 1280]) {
      await page.setViewportSize({ width, height: 900 });
      expect(await smallTargets(page), `${width} px`).toEqual([]);
    }
    await page.setViewportSize({ width: 320, height: 900 });
    await openAllDetails(page);
    expect(await smallTargets(page), '320 px, every <details> open').toEqual([]);
    expect(await wrappedNumbers(page), 'numbers split across lines at 320 px').toEqual([]);
  });
}

test('links inside sentences have room between lines', async ({ page }) => {
  await page.goto('/vill-du-veta-mer/');
  const lineHeight = await page.locator('main .prose p a').first().evaluate((a) => {
    const p = a.closest('p')!;
    return parseFloat(getComputedStyle(p).lineHeight) / parseFloat(getComputedStyle(p).fontSize);
  });
  expect(lineHeight).toBeGreaterThanOrEqual(1.5);
});
