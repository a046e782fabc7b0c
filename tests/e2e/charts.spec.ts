/**
 * Charts: drawn at build time from content/diagram.yaml (SVG in the page, PNG and CSV files), the
 * same numbers in the table and the text alternative; Chart.js only when someone reaches for it.
 */
import { readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { expect, test, type Locator, type Page } from '@playwright/test';

interface Figure {
  id: string;
  title: string;
  points: { label: string; value: number }[];
  decimals: number;
  sources: { quote: string }[];
}
const figures = load(readFileSync('content/diagram.yaml', 'utf8')) as Figure[];
const sv = (v: number, d: number) => new Intl.NumberFormat('sv-SE', { minimumFractionDigits: d, maximumFractionDigits: d }).format(v);

/** Records the scripts a page fetches; `chartCode()` lists the Chart.js chunk's requests. */
function watchScripts(page: Page) {
  const scripts: string[] = [];
  page.on('request', (r) => r.resourceType() === 'script' && scripts.push(r.url()));
  return { chartCode: () => scripts.filter((s) => /\/chartjs\.[\w-]+\.js$/.test(s)) };
}

/** The canvas's pixels, as a data URL to compare. */
const snapshot = (chart: Locator) => chart.locator('canvas').evaluate((c: HTMLCanvasElement) => c.toDataURL());

test('the data file holds the figures the source states', () => {
  const byId = Object.fromEntries(figures.map((f) => [f.id, f.points.map((p) => p.value)]));
  expect(byId).toEqual({ invanare: [206000, 221000], 'aldre-80': [11900, 16900], forsorjningskvot: [83.7, 84.9] });
});

for (const figure of figures) {
  test(`chart ${figure.id}: drawing, table, text alternative, source line and files come from the data`, async ({ page, request }) => {
    await page.goto(`/diagram/${figure.id}/`);
    await expect(page.locator('h1')).toHaveText(figure.title);
    const chart = page.locator('chart-figure');
    const rows = chart.locator('tbody tr');
    await expect(rows).toHaveCount(figure.points.length);
    for (const [i, p] of figure.points.entries()) {
      const value = sv(p.value, figure.decimals);
      await expect(rows.nth(i).locator('th')).toHaveText(p.label);
      await expect(rows.nth(i).locator('td')).toContainText(value);
      await expect(chart.locator('img')).toHaveAttribute('alt', new RegExp(`${p.label}: ${value}`));
      await expect(chart.locator('.chart-image')).toHaveAttribute('aria-label', new RegExp(`${p.label}: ${value}`));
    }
    await expect(chart.locator('.chart-image')).toHaveAttribute('role', 'img');
    const source = chart.locator('.chart-source');
    await expect(source).toContainText(figure.sources[0]!.quote);
    await expect(source).toContainText('Region Kronoberg');
    await expect(source.locator('a')).toHaveText(new RegExp(`^https?://[^ ]+/diagram/${figure.id}/$`));

    const png = chart.getByRole('link', { name: /Ladda ner bild \(PNG\)/ });
    await expect(png).toHaveAttribute('href', `/diagram/${figure.id}.png`);
    const file = await request.get(`/diagram/${figure.id}.png`);
    expect(file.headers()['content-type']).toBe('image/png');
    expect((await file.body()).readUInt32BE(16)).toBeGreaterThanOrEqual(1600);

    const csv = await (await request.get(`/diagram/${figure.id}.csv`)).text();
    const lines = csv.replace(/^\uFEFF/, '').trim().split(/\r\n/);
    expect(lines.slice(1, -1)).toEqual(figure.points.map((p) => `${p.label};${p.value.toFixed(figure.decimals).replace('.', ',')}`));
    expect(lines.at(-1)).toMatch(new RegExp(`^"?Källa: Region Kronoberg, .* https?://[^ ]+/diagram/${figure.id}/"?$`));
  });
}

test('a chart page loads no chart code until someone reaches for the chart, not even after scrolling', async ({ page }) => {
  const { chartCode } = watchScripts(page);
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/diagram/aldre-80/');
  await page.waitForLoadState('networkidle');
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await page.waitForTimeout(500);
  expect(chartCode()).toEqual([]);
  // The reader already sees the chart: the build's drawing, loaded and shown.
  const img = page.locator('chart-figure img');
  await expect(img).toBeVisible();
  expect(await img.evaluate((i: HTMLImageElement) => i.complete && i.naturalWidth > 0)).toBe(true);
  await expect(page.locator('chart-figure canvas')).toHaveCount(0);
});

test('hovering a chart brings up the drawn canvas in the same box, with the value of the bar under the pointer', async ({ page }) => {
  const { chartCode } = watchScripts(page);
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/vard-i-forandring/');
  const chart = page.locator('chart-figure').first();
  await chart.scrollIntoViewIfNeeded();
  await page.waitForLoadState('networkidle');
  expect(chartCode()).toEqual([]);
  const box = chart.locator('.chart-image');
  const before = (await box.boundingBox())!;
  await box.hover();
  await expect(chart).toHaveAttribute('data-drawn', 'true');
  expect(chartCode()).toHaveLength(1);
  const canvas = chart.locator('canvas');
  await expect(canvas).toBeVisible();
  await expect(chart.locator('img')).toBeHidden();
  // Exactly the drawing's box: nothing on the page moved.
  const after = (await canvas.boundingBox())!;
  for (const k of ['x', 'y', 'width', 'height'] as const) expect(after[k], k).toBeCloseTo(before[k], 0);
  expect((await box.boundingBox())!.height).toBeCloseTo(before.height, 0);
  // Painted, in the bar colour of the page.
  const painted = await canvas.evaluate((c: HTMLCanvasElement) => {
    const d = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
    let bar = 0;
    for (let i = 0; i < d.length; i += 4) if (d[i] === 11 && d[i + 1] === 93 && d[i + 2] === 71) bar++;
    return bar;
  });
  expect(painted).toBeGreaterThan(1000);
  // Over the second bar, its value comes up.
  const quiet = await snapshot(chart);
  await page.mouse.move(before.x + before.width * 0.72, before.y + before.height * 0.7);
  await expect.poll(() => snapshot(chart)).not.toBe(quiet);
});

test('focusing a chart brings up the canvas, and the arrow keys show each value', async ({ page }) => {
  const { chartCode } = watchScripts(page);
  await page.goto('/diagram/invanare/');
  const chart = page.locator('chart-figure');
  const box = chart.locator('.chart-image');
  for (let i = 0; i < 40 && !(await box.evaluate((b) => b === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(box).toBeFocused();
  await expect(chart).toHaveAttribute('data-drawn', 'true');
  expect(chartCode()).toHaveLength(1);
  await expect(box).toBeFocused();
  const quiet = await snapshot(chart);
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => snapshot(chart)).not.toBe(quiet);
  const first = await snapshot(chart);
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => snapshot(chart)).not.toBe(first);
  await page.keyboard.press('Escape');
  await expect.poll(() => snapshot(chart)).toBe(quiet);
});

test('reduced motion: the canvas and its values appear at once, and nothing moves', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('/diagram/invanare/');
  const chart = page.locator('chart-figure');
  await chart.locator('.chart-image').focus();
  await expect(chart).toHaveAttribute('data-drawn', 'true');
  const nextFrame = () => chart.locator('canvas').evaluate((c: HTMLCanvasElement) => new Promise<string>((resolve) => requestAnimationFrame(() => resolve(c.toDataURL()))));
  const drawn = await nextFrame();
  await page.waitForTimeout(600);
  expect(await snapshot(chart), 'the bars do not grow').toBe(drawn);
  await page.keyboard.press('ArrowRight');
  const value = await nextFrame();
  expect(value).not.toBe(drawn);
  await page.waitForTimeout(600);
  expect(await snapshot(chart), 'the value does not ease in').toBe(value);
});

for (const [width, suffix] of [[320, '-smal'], [1280, '']] as const) {
  test(`at ${width} px every chart shows its ${suffix ? 'narrow' : 'wide'} drawing, with all its text inside it in this browser's fonts`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    for (const figure of figures) {
      await page.goto(`/diagram/${figure.id}/`);
      const img = page.locator('chart-figure img');
      await expect.poll(() => img.evaluate((i: HTMLImageElement) => i.currentSrc)).toMatch(new RegExp(`/diagram/${figure.id}${suffix}\\.svg$`));
      // The SVG's text, laid out in the page's font stack (the fonts of this browser, not the
      // build's): every label, the measure's title over the value axis included, inside the
      // drawing and clear of the others.
      const problems = await img.evaluate(async (i: HTMLImageElement) => {
        const svg = new DOMParser().parseFromString(await (await fetch(i.currentSrc)).text(), 'image/svg+xml').documentElement;
        const host = document.body.appendChild(document.importNode(svg, true) as unknown as SVGSVGElement);
        const [, , w, h] = host.getAttribute('viewBox')!.split(' ').map(Number);
        const boxes = [...host.querySelectorAll('text')].map((t) => ({ text: t.textContent, b: t.getBBox() }));
        const out: string[] = [];
        for (const { text, b } of boxes) if (b.x < 0 || b.y < 0 || b.x + b.width > w! || b.y + b.height > h!) out.push(`${text} outside`);
        boxes.forEach((a, k) =>
          boxes.slice(k + 1).forEach((c) => {
            const overlap = a.b.x < c.b.x + c.b.width && c.b.x < a.b.x + a.b.width && a.b.y < c.b.y + c.b.height && c.b.y < a.b.y + a.b.height;
            if (overlap) out.push(`${a.text} overlaps ${c.text}`);
          }),
        );
        host.remove();
        return out;
      });
      expect(problems, figure.id).toEqual([]);
    }
  });
}

