/** Nothing about a reader goes anywhere else: no other origin, no cookies, no web storage. */
import { expect, test } from '@playwright/test';
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

test('the content security policy blocks nothing the site does, search and charts included', async ({ page }) => {
  await page.addInitScript(() => {
    (window as unknown as { cspViolations: string[] }).cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      (window as unknown as { cspViolations: string[] }).cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  const violations: string[] = [];
  for (const path of ['/', '/vard-i-forandring/', '/sok/?q=fast+v%C3%A5rdkontakt', '/inriktningar/nara-och-samordnad/?sok=fast#vi-ska-sakerstalla-kontinuitet-i-vardprocesser', '/diagram/invanare/']) {
    await page.goto(path);
    if (path.startsWith('/sok/')) await expect(page.locator('.results > li').first()).toBeVisible();
    if (path.includes('?sok=')) await expect(page.locator('mark.pagefind-highlight').first()).toBeVisible();
    if (path.includes('diagram')) {
      await page.locator('chart-figure .chart-image').hover();
      await expect(page.locator('chart-figure')).toHaveAttribute('data-drawn', 'true');
    }
    violations.push(...(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)));
  }
  expect(violations).toEqual([]);
});
