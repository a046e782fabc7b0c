import type { Page } from '@playwright/test';

/**
 * Draws what the page leaves undrawn until it nears the screen (content-visibility: auto, the
 * parts of /hela-strategin/), so a check of text or boxes covers what a reader sees on scrolling
 * there. innerText leaves such content out and some of its boxes measure 0 × 0 until drawn.
 * Nothing hidden in other ways is shown.
 */
export async function drawOffscreenParts(page: Page): Promise<void> {
  await page.evaluate(() => {
    for (const el of document.querySelectorAll<HTMLElement>('body *')) if (getComputedStyle(el).contentVisibility === 'auto') el.style.contentVisibility = 'visible';
  });
}

/** Opens every <details> (collapsed by choice, not by script), so a check covers what a reader can open. */
export async function openAllDetails(page: Page): Promise<void> {
  await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
}
