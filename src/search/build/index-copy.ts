/**
 * The copy of a page that Pagefind reads, never written to dist/: the published HTML stays as it
 * is. Two changes, both to text only:
 *
 * - a space around every element that is not inline, so that words of adjacent elements
 *   (a table's caption and its first header, "siffrornaAntalet") stay apart in the index and
 *   in excerpts: Pagefind itself separates only p, li, td, headings and a few more;
 * - compounds split into their parts with SPLIT_MARK ("dubbel|dokumentation"), which Pagefind
 *   indexes at the whole word's place, at lower weight.
 */
import { SPLIT_MARK } from '../split-mark';

/** Elements whose text runs on into the text around them (HTML's phrasing content). */
const INLINE = new Set([
  'a', 'abbr', 'b', 'bdi', 'bdo', 'br', 'button', 'cite', 'code', 'data', 'del', 'dfn', 'em', 'i', 'img', 'input', 'ins',
  'kbd', 'label', 'mark', 'meter', 'output', 'picture', 'progress', 'q', 's', 'samp', 'select', 'slot', 'small', 'span',
  'strong', 'sub', 'sup', 'svg', 'textarea', 'time', 'u', 'var', 'wbr',
]);
/** Elements whose content is not text to read. */
const RAW = new Set(['script', 'style', 'template', 'textarea', 'title']);

/** A tag (with quoted attribute values, which may hold ">") or a comment. */
const TAG = /<!--[\s\S]*?-->|<(\/?)([a-zA-Z][\w-]*)(?:[^>"']|"[^"]*"|'[^']*')*>/g;

/**
 * Rewrites an HTML page: `tag` gets each tag (with its name and whether it closes), `text` each
 * run of text outside script, style and the like.
 */
function rewrite(html: string, tag: (source: string, name: string, closing: boolean) => string, text: (source: string) => string): string {
  let out = '';
  let at = 0;
  for (TAG.lastIndex = 0; ; ) {
    const match = TAG.exec(html);
    out += text(html.slice(at, match?.index ?? html.length));
    if (!match) return out;
    const [source, slash, name = ''] = match;
    out += name ? tag(source, name.toLowerCase(), slash === '/') : source;
    at = TAG.lastIndex;
    if (name && !slash && RAW.has(name.toLowerCase())) {
      const end = html.toLowerCase().indexOf(`</${name.toLowerCase()}`, at);
      const until = end < 0 ? html.length : end;
      out += html.slice(at, until);
      TAG.lastIndex = at = until;
    }
  }
}

/**
 * The page as Pagefind should read it. `split` gives a lower-case word's compound parts (or the
 * word alone). Throws if the text already holds the split mark, which would then be lost.
 */
export function indexCopy(html: string, split: (word: string) => string[]): string {
  const space = (source: string, name: string, closing: boolean) => (INLINE.has(name) ? source : closing ? `${source} ` : ` ${source}`);
  return rewrite(html, space, (text) => {
    if (text.includes(SPLIT_MARK)) throw new Error(`the text uses "${SPLIT_MARK}", which the search uses to mark split compounds`);
    return text.replace(/&[#\w]+;|\p{L}+/gu, (word) => {
      if (word.startsWith('&')) return word;
      const parts = split(word.toLowerCase());
      if (parts.length < 2) return word;
      let at = 0;
      return parts.map((p) => word.slice(at, (at += p.length))).join(SPLIT_MARK);
    });
  });
}

/** The words of a page's text that may be compounds (letters only, long enough to have two parts). */
export function longWords(html: string, minLength: number): Set<string> {
  const words = new Set<string>();
  rewrite(html, (source) => source, (text) => {
    for (const [word] of text.replace(/&[#\w]+;/g, ' ').matchAll(/\p{L}+/gu)) if (word.length >= minLength) words.add(word.toLowerCase());
    return text;
  });
  return words;
}
