/**
 * Search in a real browser against the built index: Swedish queries land on the right page and
 * section in the top three; what the search does for Swedish (compound parts, questions, everyday
 * words, typos, no confident wrong answers, best sections first); the no-JS, no-index and keyboard
 * cases. The larger query set is tests/e2e/search-relevance.spec.ts.
 */
import { expect, test, type Page } from '@playwright/test';
import { searchFor, topThree } from '../support/relevance';

/** query → expected page and (optional) section, within the top three results. */
const RELEVANCE: [string, string, string?][] = [
  ['fast vårdkontakt', '/inriktningar/nara-och-samordnad/', 'vi-ska-sakerstalla-kontinuitet-i-vardprocesser'],
  ['kontinuitet', '/inriktningar/nara-och-samordnad/', 'vi-ska-sakerstalla-kontinuitet-i-vardprocesser'],
  ['försörjningskvoten', '/vard-i-forandring/', 'ekonomi-och-forsorjningskvot'],
  ['försörjningskvot', '/vard-i-forandring/', 'ekonomi-och-forsorjningskvot'],
  ['digitala', '/vard-i-forandring/', 'den-digitala-utvecklingen'],
  ['kroniska sjukdomar', '/vard-i-forandring/', 'sjukdomspanorama-och-behovsgrupper'],
  ['jämlik vård', '/inriktningar/till-for-alla/', 'vi-ska-erbjuda-en-jamlik-vard'],
  ['patientkontrakt', '/inriktningar/nara-och-samordnad/', 'vi-ska-sakerstalla-kontinuitet-i-vardprocesser'],
  ['egenmonitorering', '/uppfoljning/', 'i-kronoberg-ska-invanarna-kunna-vara-aktiva-medskapare-i-sin-halsa-och-vard'],
  ['HME-index', '/uppfoljning/', 'i-kronoberg-ska-patientens-behov-motas-med-kompetens-och-arbetsgladje'],
  ['arbetsmiljö', '/inriktningar/kompetens-och-arbetsgladje/', 'vara-medarbetare-ska-kunna-arbeta-pa-toppen-av-sin-kompetens'],
  ['arbetsglädje', '/inriktningar/kompetens-och-arbetsgladje/'],
  ['delaktighet', '/inriktningar/aktiva-medskapare/', 'vi-ska-erbjuda-varje-patient-hog-delaktighet'],
  ['videobesök', '/nara-vard/', 'region-kronobergs-vardcentraler-psykiatri-rehabilitering-och-habilitering-erbjuder-videobesok-i-forsta-hand'],
  ['akutsjukhus', '/nara-vard/'],
  ['programområden', '/nara-vard/', 'ledning-och-styrning'],
  ['demografi', '/vard-i-forandring/', 'forandrad-demografi'],
  ['kunskapsstyrning', '/vard-i-forandring/', 'kunskapsbaserad-vard'],
  ['primärvården', '/malbild/', 'nara-vard'],
  ['Roger O Nilsson', '/forord/'],
];

/** Opens /sok/?q=…; the first search also loads the index (slow on a busy machine, hence the wait). */
async function search(page: Page, query: string) {
  await page.goto(`/sok/?q=${encodeURIComponent(query)}`);
  // A new page first loads Pagefind's WebAssembly and index: seconds on a busy machine.
  await expect(page.locator('.status')).toContainText(query, { timeout: 15_000 });
}

test(`relevance: ${RELEVANCE.length} Swedish queries find their page and section in the top three`, async ({ page }) => {
  await page.goto('/sok/');
  for (const [query, path, section] of RELEVANCE) {
    await searchFor(page, query);
    const hits = await topThree(page);
    const onPage = hits.find((links) => links[0] === path);
    expect.soft(onPage, `"${query}": ${path} among ${JSON.stringify(hits.map((h) => h[0]))}`).toBeDefined();
    if (section && onPage) expect.soft(onPage.slice(1), `"${query}": section #${section}`).toContain(`${path}#${section}`);
  }
});

test('"fast vårdkontakt" puts the continuity section of nära och samordnad first', async ({ page }) => {
  await search(page, 'fast vårdkontakt');
  const [first] = await topThree(page);
  expect(first!.slice(0, 2)).toEqual(['/inriktningar/nara-och-samordnad/', '/inriktningar/nara-och-samordnad/#vi-ska-sakerstalla-kontinuitet-i-vardprocesser']);
});

test('inflected and compound forms find the same section', async ({ page }) => {
  for (const query of ['vårdkontakten', 'vårdkontakter', 'fasta vårdkontakter']) {
    await search(page, query);
    const hits = (await topThree(page)).flat();
    expect(hits, query).toContain('/inriktningar/nara-och-samordnad/#vi-ska-sakerstalla-kontinuitet-i-vardprocesser');
  }
});

