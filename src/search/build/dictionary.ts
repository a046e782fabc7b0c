/**
 * The Swedish Hunspell dictionary (dictionary-sv, LGPL, read at build time only) as a `Lexicon`
 * for the compound splitter: which strings are words on their own, and which begin compounds.
 */
import dictionary from 'dictionary-sv';
import nspell from 'nspell';
import type { Lexicon } from './compound-split';

/** The dictionary's flag for forms that may begin a compound (`COMPOUNDBEGIN X` in its .aff). */
const COMPOUND_BEGIN = 'X';
/** How much of an entry's kept beginning is compared with the words' possible parts. */
const KEPT_BEGINNING = 4;

/** The longest ending each suffix flag strips from an entry before adding its own (`SFX flag strip add …`). */
function longestStrips(aff: string): Map<string, number> {
  const strips = new Map<string, number>();
  for (const [, flag, strip] of aff.matchAll(/^SFX\s+(\S)\s+(\S+)\s+\S+\s+\S+/gm)) {
    strips.set(flag!, Math.max(strips.get(flag!) ?? 0, strip === '0' ? 0 : strip!.length));
  }
  return strips;
}

/**
 * A lexicon for splitting `words`. Only the dictionary entries that can form a part of one of the
 * words are loaded: an entry's forms keep its first letters up to the longest ending its flags
 * strip, so an entry whose kept beginning starts no part of a word is left out. The same answers
 * for these words, in a fraction of the time the whole dictionary takes to load.
 */
export function lexiconFor(words: Iterable<string>): Lexicon {
  const aff = new TextDecoder().decode(dictionary.aff);
  const strips = longestStrips(aff);
  const starts = new Set<string>();
  for (const word of words) for (let i = 0; i < word.length; i++) for (let n = 1; n <= KEPT_BEGINNING && i + n <= word.length; n++) starts.add(word.slice(i, i + n));
  const [, ...entries] = new TextDecoder().decode(dictionary.dic).split('\n');
  const wanted = entries.filter((line) => {
    const [form = '', flags = ''] = line.split('/');
    const kept = form.length - Math.max(0, ...[...flags].map((f) => strips.get(f) ?? 0));
    return kept < 1 || starts.has(form.slice(0, Math.min(kept, KEPT_BEGINNING)).toLowerCase());
  });
  const spell = nspell({ aff, dic: `${wanted.length}\n${wanted.join('\n')}` });
  // The dictionary would accept whole compounds by its own rules; parts must be words on their own.
  spell.compoundRules = [];
  const compoundBeginnings = new Set(
    wanted.flatMap((line) => {
      const [form, flags = ''] = line.split('/');
      return flags.includes(COMPOUND_BEGIN) ? [form!] : [];
    }),
  );
  return { isWord: (form) => spell.correct(form), beginsCompound: (form) => compoundBeginnings.has(form) };
}
