/** The search's reviewed word lists in content/, read and checked against their schemas. */
import { readFileSync } from 'node:fs';
import { load as parseYaml } from 'js-yaml';
import type { z } from 'astro/zod';
import { REFUSED_SPLITS_FILE, SYNONYMS_FILE, refusedSplitSchema, synonymSchema } from '../content-schemas';

function readList<T extends z.ZodType>(file: string, schema: T): z.output<T>[] {
  const list = parseYaml(readFileSync(file, 'utf8'));
  if (!Array.isArray(list)) throw new Error(`${file}: filen ska vara en lista.`);
  return list.map((entry, i) => {
    const parsed = schema.safeParse(entry);
    if (!parsed.success) throw new Error(`${file}, post ${i + 1}: ${parsed.error.issues.map((e) => `${e.path.join('.')}: ${e.message}`).join('; ')}`);
    return parsed.data;
  });
}

export const readSynonyms = () => readList(SYNONYMS_FILE, synonymSchema);
export const readRefusedSplits = () => readList(REFUSED_SPLITS_FILE, refusedSplitSchema).map((e) => e.split);
