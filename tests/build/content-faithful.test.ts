/**
 * The other direction: every sentence the content files publish stands in the source (letters
 * and digits compared), apart from interface text listed here with its reason.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { wording } from '../support/site';
import { sourceTexts } from '../support/source';

/** Text in content/ that is ours (interface) or a documented correction, not the source's. */
const OURS = new Set([
  'För dig som patient', // heading for a part of the region's page whose own heading was lost
  'tydligare samordnar vårdinsatser inom och mellan vårdverksamheter för att bättre möta individens hela vård- och omsorgsbehov', // source typo "oh"
]);

/** YAML fields that carry published source text (others are ids, numbers or interface labels). */
const SOURCE_FIELDS = new Set(['title', 'text', 'paragraphs', 'lead', 'quote', 'name', 'role']);

const source = wording(sourceTexts().map((s) => s.text).join(' | '));

/** Prose lines of an MDX/Markdown body: markup, components, comments and link targets removed. */
function bodyLines(body: string): string[] {
  return body
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, '\n')
    .split('\n')
    .filter((l) => !/^\s*<.*>\s*$/.test(l))
    .map((l) => l.replace(/^\s*(#+|[-*]|\d+\.)\s+/, '').replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').trim())
    .filter(Boolean);
}

function stringsOf(value: unknown, key = ''): string[] {
  if (typeof value === 'string') return SOURCE_FIELDS.has(key) ? [value] : [];
  if (Array.isArray(value)) return value.flatMap((v) => stringsOf(v, key));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => stringsOf(v, k));
  return [];
}

function publishedText(file: string): string[] {
  const raw = readFileSync(file, 'utf8');
  if (file.endsWith('.yaml')) return stringsOf(load(raw));
  const [, front = '', body = ''] = raw.match(/^---\n([\s\S]*?)\n---\n?([\s\S]*)$/) ?? [];
  return [...stringsOf(load(front)), ...bodyLines(body)];
}

const files = readdirSync('content', { recursive: true, encoding: 'utf8' })
  .filter((f) => /\.(mdx?|yaml)$/.test(f) && !f.startsWith('diagram'))
  .map((f) => `content/${f}`);

describe('content comes from the source', () => {
  it('quotes every chart source sentence exactly as the source has it', () => {
    const charts = load(readFileSync('content/diagram.yaml', 'utf8')) as { sources: { kind?: string; quote: string }[] }[];
    const quotes = charts.flatMap((c) => c.sources.filter((s) => s.kind !== 'diagram').map((s) => s.quote));
    expect(quotes.length).toBeGreaterThanOrEqual(4);
    expect(quotes.filter((q) => !source.includes(wording(q)))).toEqual([]);
  });

  it('finds the content files', () => expect(files.length).toBeGreaterThan(15));
  for (const file of files) {
    it(file, () => {
      const invented = publishedText(file).filter((t) => !OURS.has(t) && !source.includes(wording(t)));
      expect(invented).toEqual([]);
    });
  }
});
