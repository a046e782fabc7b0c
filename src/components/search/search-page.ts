import { hitCount, parseExcerpt } from './excerpt';
import { loadPagefind, type PagefindApi, type PagefindResultData } from './pagefind-api';

const MAX_RESULTS = 20;
const MAX_SECTIONS = 3;

/** Appends an excerpt as text and <mark> nodes. */
function appendExcerpt(parent: HTMLElement, excerpt: string) {
  for (const part of parseExcerpt(excerpt)) {
    if (part.marked) {
      const mark = document.createElement('mark');
      mark.textContent = part.text;
      parent.append(mark);
    } else parent.append(part.text);
  }
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text) node.textContent = text;
  return node;
}

/** One page hit: its title (linking to the best section), the part it belongs to, and its sections. */
export function renderResult(data: PagefindResultData): HTMLLIElement {
  const li = el('li', 'result');
  const sections = data.sub_results.filter((s) => s.url.includes('#')).slice(0, MAX_SECTIONS);
  const title = el('p', 'result-title');
  const link = el('a', undefined, data.meta.title ?? data.url);
  link.href = data.url;
  title.append(link);
  li.append(title);
  if (data.filters.del?.[0] && data.filters.del[0] !== data.meta.title) li.append(el('p', 'result-part', data.filters.del[0]));
  if (sections.length === 0) {
    const p = el('p', 'excerpt');
    appendExcerpt(p, data.excerpt);
    li.append(p);
  } else {
    const list = el('ul', 'sub-results');
    list.setAttribute('aria-label', `Avsnitt i ${data.meta.title ?? 'sidan'}`);
    for (const s of sections) {
      const item = el('li');
      const a = el('a', undefined, s.title);
      a.href = s.url;
      const p = el('p', 'excerpt');
      appendExcerpt(p, s.excerpt);
      item.append(a, p);
      list.append(item);
    }
    li.append(list);
  }
  return li;
}

/** Wires the search page: runs ?q= on load, searches as you type, keeps the URL shareable. */
export function runSearchPage(root: HTMLElement): void {
  const base = root.dataset.base ?? '/';
  const form = root.querySelector('form')!;
  const input = root.querySelector<HTMLInputElement>('input[name="q"]')!;
  const select = root.querySelector<HTMLSelectElement>('select')!;
  const filterBox = root.querySelector<HTMLElement>('.filter')!;
  const status = root.querySelector<HTMLElement>('.status')!;
  const list = root.querySelector<HTMLOListElement>('.results')!;
  const fallback = root.querySelector<HTMLElement>('[data-fallback]')!;

  const params = new URLSearchParams(location.search);
  input.value = params.get('q') ?? '';
  let api: Promise<PagefindApi> | undefined;
  let filtersLoaded = false;
  let generation = 0;

  const pagefind = () => {
    api ??= loadPagefind(base);
    return api;
  };

  async function loadFilters(p: PagefindApi) {
    if (filtersLoaded) return;
    filtersLoaded = true;
    // In the strategy's own order, as in the table of contents on this page.
    const contents = [...root.querySelectorAll('[data-fallback] ol a')].map((a) => a.textContent ?? '');
    const rank = (part: string) => {
      const i = contents.findIndex((title) => part === title || part.endsWith(`: ${title}`));
      return i < 0 ? contents.length : i;
    };
    const parts = Object.keys((await p.filters()).del ?? {}).sort((a, b) => rank(a) - rank(b) || a.localeCompare(b, 'sv'));
    for (const part of parts) select.append(new Option(part, part));
    select.value = params.get('del') ?? '';
    filterBox.hidden = parts.length === 0;
  }

  function showError() {
    status.textContent = 'Sökningen kunde inte laddas.';
    list.hidden = true;
    fallback.hidden = false;
    fallback.querySelector<HTMLElement>('.error')!.hidden = false;
  }

  async function run(query: string) {
    const mine = ++generation;
    const q = query.trim();
    const url = new URL(location.href);
    if (q) url.searchParams.set('q', q);
    else url.searchParams.delete('q');
    if (select.value) url.searchParams.set('del', select.value);
    else url.searchParams.delete('del');
    history.replaceState(null, '', url);
    if (!q) {
      list.replaceChildren();
      list.hidden = true;
      status.textContent = '';
      fallback.hidden = false;
      return;
    }
    let p: PagefindApi;
    try {
      p = await pagefind();
      void loadFilters(p);
    } catch {
      showError();
      return;
    }
    const search = await p.debouncedSearch(q, select.value ? { filters: { del: select.value } } : {}, 120);
    if (search === null || mine !== generation) return; // a newer keystroke took over
    const data = await Promise.all(search.results.slice(0, MAX_RESULTS).map((r) => r.data()));
    if (mine !== generation) return;
    list.replaceChildren(...data.map(renderResult));
    list.hidden = data.length === 0;
    fallback.hidden = data.length > 0;
    root.dataset.searched = q;
    status.textContent =
      data.length > 0
        ? `${hitCount(search.results.length)} för ”${q}”.`
        : `Inga träffar för ”${q}”. Kontrollera stavningen, prova ett annat eller kortare ord (till exempel vård i stället för vårdkontakter), eller bläddra i innehållsförteckningen.`;
  }

  input.addEventListener('input', () => void run(input.value));
  select.addEventListener('change', () => void run(input.value));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    void run(input.value);
  });

  // Keyboard: ↓ from the field into the results, ↑/↓ between result links, Esc back to the field (and, there, clears it).
  root.addEventListener('keydown', (e) => {
    const links = [...list.querySelectorAll<HTMLAnchorElement>('a')];
    const i = links.indexOf(document.activeElement as HTMLAnchorElement);
    if (e.key === 'ArrowDown' && (document.activeElement === input || i >= 0) && links.length) {
      e.preventDefault();
      links[Math.min(i + 1, links.length - 1)]!.focus();
    } else if (e.key === 'ArrowUp' && i >= 0) {
      e.preventDefault();
      if (i === 0) input.focus();
      else links[i - 1]!.focus();
    } else if (e.key === 'Escape') {
      if (document.activeElement === input && input.value) {
        input.value = '';
        void run('');
      } else input.focus();
    }
  });

  if (input.value) void run(input.value);
  else input.addEventListener('focus', () => void pagefind().then(loadFilters, () => undefined), { once: true });
}
