import { withoutSplitMarks } from '../../search/split-mark';
import { parseExcerpt } from './excerpt';
import type { PagefindResultData, PagefindSubResult } from './pagefind-api';

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text) node.textContent = text;
  return node;
}

/** An excerpt as text and <mark> nodes (never as HTML). */
function excerpt(text: string): HTMLParagraphElement {
  const p = el('p', 'excerpt');
  for (const part of parseExcerpt(text)) p.append(part.marked ? el('mark', undefined, part.text) : part.text);
  return p;
}

function link(text: string, href: string): HTMLAnchorElement {
  const a = el('a', undefined, text);
  a.href = href;
  return a;
}

/**
 * One page hit: its title, the part it belongs to, and its best sections with their excerpts
 * (or the page's excerpt when no section matched). `sectionsLabel` names the list of sections
 * for screen readers ("Avsnitt i …").
 */
export function renderResult(data: PagefindResultData, sections: PagefindSubResult[], sectionsLabel: (title: string | undefined) => string): HTMLLIElement {
  const li = el('li', 'result');
  const title = el('p', 'result-title');
  title.append(link(data.meta.title ?? data.url, data.url));
  li.append(title);
  const part = data.filters.del?.[0];
  if (part && part !== data.meta.title) li.append(el('p', 'result-part', part));
  if (sections.length === 0) {
    li.append(excerpt(data.excerpt));
    return li;
  }
  const list = el('ul', 'sub-results');
  list.setAttribute('aria-label', sectionsLabel(data.meta.title));
  for (const s of sections) {
    const item = el('li');
    item.append(link(withoutSplitMarks(s.title), s.url), excerpt(s.excerpt));
    list.append(item);
  }
  li.append(list);
  return li;
}
