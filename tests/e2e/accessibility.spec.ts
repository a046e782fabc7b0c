/**
 * axe-core with the WCAG 2.0/2.1/2.2 A and AA rules on every page, light and dark, phone and
 * desktop width; also with search results and a chart's table open. Then a keyboard walk.
 */
import { expect, test } from '@playwright/test';
import { axeViolations as violations } from '../support/axe';
import { drawOffscreenParts } from '../support/layout';
import { readerPages } from '../support/site';

test('axe is awake: it finds text too pale to read and an image without a text alternative', async ({ page }) => {
  await page.goto('/forord/');
  await page.evaluate(() => {
    const p = document.createElement('p');
    p.textContent = 'Blek text';
    p.style.cssText = 'color:#bbb;background:#fff';
    const img = document.createElement('img');
    img.src = '/favicon.svg';
    document.querySelector('main')!.append(p, img);
  });
  const found = await violations(page);
  expect(found.map((v) => v.split(':')[0])).toEqual(expect.arrayContaining(['color-contrast', 'image-alt']));
});

for (const path of [...readerPages('dist'), '/404.html']) {
  test(`axe finds nothing on ${path}, light and dark, 320 and 1280 px`, async ({ page }) => {
    // Loaded once, then resized: no script on the site lays out by width, so a resize is a reload's layout.
    await page.setViewportSize({ width: 320, height: 900 });
    await page.goto(path);
    // axe judges only what is drawn: draw the parts a reader reaches by scrolling.
    await drawOffscreenParts(page);
    for (const width of [320, 1280]) {
      await page.setViewportSize({ width, height: 900 });
      for (const scheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme: scheme });
        expect(await violations(page), `${scheme}, ${width} px`).toEqual([]);
      }
      // Reflow: nothing wider than the viewport (WCAG 1.4.10).
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, `horizontal overflow at ${width} px`).toBeLessThanOrEqual(0);
    }
  });
}

test('axe finds nothing with search results open', async ({ page }) => {
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('/sok/?q=fast+v%C3%A5rdkontakt');
    await expect(page.locator('.results > li').first()).toBeVisible();
    expect(await violations(page)).toEqual([]);
  }
});

test('axe finds nothing with a drawn chart showing a value and its table open', async ({ page }) => {
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('/vard-i-forandring/');
    const chart = page.locator('chart-figure').first();
    await chart.locator('.chart-image').hover();
    await expect(chart).toHaveAttribute('data-drawn', 'true');
    await chart.locator('.chart-image').focus();
    await page.keyboard.press('ArrowRight');
    await expect(chart.locator('details')).toHaveAttribute('open', '');
    await expect(chart.locator('table')).toBeVisible();
    expect(await violations(page)).toEqual([]);
  }
});

test('200 % zoom: text reflows without horizontal scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 640, height: 800 });
  await page.goto('/inriktningar/aktiva-medskapare/');
  await page.evaluate(() => (document.documentElement.style.fontSize = '200%'));
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});

for (const path of ['/', '/vard-i-forandring/', '/sok/?q=kontinuitet', '/hela-strategin/']) {
  test(`keyboard: every interactive element on ${path} is reachable and visibly focused`, async ({ page }) => {
    await page.goto(path);
    if (path.startsWith('/sok/')) await expect(page.locator('.results > li').first()).toBeVisible();
    const expected = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('a[href], button, input, select, summary, [tabindex]:not([tabindex="-1"])')]
        // checkVisibility() is false inside closed <details> too, where nothing can be focused.
        .filter((e) => e.checkVisibility() && !(e as HTMLButtonElement).disabled).length,
    );
    const seen = new Set<string>();
    for (let i = 0; i < expected + 5; i++) {
      await page.keyboard.press('Tab');
      const info = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body) return null;
        const style = getComputedStyle(el);
        const visible = (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2) || style.boxShadow !== 'none';
        const path = [] as string[];
        for (let n: Element | null = el; n; n = n.parentElement) path.unshift(`${n.tagName}:${[...(n.parentElement?.children ?? [])].indexOf(n)}`);
        return { key: path.join('/'), visible, label: el.textContent?.trim().slice(0, 40) ?? el.tagName };
      });
      if (!info) continue;
      expect(info.visible, `focus is visible on "${info.label}"`).toBe(true);
      seen.add(info.key);
    }
    expect(seen.size).toBeGreaterThanOrEqual(expected);
  });
}
