/**
 * Every content collection and its schema, in one place. Content lives in the top-level
 * `content/` folder; a file with a missing, misspelt or wrong field fails the build, and Astro's
 * error names the file and the field. Cross-file rules (an indicator's direction must exist,
 * numbers must be unique) are checked in `src/strategy/parts.ts`.
 */
import { defineCollection, reference } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { load as parseYaml } from 'js-yaml';
import { formatNumber, keepNumbersTogether } from './utils/format';
import { DATA_FILES } from './strategy/data-files';
import { REFUSED_SPLITS_FILE, SYNONYMS_FILE, refusedSplitSchema, synonymSchema } from './search/content-schemas';

/**
 * A YAML list, each entry given its position as `order`: the content store does not keep
 * the file's order, and the strategy's order matters (voices, quotes, indicators).
 */
const orderedYaml = (path: string) =>
  file(path, {
    parser: (raw) => {
      const list = parseYaml(raw);
      if (!Array.isArray(list)) throw new Error(`${path}: filen ska vara en lista (- id: …).`);
      return list.map((entry, order) => ({ ...(entry as Record<string, unknown>), order }));
    },
  });
const order = z.number().int();

/** A folder of MDX files, one entry each, named by file: `content/<folder>/<name>.mdx`. */
const mdxFiles = (folder: string) => glob({ pattern: '*.mdx', base: `./content/${folder}` });

/** Published text: never empty, and no number in it can break across lines (see keepNumbersTogether). */
const text = z.string().trim().min(1).transform(keepNumbersTogether);

/**
 * When an editor last changed the text, `YYYY-MM-DD`, where the last commit to the file would say
 * otherwise (e.g. a commit that only moved it). Without it, "Senast ändrad" is the last commit's date.
 */
const changed = z.coerce.date().optional();

/** Chapters of the strategy, each an MDX file: `content/kapitel/<url>.mdx`. */
const chapters = defineCollection({
  loader: mdxFiles('kapitel'),
  schema: z.strictObject({
    title: text,
    /** Position in the strategy; the four directions come between order 4 and 6. */
    order: z.number().int().positive(),
    changed,
    signatories: z.array(z.strictObject({ name: text, role: text })).optional(),
    /** What the chapter lists after its text: the resident voices, or the follow-up indicators. */
    lists: z.enum(['voices', 'indicators']).optional(),
  }),
});

/** The four strategic directions: `content/inriktningar/<url>.mdx`. */
const directions = defineCollection({
  loader: mdxFiles('inriktningar'),
  schema: z.strictObject({
    number: z.number().int().min(1).max(9),
    title: text,
    /** The capitalised "Kronobergaren vill …" lead, in sentence case. */
    lead: text,
    changed,
  }),
});

/** Resident voices ("Vad är viktigt för kronobergarna?"). */
const voices = defineCollection({
  loader: orderedYaml(DATA_FILES.voices),
  schema: z.strictObject({
    id: text,
    order,
    title: text,
    /** Who speaks: an id in `content/etiketter.yaml`. */
    speaker: reference('labels'),
    paragraphs: z.array(text).min(1),
  }),
});

/** Words of the source the site repeats as labels (`content/etiketter.yaml`), written once. */
const labels = defineCollection({
  loader: orderedYaml(DATA_FILES.labels),
  schema: z.strictObject({ id: text, order, text }),
});

/** Short resident pull quotes, placed in MDX with `<Quote id="…" />`. */
const quotes = defineCollection({
  loader: orderedYaml(DATA_FILES.quotes),
  schema: z.strictObject({ id: text, order, text }),
});

/** Follow-up indicators, each under the direction it follows. */
const indicators = defineCollection({
  loader: orderedYaml(DATA_FILES.indicators),
  schema: z.strictObject({
    id: text,
    order,
    /** The id (file name) of a direction in `content/inriktningar/`. */
    direction: text,
    text,
  }),
});

/** News about nära vård, from the region's page: `content/nyheter/<datum>-<namn>.md`. */
const news = defineCollection({
  loader: glob({ pattern: '*.md', base: './content/nyheter' }),
  schema: z.strictObject({ title: text, date: z.coerce.date() }),
});