for (const path of ['/diagram/aldre-80/', '/vard-i-forandring/']) {
  test(`print ${path}: each chart fits the text column, its drawing above its table, never split`, async ({ page }) => {
    await page.goto(path);
    const first = page.locator('chart-figure').first();
    await first.locator('.chart-image').hover();
    await expect(first).toHaveAttribute('data-drawn', 'true');
    await expect(first.locator('canvas')).toBeVisible();
    await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
    await expect(first.locator('canvas')).toBeHidden();
    const main = (await page.locator('main').boundingBox())!;
    for (const chart of await page.locator('chart-figure').all()) {
      await chart.scrollIntoViewIfNeeded();
      const figure = (await chart.locator('figure').boundingBox())!;
      expect(figure.x).toBeGreaterThanOrEqual(main.x);
      expect(figure.x + figure.width).toBeLessThanOrEqual(main.x + main.width + 0.5);
      expect(await chart.evaluate((c) => getComputedStyle(c).breakInside)).toBe('avoid');
      // Paper gets the drawing, not the screen's canvas (the first chart has one).
      const img = (await chart.locator('img').boundingBox())!;
      await expect(chart.locator('img')).toBeVisible();
      expect(img.x).toBeGreaterThanOrEqual(figure.x);
      expect(img.x + img.width).toBeLessThanOrEqual(figure.x + figure.width);
      const table = (await chart.locator('details').boundingBox())!;
      expect(img.y + img.height, 'the drawing ends above the table').toBeLessThanOrEqual(table.y);
    }
  });
}

test('the start page shows the three figures as key-figure boxes linking to the charts', async ({ page }) => {
  await page.goto('/');
  for (const [id, shown] of [['invanare', '221 000'], ['aldre-80', '16 900'], ['forsorjningskvot', '84,9']] as const) {
    const box = page.locator(`#nyckeltal-${id}`);
    await expect(box).toContainText(shown);
    await expect(box.getByRole('link')).toHaveAttribute('href', `/diagram/${id}/`);
  }
});
