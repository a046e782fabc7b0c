/**
 * The Snowball Swedish stemmer (Snowball 3.0, as generated for Pagefind's `pagefind_stem`), so the
 * browser and the build can compute the very word Pagefind indexes and looks up: a query word
 * matches when Pagefind's stem of a page word begins with the query word's stem. Only endings are
 * ever removed or shortened, so a stem is always the start of its word (except `-fullt`/`-öst`).
 *
 * Pagefind stems words after removing diacritics (see `indexKey` in words.ts), so in practice
 * the input has no å, ä or ö; the rules below still treat them as Snowball does.
 */
const VOWELS = new Set('aeiouyäåö');
const S_ENDING = new Set('bcdfghjklmnoprtvy');
const OST_ENDING = new Set('iklnprtuv');

type Action = 'delete' | 's' | 'et';
/** Step 1 endings (longest match within R1 wins). */
const MAIN_SUFFIXES: [string, Action][] = (
  [
    ...['a', 'arna', 'erna', 'heterna', 'orna', 'ad', 'e', 'ade', 'ande', 'arne', 'are', 'aste', 'en', 'anden', 'aren', 'heten', 'ern', 'ar', 'er', 'heter', 'or'],
    ...['as', 'arnas', 'ernas', 'ornas', 'es', 'ades', 'andes', 'ens', 'arens', 'hetens', 'erns', 'at', 'andet', 'het', 'ast'],
  ].map((s): [string, Action] => [s, 'delete']) as [string, Action][]
)
  .concat([['s', 's'], ['et', 'et']])
  .sort((a, b) => b[0].length - a[0].length);
/** Endings before `-et` that keep it as part of the stem (`alfabet`, `paket`, `komet`, `kvalitet`, `kapacitet` …). */
const ET_EXCEPTIONS = ['fab', 'h', 'pak', 'rak', 'stak', 'kom', 'iet', 'cit', 'dit', 'alit', 'ilit', 'mit', 'nit', 'pit', 'rit', 'sit', 'tit', 'uit', 'ivit', 'kvit', 'xit'];
const CONSONANT_PAIRS = ['dd', 'gd', 'nn', 'dt', 'gt', 'kt', 'tt'];
const OTHER_SUFFIXES = ['fullt', 'lig', 'els', 'öst', 'ig'];

/** Start of R1: after the first non-vowel that follows a vowel, and at least 3 letters in. */
function regionOne(word: string): number {
  if (word.length < 3) return word.length;
  let i = 0;
  while (i < word.length && !VOWELS.has(word[i]!)) i++;
  if (i >= word.length) return word.length;
  i++;
  while (i < word.length && VOWELS.has(word[i]!)) i++;
  if (i >= word.length) return word.length;
  return Math.max(i + 1, 3);
}

/** `-et` (or `-ets`) goes when it follows a consonant after a vowel, not at the word's start, and not after an exception. */
function etCondition(word: string, before: number): boolean {
  const consonant = word[before - 1];
  const vowel = word[before - 2];
  if (consonant === undefined || VOWELS.has(consonant) || vowel === undefined || !VOWELS.has(vowel) || before - 2 <= 0) return false;
  const stem = word.slice(0, before);
  return !ET_EXCEPTIONS.some((e) => stem.endsWith(e));
}

function mainSuffix(word: string, r1: number): string {
  if (word.length <= r1) return word;
  const found = MAIN_SUFFIXES.find(([suffix]) => word.endsWith(suffix) && word.length - suffix.length >= r1);
  if (!found) return word;
  const [suffix, action] = found;
  const before = word.length - suffix.length;
  if (action === 'delete') return word.slice(0, before);
  if (action === 'et') return etCondition(word, before) ? word.slice(0, before) : word;
  // A final -s: "-ets" under the -et condition, else -s after a consonant that takes it.
  if (word.slice(0, before).endsWith('et') && etCondition(word, before - 2)) return word.slice(0, before - 2);
  return S_ENDING.has(word[before - 1] ?? '') ? word.slice(0, before) : word;
}

function consonantPair(word: string, r1: number): string {
  if (word.length - 1 <= r1) return word;
  return CONSONANT_PAIRS.some((pair) => word.endsWith(pair)) ? word.slice(0, -1) : word;
}

function otherSuffix(word: string, r1: number): string {
  if (word.length - 1 <= r1) return word;
  const suffix = OTHER_SUFFIXES.find((s) => word.endsWith(s) && word.length - s.length >= r1);
  if (!suffix) return word;
  const before = word.slice(0, -suffix.length);
  if (suffix === 'fullt') return `${before}full`;
  if (suffix === 'öst') return OST_ENDING.has(before.at(-1) ?? '') ? `${before}ös` : word;
  return before;
}

/** The stem of a lower-case Swedish word. */
export function swedishStem(word: string): string {
  const r1 = regionOne(word);
  return otherSuffix(consonantPair(mainSuffix(word, r1), r1), r1);
}
