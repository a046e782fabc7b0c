import { BaseElement, define } from '../element';
import type { PagefindApi } from './pagefind-api';
import type { renderResult } from './results';
import type { SearchEngine, SearchOutcome } from './search-engine';

/** What loads when someone searches: the engine with Pagefind, and the results' rendering. */
interface Loaded {
  engine: SearchEngine;
  render: typeof renderResult;
}

const DEBOUNCE_MS = 120;

/**
 * `<search-page>`: runs `?q=` on load, searches as you type, keeps the address shareable
 * (`?q=…&del=…`), says what it searched for, and moves through the results with the arrow keys.
 * The search code and the index load when the field gets focus or a query arrives; until then
 * the page carries only this element.
 */
class SearchPage extends BaseElement {
  #input!: HTMLInputElement;
  #select!: HTMLSelectElement;
  #status!: HTMLElement;
  #list!: HTMLOListElement;
  #fallback!: HTMLElement;
  #loaded: Promise<Loaded> | undefined;
  #filtersLoaded = false;
  #timer: ReturnType<typeof setTimeout> | undefined;
  /** Counts queries, so that an older, slower answer never replaces a newer one. */
  #generation = 0;

  protected init(): void {
    const form = this.required<HTMLFormElement>('form');
    this.#input = this.required<HTMLInputElement>('input[name="q"]');
    this.#select = this.required<HTMLSelectElement>('select');
    this.#status = this.required('.status');
    this.#list = this.required<HTMLOListElement>('.results');
    this.#fallback = this.required('[data-fallback]');

    const params = new URLSearchParams(location.search);
    this.#input.value = params.get('q') ?? '';
    this.#input.addEventListener('input', () => this.runSoon());
    this.#select.addEventListener('change', () => void this.run());
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      void this.run();
    });
    this.addEventListener('keydown', (e) => this.onKey(e));
    // A "Menade du …?" link searches for its words here, without reloading the page.
    this.#status.addEventListener('click', (e) => {
      const suggestion = (e.target as Element).closest<HTMLAnchorElement>('a[data-query]');
      if (!suggestion || e.ctrlKey || e.metaKey || e.shiftKey) return;
      e.preventDefault();
      this.#input.value = suggestion.dataset.query!;
      this.#input.focus();
      void this.run();
    });

    if (this.#input.value) void this.run();
    // Warm the index while the reader types their first word.
    else this.#input.addEventListener('focus', () => void this.load().then(({ engine }) => this.loadFilters(engine.api), () => this.showError()), { once: true });
  }

  private load(): Promise<Loaded> {
    this.#loaded ??= (async () => {
      const [{ SearchEngine }, { renderResult: render }] = await Promise.all([import('./search-engine'), import('./results')]);
      return { engine: await SearchEngine.load(this.data('base'), JSON.parse(this.data('synonyms'))), render };
    })();
    this.#loaded.catch(() => (this.#loaded = undefined));
    return this.#loaded;
  }

  /** The part filter, in the strategy's own order (as in the table of contents on this page). */
  private async loadFilters(api: PagefindApi): Promise<void> {
    if (this.#filtersLoaded) return;
    this.#filtersLoaded = true;
    const order = [...this.#fallback.querySelectorAll<HTMLElement>('[data-part]')].map((a) => a.dataset.part);
    const rank = (part: string) => (order.includes(part) ? order.indexOf(part) : order.length);
    const parts = Object.keys((await api.filters()).del ?? {}).sort((a, b) => rank(a) - rank(b) || a.localeCompare(b, 'sv'));
    for (const part of parts) this.#select.append(new Option(part, part));
    this.#select.value = new URLSearchParams(location.search).get('del') ?? '';
    this.required('.filter').hidden = parts.length === 0;
  }

  /** Keeps the address in step with the query, so it can be shared. */
  private updateAddress(query: string): void {
    const address = new URL(location.href);
    for (const [key, value] of [['q', query], ['del', this.#select.value]] as const) {
      if (value) address.searchParams.set(key, value);
      else address.searchParams.delete(key);
    }
    history.replaceState(null, '', address);
  }

  /** Searches once the reader pauses typing; the index loads meanwhile. */
  private runSoon(): void {
    clearTimeout(this.#timer);
    ++this.#generation;
    if (!this.#input.value.trim()) return void this.run();
    void this.load().catch(() => undefined);
    this.#timer = setTimeout(() => void this.run(), DEBOUNCE_MS);
  }

  private async run(): Promise<void> {
    clearTimeout(this.#timer);
    const mine = ++this.#generation;
    const query = this.#input.value.trim();
    this.updateAddress(query);
    if (!query) return this.clear();
    const started = performance.now();
    let outcome: SearchOutcome;
    let loaded: Loaded;
    try {
      loaded = await this.load();
      void this.loadFilters(loaded.engine.api);
      outcome = await loaded.engine.run(query, this.#select.value);
    } catch {
      return this.showError();
    }
    if (mine !== this.#generation) return; // a newer keystroke took over
    this.show(outcome, query, loaded.render);
    // From the end of the pause in typing to results on screen; read by `npm run bench`.
    performance.measure('sok', { start: started });
  }

  private show(outcome: SearchOutcome, query: string, render: Loaded['render']): void {
    const sectionsLabel = (title: string | undefined) => this.text('search.sectionsIn', { title: title ?? this.text('search.thePage') });
    const items = outcome.hits.map((hit) => render(hit.data, hit.sections, sectionsLabel));
    this.#list.replaceChildren(...items);
    this.#list.hidden = items.length === 0;
    this.#fallback.hidden = items.length > 0;
    this.#status.replaceChildren(...this.message(outcome, query));
    this.dataset.searched = query;
  }

  /** What the status says: how many hits for what, what else was searched, and what the reader may have meant. */
  private message(outcome: SearchOutcome, query: string): (string | Node)[] {
    const count = this.hitCount(outcome.hits.length);
    const words = outcome.searched.join(' ');
    const quoted = (list: string[], joiner: 'search.and' | 'search.or') => this.list(list.map((w) => `”${w}”`), joiner).join('');
    const parts: (string | Node)[] = [];
    if (outcome.kind === 'all') parts.push(this.text('search.hitsFor', { count, query }));
    else if (outcome.kind === 'corrected') parts.push(this.text('search.corrected', { words, typos: quoted(outcome.corrected.map(([from]) => from), 'search.and'), count }));
    else if (outcome.kind === 'fewer') parts.push(this.text('search.fewer', { words, query, count }));
    else parts.push(this.text('search.noHits', { query }));
    if (outcome.hits.length && outcome.alsoFor.length) parts.push(' ', this.text('search.alsoFor', { words: quoted(outcome.alsoFor, 'search.and') }));
    if (outcome.suggestions.length) {
      const [before, after] = this.text('search.didYouMean').split('{options}') as [string, string];
      const base = this.data('base');
      const links = outcome.suggestions.map((q) => {
        const a = document.createElement('a');
        a.href = `${base}sok/?q=${encodeURIComponent(q)}`;
        a.textContent = a.dataset.query = q;
        return a;
      });
      parts.push(' ', before, ...this.list(links, 'search.or'), after);
    } else if (outcome.hits.length === 0) parts.push(' ', this.text('search.noHits.advice'));
    return parts;
  }

  /** Items with commas between them and "och"/"eller" before the last. */
  private list<T extends string | Node>(items: T[], joiner: 'search.and' | 'search.or'): (T | string)[] {
    return items.flatMap((item, i) => (i === 0 ? [item] : [i === items.length - 1 ? this.text(joiner) : ', ', item]));
  }

  /** `12 träffar`, `1 träff`, `inga träffar` */
  private hitCount(n: number): string {
    if (n === 0) return this.text('search.count.none');
    return n === 1 ? this.text('search.count.one') : this.text('search.count.many', { n });
  }

  private clear(): void {
    this.#list.replaceChildren();
    this.#list.hidden = true;
    this.#status.textContent = '';
    this.#fallback.hidden = false;
  }

  private showError(): void {
    this.#status.textContent = this.text('search.failed');
    this.#list.hidden = true;
    this.#fallback.hidden = false;
    this.required('.error').hidden = false;
  }

  /** ↓ from the field into the results, ↑/↓ between result links, Esc back to the field (and, there, clears it). */
  private onKey(e: KeyboardEvent): void {
    const links = [...this.#list.querySelectorAll<HTMLAnchorElement>('a')];
    const i = links.indexOf(document.activeElement as HTMLAnchorElement);
    const move = (to: HTMLElement | undefined) => {
      e.preventDefault();
      to?.focus();
    };
    if (e.key === 'ArrowDown' && (document.activeElement === this.#input || i >= 0) && links.length) move(links[Math.min(i + 1, links.length - 1)]);
    else if (e.key === 'ArrowUp' && i >= 0) move(i === 0 ? this.#input : links[i - 1]);
    else if (e.key === 'Escape') {
      if (document.activeElement === this.#input && this.#input.value) {
        this.#input.value = '';
        void this.run();
      } else this.#input.focus();
    }
  }
}

define('search-page', SearchPage);
