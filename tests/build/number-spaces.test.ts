/**
 * No number on any page can break across lines: between digit groups (`11 900`) there is a
 * no-break space, in the text, the h1, tables, key figures, quotes and text alternatives alike.
 */
import { describe, expect, it } from 'vitest';
import { builtPages, readHtml } from '../support/site';

/**
 * A breakable space inside a number: a group of 1–3 digits that does not continue another number
 * (no digit, decimal comma or point before it), then a breakable space and exactly three digits.
 * Separate numbers side by side, such as years (`2021 2030`), do not match.
 */
const BROKEN_NUMBER = /(?<![\d,.\u00a0])\d{1,3}(?:[\u00a0\u202f]\d{3})*[ \t\r\n]+\d{3}(?!\d)/g;

const decode = (s: string) =>
  s
    .replace(/&nbsp;/g, '\u00a0')
    .replace(/&#(\d+);/g, (_, n) => String.fromCodePoint(Number(n)))
    .replace(/&#x([0-9a-f]+);/gi, (_, n) => String.fromCodePoint(parseInt(n, 16)))
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"');

/** What a reader sees or hears: text between tags, and the alt, aria-label and title attributes. */
function readable(html: string): string[] {
  const text = html.replace(/<(script|style)\b[\s\S]*?<\/\1>/g, ' ').replace(/<[^>]+>/g, ' ');
  const attributes = [...html.matchAll(/\s(?:alt|aria-label|title)="([^"]*)"/g)].map((m) => m[1]!);
  return [text, ...attributes].map(decode);
}

describe('numbers keep their digit groups together', () => {
  it('the rule finds a breakable space in a number, and nothing in separate numbers', () => {
    const found = (s: string) => s.match(BROKEN_NUMBER) ?? [];
    expect(found('från 11 900 till 16\u00a0900')).toEqual(['11 900']);
    expect(found('1\u00a0234 567')).toEqual(['1\u00a0234 567']);
    expect(found('Mellan 2021 2030, 83,7 100, 0470-58 61 88, 2030 100')).toEqual([]);
  });

  for (const { path, file } of builtPages('dist')) {
    it(path, () => {
      const broken = readable(readHtml(file)).flatMap((text) => [...text.matchAll(BROKEN_NUMBER)].map((m) => text.slice(Math.max(0, m.index - 30), m.index + 30)));
      expect(broken).toEqual([]);
    });
  }
});