/** Stand-alone pages: `content/sidor/<url>.mdx`. */
const pages = defineCollection({
  loader: mdxFiles('sidor'),
  schema: z.strictObject({
    title: text,
    lead: text.optional(),
    /** Date the page's source (the region's own web page) was last updated, `YYYY-MM-DD`. */
    updated: z.coerce.date().optional(),
    changed,
    contact: z.strictObject({ name: text, role: text, phones: z.array(text) }).optional(),
  }),
});

/** Normalises spaces so that `206 000` (no-break space) matches `206 000` in a quote. */
const plain = (s: string) => s.replace(/\s/g, ' ');

/**
 * Figures for charts (`content/diagram.yaml`). Every value, and every year used as a label,
 * must stand in one of the figure's own source quotes, as the source writes it.
 */
const charts = defineCollection({
  loader: orderedYaml(DATA_FILES.charts),
  schema: z
    .strictObject({
      id: text,
      order,
      /** States the finding, in the source's words. */
      title: text,
      /** The chapter (file name in content/kapitel/) and the heading id of the section the chart belongs to. */
      chapter: text,
      section: text,
      /** What is measured (table header, axis title) and the unit after each value. */
      measure: text,
      unit: z.string(),
      decimals: z.number().int().min(0).max(3),
      note: text.optional(),
      points: z.array(z.strictObject({ label: text, value: z.number() })).min(2),
      keyFigure: z.strictObject({ label: text }).optional(),
      sources: z
        .array(z.strictObject({ doc: z.enum(['strategin', 'nara-vard']), kind: z.enum(['text', 'diagram']).default('text'), quote: text }))
        .min(1),
    })
    .superRefine((figure, ctx) => {
      const quotes = plain(figure.sources.map((s) => s.quote).join(' | '));
      figure.points.forEach((point, i) => {
        const shown = plain(formatNumber(point.value, figure.decimals));
        if (!quotes.includes(shown)) {
          ctx.addIssue({ code: 'custom', path: ['points', i, 'value'], message: `värdet ${shown} står inte i någon av figurens källmeningar (sources).` });
        }
        for (const year of point.label.match(/\b\d{4}\b/g) ?? []) {
          if (!quotes.includes(year)) {
            ctx.addIssue({ code: 'custom', path: ['points', i, 'label'], message: `året ${year} står inte i någon av figurens källmeningar (sources).` });
          }
        }
      });
    }),
});

/** Key figures from the nära vård page (`content/nyckeltal.yaml`). */
const keyFigures = defineCollection({
  loader: orderedYaml(DATA_FILES.keyFigures),
  schema: z
    .strictObject({ id: text, order, shown: text, match: text, quote: text })
    .superRefine((figure, ctx) => {
      if (!figure.quote.includes(figure.match)) {
        ctx.addIssue({ code: 'custom', path: ['match'], message: `"${figure.match}" står inte i källmeningen (quote).` });
      }
      const digits = (s: string) => s.replace(/\D/g, '');
      if (digits(figure.shown) !== digits(figure.match)) {
        ctx.addIssue({ code: 'custom', path: ['shown'], message: `"${figure.shown}" visar inte samma tal som "${figure.match}".` });
      }
    }),
});

/** A YAML list whose entries are named by one of their own fields (`word`, `split`). */
const keyedYaml = (path: string, key: string) =>
  file(path, {
    parser: (raw) => {
      const list = parseYaml(raw);
      if (!Array.isArray(list)) throw new Error(`${path}: filen ska vara en lista (- ${key}: …).`);
      return list.map((entry) => ({ id: String((entry as Record<string, unknown>)[key]), ...(entry as Record<string, unknown>) }));
    },
  });

/** Search: everyday words and the text's words for them (`content/synonymer.yaml`). */
const synonyms = defineCollection({ loader: keyedYaml(SYNONYMS_FILE, 'word'), schema: synonymSchema.extend({ id: text }) });

/** Search: compound splits refused after review (`content/ej-delade-ord.yaml`). */
const refusedSplits = defineCollection({ loader: keyedYaml(REFUSED_SPLITS_FILE, 'split'), schema: refusedSplitSchema.extend({ id: text }) });

export const collections = { labels, chapters, directions, voices, quotes, indicators, news, pages, charts, keyFigures, synonyms, refusedSplits };
