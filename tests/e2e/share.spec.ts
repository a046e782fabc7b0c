/**
 * "Dela" on pages and sections: clean addresses, the short address, a citation, copying, the
 * system share menu, the QR code; from the keyboard, without JavaScript, and accessible.
 */
import { expect, test, type Page } from '@playwright/test';
import { axeViolations } from '../support/axe';
import { sectionShare as shareOf } from '../support/share';

const PAGE = '/inriktningar/nara-och-samordnad/';
const ID = 'vi-ska-sakerstalla-kontinuitet-i-vardprocesser';
const TITLE = '2.3 Vi ska säkerställa kontinuitet i vårdprocesser';

/** The share control of the section 2.3, found by its accessible name. */
const sectionShare = (page: Page) => shareOf(page, TITLE);
const canonical = (page: Page) => page.locator('link[rel="canonical"]').getAttribute('href');

test('the copied address of a page opened from search has no query, only the section', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(`${PAGE}?sok=fast&sok=vardkontakt#${ID}`);
  const share = sectionShare(page);
  await share.locator('summary').click();
  await share.getByRole('button', { name: 'Kopiera adressen' }).click();
  await expect(share.getByRole('status')).toHaveText('Adressen är kopierad.');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(`${await canonical(page)}#${ID}`);
  expect(copied).not.toContain('?');
  expect(copied).not.toContain('sok=');
});