test('a part of a compound finds the compound; the excerpt shows and marks the whole word, never the part alone', async ({ page }) => {
  await search(page, 'dokumentation');
  const [first] = await topThree(page);
  expect(first).toContain('/inriktningar/aktiva-medskapare/#vi-ska-kommunicera-professionellt');
  const excerpt = page.locator('.results > li').first().locator('.excerpt').first();
  await expect(excerpt.locator('mark')).toHaveText(['dubbeldokumentation']);
  await expect(excerpt).toContainText('utan dubbeldokumentation och');
  await expect(page.locator('.results')).not.toContainText('|');
});

test('a question finds what the page says, without its filler words', async ({ page }) => {
  await search(page, 'hur får jag samma läkare');
  await expect(page.locator('.status')).toHaveText(/^\d+ träff(ar)? för ”hur får jag samma läkare”\.$/);
  expect((await topThree(page)).flat()).toContain('/inriktningar/nara-och-samordnad/#vi-ska-sakerstalla-kontinuitet-i-vardprocesser');
});

test('when no page has all the words, it shows the words that find something, and says so', async ({ page }) => {
  await search(page, 'får jag läsa min journal');
  await expect(page.locator('.status')).toHaveText('Visar träffar för ”journal”, eftersom ingen sida har alla orden i ”får jag läsa min journal”: 1 träff.');
  expect((await topThree(page)).flat()).toContain('/inriktningar/aktiva-medskapare/#vi-ska-kommunicera-professionellt');
});

test('an everyday word also searches the text’s word for it, and says so', async ({ page }) => {
  await search(page, 'doktor');
  await expect(page.locator('.status')).toContainText('Söker också på ”läkare”.');
  expect((await topThree(page)).flat()).toContain('/inriktningar/nara-och-samordnad/#vi-ska-sakerstalla-kontinuitet-i-vardprocesser');
});

test('a misspelt word is searched as the one close word of the site, and it says so; the word list loads only then', async ({ page }) => {
  const lists: string[] = [];
  page.on('request', (r) => r.url().endsWith('/sok/ordlista.json') && lists.push(r.url()));
  await search(page, 'kontinuitet');
  expect(lists).toEqual([]);
  await searchFor(page, 'kontinutet');
  await expect(page.locator('.status')).toHaveText(/^Sökte i stället på ”kontinuitet”, eftersom ”kontinutet” inte finns i texten: \d+ träffar\.$/);
  expect((await topThree(page)).flat()).toContain('/inriktningar/nara-och-samordnad/#vi-ska-sakerstalla-kontinuitet-i-vardprocesser');
  expect(lists).toHaveLength(1);
});

test('when several words of the site are close, it asks "Menade du …?" and a suggestion searches for it', async ({ page }) => {
  await search(page, 'demokrafi');
  const status = page.locator('.status');
  await expect(status).toHaveText('Inga träffar för ”demokrafi”. Menade du demografi eller demokrati?');
  await expect(page.locator('.results > li')).toHaveCount(0);
  await status.getByRole('link', { name: 'demografi' }).click();
  await expect(page).toHaveURL(/\/sok\/\?q=demografi$/);
  await expect(status).toHaveText(/^\d+ träff(ar)? för ”demografi”\.$/);
});

test('no confident wrong answers: words not on the site show no page', async ({ page }) => {
  for (const query of ['1177', '11900', 'kontinutetsplan', 'parkeringsavgift']) {
    await search(page, query);
    await expect(page.locator('.status'), query).toContainText(`Inga träffar för ”${query}”`);
    await expect(page.locator('.results > li'), query).toHaveCount(0);
  }
  await search(page, '11 900');
  expect((await topThree(page)).flat()).toContain('/vard-i-forandring/#forandrad-demografi');
});

test('a page shows its best sections for the query, not its first ones', async ({ page }) => {
  await search(page, 'tandvård för barn');
  const result = page.locator('.results > li').filter({ has: page.locator('a[href^="/inriktningar/till-for-alla/"]') });
  await expect(result.locator('.sub-results a').first()).toHaveAttribute('href', /#vi-ska-arbeta-hallbart-och-systematiskt$/);
});

test('excerpts keep the spaces between words of adjacent elements', async ({ page }) => {
  await search(page, 'siffrorna');
  // The chart's table heading ("… siffrorna") and its first header cell ("Antalet …"), whichever result shows them.
  await expect(page.locator('.results .excerpt').filter({ hasText: 'siffrorna Antalet' })).not.toHaveCount(0);
  await expect(page.locator('.results')).not.toContainText('siffrornaAntalet');
});

test('a query with no hits says so in Swedish and offers the table of contents', async ({ page }) => {
  await search(page, 'zqxjkv');
  await expect(page.locator('.status')).toContainText('Inga träffar för ”zqxjkv”');
  await expect(page.getByRole('heading', { name: 'Innehållsförteckning' })).toBeVisible();
});

test('results highlight the terms and the destination marks them and shows the section', async ({ page }) => {
  await search(page, 'fast vårdkontakt');
  await expect(page.locator('.results mark').first()).toBeVisible();
  await page.locator('.results > li').first().locator('.sub-results a').first().click();
  await expect(page).toHaveURL(/\/inriktningar\/nara-och-samordnad\/\?sok=.*#vi-ska-sakerstalla-kontinuitet-i-vardprocesser$/);
  await expect(page.locator('main mark.pagefind-highlight').first()).toBeVisible();
  await expect(page.locator('#vi-ska-sakerstalla-kontinuitet-i-vardprocesser')).toBeInViewport();
});

test('the header field leads to the search page; "/" focuses it', async ({ page }) => {
  await page.goto('/forord/');
  await page.keyboard.press('/');
  await expect(page.getByRole('searchbox', { name: 'Sök i strategin' })).toBeFocused();
  await page.keyboard.type('delaktighet');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/sok\/\?q=delaktighet/);
  await expect(page.locator('.status')).toContainText('träff');
});

test('search code and index load only when someone searches', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.goto('/inriktningar/nara-och-samordnad/');
  await page.waitForLoadState('networkidle');
  expect(requests.filter((u) => u.includes('/pagefind/'))).toEqual([]);
});

