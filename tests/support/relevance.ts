/**
 * The search's query set (tests/fixtures/search-queries.json) run in a browser on /sok/: shared by
 * the relevance test (tests/e2e/search-relevance.spec.ts, which asserts) and `npm run bench`
 * (which prints). Plain TypeScript, so Node runs it as it is.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';

export interface RelevanceQuery {
  kind: string;
  query: string;
  page: string;
  section?: string;
  note: string;
}
export interface QuerySet {
  kinds: Record<string, string>;
  queries: RelevanceQuery[];
  absent: { query: string; note: string }[];
}

export const querySet: QuerySet = JSON.parse(readFileSync(new URL('../fixtures/search-queries.json', import.meta.url), 'utf8'));

/** Types a query into the search field and waits until the page shows its outcome. */
export async function searchFor(page: Page, query: string): Promise<void> {
  await page.getByRole('searchbox', { name: 'Sök i strategin' }).fill(query);
  await page.waitForFunction((q) => document.querySelector<HTMLElement>('search-page')?.dataset.searched === q, query);
}

/** The first three page results, each as its own link followed by its section links ("/page/#id"). */
export function topThree(page: Page): Promise<string[][]> {
  return page.locator('.results > li').evaluateAll((items) =>
    items.slice(0, 3).map((li) => [...li.querySelectorAll('a')].map((a) => new URL(a.href).pathname + new URL(a.href).hash)),
  );
}

/** Whether the expected page is among the top three, with the expected section among its sections. */
export function isHit(hits: string[][], q: RelevanceQuery): boolean {
  const onPage = hits.find((links) => links[0] === q.page);
  return Boolean(onPage && (!q.section || onPage.slice(1).includes(`${q.page}#${q.section}`)));
}

export interface KindRate {
  kind: string;
  hits: number;
  of: number;
  rate: string;
}

/** Hit rate per kind of query, and overall (last row). */
export function ratesByKind(outcomes: { q: RelevanceQuery; hit: boolean }[]): KindRate[] {
  const row = (kind: string, list: typeof outcomes): KindRate => {
    const hits = list.filter((o) => o.hit).length;
    return { kind, hits, of: list.length, rate: `${Math.round((100 * hits) / Math.max(list.length, 1))} %` };
  };
  return [...Object.keys(querySet.kinds).map((kind) => row(kind, outcomes.filter((o) => o.q.kind === kind))), row('all', outcomes)];
}

/** How long the page's last search took, from the end of the pause in typing to results on screen. */
const lastSearchMs = (page: Page) => page.evaluate(() => performance.getEntriesByName('sok').at(-1)?.duration ?? Number.NaN);

/**
 * Runs every query of the set on an open /sok/ page, in order, each after the one before (so the
 * index is warm from the second query on, but each query is new).
 */
export async function runQuerySet(page: Page): Promise<{ outcomes: { q: RelevanceQuery; hit: boolean; hits: string[][]; ms: number }[]; absent: { query: string; results: string[] }[] }> {
  const outcomes = [];
  for (const q of querySet.queries) {
    await searchFor(page, q.query);
    const hits = await topThree(page);
    outcomes.push({ q, hit: isHit(hits, q), hits, ms: await lastSearchMs(page) });
  }
  const absent = [];
  for (const { query } of querySet.absent) {
    await searchFor(page, query);
    absent.push({ query, results: (await topThree(page)).map((links) => links[0]!) });
  }
  return { outcomes, absent };
}
