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
