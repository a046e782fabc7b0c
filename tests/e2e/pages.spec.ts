/** Every page: language, one h1, landmarks, skip link, headings with ids and share controls. */
import { expect, test } from '@playwright/test';
import { readerPages } from '../support/site';

const pages = readerPages('dist');

test('the build has every kind of page', () => {
  for (const path of ['/', '/forord/', '/vard-i-forandring/', '/vad-ar-viktigt/', '/malbild/', '/inriktningar/nara-och-samordnad/',
    '/uppfoljning/', '/vill-du-veta-mer/', '/nara-vard/', '/hela-strategin/', '/sok/', '/tillganglighet/', '/diagram/invanare/']) {
    expect(pages).toContain(path);
  }
});

for (const path of pages) {
  test(`structure of ${path}`, async ({ page }) => {
    await page.goto(path);
    await expect(page.locator('html')).toHaveAttribute('lang', 'sv');
    await expect(page.locator('h1')).toHaveCount(1);
    await expect(page.locator('header[role="banner"]')).toHaveCount(1);
    await expect(page.locator('main#innehall')).toHaveCount(1);
    await expect(page.locator('footer[role="contentinfo"] a[href$="/tillganglighet/"]')).toHaveCount(1);
    expect((await page.locator('meta[name="description"]').getAttribute('content'))?.length).toBeGreaterThan(20);
    await expect(page.locator('meta[property="og:title"]')).toHaveCount(1);

    // Every h2/h3 in the main content has a readable ASCII id; every h2 and numbered section its own share control.
    const headings = await page.locator('main :is(h2, h3)').evaluateAll((els) =>
      els
        .filter((e) => !e.closest('search-page, share-panel'))
        .map((e) => ({ id: e.id, shared: e.tagName === 'H2' || !!e.querySelector('.section-number'), share: !!e.parentElement?.querySelector(':scope > share-panel') })),
    );
    // A page with sections lists them in "På den här sidan"; a short page (a foreword, a chart) has none.
    expect(headings.length, 'at least the headings "På den här sidan" lists').toBeGreaterThanOrEqual(await page.locator('nav.toc li a').count());
    for (const h of headings) {
      expect(h.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      if (h.shared) expect(h.share, `#${h.id} has a share control`).toBe(true);
    }
    // And the page itself has one, by its h1 (the search page is a tool, not something to cite).
    if (path !== '/sok/') await expect(page.locator('main share-panel summary').first()).toHaveText('Dela sidan');
  });
}

test('at 320 px the start page shows the directions\' numbers 1–4, in the words used everywhere else', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto('/');
  // "Fyra strategiska inriktningar": each card's number is on screen, whole, and left of nothing cut off.
  const cards = page.locator('xpath=//h2[normalize-space()="Fyra strategiska inriktningar"]/following::ol[1]/li');
  await expect(cards).toHaveCount(4);
  for (const [i, card] of (await cards.all()).entries()) {
    const number = card.locator('.number');
    await expect(number).toHaveText(String(i + 1));
    await expect(number).toBeVisible();
    const box = (await number.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(320);
    // A screen reader hears the same words as the visible number: "Inriktning 1: …".
    await expect(card.getByRole('link')).toHaveAccessibleName(new RegExp(`^Inriktning ${i + 1}: I Kronoberg`));
  }
  // "Strategins delar" names them the same way.
  const parts = page.locator('xpath=//h2[normalize-space()="Strategins delar"]/following::ul[1]/li');
  await expect(parts.filter({ hasText: /^Inriktning \d: / })).toHaveText([/^Inriktning 1: /, /^Inriktning 2: /, /^Inriktning 3: /, /^Inriktning 4: /]);
});

test('the skip link is first and moves focus to the main content', async ({ page }) => {
  await page.goto('/forord/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Hoppa till innehållet' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#innehall$/);
});

test('previous and next follow the strategy order', async ({ page }) => {
  await page.goto('/malbild/');
  await expect(page.locator('a[rel="next"]')).toHaveAttribute('href', '/inriktningar/till-for-alla/');
  await expect(page.locator('a[rel="prev"]')).toHaveAttribute('href', '/vad-ar-viktigt/');
  await page.goto('/inriktningar/kompetens-och-arbetsgladje/');
  await expect(page.locator('a[rel="next"]')).toHaveAttribute('href', '/uppfoljning/');
});

test('breadcrumbs and the table of contents lead to the page and its sections', async ({ page }) => {
  await page.goto('/inriktningar/nara-och-samordnad/');
  const crumbs = page.getByRole('navigation', { name: 'Brödsmulor' });
  await expect(crumbs.getByRole('link', { name: 'Inriktningar' })).toHaveAttribute('href', '/inriktningar/');
  const toc = page.getByRole('navigation', { name: 'På den här sidan' });
  await toc.getByRole('link', { name: 'Vi ska säkerställa kontinuitet i vårdprocesser' }).click();
  await expect(page).toHaveURL(/#vi-ska-sakerstalla-kontinuitet-i-vardprocesser$/);
});

test('the start page lists the directions as 1–4, in the words used everywhere else, also at 320 px', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 800 });
  await page.goto('/');
  const list = page.locator('main .parts-list');
  // No generated list numbers: numbering the ten parts called the directions 5–8.
  expect(await list.evaluate((l) => l.tagName === 'OL' || getComputedStyle(l).listStyleType.includes('decimal'))).toBe(false);
  const directions = list.getByRole('link', { name: /^Inriktning \d/ });
  await expect(directions).toHaveText([
    'Inriktning 1: I Kronoberg ska vården vara till för alla',
    'Inriktning 2: I Kronoberg ska vården vara nära och samordnad',
    'Inriktning 3: I Kronoberg ska invånarna kunna vara aktiva medskapare i sin hälsa och vård',
    'Inriktning 4: I Kronoberg ska patientens behov mötas med kompetens och arbetsglädje',
  ]);
  // The number is on screen, not cut off at the left edge of a narrow phone.
  for (const link of await directions.all()) {
    const box = (await link.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(320);
  }
});

test('a Swedish 404 page', async ({ page }) => {
  const response = await page.goto('/finns-inte/');
  expect(response?.status()).toBe(404);
  await expect(page.locator('h1')).toHaveText('Sidan finns inte');
});

test('sitemap and robots.txt name the public address', async ({ request }) => {
  const robots = await (await request.get('/robots.txt')).text();
  expect(robots).toMatch(/Sitemap: http.*\/sitemap-index\.xml/);
  const sitemap = await (await request.get('/sitemap-0.xml')).text();
  expect(sitemap).toContain('/inriktningar/nara-och-samordnad/');
  expect(sitemap).not.toContain('/sok/');
});

test('print: no navigation, and each part of the whole strategy starts on a new page', async ({ page }) => {
  await page.goto('/hela-strategin/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Huvudmeny' })).toBeHidden();
  await expect(page.locator('.site-search')).toBeHidden();
  await expect(page.locator('share-panel').first()).toBeHidden();
  const breaks = await page.locator('section.part').evaluateAll((parts) => parts.map((p) => getComputedStyle(p).breakBefore));
  expect(breaks.length).toBe(10);
  expect(breaks.slice(1).every((b) => b === 'page')).toBe(true);
});

test('the accessibility statement has what DIGG requires and is linked from every page', async ({ page }) => {
  await page.goto('/tillganglighet/');
  const main = page.locator('main');
  await expect(page.locator('h1')).toHaveText('Tillgänglighetsredogörelse');
  await expect(main).toContainText('Region Kronoberg');
  await expect(main).toContainText('Närmare kronobergaren');
  await expect(main).toContainText(/helt förenlig|delvis förenlig|inte förenlig/);
  await expect(main).toContainText('Innehåll som inte är tillgängligt');
  await expect(main).toContainText('12 §');
  await expect(main).toContainText('9 §');
  // When it was assessed and when it was last updated (the page's own "Senast ändrad" is a third date).
  const dates = main.getByText(/Bedömningen gjordes .* Redogörelsen uppdaterades senast/).locator('time');
  await expect(dates).toHaveCount(2);
  for (const date of await dates.all()) await expect(date).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}$/);
  await expect(main.getByRole('link', { name: /Myndigheten för digital förvaltning/ })).toHaveAttribute('href', /digg\.se/);
  await expect(main.getByRole('link', { name: 'meddela oss' })).toHaveAttribute('href', /^https:\/\//);
  await expect(main).toContainText('axe-core');
});
