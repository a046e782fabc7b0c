/** Nothing about a reader goes anywhere else: no other origin, no cookies, no web storage. */
import { expect, test, type Page } from '@playwright/test';
import { fakeSpeech } from '../support/speech';
import { nginxBinary } from '../support/server';
import { readerPages } from '../support/site';

test('no page asks another origin for anything, sets a cookie or stores data', async ({ page, context, baseURL }) => {
  test.setTimeout(180_000);
  const origin = new URL(baseURL!).origin;
  const foreign: string[] = [];
  page.on('request', (r) => {
    const url = r.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) foreign.push(`${page.url()} → ${url}`);
  });
  for (const path of [...readerPages('dist'), '/sok/?q=fast+v%C3%A5rdkontakt', '/inriktningar/nara-och-samordnad/?sok=fast#vi-ska-sakerstalla-kontinuitet-i-vardprocesser']) {
    await page.goto(path);
    await page.evaluate(async () => {
      window.scrollTo(0, document.body.scrollHeight);
      await new Promise((r) => setTimeout(r, 300));
    });
    await page.waitForLoadState('networkidle');
    const storage = await page.evaluate(() => localStorage.length + sessionStorage.length);
    expect(storage, `web storage on ${path}`).toBe(0);
  }
  expect(foreign).toEqual([]);
  expect(await context.cookies()).toEqual([]);
});

/**
 * What the site's scripts do, each checked under both policies: the strict one in the page's
 * <meta> and, through nginx, the one in the response header (they are enforced together).
 */
const scriptedFeatures: { name: string; path: string; before?: (page: Page) => Promise<void>; works: (page: Page) => Promise<void> }[] = [
  { name: 'the start page', path: '/', works: async () => {} },
  { name: 'a chapter', path: '/vard-i-forandring/', works: async () => {} },
  { name: 'search', path: '/sok/?q=fast+v%C3%A5rdkontakt', works: (page) => expect(page.locator('.results > li').first()).toBeVisible() },
  {
    name: 'the highlight on arrival from search',
    path: '/inriktningar/nara-och-samordnad/?sok=fast#vi-ska-sakerstalla-kontinuitet-i-vardprocesser',
    works: (page) => expect(page.locator('mark.pagefind-highlight').first()).toBeVisible(),
  },
  {
    name: 'a chart, drawn when the reader reaches for it',
    path: '/diagram/invanare/',
    works: async (page) => {
      await page.locator('chart-figure .chart-image').hover();
      await expect(page.locator('chart-figure')).toHaveAttribute('data-drawn', 'true');
    },
  },
  {
    name: 'copying a section link',
    path: '/inriktningar/nara-och-samordnad/',
    works: async (page) => {
      await page.getByRole('button', { name: /^Kopiera länk till avsnittet ”Vi ska säkerställa kontinuitet/ }).click();
      await expect(page.locator('#vi-ska-sakerstalla-kontinuitet-i-vardprocesser ~ copy-link [role="status"]')).toHaveText('Länken är kopierad');
    },
  },
  // share: the sharing issue adds its share control here.
  {
    name: 'reading aloud',
    path: '/inriktningar/nara-och-samordnad/',
    before: (page) => fakeSpeech(page, [{ lang: 'sv-SE', localService: true, name: 'Alva' }]),
    works: async (page) => {
      await page.getByRole('button', { name: 'Lyssna' }).click();
      await expect(page.locator('.listen-current')).toHaveCount(1);
    },
  },
];

for (const feature of scriptedFeatures) {
  test(`the content security policy lets ${feature.name} work, with no violation`, async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.addInitScript(() => {
      (window as unknown as { cspViolations: string[] }).cspViolations = [];
      document.addEventListener('securitypolicyviolation', (e) =>
        (window as unknown as { cspViolations: string[] }).cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`),
      );
    });
    // Chromium also reports blocked resources and eval on the console.
    const consoleErrors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error' && /Content Security Policy|Refused to/i.test(m.text())) consoleErrors.push(m.text());
    });
    await feature.before?.(page);
    const response = await page.goto(feature.path);
    await expect(page.locator('meta[http-equiv="content-security-policy"]')).toHaveCount(1);
    if (nginxBinary()) expect(response?.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
    await feature.works(page);
    expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });
}
