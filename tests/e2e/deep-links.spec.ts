/** A linked section is marked and visible, on its page and on the whole strategy (copying: share.spec.ts). */
import { expect, test } from '@playwright/test';

const SECTION = '/inriktningar/nara-och-samordnad/#vi-ska-sakerstalla-kontinuitet-i-vardprocesser';

test('a linked heading is in view, not covered, and marked as the target', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 700 });
  await page.goto(SECTION);
  const heading = page.locator('#vi-ska-sakerstalla-kontinuitet-i-vardprocesser');
  await expect(heading).toBeInViewport();
  const box = await heading.boundingBox();
  expect(box!.y).toBeGreaterThanOrEqual(0);
  // Nothing is drawn on top of the heading's text.
  const onTop = await heading.evaluate((h) => {
    const r = h.getBoundingClientRect();
    const hit = document.elementFromPoint(r.left + 5, r.top + r.height / 2);
    return !!hit && (hit === h || h.contains(hit));
  });
  expect(onTop).toBe(true);
  const background = await heading.evaluate((h) => getComputedStyle(h).backgroundColor);
  expect(background).not.toBe('rgba(0, 0, 0, 0)');
});

test('the same fragment works on the whole strategy page', async ({ page }) => {
  await page.goto('/hela-strategin/#vi-ska-sakerstalla-kontinuitet-i-vardprocesser');
  await expect(page.locator('#vi-ska-sakerstalla-kontinuitet-i-vardprocesser')).toBeInViewport();
  await expect(page.locator('#vi-ska-sakerstalla-kontinuitet-i-vardprocesser')).toHaveText('2.3 Vi ska säkerställa kontinuitet i vårdprocesser');
});
