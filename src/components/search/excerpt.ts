import { withoutSplitMarks } from '../../search/split-mark';

/**
 * Pagefind returns excerpts as text with `<mark>` around the matched words. They are turned into
 * DOM nodes piece by piece (never assigned as HTML), so no markup from the index reaches the page.
 * The build's compound marks ("dubbel|dokumentation") are removed: a reader sees the word as the
 * text writes it, marked whole when a part of it matched.
 */
type ExcerptPart = { text: string; marked: boolean };

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&#x27;': "'" };

function decodeEntities(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|#39|#x27);/g, (m) => ENTITIES[m] ?? m);
}

export function parseExcerpt(marked: string): ExcerptPart[] {
  const excerpt = withoutSplitMarks(marked);
  const parts: ExcerptPart[] = [];
  const re = /<mark>([\s\S]*?)<\/mark>/g;
  let last = 0;
  for (const m of excerpt.matchAll(re)) {
    if (m.index! > last) parts.push({ text: decodeEntities(stripTags(excerpt.slice(last, m.index))), marked: false });
    parts.push({ text: decodeEntities(stripTags(m[1]!)), marked: true });
    last = m.index! + m[0].length;
  }
  if (last < excerpt.length) parts.push({ text: decodeEntities(stripTags(excerpt.slice(last))), marked: false });
  return parts.filter((p) => p.text);
}

const stripTags = (s: string) => s.replace(/<[^>]*>/g, '');
