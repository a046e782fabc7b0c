/** Finding the way on long pages: "Till början" and the table of contents that stays beside the text. */
import { expect, test } from '@playwright/test';

const LONG = '/vard-i-forandring/';

test('"Till början" floats in only after the first screens of a long page, and leads back to the top', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(LONG);
  const link = page.getByRole('link', { name: 'Till början' });
  await expect(link).toBeHidden();
  await page.evaluate(() => window.scrollTo(0, innerHeight * 3));
  await expect(link).toBeVisible();
  const box = (await link.boundingBox())!;
  expect(box.y + box.height, 'in the corner of the screen').toBeLessThanOrEqual(844);
  await link.click();
  await expect.poll(() => page.evaluate(() => scrollY)).toBe(0);
  await expect(link).toBeHidden();
});

test('on a short page "Till början" stays a plain link at the end', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/forord/');
  await expect(page.locator('back-to-top')).not.toHaveClass(/floating/);
});

test('on a wide screen the table of contents stays beside the text and marks where the reader is', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(LONG);
  const toc = page.locator('toc-spy');
  const prose = page.locator('.article > .prose');
  expect((await toc.boundingBox())!.x, 'beside the text').toBeGreaterThan((await prose.boundingBox())!.x + 500);
  const readAt = (id: string) => page.evaluate((i) => document.getElementById(i)!.scrollIntoView({ block: 'start' }), id);
  await readAt('kunskapsbaserad-vard');
  await expect(toc.locator('a[aria-current="true"]')).toHaveText('Kunskapsbaserad vård');
  const box = (await toc.boundingBox())!;
  expect(box.y, 'still on screen').toBeGreaterThanOrEqual(0);
  expect(box.y).toBeLessThan(100);
  await readAt('forandrad-demografi');
  await expect(toc.locator('a[aria-current="true"]')).toHaveText('Förändrad demografi');
});

test('on a phone the table of contents is an ordinary list above the text', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(LONG);
  const toc = (await page.locator('toc-spy').boundingBox())!;
  const prose = (await page.locator('.article > .prose').boundingBox())!;
  expect(toc.y + toc.height).toBeLessThanOrEqual(prose.y);
});
