/**
 * Builds the Pagefind index from the built pages, as the last step of `astro build`. Pagefind
 * reads a copy of each page (index-copy.ts: spaced blocks, split compounds) through its Node API,
 * so the published HTML stays byte for byte what Astro wrote. Also writes the site's word list
 * for spelling suggestions (/sok/ordlista.json) and checks content/synonymer.yaml against it.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { SYNONYMS_FILE } from '../content-schemas';
import { splitCompound } from './compound-split';
import { lexiconFor } from './dictionary';
import { indexCopy, longWords } from './index-copy';
import { fragmentPages } from './pagefind-bundle';
import { readRefusedSplits, readSynonyms } from './search-content';
import { indexedKeys, missingWords, vocabularyOf } from './vocabulary';

/** Where the word list is published, under the site's base. */
export const WORD_LIST = 'sok/ordlista.json';
/** Words shorter than a first part (4) and a later part (5) together are never compounds. */
const MIN_COMPOUND = 9;

export interface IndexReport {
  pages: number;
  /** Compounds split, as "dubbel|dokumentation". */
  splits: string[];
  words: number;
}

/** Indexes the pages of `site` (a built site folder) that mark their content with data-pagefind-body. */
export async function buildSearchIndex(site: string): Promise<IndexReport> {
  const pages = readdirSync(site, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html'))
    .sort()
    .map((file) => ({ file, html: readFileSync(join(site, file), 'utf8') }))
    .filter(({ html }) => html.includes('data-pagefind-body'));

  const refused = readRefusedSplits();
  const candidates = new Set(pages.flatMap(({ html }) => [...longWords(html, MIN_COMPOUND)]));
  const lexicon = lexiconFor(candidates);
  const parts = new Map([...candidates].map((word) => [word, splitCompound(word, lexicon, refused)]));
  const split = (word: string) => parts.get(word) ?? [word];

  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
  for (const { file, html } of pages) {
    let content: string;
    try {
      content = indexCopy(html, split);
    } catch (error) {
      throw new Error(`${file}: ${(error as Error).message}`);
    }
    const added = await index.addHTMLFile({ url: `/${file.replace(/(^|\/)index\.html$/, '$1')}`, content });
    if (added.errors.length) throw new Error(`Pagefind, ${file}: ${added.errors.join('; ')}`);
  }

  const { files, errors: readErrors } = await index.getFiles();
  if (readErrors.length) throw new Error(`Pagefind: ${readErrors.join('; ')}`);
  const texts = files.filter((f) => f.path.startsWith('fragment/')).flatMap((f) => fragmentPages(f.content, f.path).map((p) => p.content));
  checkSynonyms(indexedKeys(texts));
  const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
  if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
  await pagefind.close();

  const vocabulary = vocabularyOf(texts);
  writeFileSync(join(site, WORD_LIST), JSON.stringify(vocabulary));
  const splits = [...parts.values()].filter((p) => p.length > 1).map((p) => p.join('|'));
  return { pages: pages.length, splits, words: vocabulary.length };
}

/** Every word a synonym points at must be on the site, or the synonym would find nothing. */
function checkSynonyms(keys: ReadonlySet<string>): void {
  const wrong = readSynonyms().flatMap(({ word, means }) =>
    means.flatMap((phrase) => missingWords(phrase, keys).map((missing) => `"${word}" → "${phrase}": ordet "${missing}" finns inte på webbplatsen`)),
  );
  if (wrong.length) throw new Error(`${SYNONYMS_FILE.replace('./', '')}:\n- ${wrong.join('\n- ')}`);
}
