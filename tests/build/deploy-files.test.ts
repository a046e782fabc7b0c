/**
 * The server rules the build writes (the nginx include in dist/_nginx/, dist/_headers for other
 * static hosts, dist/_redirects) agree with each other and with src/deploy/rules.ts, and
 * deploy/nginx.conf cannot lose the security headers in a location.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CACHE_VARIABLE, NGINX_DIR, deployFiles } from '../../src/deploy/files';
import { cacheRules, contentTypes, defaultCacheControl, redirects, securityHeaders, type Redirect } from '../../src/deploy/rules';

// Readers of the three formats, written from the formats' own syntax, not from the generator.

/** _headers: each unindented line a path pattern, the indented lines below it `Name: value`. */
function readHeadersFile(text: string): Map<string, Record<string, string>> {
  const rules = new Map<string, Record<string, string>>();
  let current: Record<string, string> = {};
  for (const line of text.split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue;
    if (!/^\s/.test(line)) rules.set(line.trim(), (current = {}));
    else {
      const [, name, value] = /^\s+([^:]+):\s*(.*)$/.exec(line)!;
      current[name!] = value!;
    }
  }
  return rules;
}

/** _redirects: `from to status` per line. */
const readRedirectsFile = (text: string) =>
  text
    .split('\n')
    .filter((line) => line.trim() && !line.startsWith('#'))
    .map((line) => {
      const [from, to, status] = line.trim().split(/\s+/);
      return { from, to, status: Number(status) };
    });

/** The nginx server include: headers, compressed and UTF-8 types, types by extension, redirects. */
function readNginxServer(text: string) {
  const lines = text.split('\n').map((l) => l.trim());
  const list = (directive: string) => lines.find((l) => l.startsWith(`${directive} `))?.slice(directive.length + 1, -1).split(' ') ?? [];
  const headers: Record<string, string> = {};
  const types: Record<string, string> = {};
  const moved: { from: string; to: string; status: number }[] = [];
  for (const line of lines) {
    const header = /^add_header (\S+) (?:"([^"]*)"|(\$\w+)) always;$/.exec(line);
    if (header) headers[header[1]!] = header[2] ?? header[3]!;
    const typed = /^location ~ \\\.\(([\w|]+)\)\$ \{ types \{ \} default_type "([^"]+)"; \}$/.exec(line);
    if (typed) for (const extension of typed[1]!.split('|')) types[extension] = typed[2]!;
    const redirect = /^location = (\S+) \{ return (\d+) "([^"]+)"; \}$/.exec(line);
    if (redirect) moved.push({ from: redirect[1]!, to: redirect[3]!.replace('$is_args$args', ''), status: Number(redirect[2]) });
  }
  return { headers, types, redirects: moved, gzipTypes: list('gzip_types'), charsetTypes: list('charset_types') };
}

/** The nginx http include: the Cache-Control map, as default and `prefix → value`. */
function readNginxCacheMap(text: string) {
  const entries = [...text.matchAll(/^\s+"([^"]+)" "([^"]+)";/gm)].map((m) => [m[1]!.replace(/^~\^/, '').replace(/\\(.)/g, '$1'), m[2]!]);
  return { default: /^\s+default "([^"]+)";/m.exec(text)?.[1], rules: entries };
}

