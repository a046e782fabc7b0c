/** Short addresses (/2/, /2.3/) land on their direction or section, with JavaScript off and on. */
import { readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { expect, test } from '@playwright/test';

const record = load(readFileSync('content/kortadresser.yaml', 'utf8')) as { from: string; to: string }[];

test('the record holds the 17 published short addresses', () => {
  expect(record.map((r) => r.from)).toEqual([
    '/1/', '/1.1/', '/1.2/', '/1.3/', '/1.4/', '/2/', '/2.1/', '/2.2/', '/2.3/', '/3/', '/3.1/', '/3.2/', '/3.3/', '/4/', '/4.1/', '/4.2/', '/4.3/',
  ]);
});

for (const javaScriptEnabled of [false, true]) {
  test.describe(`with JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, () => {
    test.use({ javaScriptEnabled });
    test('each short address lands on its section, which carries its number', async ({ page }) => {
      for (const { from, to } of record) {
        await page.goto(from);
        await expect(page, from).toHaveURL(new RegExp(`${to.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
        const [, fragment] = to.split('#');
        if (fragment) {
          const heading = page.locator(`[id="${fragment}"]`);
          await expect(heading, from).toBeInViewport();
          await expect(heading.locator('.section-number'), from).toHaveText(from.slice(1, -1));
        } else {
          await expect(page.locator('.kicker'), from).toHaveText(`Strategisk inriktning ${from.slice(1, -1)}`);
        }
      }
    });
  });
}

test('a short address page is Swedish, links its target, is not indexed and names its canonical page', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const response = await context.request.get('/2.3/');
  const html = await response.text();
  expect(html).toMatch(/<html lang="sv">/);
  expect(html).toContain('<meta name="robots" content="noindex">');
  expect(html).toMatch(/<link rel="canonical" href="https?:\/\/[^"]+\/inriktningar\/nara-och-samordnad\/">/);
  expect(html).toContain('Den korta adressen leder till <a href="/inriktningar/nara-och-samordnad/#vi-ska-sakerstalla-kontinuitet-i-vardprocesser">2.3 Vi ska säkerställa kontinuitet i vårdprocesser</a>');
  expect(html).not.toContain('data-pagefind-body');
  const sitemap = await (await context.request.get('/sitemap-0.xml')).text();
  expect(sitemap).not.toMatch(/\/\d+(\.\d+)?\/</);
  await context.close();
});

test('the list of short addresses is linked from the footer and names every section', async ({ page }) => {
  await page.goto('/forord/');
  await page.getByRole('contentinfo').getByRole('link', { name: 'Korta adresser' }).click();
  await expect(page.locator('h1')).toHaveText('Korta adresser');
  const list = page.locator('main .short-addresses');
  await expect(list.locator('dt')).toHaveCount(record.length);
  await expect(list.getByRole('link', { name: '2.3 Vi ska säkerställa kontinuitet i vårdprocesser' })).toHaveAttribute('href', record.find((r) => r.from === '/2.3/')!.to);
  await expect(list.locator('dt a[href="/2.3/"]')).toHaveText(/^https?:\/\/.+\/2\.3\/$/);
});

test.describe('the 404 page at a short address that does not exist', () => {
  test('lists that direction\'s sections', async ({ page }) => {
    const response = await page.goto('/2.4/');
    expect(response?.status()).toBe(404);
    await expect(page.locator('h1')).toHaveText('Sidan finns inte');
    const finder = page.locator('short-address-finder');
    await expect(finder.locator('.intro')).toHaveText('Adressen /2.4/ finns inte. Inriktning 2 har de här korta adresserna:');
    await expect(finder.locator('dd a:visible')).toHaveText([
      'Inriktning 2: I Kronoberg ska vården vara nära och samordnad',
      '2.1 Vi ska utveckla nya sätt att vara tillgängliga',
      '2.2 Vi ska erbjuda rätt vårdnivå i rätt tid',
      '2.3 Vi ska säkerställa kontinuitet i vårdprocesser',
    ]);
  });

  test('without JavaScript it lists every short address', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/2.4/');
    await expect(page.locator('short-address-finder dd a:visible')).toHaveCount(record.length);
    await context.close();
  });
});
