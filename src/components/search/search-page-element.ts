import { BaseElement, define } from '../element';
import { loadPagefind, type PagefindApi } from './pagefind-api';
import { renderResult } from './results';

const MAX_RESULTS = 20;
const DEBOUNCE_MS = 120;

/**
 * `<search-page>`: runs `?q=` on load, searches as you type, keeps the address shareable
 * (`?q=…&del=…`), and moves through the results with the arrow keys.
 */
class SearchPage extends BaseElement {
  #input!: HTMLInputElement;
  #select!: HTMLSelectElement;
  #status!: HTMLElement;
  #list!: HTMLOListElement;
  #fallback!: HTMLElement;
  #api: Promise<PagefindApi> | undefined;
  #filtersLoaded = false;
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
    this.#input.addEventListener('input', () => void this.run());
    this.#select.addEventListener('change', () => void this.run());
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      void this.run();
    });
    this.addEventListener('keydown', (e) => this.onKey(e));

    if (this.#input.value) void this.run();
    // Warm the index while the reader types their first word.
    else this.#input.addEventListener('focus', () => void this.pagefind().then((api) => this.loadFilters(api), () => this.showError()), { once: true });
  }

  private pagefind(): Promise<PagefindApi> {
    this.#api ??= loadPagefind(this.data('base'));
    return this.#api;
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

  private async run(): Promise<void> {
    const mine = ++this.#generation;
    const query = this.#input.value.trim();
    this.updateAddress(query);
    if (!query) return this.clear();
    let api: PagefindApi;
    try {
      api = await this.pagefind();
    } catch {
      return this.showError();
    }
    void this.loadFilters(api);
    const search = await api.debouncedSearch(query, this.#select.value ? { filters: { del: this.#select.value } } : {}, DEBOUNCE_MS);
    if (search === null || mine !== this.#generation) return; // a newer keystroke took over
    const data = await Promise.all(search.results.slice(0, MAX_RESULTS).map((r) => r.data()));
    if (mine !== this.#generation) return;
    const sectionsLabel = (title: string | undefined) => this.text('search.sectionsIn', { title: title ?? this.text('search.thePage') });
    this.show(data.map((d) => renderResult(d, sectionsLabel)), search.results.length, query);
  }

  private show(items: HTMLLIElement[], total: number, query: string): void {
    this.#list.replaceChildren(...items);
    this.#list.hidden = items.length === 0;
    this.#fallback.hidden = items.length > 0;
    this.dataset.searched = query;
    this.#status.textContent = items.length > 0 ? this.text('search.hitsFor', { count: this.hitCount(total), query }) : this.text('search.noHits', { query });
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
