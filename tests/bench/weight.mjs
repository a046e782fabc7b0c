// What a page costs on first load, computed from the build alone (deterministic): its HTML, the
// stylesheets and scripts it references, and the modules those scripts import statically.
// Modules imported dynamically (chart code, search) are counted separately as "on demand".
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gzipSync, brotliCompressSync } from 'node:zlib';

const size = (buf) => ({ raw: buf.length, gzip: gzipSync(buf, { level: 9 }).length, brotli: brotliCompressSync(buf).length });

/** @param {string} dir build folder @param {string} base base path @param {string} file html file */
export function pageWeight(dir, base, file) {
  const html = readFileSync(file);
  const text = html.toString('utf8');
  const local = (href) => {
    if (!href.startsWith(base)) return undefined;
    const path = join(dir, href.slice(base.length).split(/[?#]/)[0]);
    return existsSync(path) ? path : undefined;
  };
  const css = [...text.matchAll(/<link[^>]+rel="stylesheet"[^>]*href="([^"]+)"/g)].map((m) => local(m[1])).filter(Boolean);
  const icons = [...text.matchAll(/<link[^>]+rel="icon"[^>]*href="([^"]+)"/g)].map((m) => local(m[1])).filter(Boolean);
  // Images the first paint fetches (a lazy image waits until it nears the viewport): the default source of each <img>.
  const images = [...text.matchAll(/<img\b[^>]*>/g)]
    .map((m) => m[0])
    .filter((tag) => !/\sloading="lazy"/.test(tag))
    .map((tag) => local(tag.match(/\ssrc="([^"]+)"/)?.[1] ?? ''))
    .filter(Boolean);
  const entry = [...text.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => local(m[1])).filter(Boolean);
  const js = new Set();
  const lazy = new Set();
  const visit = (path) => {
    if (js.has(path)) return;
    js.add(path);
    const code = readFileSync(path, 'utf8');
    for (const m of code.matchAll(/(?:^|[;\n}])\s*import\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+)["']/g)) {
      const next = join(dirname(path), m[1]);
      if (existsSync(next)) visit(next);
    }
    for (const m of code.matchAll(/import\(\s*["'`]([^"'`$]+\.js)["'`]\s*\)/g)) {
      const next = join(dirname(path), m[1]);
      if (existsSync(next)) lazy.add(next);
    }
  };
  entry.forEach(visit);
  // Inline module scripts count too (Astro inlines small ones).
  const inlineJs = [...text.matchAll(/<script(?![^>]*src=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]).join('');
  for (const m of inlineJs.matchAll(/import\(\s*["'`]([^"'`$]+\.js)["'`]\s*\)/g)) {
    const next = local(m[1]) ?? undefined;
    if (next) lazy.add(next);
  }
  const sum = (files) => files.reduce((t, f) => { const s = size(readFileSync(f)); return { raw: t.raw + s.raw, gzip: t.gzip + s.gzip, brotli: t.brotli + s.brotli }; }, { raw: 0, gzip: 0, brotli: 0 });
  const onDemand = new Set();
  const visitLazy = (path) => {
    if (js.has(path) || onDemand.has(path)) return;
    onDemand.add(path);
    const code = readFileSync(path, 'utf8');
    for (const m of code.matchAll(/(?:^|[;\n}])\s*import\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+)["']/g)) {
      const next = join(dirname(path), m[1]);
      if (existsSync(next)) visitLazy(next);
    }
  };
  lazy.forEach(visitLazy);
  const htmlSize = size(html);
  const cssSize = sum(css);
  const jsSize = sum([...js]);
  const inline = size(Buffer.from(inlineJs));
  const iconSize = sum([...icons, ...images]);
  return {
    html: htmlSize,
    css: cssSize,
    js: { raw: jsSize.raw + inline.raw, gzip: jsSize.gzip + (inlineJs ? inline.gzip : 0), brotli: jsSize.brotli + (inlineJs ? inline.brotli : 0) },
    images: iconSize,
    fonts: { raw: 0, gzip: 0, brotli: 0 },
    requests: 1 + css.length + js.size + icons.length + images.length,
    total: {
      gzip: htmlSize.gzip + cssSize.gzip + jsSize.gzip + (inlineJs ? inline.gzip : 0) + iconSize.gzip,
      brotli: htmlSize.brotli + cssSize.brotli + jsSize.brotli + (inlineJs ? inline.brotli : 0) + iconSize.brotli,
    },
    onDemandJs: sum([...onDemand]),
    /** The JavaScript files of the first load and those fetched on demand. */
    jsFiles: [...js],
    onDemandFiles: [...onDemand],
    hasChart: text.includes('<chart-figure'),
  };
}

/** gzip size of one file */
pageWeight.gzipOf = (file) => gzipSync(readFileSync(file), { level: 9 }).length;

/**
 * What the first search costs, from the build alone (gzip, as served): the search page's script
 * (loaded with the page and on demand), Pagefind's script and worker, its WebAssembly, the index
 * (entry, meta, word chunks, filters) and every page fragment (a query that hits every page),
 * and, when a word finds nothing, the site's word list. Pagefind's own binary files are already
 * gzip, so they count as they are.
 */
export function searchWeight(dir) {
  const sok = pageWeight(dir, '/', join(dir, 'sok/index.html'));
  const pf = join(dir, 'pagefind');
  const raw = (file) => statSync(file).size;
  const inPf = (test) => readdirSync(pf, { recursive: true, encoding: 'utf8' }).filter(test).map((f) => join(pf, f));
  const total = (files, measure) => files.reduce((t, f) => t + measure(f), 0);
  const script = sok.js.gzip + sok.onDemandJs.gzip;
  const pagefindJs = pageWeight.gzipOf(join(pf, 'pagefind.js')) + pageWeight.gzipOf(join(pf, 'pagefind-worker.js'));
  const wasm = total(inPf((f) => /^wasm\.sv\.pagefind$/.test(f)), raw);
  const index = pageWeight.gzipOf(join(pf, 'pagefind-entry.json')) + total(inPf((f) => /\.(pf_meta|pf_index|pf_filter)$/.test(f)), raw);
  const fragments = total(inPf((f) => f.endsWith('.pf_fragment')), raw);
  const wordListFile = join(dir, 'sok/ordlista.json');
  const wordList = existsSync(wordListFile) ? pageWeight.gzipOf(wordListFile) : 0;
  const firstSearch = script + pagefindJs + wasm + index + fragments;
  return { script, pagefindJs, wasm, index, fragments, wordList, firstSearch, withWordList: firstSearch + wordList };
}