test('the short address and a ready citation are copied as shown', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(`${PAGE}?sok=fast`);
  const share = sectionShare(page);
  await share.locator('summary').click();
  const origin = new URL((await canonical(page))!).origin;
  await share.getByRole('button', { name: 'Kopiera den korta adressen' }).click();
  await expect(share.getByRole('status')).toHaveText('Den korta adressen är kopierad.');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${origin}/2.3/`);
  await share.getByRole('button', { name: 'Kopiera källhänvisningen' }).click();
  await expect(share.getByRole('status')).toHaveText('Källhänvisningen är kopierad.');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
    `Närmare kronobergaren (Region Kronoberg), avsnitt 2.3 Vi ska säkerställa kontinuitet i vårdprocesser, ${origin}/2.3/`,
  );
});

test('every h2 and numbered section has its own control, and each has a unique name', async ({ page }) => {
  await page.goto(PAGE);
  const names = await page.locator('main summary').evaluateAll((els) => els.map((e) => e.textContent));
  expect(new Set(names).size).toBe(names.length);
  expect(names).toContain(`Dela avsnittet ”${TITLE}”`);
  expect(names[0]).toBe('Dela sidan');
});

test('from the keyboard: open, copy and close', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(PAGE);
  const summary = sectionShare(page).locator('summary');
  await summary.focus();
  await page.keyboard.press('Enter');
  await expect(sectionShare(page).locator('details')).toHaveAttribute('open', '');
  await page.keyboard.press('Tab'); // the short address
  await page.keyboard.press('Tab'); // its "Kopiera"
  await expect(page.locator(':focus')).toHaveAccessibleName('Kopiera den korta adressen');
  await page.keyboard.press('Space');
  await expect(sectionShare(page).getByRole('status')).toHaveText('Den korta adressen är kopierad.');
  await summary.focus();
  await page.keyboard.press('Enter');
  await expect(sectionShare(page).locator('details')).not.toHaveAttribute('open', '');
});

test('the QR code loads only when its control opens, and shows the short address', async ({ page }) => {
  const qr: string[] = [];
  page.on('request', (r) => r.url().includes('/qr/') && qr.push(new URL(r.url()).pathname));
  await page.goto(PAGE);
  await page.waitForLoadState('networkidle');
  expect(qr).toEqual([]);
  const share = sectionShare(page);
  await share.locator('summary').click();
  const img = share.getByRole('img');
  await expect(img).toHaveAttribute('alt', /^QR-kod till https?:\/\/.+\/2\.3\/$/);
  await expect.poll(() => img.evaluate((i: HTMLImageElement) => i.complete && i.naturalWidth)).toBeGreaterThan(0);
  expect(qr).toEqual(['/qr/2.3.svg']);
  await expect(share.getByRole('link', { name: 'SVG' })).toHaveAttribute('download', 'narmare-kronobergaren-2.3.svg');
  const png = share.getByRole('link', { name: 'PNG för bildspel' });
  await expect(png).toHaveAttribute('href', '/qr/2.3.png');
  await expect(png).toHaveAttribute('download', 'narmare-kronobergaren-2.3.png');
});

test('"Dela via …" uses the device\'s share menu where there is one, with the short address', async ({ page }) => {
  await page.addInitScript(() => {
    (window as unknown as { shared: unknown[] }).shared = [];
    Object.defineProperty(navigator, 'share', { value: async (data: unknown) => void (window as unknown as { shared: unknown[] }).shared.push(data) });
  });
  await page.goto(PAGE);
  const share = sectionShare(page);
  await share.locator('summary').click();
  await share.getByRole('button', { name: 'Dela via …' }).click();
  const shared = await page.evaluate(() => (window as unknown as { shared: { url: string }[] }).shared);
  expect(shared.map((s) => new URL(s.url).pathname)).toEqual(['/2.3/']);
});

test('without a share menu there is no "Dela via …" button', async ({ page }) => {
  await page.addInitScript(() => delete (Navigator.prototype as { share?: unknown }).share);
  await page.goto(PAGE);
  await sectionShare(page).locator('summary').click();
  await expect(sectionShare(page).getByRole('button', { name: 'Dela via …' })).toBeHidden();
  await expect(sectionShare(page).getByRole('button', { name: 'Kopiera adressen' })).toBeVisible();
});

test('on the whole strategy, a section is shared at its own page', async ({ page }) => {
  await page.goto('/hela-strategin/');
  const share = sectionShare(page);
  await expect(page.locator(`h4#${ID} ~ share-panel`)).toHaveCount(1);
  await share.locator('summary').click();
  await expect(share.getByRole('link', { name: /\/inriktningar\/nara-och-samordnad\/#vi-ska-sakerstalla/ })).toHaveAttribute('href', `${PAGE}#${ID}`);
  // h2 (parts), h3 (their sections) and h4 (numbered sections) all have one.
  for (const level of ['h2', 'h3', 'h4']) expect(await page.locator(`main .heading > ${level} ~ share-panel`).count(), level).toBeGreaterThan(3);
});

test('axe finds nothing with a share control open, light and dark', async ({ page }) => {
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(PAGE);
    await sectionShare(page).locator('summary').click();
    await page.locator('header share-panel summary').click();
    expect(await axeViolations(page)).toEqual([]);
  }
});

test('section numbers stand in the contents, in search results and in print', async ({ page }) => {
  await page.goto(PAGE);
  await expect(page.getByRole('navigation', { name: 'På den här sidan' }).getByRole('link', { name: TITLE })).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator(`#${ID} .section-number`)).toBeVisible();
  await expect(page.locator('share-panel').first()).toBeHidden();
  await page.emulateMedia({ media: 'screen' });
  await page.goto('/sok/?q=kontinuitet');
  await expect(page.locator('.results .sub-results a', { hasText: TITLE }).first()).toBeVisible();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the addresses, the citation and the QR code can be read and saved', async ({ page }) => {
    await page.goto(`${PAGE}?sok=fast`);
    const share = sectionShare(page);
    await share.locator('summary').click();
    await expect(share.getByRole('link', { name: /\/2\.3\/$/ })).toBeVisible();
    await expect(share.getByRole('link', { name: new RegExp(`/inriktningar/nara-och-samordnad/#${ID}$`) })).toBeVisible();
    await expect(share).toContainText('Närmare kronobergaren (Region Kronoberg), avsnitt 2.3');
    await expect(share.getByRole('button')).toHaveCount(0);
    const img = share.getByRole('img');
    await expect.poll(() => img.evaluate((i: HTMLImageElement) => i.complete && i.naturalWidth)).toBeGreaterThan(0);
    await expect(share.getByRole('link', { name: 'PNG för bildspel' })).toBeVisible();
  });
});
