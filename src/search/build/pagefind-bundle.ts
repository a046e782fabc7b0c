/**
 * Reads files of a Pagefind bundle (as `index.getFiles()` returns them or as written to disk):
 * gzip, then the 12-byte signature "pagefind_dcd", then the data.
 */
import { gunzipSync } from 'node:zlib';

export function unpack(bytes: Uint8Array, name: string): Buffer {
  const data = gunzipSync(bytes);
  if (data.subarray(0, 12).toString() !== 'pagefind_dcd') throw new Error(`${name}: not a Pagefind file`);
  return data.subarray(12);
}

export interface IndexedPage {
  url: string;
  /** The page's text as Pagefind indexed it, words separated by spaces. */
  content: string;
  anchors: { id: string; text: string; location: number }[];
}

/** The pages in a fragment file: one page, or a group of them by hash. */
export function fragmentPages(bytes: Uint8Array, name: string): IndexedPage[] {
  const json = JSON.parse(unpack(bytes, name).toString('utf8')) as IndexedPage | Record<string, IndexedPage>;
  return typeof json.url === 'string' ? [json as IndexedPage] : Object.values(json as Record<string, IndexedPage>);
}
