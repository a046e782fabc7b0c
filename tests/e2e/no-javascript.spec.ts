/** With JavaScript off every page shows all its text and tables. */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { builtPages, htmlText, wording } from '../support/site';

test.use({ javaScriptEnabled: false });

for (const { path, file } of builtPages('dist').filter((p) => !p.path.endsWith('404.html'))) {
  test(`everything is readable without JavaScript on ${path}`, async ({ page }) => {
    await page.goto(path);
    // Open <details> (collapsed by choice, not by script) so innerText covers what a reader can open.
    await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
    const shown = wording(await page.locator('main').innerText());
    const main = readFileSync(file, 'utf8')
      .match(/<main[\s\S]*<\/main>/)![0]
      // Elements hidden until a script makes them work (copy and PNG buttons, result lists) do not count.
      .replace(/<(\w+)\b[^>]*\shidden(?:[\s=>])[^>]*>[\s\S]*?<\/\1>/g, '');
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

test('chart tables are open without JavaScript', async ({ page }) => {
  await page.goto('/vard-i-forandring/');
  await expect(page.locator('chart-figure table')).toHaveCount(3);
  for (const table of await page.locator('chart-figure table').all()) await expect(table).toBeVisible();
  await expect(page.locator('chart-figure table').first()).toContainText('206 000');
});
