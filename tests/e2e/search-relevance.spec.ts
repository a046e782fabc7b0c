/**
 * The search's own query set (tests/fixtures/search-queries.json), in a real browser against the
 * built index: prints the hit rate per kind of query, asserts that at least 90 % put the right page
 * and section in the top three, and that queries whose words are not on the site show nothing.
 */
import { expect, test } from '@playwright/test';
import { querySet, ratesByKind, runQuerySet } from '../support/relevance';

test(`query set: ${querySet.queries.length} realistic queries, ≥ 90 % with the right page and section in the top three; no hits for words not on the site`, async ({ page }) => {
  test.setTimeout(180_000);
  await page.goto('/sok/');
  const { outcomes, absent } = await runQuerySet(page);
  const rates = ratesByKind(outcomes);
  console.table(rates);
  const misses = outcomes.filter((o) => !o.hit).map((o) => `${o.q.kind}: "${o.q.query}" → ${JSON.stringify(o.hits)}`);
  if (misses.length) console.log(`Misses:\n${misses.join('\n')}`);

  const all = rates.at(-1)!;
  expect(all.hits / all.of, `hit rate ${all.rate}; misses:\n${misses.join('\n')}`).toBeGreaterThanOrEqual(0.9);
  expect(absent.filter((a) => a.results.length > 0), 'queries whose words are not on the site show no results').toEqual([]);
});
