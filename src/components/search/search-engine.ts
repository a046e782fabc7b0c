/**
 * Runs a query against Pagefind the way query.ts plans it: all words (with their synonyms)
 * first; if no page has them all, misspelt words corrected from the site's word list when the
 * correction is certain, then fewer words. Every result is checked (matching.ts), so no step
 * ever shows a page that only a word's first letters matched.
 */
import { bestSections, matchedPlaces } from './matching';
import { loadPagefind, type PagefindApi, type PagefindResultData, type PagefindSubResult } from './pagefind-api';
import { fewerWords, planQuery, searchesFor, type QueryPlan, type Synonym } from './query';
import { suggest } from './suggest';

export interface Hit {
  /** Pagefind's id of the page. */
  id: string;
  data: PagefindResultData;
  /** The page's best sections for the query, best first. */
  sections: PagefindSubResult[];
  score: number;
}

export interface SearchOutcome {
  hits: Hit[];
  /** The words the hits are for (stop words left out, corrections in). */
  searched: string[];
  /** `all`: every word; `corrected`: with misspelt words corrected; `fewer`: not every word; `none`: nothing. */
  kind: 'all' | 'corrected' | 'fewer' | 'none';
  /** Synonyms searched for as well ("läkare" for "doktor"). */
  alsoFor: string[];
  /** Misspelt words and what was searched instead. */
  corrected: [from: string, to: string][];
  /** Whole queries to offer for words that find nothing and have no single correction. */
  suggestions: string[];
}

/** Pagefind's search options: the part of the strategy to search in, if one is chosen. */
type Filters = { filters?: { del: string } };

const MAX_RESULTS = 20;
const MAX_SECTIONS = 3;
/** Groups of fewer words tried at the most, before saying there is nothing. */
const MAX_RETRIES = 12;
/** Checked results kept for searches run again (as a query grows word by word, or is retried). */
const MAX_REMEMBERED = 200;

export class SearchEngine {
  #vocabulary: Promise<string[]> | undefined;
  /** Checked results of each Pagefind search, by its words and filter. */
  #checked = new Map<string, Promise<Hit[]>>();

  constructor(
    readonly api: PagefindApi,
    private readonly synonyms: readonly Synonym[],
    /** The site's word list (/sok/ordlista.json), fetched the first time a word finds nothing. */
    private readonly wordListUrl: string,
  ) {}

  /** Loads Pagefind from the site under `base`. */
  static async load(base: string, synonyms: readonly Synonym[]): Promise<SearchEngine> {
    return new SearchEngine(await loadPagefind(base), synonyms, `${base}sok/ordlista.json`);
  }

  async run(query: string, part: string): Promise<SearchOutcome> {
    const plan = planQuery(query, this.synonyms);
    const outcome = (kind: SearchOutcome['kind'], hits: Hit[], used: QueryPlan, more: Partial<SearchOutcome> = {}): SearchOutcome => ({
      kind,
      hits,
      searched: used.words,
      alsoFor: [...new Set(Object.values(used.alsoFor).flat())],
      corrected: [],
      suggestions: [],
      ...more,
    });
    if (!plan.words.length) return outcome('none', [], plan);
    const filters: Filters = part ? { filters: { del: part } } : {};
    const all = await this.find(plan, filters);
    if (all.length) return outcome('all', all, plan);

    // No page has all the words: which find pages on their own, here and on the whole site?
    const pages = await this.pagesPerWord(plan.words, filters);
    const onSite = part ? await this.pagesPerWord(plan.words, {}) : pages;
    const missing = plan.words.filter((w) => !onSite.get(w));
    const corrected: [string, string][] = [];
    const suggestions: string[] = [];
    if (missing.length) {
      const vocabulary = await this.vocabulary();
      for (const word of missing) {
        const { correction, options } = suggest(word, vocabulary);
        if (correction) corrected.push([word, correction]);
        else suggestions.push(...options.map((o) => plan.words.map((w) => (w === word ? o : w)).join(' ')));
      }
    }
    const more = { corrected, suggestions };
    const words = plan.words.flatMap((w) => corrected.find(([from]) => from === w)?.[1] ?? (missing.includes(w) ? [] : [w]));
    if (corrected.length) {
      const withCorrections = planQuery(words.join(' '), this.synonyms);
      const hits = await this.find(withCorrections, filters);
      if (hits.length) return outcome('corrected', hits, withCorrections, more);
      for (const [word, count] of await this.pagesPerWord(corrected.map(([, to]) => to), filters)) pages.set(word, count);
    }
    for (const group of fewerWords(words, (w) => pages.get(w) ?? 0).slice(0, MAX_RETRIES)) {
      const fewer = planQuery(group.join(' '), this.synonyms);
      const hits = await this.find(fewer, filters);
      if (hits.length) return outcome('fewer', hits, fewer, more);
    }
    return outcome('none', [], plan, more);
  }

  /** The pages that have every word of a plan (or of one of its synonym searches), best first. */
  private async find(plan: QueryPlan, filters: Filters): Promise<Hit[]> {
    const byPage = new Map<string, Hit>();
    for (const hits of await Promise.all(searchesFor(plan).map((words) => this.checked(words, filters)))) {
      for (const hit of hits) if ((byPage.get(hit.id)?.score ?? -1) < hit.score) byPage.set(hit.id, hit);
    }
    return [...byPage.values()].sort((a, b) => b.score - a.score);
  }

  /** One Pagefind search, its results checked (matching.ts); remembered. */
  private checked(words: string[], filters: Filters): Promise<Hit[]> {
    const key = `${filters.filters?.del ?? ''}\n${words.join(' ')}`;
    let hits = this.#checked.get(key);
    if (!hits) {
      if (this.#checked.size >= MAX_REMEMBERED) this.#checked.clear();
      hits = this.search(words, filters);
      this.#checked.set(key, hits);
      hits.catch(() => this.#checked.delete(key));
    }
    return hits;
  }

  private async search(words: string[], filters: Filters): Promise<Hit[]> {
    const search = await this.api.search(words.join(' '), filters);
    const results = search.results.slice(0, MAX_RESULTS);
    // A copy: without a web worker, Pagefind hands out one object per page and rewrites its
    // excerpts and sections for each search.
    const pages = await Promise.all(results.map(async (r) => ({ ...(await r.data()) })));
    return pages.flatMap((data, i) => {
      const places = matchedPlaces(data, words);
      const { id, score } = results[i]!;
      return places ? [{ id, data, score, sections: bestSections(data, places, MAX_SECTIONS) }] : [];
    });
  }

  /** How many pages each word (with its synonyms) finds on its own. */
  private async pagesPerWord(words: readonly string[], filters: Filters): Promise<Map<string, number>> {
    const counts = await Promise.all(words.map(async (w) => [w, (await this.find(planQuery(w, this.synonyms), filters)).length] as const));
    return new Map(counts);
  }

  /** The site's words; none when the list cannot be fetched (the search then only makes no suggestions). */
  private vocabulary(): Promise<string[]> {
    this.#vocabulary ??= fetch(this.wordListUrl)
      .then((r) => {
        if (!r.ok) throw new Error(`${this.wordListUrl}: ${r.status}`);
        return r.json() as Promise<string[]>;
      })
      .catch((error: unknown) => {
        console.warn('No spelling suggestions: the word list did not load.', error);
        this.#vocabulary = undefined;
        return [];
      });
    return this.#vocabulary;
  }
}
