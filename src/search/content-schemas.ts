/**
 * The schemas of the search's reviewed word lists in content/, shared by the content collections
 * (src/content.config.ts, which fail the build naming the file and field) and the index build
 * (src/search/build/, which reads the same files).
 */
import { z } from 'astro/zod';

/** content/synonymer.yaml: a word residents use, and the words the text uses for it. */
export const SYNONYMS_FILE = './content/synonymer.yaml';
export const synonymSchema = z.strictObject({
  word: z.string().trim().regex(/^[\p{L}\p{N}-]+$/u, 'ett ord, utan mellanslag'),
  /** Words or phrases as the text writes them; the build checks that each is on the site. */
  means: z.array(z.string().trim().min(1)).min(1),
});

/** content/ej-delade-ord.yaml: splits of compounds the search must not make, and why. */
export const REFUSED_SPLITS_FILE = './content/ej-delade-ord.yaml';
export const refusedSplitSchema = z.strictObject({
  split: z
    .string()
    .trim()
    .regex(/^\p{Ll}+\|\p{Ll}+$/u, 'ett ord delat med |, som säker|ställa')
    .transform((s) => s as `${string}|${string}`),
  why: z.string().trim().min(1),
});
