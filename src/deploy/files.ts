/**
 * The deployment files the build writes beside the site, all from src/deploy/rules.ts: the nginx
 * include (`_nginx/`, for deploy/nginx.conf) and `_headers` and `_redirects` for other static hosts.
 */
import { cacheRules, contentTypes, defaultCacheControl, precompressed, securityHeaders, textTypes, type Redirect } from './rules';

export interface DeployInput {
  /** The site's base path with its trailing slash: `/` or `/strategi/`. */
  base: string;
  redirects: readonly Redirect[];
  /** Every built file, relative to the output folder with `/` separators (`diagram/invanare.csv`). */
  files: readonly string[];
}

/** Folder of the build output holding what deploy/nginx.conf includes; nginx refuses to serve it. */
export const NGINX_DIR = '_nginx';
/** The nginx variable carrying each response's Cache-Control (set in http.conf, sent in server.conf). */
export const CACHE_VARIABLE = '$narmare_cache_control';

const GENERATED = 'Written by `npm run build` from src/deploy/rules.ts and content/aliases.yaml: edit those, not this file.';

const extensionOf = (file: string) => /\.([^./]+)$/.exec(file)?.[1] ?? '';

/** A content type as sent: text types are labelled UTF-8. */
const sentType = (type: string) => (textTypes.includes(type) ? `${type}; charset=utf-8` : type);

/** Every deployment file, by its path in the build output. */
export function deployFiles(input: DeployInput): Record<string, string> {
  return {
    _headers: headersFile(input),
    _redirects: redirectsFile(input),
    [`${NGINX_DIR}/http.conf`]: nginxHttpConf(input),
    [`${NGINX_DIR}/server.conf`]: nginxServerConf(input),
  };
}

function headersFile({ base, files }: DeployInput): string {
  const block = (pattern: string, headers: Record<string, string>) =>
    [pattern, ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`)].join('\n');
  const typed = files.filter((f) => extensionOf(f) in contentTypes).sort();
  const comment = [
    `# ${GENERATED}`,
    '# Headers for static hosts that read _headers (Netlify, Cloudflare Pages and others); nginx uses _nginx/.',
    `# Other paths keep the host's own Cache-Control, which revalidates like nginx's "${defaultCacheControl}": hosts join`,
    '# the values of overlapping rules, so a catch-all Cache-Control would spoil the rules below.',
  ].join('\n');
  return `${[
    comment,
    block(`${base}*`, securityHeaders),
    ...cacheRules.map((rule) => block(`${base}${rule.prefix}*`, { 'Cache-Control': rule.cacheControl })),
    ...typed.map((file) => block(`${base}${file}`, { 'Content-Type': sentType(contentTypes[extensionOf(file)]!) })),
  ].join('\n\n')}\n`;
}

function redirectsFile({ base, redirects }: DeployInput): string {
  const lines = redirects.map((r) => `${base}${r.from.slice(1)} ${base}${r.to.slice(1)} ${r.status}`);
  return [`# ${GENERATED}`, ...lines].join('\n') + '\n';
}

/** A value inside double quotes in nginx's configuration: nothing that would end it or be read as a variable. */
function quoted(value: string): string {
  if (/["\\$\n]/.test(value)) throw new Error(`Kan inte skriva värdet ${value} i nginx-konfigurationen.`);
  return `"${value}"`;
}

const regexEscape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function nginxHttpConf({ base }: DeployInput): string {
  return [
    `# ${GENERATED}`,
    '# Included by deploy/nginx.conf at http level: Cache-Control by kind of path.',
    `map $uri ${CACHE_VARIABLE} {`,
    `    default ${quoted(defaultCacheControl)};`,
    ...cacheRules.map((rule) => `    ${quoted(`~^${regexEscape(base + rule.prefix)}`)} ${quoted(rule.cacheControl)}; # ${rule.kind}`),
    '}',
    '',
  ].join('\n');
}

function nginxServerConf({ base, redirects }: DeployInput): string {
  const typeLocation = (extensions: readonly string[], type: string) =>
    `location ~ \\.(${extensions.join('|')})$ { types { } default_type ${quoted(type)}; }`;
  // text/html is always compressed and labelled; naming it again makes nginx warn.
  const text = textTypes.filter((t) => t !== 'text/html').join(' ');
  return [
    `# ${GENERATED}`,
    '# Included by deploy/nginx.conf inside its server block.',
    '',
    '# Headers on every response. They stand here, at server level, and no location adds a header of its',
    '# own: an add_header inside a location drops every add_header of the server block there.',
    ...Object.entries(securityHeaders).map(([name, value]) => `add_header ${name} ${quoted(value)} always;`),
    `add_header Cache-Control ${CACHE_VARIABLE} always;`,
    '',
    '# Text is compressed and labelled UTF-8.',
    `gzip_types ${text};`,
    'charset utf-8;',
    `charset_types ${text};`,
    '',
    "# Types nginx's mime.types lacks or that this site sends otherwise. Pagefind's index and WebAssembly",
    '# are gzip streams its script unpacks: sent as they are, as bytes, and not compressed again.',
    ...Object.entries(contentTypes).map(([extension, type]) => typeLocation([extension], type)),
    typeLocation(precompressed.extensions, precompressed.contentType),
    '',
    '# Old and short addresses: a permanent redirect to where the page is now, keeping the query.',
    ...redirects.map((r) => {
      const [path, fragment] = `${base}${r.to.slice(1)}`.split('#');
      const target = `${path}$is_args$args${fragment === undefined ? '' : `#${fragment}`}`;
      return `location = ${base}${r.from.slice(1)} { return ${r.status} "${target}"; }`;
    }),
    '',
  ].join('\n');
}
