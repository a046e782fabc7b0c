/** The parts the search uses of packages that ship no types of their own. */

/** nspell (https://github.com/wooorm/nspell): Hunspell in JavaScript, used at build time to split compounds. */
declare module 'nspell' {
  interface NSpell {
    correct(word: string): boolean;
    /** The dictionary's compound rules (COMPOUNDRULE); emptied to check words on their own. */
    compoundRules: unknown[];
  }
  export default function nspell(dictionary: { aff: Uint8Array | string; dic: Uint8Array | string }): NSpell;
}

/** stopword (https://github.com/fergiemcdowall/stopword): its Swedish list, the start of ours (tests only). */
declare module 'stopword' {
  export const swe: string[];
}
