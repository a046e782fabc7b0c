/**
 * Splits Swedish compounds ("dubbeldokumentation" → dubbel | dokumentation) so that a search for a
 * later part finds the compound. Parts are checked against a real dictionary (the Hunspell sv
 * dictionary, dictionary.ts) with its own compound rules off, under guard rules that keep
 * splits meaningful; splits that pass the rules but not a reader's eye ("erfar|enheter") are
 * refused by name in content/ej-delade-ord.yaml.
 */
import { plainWord } from '../words';
import { swedishStem } from '../swedish-stem';

export interface Lexicon {
  /** A word form the dictionary knows on its own ("kontakten"), not as a compound of other words. */
  isWord(form: string): boolean;
  /** A form the dictionary gives as the first part of compounds ("hälso", "kompetens"). */
  beginsCompound(form: string): boolean;
}

/** A refused split, "säker|ställa": refuses that first part before any form of that later part. */
export type RefusedSplit = `${string}|${string}`;

/** The shortest first part, counted without a joining s. */
const MIN_FIRST = 4;
/** The shortest later part, counted without its ending ("kontakten" → kontakt: 7). */
const MIN_LATER = 5;
/** Prefixes and particles that begin words without making them compounds of two meanings. */
const PREFIXES = new Set(['för', 'till', 'sam', 'med', 'före', 'förut', 'fram', 'efter', 'under', 'över', 'utan', 'inne', 'genom', 'mellan', 'samman', 'bort', 'emot', 'kring', 'omkring', 'ovan', 'nedan', 'inom', 'utom', 'bakom', 'sedan', 'från']);
/** Endings that look like words when cut off ("säker|heter", "sjuk|domar"): no part begins with one. */
const ENDINGS = ['het', 'dom', 'ing', 'ning', 'skap', 'else', 'lig', 'isk'];

/** Whether `left` may come first, with or without a joining s ("försörjnings", "hälso"). */
function firstPartOk(left: string, lexicon: Lexicon): boolean {
  const bases = left.endsWith('s') ? [left, left.slice(0, -1)] : [left];
  return bases.some((base) => base.length >= MIN_FIRST && !PREFIXES.has(base) && (lexicon.isWord(base) || lexicon.beginsCompound(base)));
}

/** Whether `part` may come after another part: long enough without its ending, and not an ending itself. */
function laterPartOk(part: string): boolean {
  return swedishStem(plainWord(part)).length >= MIN_LATER && !ENDINGS.some((e) => part.startsWith(e));
}

function isRefused(left: string, right: string, refused: readonly RefusedSplit[]): boolean {
  const stem = swedishStem(plainWord(right));
  return refused.some((entry) => {
    const [refusedLeft, refusedRight] = entry.split('|') as [string, string];
    const refusedStem = swedishStem(plainWord(refusedRight));
    return left === refusedLeft && (stem.startsWith(refusedStem) || refusedStem.startsWith(stem));
  });
}

/**
 * The parts of a lower-case word, or `[word]` when it is not a compound. The first part is the
 * shortest that works, and the rest is split again ("netto|kostnads|utveckling"); a joining s
 * stays with the part before it ("utgångs|värdet", not "utgång|svärdet").
 */
export function splitCompound(word: string, lexicon: Lexicon, refused: readonly RefusedSplit[] = []): string[] {
  return partsOf(word, true, lexicon, refused) ?? [word];
}

function partsOf(word: string, first: boolean, lexicon: Lexicon, refused: readonly RefusedSplit[]): string[] | undefined {
  const candidates: string[][] = [];
  for (let i = MIN_FIRST; i <= word.length - MIN_LATER; i++) {
    const left = word.slice(0, i);
    const right = word.slice(i);
    if (!(first ? firstPartOk(left, lexicon) : laterPartOk(left) && firstPartOk(left, lexicon))) continue;
    if (!laterPartOk(right) || isRefused(left, right, refused)) continue;
    const rest = lexicon.isWord(right) ? [right] : partsOf(right, false, lexicon, refused);
    if (rest) candidates.push([left, ...rest]);
  }
  const [shortest] = candidates;
  if (!shortest) return undefined;
  const withJoiningS = candidates.find((c) => c[0] === `${shortest[0]}s`);
  return shortest[1]!.startsWith('s') && withJoiningS ? withJoiningS : shortest;
}
