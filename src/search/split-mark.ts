/**
 * Marks where the build split a compound in the copy of a page that Pagefind reads
 * ("dubbel|dokumentation"). Pagefind indexes the parts of a word joined by punctuation at lower
 * weight, at the place of the whole word; the mark never reaches the published page, and the
 * browser removes it from excerpts and titles. The text itself must not use the character
 * (the build checks).
 */
export const SPLIT_MARK = '|';

/** Removes the build's compound marks from text read out of the index. */
export const withoutSplitMarks = (text: string) => text.replaceAll(SPLIT_MARK, '');
