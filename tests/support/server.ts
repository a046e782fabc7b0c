/**
 * The server the browser tests talk to. Where nginx is installed, dist/ is served through the
 * committed deploy/nginx.conf with only its port and root changed, so the tests exercise the
 * deployment itself; elsewhere through `astro preview`.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join, resolve } from 'node:path';

export const DEPLOY_CONF = 'deploy/nginx.conf';
const DEPLOY_ROOT = '/usr/share/nginx/html';
const DEPLOY_LISTEN = 'listen 8080;';
const TEMP_PATHS = { client_body: 'body', proxy: 'proxy', fastcgi: 'fastcgi', uwsgi: 'uwsgi', scgi: 'scgi' };

/** The browser tests' port: E2E_PORT lets two checkouts on one machine test side by side. */
export const e2ePort = () => Number(process.env.E2E_PORT ?? 4322);

/** nginx on PATH, else Debian's /usr/sbin/nginx (not on an ordinary user's PATH). */
export function nginxBinary(): string | undefined {
  const dirs = [...(process.env.PATH ?? '').split(delimiter).filter(Boolean), '/usr/sbin'];
  return dirs.map((dir) => join(dir, 'nginx')).find((path) => existsSync(path));
}

/** deploy/nginx.conf serving `root` on 127.0.0.1:`port`: the only two things the tests change. */
export function siteConfig(root: string, port: number): string {
  const conf = readFileSync(DEPLOY_CONF, 'utf8');
  if (conf.split(DEPLOY_LISTEN).length !== 2 || !conf.includes(`root ${DEPLOY_ROOT};`)) {
    throw new Error(`${DEPLOY_CONF} should hold "${DEPLOY_LISTEN}" once and "root ${DEPLOY_ROOT};": the tests rewrite those two.`);
  }
  if (/[\s;{}"'$#]/.test(root)) throw new Error(`nginx cannot be pointed at ${root}: its path has spaces or nginx syntax.`);
  return conf.replace(DEPLOY_LISTEN, `listen 127.0.0.1:${port};`).replaceAll(DEPLOY_ROOT, root);
}

/**
 * Writes into `dir` a main nginx.conf shaped like the nginx image's (its mime.types and default type,
 * the site configuration included in `http`), with pid, logs and temp files in `dir`; returns
 * nginx's arguments.
 */
export function writeNginxConfig(nginx: string, dir: string, root: string, port: number): string[] {
  // The same mime.types the installed nginx reads by default, wherever it was built to look.
  const built = spawnSync(nginx, ['-V'], { encoding: 'utf8' });
  const confPath = /--conf-path=(\S+)/.exec(`${built.stdout}${built.stderr}`)?.[1];
  const mimeTypes = join(dirname(confPath ?? '/etc/nginx/nginx.conf'), 'mime.types');
  for (const sub of Object.values(TEMP_PATHS)) mkdirSync(join(dir, sub), { recursive: true });
  writeFileSync(join(dir, 'site.conf'), siteConfig(root, port));
  const main = [
    'daemon off;',
    'worker_processes 1;',
    // As root (CI), workers would otherwise run as nobody, who may not read the checkout.
    ...(process.getuid?.() === 0 ? ['user root;'] : []),
    `pid ${dir}/nginx.pid;`,
    'error_log stderr warn;',
    'events { worker_connections 256; }',
    'http {',
    `    include ${mimeTypes};`,
    '    default_type application/octet-stream;',
    '    access_log off;',
    // Tests ask for missing files on purpose; their 404s need no error-log line.
    '    log_not_found off;',
    '    sendfile on;',
    ...Object.entries(TEMP_PATHS).map(([name, sub]) => `    ${name}_temp_path ${dir}/${sub};`),
    `    include ${dir}/site.conf;`,
    '}',
    '',
  ];
  writeFileSync(join(dir, 'nginx.conf'), main.join('\n'));
  return ['-p', dir, '-c', join(dir, 'nginx.conf'), '-e', 'stderr'];
}

export interface TestServer {
  kind: 'nginx' | 'astro preview';
  command: string;
  /** One line for the test output: which server, and what is not tested without nginx. */
  description: string;
}

/** The command Playwright starts (writing the nginx configuration first when nginx is there). */
export function testServer(port = e2ePort()): TestServer {
  const nginx = nginxBinary();
  if (!nginx) {
    return {
      kind: 'astro preview',
      command: `npx astro preview --port ${port} --host 127.0.0.1`,
      description: `e2e: no nginx found, serving dist/ with astro preview on port ${port}; deploy/nginx.conf goes untested (install nginx-light)`,
    };
  }
  const args = writeNginxConfig(nginx, join(tmpdir(), `narmare-e2e-nginx-${port}`), resolve('dist'), port);
  return {
    kind: 'nginx',
    command: [nginx, ...args].map((a) => `'${a}'`).join(' '),
    description: `e2e: serving dist/ through deploy/nginx.conf with ${nginx} on port ${port}`,
  };
}

/** Starts a second nginx for a test (own folder and port) and returns how to stop it. */
export async function startNginx(dir: string, root: string, port: number): Promise<() => Promise<void>> {
  const nginx = nginxBinary();
  if (!nginx) throw new Error('nginx is not installed');
  const child = spawn(nginx, writeNginxConfig(nginx, dir, root, port), { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  const started = Date.now();
  while (!(await answers(port))) {
    if (child.exitCode !== null || Date.now() - started > 10_000) throw new Error(`nginx did not start on port ${port}:\n${stderr}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return async () => {
    child.kill('SIGTERM');
    await exited;
  };
}

async function answers(port: number): Promise<boolean> {
  return get(`http://127.0.0.1:${port}/`).then(
    () => true,
    () => false,
  );
}

export interface RawResponse {
  status: number;
  headers: Record<string, string>;
  /** The body as it came over the wire (still compressed when the server compressed it). */
  body: Buffer;
}

/** A GET that, unlike fetch, keeps the body as sent: the tests look at the compression itself. */
export function get(url: string, headers: Record<string, string> = {}): Promise<RawResponse> {
  return new Promise((done, fail) => {
    const req = request(url, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () =>
        done({
          status: res.statusCode ?? 0,
          headers: Object.fromEntries(Object.entries(res.headers).map(([k, v]) => [k, Array.isArray(v) ? v.join(', ') : (v ?? '')])),
          body: Buffer.concat(chunks),
        }),
      );
      res.on('error', fail);
    });
    req.on('error', fail);
    req.end();
  });
}