test('keyboard: arrows move through results, Escape returns to the field and clears it', async ({ page }) => {
  await search(page, 'kontinuitet');
  const field = page.getByRole('searchbox', { name: 'Sök i strategin' });
  await field.focus();
  await page.keyboard.press('ArrowDown');
  const links = page.locator('.results a');
  await expect(links.nth(0)).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(links.nth(1)).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(links.nth(0)).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(field).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(field).toHaveValue('');
});

test('the result count is announced politely', async ({ page }) => {
  await search(page, 'kontinuitet');
  const status = page.locator('.status');
  await expect(status).toHaveAttribute('role', 'status');
  await expect(status).toHaveAttribute('aria-live', 'polite');
  await expect(status).toHaveText(/^\d+ träff(ar)? för ”kontinuitet”\.$/);
});

test('a direction filter narrows the results', async ({ page }) => {
  await search(page, 'kontinuitet');
  await page.getByLabel('Sök i', { exact: true }).selectOption({ label: 'Inriktning 4: I Kronoberg ska patientens behov mötas med kompetens och arbetsglädje' });
  await expect(page).toHaveURL(/del=/);
  await expect(page.locator('.results > li')).toHaveCount(1);
  await expect(page.locator('.results > li a').first()).toHaveAttribute('href', /kompetens-och-arbetsgladje/);
});

test('if the index cannot be loaded, the page says so in Swedish and offers the table of contents', async ({ page }) => {
  await page.route('**/pagefind/**', (route) => route.abort());
  await page.goto('/sok/');
  await page.getByRole('searchbox', { name: 'Sök i strategin' }).fill('kontinuitet');
  await expect(page.locator('.status')).toHaveText('Sökningen kunde inte laddas.');
  await expect(page.getByText('Sökningen kunde inte laddas just nu.')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Förord' }).last()).toBeVisible();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the form leads to a search page that explains and links the contents', async ({ page }) => {
    await page.goto('/forord/');
    await page.getByRole('searchbox', { name: 'Sök i strategin' }).fill('kontinuitet');
    await page.getByRole('button', { name: 'Sök', exact: true }).click();
    await expect(page).toHaveURL(/\/sok\/\?q=kontinuitet/);
    await expect(page.getByText('Sökningen behöver JavaScript.')).toBeVisible();
    await expect(page.getByRole('link', { name: 'hela strategin på en sida', exact: true })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Innehållsförteckning' })).toBeVisible();
  });
});

test('only main content is indexed, each text once', async ({ page }) => {
  // Interface text (header, footer, breadcrumbs, share controls, previous/next) is not in the index:
  // read every indexed page's text straight from Pagefind.
  await page.goto('/sok/');
  const indexed = await page.evaluate(async () => {
    const bundle = '/pagefind/pagefind.js';
    const pf = await import(/* @vite-ignore */ bundle);
    await pf.init();
    const all = await pf.search(null, {});
    return Promise.all(all.results.map(async (r: { data: () => Promise<{ url: string; content: string }> }) => r.data()));
  });
  expect(indexed.length).toBeGreaterThanOrEqual(10);
  for (const { url, content } of indexed) {
    for (const chrome of ['Kort adress', 'Källhänvisning', 'Ladda ner QR-koden', 'Region Kronoberg),', 'Hoppa till innehållet', 'Föregående', 'Lämna synpunkter', 'På den här sidan', 'Hela strategin på en sida']) {
      expect(content, `${url} indexes "${chrome}"`).not.toContain(chrome);
    }
  }
  expect(indexed.map((p) => p.url).filter((u) => u === '/' || /^\/(hela-strategin|diagram|sok|inriktningar)\/$/.test(u) || u.startsWith('/diagram/'))).toEqual([]);
  // Pages that repeat others never compete with the originals.
  for (const query of ['fast vårdkontakt', 'försörjningskvot', 'trygghet']) {
    await search(page, query);
    const urls = await page.locator('.results a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(urls.length).toBeGreaterThan(0);
    expect(urls.filter((u) => u === '/' || u.startsWith('/hela-strategin/') || u.startsWith('/diagram/') || u.startsWith('/sok/'))).toEqual([]);
  }
});
