/** The parts of Pagefind's browser API (`/pagefind/pagefind.js`, 1.6) the search page uses. */

/** A matched place on a page: its word number in `content`, and Pagefind's score for it. */
export interface PagefindLocation {
  location: number;
  weight: number;
  balanced_score: number;
}
export interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
  locations: number[];
  weighted_locations: PagefindLocation[];
  /** Absent for the part of the page before its first heading. */
  anchor?: { id: string; location: number };
}
export interface PagefindResultData {
  url: string;
  /** The page's indexed text, words separated by spaces; `locations` count its words. */
  content: string;
  excerpt: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  locations: number[];
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
type SearchOptions = { filters?: Record<string, string | string[]> };
export interface PagefindApi {
  options: (o: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  search: (q: string, o?: SearchOptions) => Promise<PagefindSearch>;
  /** Fetches the index chunks a query needs, without searching. */
  preload: (q: string, o?: SearchOptions) => Promise<void>;
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
    // relevance tests in tests/e2e/ hold this tuning.
    ranking: { termFrequency: 0.8, pageLength: 0.6, termSaturation: 1.2 },
  });
  await api.init();
  return api;
}
