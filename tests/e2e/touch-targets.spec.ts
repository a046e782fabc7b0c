/**
 * Touch targets of at least 44 × 44 CSS px (WCAG 2.5.5, AAA) for every link and control outside
 * running text, on every page at 320, 390 and 1280 px. A link inside a sentence is exempt, as
 * WCAG allows; such lines get enough spacing instead (checked on the line height).
 */
import { expect, test } from '@playwright/test';
import { readerPages } from '../support/site';

const MIN = 44;

for (const path of [...readerPages('dist'), '/404.html']) {
  test(`every control on ${path} is at least ${MIN} × ${MIN} px, links in sentences excepted`, async ({ page }) => {
    // Loaded once, then resized: no script on the site lays out by width, so a resize is a reload's layout.
    await page.setViewportSize({ width: 320, height: 900 });
    await page.goto(path);
    for (const width of [320, 390, 1280]) {
      await page.setViewportSize({ width, height: 900 });
      const small = await page.evaluate((min) => {
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
      expect(small, `${width} px`).toEqual([]);
    }
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
