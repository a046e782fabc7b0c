/**
 * "Lyssna" reads the page aloud with the browser's own speech synthesis, only with a Swedish
 * voice that runs on the device. The tests replace speechSynthesis with a stand-in that records
 * what is spoken, with and without a Swedish voice.
 */
import { expect, test } from '@playwright/test';
import { fakeSpeech } from '../support/speech';

const PAGE = '/inriktningar/nara-och-samordnad/';

test('without a Swedish voice on the device, nothing is offered and nothing moves', async ({ page }) => {
  await fakeSpeech(page, [
    { lang: 'en-GB', localService: true, name: 'Daniel' },
    { lang: 'sv-SE', localService: false, name: 'Online Swedish' },
  ]);
  await page.goto(PAGE);
  const row = page.locator('listen-button');
  const before = await row.boundingBox();
  await page.waitForTimeout(300);
  await expect(page.getByRole('button', { name: 'Lyssna' })).toHaveCount(0);
  expect(await row.boundingBox()).toEqual(before);
});

test('with a local Swedish voice: read, mark the paragraph, pause, continue and stop', async ({ page }) => {
  await fakeSpeech(page, [{ lang: 'sv-SE', localService: true, name: 'Alva' }]);
  await page.goto(PAGE);
  const row = page.locator('listen-button');
  const height = (await row.boundingBox())!.height;
  const listen = page.getByRole('button', { name: 'Lyssna' });
  await expect(listen).toBeVisible();
  expect((await row.boundingBox())!.height, 'the row had its room before the button appeared').toBe(height);

  await listen.click();
  await expect(page.locator('listen-button [role="status"]')).toHaveText('Läser upp sidan.');
  await expect(page.locator('.listen-current')).toHaveCount(1);
  await expect.poll(() => page.evaluate(() => (window as unknown as { spokenTexts: string[] }).spokenTexts.length)).toBeGreaterThan(2);
  const spoken = await page.evaluate(() => (window as unknown as { spokenTexts: string[] }).spokenTexts);
  expect(spoken.slice(0, 2)).toEqual(['Strategisk inriktning 2', 'I Kronoberg ska vården vara nära och samordnad']);
  expect(spoken.join(' ')).not.toContain('Kopiera länk');

  await page.getByRole('button', { name: 'Pausa' }).click();
  await expect(page.locator('listen-button [role="status"]')).toHaveText('Uppläsningen är pausad.');
  const countWhilePaused = await page.evaluate(() => (window as unknown as { spokenTexts: string[] }).spokenTexts.length);
  await page.waitForTimeout(400);
  expect(await page.evaluate(() => (window as unknown as { spokenTexts: string[] }).spokenTexts.length)).toBe(countWhilePaused);
  await page.getByRole('button', { name: 'Fortsätt' }).click();
  await expect.poll(() => page.evaluate(() => (window as unknown as { spokenTexts: string[] }).spokenTexts.length)).toBeGreaterThan(countWhilePaused);

  await page.getByRole('button', { name: 'Sluta lyssna' }).click();
  await expect(page.locator('.listen-current')).toHaveCount(0);
  await expect(listen).toBeFocused();
});

test('the reader is fetched only on the first press', async ({ page }) => {
  await fakeSpeech(page, [{ lang: 'sv-SE', localService: true, name: 'Alva' }]);
  const scripts: string[] = [];
  page.on('request', (r) => r.resourceType() === 'script' && scripts.push(r.url()));
  await page.goto(PAGE);
  await expect(page.getByRole('button', { name: 'Lyssna' })).toBeVisible();
  expect(scripts.filter((s) => /reader\.[\w-]+\.js/.test(s))).toEqual([]);
  await page.getByRole('button', { name: 'Lyssna' }).click();
  await expect.poll(() => scripts.filter((s) => /reader\.[\w-]+\.js/.test(s)).length).toBe(1);
});

test('leaving the page stops the voice', async ({ page }) => {
  await fakeSpeech(page, [{ lang: 'sv-SE', localService: true, name: 'Alva' }]);
  await page.goto(PAGE);
  await page.getByRole('button', { name: 'Lyssna' }).click();
  await expect(page.locator('.listen-current')).toHaveCount(1);
  await page.evaluate(() => dispatchEvent(new PageTransitionEvent('pagehide')));
  await expect(page.locator('.listen-current')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Lyssna' })).toBeVisible();
});