/** add_header directives inside a location block, where they would drop the server's headers. */
function addHeadersInLocations(text: string): string[] {
  const found: string[] = [];
  const blocks: string[] = [];
  let statement = '';
  // Quoted strings may hold ; { }: they are read whole.
  for (const [token] of text.replace(/#.*$/gm, '').matchAll(/"[^"]*"|'[^']*'|[{};]|[^{};"']+/g)) {
    if (token === '{') {
      blocks.push(statement.trim().split(/\s+/)[0]!);
      statement = '';
    } else if (token === '}') blocks.pop();
    else if (token === ';') {
      if (statement.trim().startsWith('add_header') && blocks.includes('location')) found.push(`${statement.trim()};`);
      statement = '';
    } else statement += token;
  }
  return found;
}

const withBase = (base: string, list: readonly Redirect[]) => list.map((r) => ({ from: `${base}${r.from.slice(1)}`, to: `${base}${r.to.slice(1)}`, status: r.status }));

/** The three sets of rules say the same as rules.ts and as each other. */
function expectAgreement(files: Record<string, string>, base: string, expectedRedirects: readonly Redirect[], builtFiles: readonly string[]) {
  const hosts = readHeadersFile(files._headers!);
  const nginx = readNginxServer(files[`${NGINX_DIR}/server.conf`]!);
  const cacheMap = readNginxCacheMap(files[`${NGINX_DIR}/http.conf`]!);

  expect(hosts.get(`${base}*`), '_headers: every path').toEqual(securityHeaders);
  expect(nginx.headers, 'nginx: server-level headers').toEqual({ ...securityHeaders, 'Cache-Control': CACHE_VARIABLE });

  const rules = cacheRules.map((r) => [`${base}${r.prefix}`, r.cacheControl]);
  const hostCaching = [...hosts].filter(([, h]) => h['Cache-Control']).map(([pattern, h]) => [pattern.replace(/\*$/, ''), h['Cache-Control']]);
  expect(hostCaching, '_headers: Cache-Control').toEqual(rules);
  expect(cacheMap.rules, 'nginx: Cache-Control map').toEqual(rules);
  expect(cacheMap.default).toBe(defaultCacheControl);

  expect(readRedirectsFile(files._redirects!), '_redirects').toEqual(withBase(base, expectedRedirects));
  expect(nginx.redirects, 'nginx: redirects').toEqual(withBase(base, expectedRedirects));

  // Every built file of a listed kind gets on other hosts the type nginx sends it with.
  const typed = builtFiles.filter((f) => /\.(\w+)$/.exec(f)?.[1]! in contentTypes);
  const nginxSends = (file: string) => {
    const type = nginx.types[/\.(\w+)$/.exec(file)![1]!]!;
    return nginx.charsetTypes.includes(type) ? `${type}; charset=utf-8` : type;
  };
  const hostTypes = [...hosts].filter(([, h]) => h['Content-Type']);
  expect(hostTypes.map(([pattern]) => pattern).sort(), '_headers: a type for each such file').toEqual(typed.map((f) => `${base}${f}`).sort());
  for (const [pattern, h] of hostTypes) expect(h['Content-Type'], pattern).toBe(nginxSends(pattern));
  expect(Object.keys(nginx.types)).toEqual(expect.arrayContaining(Object.keys(contentTypes)));
  // What is labelled UTF-8 is also compressed, and the other way round.
  expect(nginx.gzipTypes.sort()).toEqual(nginx.charsetTypes.sort());
}

const builtFilesOf = (dir: string) =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => `${e.parentPath}/${e.name}`.slice(dir.length + 1));

describe('the built server rules (dist/)', () => {
  const written = deployFiles({ base: '/', redirects: [], files: [] });
  const built = Object.fromEntries(Object.keys(written).map((path) => [path, readFileSync(`dist/${path}`, 'utf8')]));
  const files = builtFilesOf('dist');

  it('are the rules of src/deploy/rules.ts and content/aliases.yaml', () => {
    expect(built).toEqual(deployFiles({ base: '/', redirects: redirects(), files }));
  });

  it('agree with each other: _headers, _redirects and the nginx include', () => {
    expectAgreement(built, '/', redirects(), files);
  });

  it('give every CSV download its type on every host', () => {
    expect(readHeadersFile(built._headers!).get('/diagram/invanare.csv')).toEqual({ 'Content-Type': 'text/csv; charset=utf-8' });
  });
});

