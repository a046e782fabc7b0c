/** With JavaScript off every page shows all its text and tables. */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { drawOffscreenParts, openAllDetails } from '../support/layout';
import { builtPages, htmlText, isRedirect, readHtml, wording } from '../support/site';

test.use({ javaScriptEnabled: false });

// Redirect pages (short addresses) forward the reader; their own test is in the sharing specs.
for (const { path, file } of builtPages('dist').filter((p) => !p.path.endsWith('404.html') && !isRedirect(readHtml(p.file)))) {
  test(`everything is readable without JavaScript on ${path}`, async ({ page }) => {
    await page.goto(path);
    await openAllDetails(page);
    await drawOffscreenParts(page);
    const shown = wording(await page.locator('main').innerText());
    const main = readFileSync(file, 'utf8')
      .match(/<main[\s\S]*<\/main>/)![0]
      // Elements hidden until a script makes them work (copy buttons, result lists) do not count.
      .replace(/<(\w+)\b[^>]*\shidden(?:[\s=>])[^>]*>[\s\S]*?<\/\1>/g, '')
      // Nor do those made for paper only (the printed contents, with its page of numbers).
      .replace(/<(\w+)\b[^>]*\sclass="[^"]*\bprint-only\b[^"]*"[^>]*>[\s\S]*?<\/\1>/g, '');
    // Every paragraph, list item, heading, quote and table cell of the built HTML is shown.
    const blocks = [...main.matchAll(/<(p|li|h[1-6]|td|th|blockquote|figcaption|caption)\b[^>]*>([\s\S]*?)<\/\1>/g)]
      .filter(([whole]) => !/\shidden[\s>=]/.test(whole.slice(0, whole.indexOf('>') + 1)))
      .map(([, , inner]) => wording(htmlText(inner!)))
      .filter((w) => w.length > 2);
    const missing = blocks.filter((b) => !shown.includes(b));
    expect(missing).toEqual([]);
    for (const table of await page.locator('main table').all()) await expect(table).toBeVisible();
  });
}

test('every chart shows its drawn image and links its PNG without JavaScript', async ({ page, request }) => {
  const pages = builtPages('dist').filter(({ file }) => readFileSync(file, 'utf8').includes('<chart-figure'));
  expect(pages.map((p) => p.path)).toEqual(expect.arrayContaining(['/diagram/aldre-80/', '/vard-i-forandring/', '/hela-strategin/']));
  for (const { path } of pages) {
    await page.goto(path);
    for (const chart of await page.locator('chart-figure').all()) {
      const img = chart.locator('.chart-image img');
      await img.scrollIntoViewIfNeeded();
      await expect(img).toBeVisible();
      await expect.poll(() => img.evaluate((i: HTMLImageElement) => i.complete && i.naturalWidth), `${path}: the drawing is loaded`).toBeGreaterThan(0);
      expect((await img.getAttribute('alt'))?.length).toBeGreaterThan(20);
      const png = chart.getByRole('link', { name: /Ladda ner bild \(PNG\)/ });
      const href = await png.getAttribute('href');
      expect(href).toMatch(/^\/diagram\/[a-z0-9-]+\.png$/);
      expect((await request.get(href!)).ok()).toBe(true);
    }
  }
});

test('chart tables are open without JavaScript', async ({ page }) => {
  await page.goto('/vard-i-forandring/');
  await expect(page.locator('chart-figure table')).toHaveCount(3);
  for (const table of await page.locator('chart-figure table').all()) await expect(table).toBeVisible();
  await expect(page.locator('chart-figure table').first()).toContainText('206 000');
});
