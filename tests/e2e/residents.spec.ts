/** For residents on a phone: the start page leads to every direction and to nära vård at once, and says where to turn for care. */
import { expect, test, type Page } from '@playwright/test';

const PHONE = { width: 390, height: 844 };

/** The bottom edge of the first link in the main content to each address, in CSS px from the top. */
const firstLinkBottoms = (page: Page, hrefs: string[]) =>
  page.evaluate((list) => list.map((href) => {
    const a = [...document.querySelectorAll<HTMLAnchorElement>('main a')].find((el) => el.getAttribute('href') === href);
    return a ? a.getBoundingClientRect().bottom + scrollY : Infinity;
  }), hrefs);

test('on a 390 × 844 phone, every direction and the nära vård page are within the first two screens of the start page', async ({ page }) => {
  await page.setViewportSize(PHONE);
  await page.goto('/');
  const directions = await page.locator('.directions a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
  expect(directions).toHaveLength(4);
  const bottoms = await firstLinkBottoms(page, [...directions, '/nara-vard/']);
  for (const bottom of bottoms) expect(bottom).toBeLessThanOrEqual(2 * PHONE.height);
});

test('the start page gives each direction its number, title and lead, and the målbild in its own words', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('.directions > li')).toHaveCount(4);
  await expect(page.locator('.directions > li').nth(1)).toContainText('2');
  await expect(page.locator('.directions > li').nth(1)).toContainText('I Kronoberg ska vården vara nära och samordnad');
  await expect(page.locator('.directions > li').nth(1)).toContainText('Kronobergarna vill ha enklare och mer flexibla sätt');
  await expect(page.locator('.hero .vision')).toHaveText('År 2030 är hälso- och sjukvården närmare kronobergaren på flera sätt, på nya sätt.');
  await expect(page.getByRole('heading', { name: 'Vad är nära vård?' })).toBeVisible();
});

for (const path of ['/', '/nara-vard/']) {
  test(`"Behöver du vård?" on ${path} gives 1177 by phone and on the web, the vårdcentral, and 112`, async ({ page }) => {
    await page.goto(path);
    const care = page.locator('main section.care');
    await expect(care.getByRole('heading', { name: 'Behöver du vård?' })).toBeVisible();
    await expect(care.getByRole('link', { name: 'Ring 1177' })).toHaveAttribute('href', 'tel:1177');
    await expect(care.getByRole('link', { name: '1177.se', exact: true })).toHaveAttribute('href', 'https://www.1177.se/');
    await expect(care).toContainText('vårdcentral');
    await expect(care.getByRole('link', { name: 'ring 112' })).toHaveAttribute('href', 'tel:112');
  });
}

test('on the nära vård page, where to turn for care comes before the programme', async ({ page }) => {
  await page.setViewportSize(PHONE);
  await page.goto('/nara-vard/');
  const care = (await page.locator('main section.care').boundingBox())!;
  expect(care.y).toBeLessThan(2 * PHONE.height);
});

test('every footer says in short where to turn for care', async ({ page }) => {
  await page.goto('/forord/');
  const footer = page.locator('footer .care-short');
  await expect(footer.getByRole('link', { name: 'Ring 1177' })).toHaveAttribute('href', 'tel:1177');
  await expect(footer.getByRole('link', { name: 'ring 112' })).toHaveAttribute('href', 'tel:112');
});
