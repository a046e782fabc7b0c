/**
 * The search index as built: Pagefind reads a copy of each page with compounds split and blocks
 * spaced, while the published pages stay as Astro wrote them; the browser's idea of the indexed
 * words (src/search/words.ts) is Pagefind's own; the word list holds the site's words.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { withoutSplitMarks } from '../../src/search/split-mark';
import { keysAt, plainWord } from '../../src/search/words';
import { indexedPages, indexedWords } from '../support/pagefind-files';
import { builtPages, htmlText } from '../support/site';

const pages = indexedPages('dist/pagefind');
const page = (url: string) => pages.find((p) => p.url === url)!;
const letterWords = (text: string) => text.match(/\p{L}+/gu) ?? [];

describe('the search index', () => {
  it('indexes compound parts, the published pages never show them', () => {
    expect(page('/inriktningar/aktiva-medskapare/').content).toContain('dubbel|dokumentation');
    for (const { path, file } of builtPages('dist')) expect(htmlText(readFileSync(file, 'utf8')), path).not.toMatch(/\p{L}\|\p{L}/u);
  });
  it('refuses the reviewed splits', () => {
    const all = pages.map((p) => p.content).join(' ');
    for (const word of ['erfarenheter', 'säkerställa', 'tillsammans']) expect(all).toMatch(new RegExp(`(^|[^|\\p{L}])${word}`, 'iu'));
  });
  it('keeps words of adjacent elements apart: every indexed word stands as a word on its page', () => {
    for (const { url, content } of pages) {
      const file = builtPages('dist').find((p) => p.path === url)!.file;
      const published = new Set(letterWords(htmlText(readFileSync(file, 'utf8'))));
      const glued = letterWords(withoutSplitMarks(content)).filter((w) => !published.has(w));
      expect(glued, url).toEqual([]);
    }
    expect(page('/vard-i-forandring/').content).toContain('Tabell med siffrorna Antalet');
  });
  it('holds every word the browser expects for a page word (its stems are Pagefind’s)', () => {
    const indexed = indexedWords('dist/pagefind');
    const expected = new Set(pages.flatMap((p) => p.content.split(/\s+/).flatMap(keysAt)));
    expect([...expected].filter((k) => !indexed.has(k))).toEqual([]);
    // Pagefind also keeps "parts" that still hold punctuation outside ASCII (”att, 18–24), and cuts
    // addresses in more ways (senarmarekronoberg from regionkronoberg.se/narmarekronobergaren).
    const plain = pages.flatMap((p) => p.content.split(/\s+/)).map(plainWord);
    expect([...indexed].filter((k) => !expected.has(k) && /^[\p{L}\p{N}]+$/u.test(k) && !plain.some((w) => w.includes(k)))).toEqual([]);
  });
});

describe('the word list (/sok/ordlista.json)', () => {
  const words: string[] = JSON.parse(readFileSync('dist/sok/ordlista.json', 'utf8'));

  it('holds the site’s words, whole compounds and their parts, each once, sorted', () => {
    expect(words).toContain('dubbeldokumentation');
    expect(words).toContain('dokumentation');
    expect(words).toContain('kontinuitet');
    expect(new Set(words).size).toBe(words.length);
    expect([...words].sort((a, b) => a.localeCompare(b, 'sv'))).toEqual(words);
    expect(words.filter((w) => !/^\p{Ll}+$/u.test(w))).toEqual([]);
  });
  it('holds no interface text', () => {
    for (const word of ['kopiera', 'föregående', 'hoppa', 'brödsmulor']) expect(words).not.toContain(word);
  });
});
