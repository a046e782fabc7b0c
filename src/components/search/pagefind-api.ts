/** The parts of Pagefind's browser API (`/pagefind/pagefind.js`) the search page uses. */
interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
}
export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  sub_results: PagefindSubResult[];
}
interface PagefindResult {
  id: string;
  score: number;
  data: () => Promise<PagefindResultData>;
}
interface PagefindSearch {
  results: PagefindResult[];
}
export interface PagefindApi {
  options: (o: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  search: (q: string, o?: { filters?: Record<string, string | string[]> }) => Promise<PagefindSearch | null>;
  debouncedSearch: (q: string, o?: { filters?: Record<string, string | string[]> }, ms?: number) => Promise<PagefindSearch | null>;
  filters: () => Promise<Record<string, Record<string, number>>>;
}

/** Loads Pagefind from the site's own /pagefind/ folder, under the site's base path. */
export async function loadPagefind(base: string): Promise<PagefindApi> {
  const api = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)) as PagefindApi;
  await api.options({
    baseUrl: base,
    excerptLength: 24,
    highlightParam: 'sok',
    // Slightly less weight on repeated words and on page length than Pagefind's defaults, so a short
    // section that names a term ("fast vårdkontakt") beats a long page that repeats a part of it; the
    // relevance test in tests/e2e/search.spec.ts holds this tuning.
    ranking: { termFrequency: 0.8, pageLength: 0.6, termSaturation: 1.2 },
  });
  await api.init();
  return api;
}
