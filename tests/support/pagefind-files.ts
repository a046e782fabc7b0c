/**
 * Reads a built Pagefind bundle the way its browser code does, for tests that check what was
 * indexed: index chunks (CBOR) give the indexed words, fragments (JSON) each page's text.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fragmentPages, unpack, type IndexedPage } from '../../src/search/build/pagefind-bundle';

/** Just enough CBOR (RFC 8949) for Pagefind's index chunks: numbers, strings, arrays, maps. */
function decodeCbor(data: Buffer): unknown {
  let at = 0;
  const length = (info: number): number => {
    if (info < 24) return info;
    const size = 2 ** (info - 24);
    const value = size === 8 ? Number(data.readBigUInt64BE(at)) : data.readUIntBE(at, size);
    at += size;
    return value;
  };
  const item = (): unknown => {
    const head = data[at++]!;
    const major = head >> 5;
    const n = length(head & 31);
    if (major === 0) return n;
    if (major === 1) return -1 - n;
    if (major === 2 || major === 3) {
      const bytes = data.subarray(at, (at += n));
      return major === 3 ? bytes.toString('utf8') : bytes;
    }
    if (major === 4) return Array.from({ length: n }, item);
    if (major === 5) return Object.fromEntries(Array.from({ length: n }, () => [item(), item()]));
    if (major === 7) return n === 20 ? false : n === 21 ? true : null;
    throw new Error(`CBOR: major type ${major} not supported`);
  };
  return item();
}

/** Every word in the bundle's index chunks (Pagefind's stems: "vardkontak", "dokumentation"). */
export function indexedWords(bundle: string): Set<string> {
  const words = new Set<string>();
  for (const file of readdirSync(join(bundle, 'index'))) {
    const path = join(bundle, 'index', file);
    const [chunk] = decodeCbor(unpack(readFileSync(path), path)) as [[string, ...unknown[]][]];
    for (const [word] of chunk) words.add(word);
  }
  return words;
}

/** Each indexed page's text as Pagefind stored it. */
export function indexedPages(bundle: string): IndexedPage[] {
  return readdirSync(join(bundle, 'fragment')).flatMap((file) => {
    const path = join(bundle, 'fragment', file);
    return fragmentPages(readFileSync(path), path);
  });
}
