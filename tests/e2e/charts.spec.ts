/** Charts: data from content/diagram.yaml drives canvas, table, text alternative and CSV alike. */
import { readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { expect, test } from '@playwright/test';

interface Figure {
  id: string;
  title: string;
  points: { label: string; value: number }[];
  decimals: number;
  sources: { quote: string }[];
}
const figures = load(readFileSync('content/diagram.yaml', 'utf8')) as Figure[];
const sv = (v: number, d: number) => new Intl.NumberFormat('sv-SE', { minimumFractionDigits: d, maximumFractionDigits: d }).format(v);

test('the data file holds the figures the source states', () => {
  const byId = Object.fromEntries(figures.map((f) => [f.id, f.points.map((p) => p.value)]));
  expect(byId).toEqual({ invanare: [206000, 221000], 'aldre-80': [11900, 16900], forsorjningskvot: [83.7, 84.9] });
});

for (const figure of figures) {
  test(`chart ${figure.id}: table, text alternative, source line and CSV come from the data`, async ({ page, request }) => {
    await page.goto(`/diagram/${figure.id}/`);
    await expect(page.locator('h1')).toHaveText(figure.title);
    const rows = page.locator('chart-figure tbody tr');
    await expect(rows).toHaveCount(figure.points.length);
    for (const [i, p] of figure.points.entries()) {
      await expect(rows.nth(i).locator('th')).toHaveText(p.label);
      await expect(rows.nth(i).locator('td')).toContainText(sv(p.value, figure.decimals));
      await expect(page.locator('canvas')).toHaveAttribute('aria-label', new RegExp(`${p.label}: ${sv(p.value, figure.decimals)}`));
    }
    await expect(page.locator('canvas')).toHaveAttribute('role', 'img');
    const source = page.locator('.chart-source');
    await expect(source).toContainText(figure.sources[0]!.quote);
    await expect(source).toContainText('Region Kronoberg');
    await expect(source.locator('a')).toHaveText(new RegExp(`^https?://[^ ]+/diagram/${figure.id}/$`));
    const csv = await (await request.get(`/diagram/${figure.id}.csv`)).text();
    const lines = csv.replace(/^\uFEFF/, '').trim().split(/\r\n/);
    expect(lines.slice(1, -1)).toEqual(figure.points.map((p) => `${p.label};${p.value.toFixed(figure.decimals).replace('.', ',')}`));
    expect(lines.at(-1)).toMatch(new RegExp(`^"?Källa: Region Kronoberg, .* https?://[^ ]+/diagram/${figure.id}/"?$`));
  });
}

test('a chart below the fold loads no chart code until it is scrolled near, then draws', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (r) => r.resourceType() === 'script' && scripts.push(r.url()));
  await page.setViewportSize({ width: 390, height: 700 });
  await page.goto('/vard-i-forandring/');
  await page.waitForLoadState('networkidle');
  const chartCode = () => scripts.filter((s) => /chartjs\.[\w-]+\.js/.test(s));
  expect(chartCode()).toEqual([]);
  const chart = page.locator('chart-figure').first();
  const before = await chart.boundingBox();
  await chart.scrollIntoViewIfNeeded();
  await expect(chart).toHaveAttribute('data-drawn', 'true');
  expect(chartCode().length).toBe(1);
  // The space was reserved: drawing did not move the figure's size.
  await page.waitForTimeout(500);
  const canvasBox = await chart.locator('.chart-canvas').boundingBox();
  expect(canvasBox!.height).toBeGreaterThan(100);
  expect(before!.width).toBeCloseTo((await chart.boundingBox())!.width, 0);
  // Non-blank: some pixels differ from the first one.
  const painted = await chart.locator('canvas').evaluate((c: HTMLCanvasElement) => {
    const d = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
    let differing = 0;
    for (let i = 0; i < d.length; i += 4) if (d[i] !== d[0] || d[i + 1] !== d[1] || d[i + 2] !== d[2] || d[i + 3] !== d[3]) differing++;
    return differing;
  });
  expect(painted).toBeGreaterThan(1000);
});

test('the PNG download is a slide-ready PNG at least 1600 px wide', async ({ page }) => {
  await page.goto('/diagram/aldre-80/');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /Ladda ner bild \(PNG\)/ }).click()]);
  expect(download.suggestedFilename()).toBe('aldre-80.png');
  const bytes = readFileSync((await download.path())!);
  expect(bytes.subarray(1, 4).toString('ascii')).toBe('PNG');
  const width = bytes.readUInt32BE(16);
  expect(width).toBeGreaterThanOrEqual(1600);
  // White background: the first pixel row is white in the decoded image.
  const corner = await page.evaluate(async (b64) => {
    const img = new Image();
    img.src = `data:image/png;base64,${b64}`;
    await img.decode();
    const c = document.createElement('canvas');
    c.width = img.width;
    c.height = img.height;
    const ctx = c.getContext('2d')!;
    ctx.drawImage(img, 0, 0);
    return [...ctx.getImageData(2, 2, 1, 1).data];
  }, bytes.toString('base64'));
  expect(corner).toEqual([255, 255, 255, 255]);
});

test('reduced motion draws the final chart at once, without animation', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('/diagram/invanare/');
  const chart = page.locator('chart-figure');
  await expect(chart).toHaveAttribute('data-drawn', 'true');
  const snapshot = () => chart.locator('canvas').evaluate((c: HTMLCanvasElement) => c.toDataURL());
  const first = await snapshot();
  await page.waitForTimeout(700);
  expect(await snapshot()).toBe(first);
});

test('the start page shows the three figures as key-figure boxes linking to the charts', async ({ page }) => {
  await page.goto('/');
  for (const [id, shown] of [['invanare', '221 000'], ['aldre-80', '16 900'], ['forsorjningskvot', '84,9']] as const) {
    const box = page.locator(`#nyckeltal-${id}`);
    await expect(box).toContainText(shown);
    await expect(box.getByRole('link')).toHaveAttribute('href', `/diagram/${id}/`);
  }
});