describe('deploy/nginx.conf', () => {
  const conf = readFileSync('deploy/nginx.conf', 'utf8');
  const serverInclude = readFileSync(`dist/${NGINX_DIR}/server.conf`, 'utf8');

  it('adds no header inside a location, where it would drop the security headers', () => {
    expect(addHeadersInLocations(conf)).toEqual([]);
    expect(addHeadersInLocations(serverInclude)).toEqual([]);
  });

  it('finds such a header when there is one', () => {
    expect(addHeadersInLocations('server {\n  location /_astro/ {\n    add_header Cache-Control "x";\n  }\n}')).toEqual(['add_header Cache-Control "x";']);
    expect(addHeadersInLocations('location ~ \\.csv$ { add_header X "y"; }')).toHaveLength(1);
    expect(addHeadersInLocations('server {\n  add_header X "y" always;\n  location / {\n  }\n}')).toEqual([]);
  });

  it('includes the generated rules (http level, then in its server block) and keeps them from readers', () => {
    const http = conf.indexOf(`include /usr/share/nginx/html/${NGINX_DIR}/http.conf;`);
    const server = conf.indexOf('server {');
    expect(http).toBeGreaterThan(-1);
    expect(http).toBeLessThan(server);
    expect(conf.indexOf(`include /usr/share/nginx/html/${NGINX_DIR}/server.conf;`)).toBeGreaterThan(server);
    expect(conf).toContain(`location ^~ /${NGINX_DIR}/ {`);
    expect(conf).toMatch(/^\s+listen 8080;$/m);
    expect(conf).toMatch(/^\s+root \/usr\/share\/nginx\/html;$/m);
    expect(conf).toMatch(/^\s+error_page 404 \/404\.html;$/m);
  });
});

describe('server rules from a list of old and short addresses', () => {
  const sources = {
    'content/aliases.yaml': () => [{ from: '/gammal-adress/', to: '/inriktningar/nara-och-samordnad/' }],
    'short addresses': () => [{ from: '/2.3/', to: '/inriktningar/nara-och-samordnad/#vi-ska-sakerstalla-kontinuitet-i-vardprocesser' }],
  };
  const files = ['index.html', 'diagram/invanare.csv', 'dokument/strategi.pdf', 'dokument/bilder.pptx', 'pagefind/wasm.sv.pagefind'];

  it('gathers every source as 301s', () => {
    expect(redirects(sources)).toEqual([
      { from: '/gammal-adress/', to: '/inriktningar/nara-och-samordnad/', status: 301 },
      { from: '/2.3/', to: '/inriktningar/nara-och-samordnad/#vi-ska-sakerstalla-kontinuitet-i-vardprocesser', status: 301 },
    ]);
  });

  for (const base of ['/', '/strategi/']) {
    it(`writes agreeing rules under the base ${base}`, () => {
      const written = deployFiles({ base, redirects: redirects(sources), files });
      expectAgreement(written, base, redirects(sources), files);
      expect(written._redirects).toContain(`${base}gammal-adress/ ${base}inriktningar/nara-och-samordnad/ 301`);
      expect(written[`${NGINX_DIR}/server.conf`]).toContain(`location = ${base}gammal-adress/ { return 301 "${base}inriktningar/nara-och-samordnad/$is_args$args"; }`);
      // The query goes before the fragment.
      expect(written[`${NGINX_DIR}/server.conf`]).toContain(`location = ${base}2.3/ { return 301 "${base}inriktningar/nara-och-samordnad/$is_args$args#vi-ska-sakerstalla-kontinuitet-i-vardprocesser"; }`);
      expect(written[`${NGINX_DIR}/http.conf`]).toContain(`"~^${base}_astro/" "public, max-age=31536000, immutable";`);
      expect(written._headers).toContain(`\n${base}dokument/bilder.pptx\n  Content-Type: application/vnd.openxmlformats-officedocument.presentationml.presentation\n`);
    });
  }

  it('refuses an address nginx would read as syntax, and one given twice', () => {
    for (const from of ['/a b/', '/a";return 200 "x/', 'utan-snedstreck/', '/med#fragment/', '/{x}/']) {
      expect(() => redirects({ 'content/aliases.yaml': () => [{ from, to: '/' }] }), from).toThrow(/content\/aliases\.yaml: adressen/);
    }
    expect(() => redirects({ ...sources, 'content/aliases.yaml': () => [{ from: '/2.3/', to: '/' }] })).toThrow(/"\/2\.3\/" leder redan/);
  });
});
