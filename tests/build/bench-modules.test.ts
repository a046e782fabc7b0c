/**
 * `npm run bench` runs in plain Node, which strips types but resolves imports as written: a
 * module it reaches that imports another without its extension breaks the bench, and no other
 * test would notice. Each bench module's imports are loaded in a fresh Node (importing the
 * scripts themselves would start a build).
 */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { expect, it } from 'vitest';

const files = readdirSync('tests/bench').filter((f) => f.endsWith('.mjs'));

it.each(files)('the imports of tests/bench/%s load in plain Node', (file) => {
  const script = `
    const source = (await import('node:fs')).readFileSync('tests/bench/${file}', 'utf8');
    const base = new URL('tests/bench/', 'file://' + process.cwd() + '/');
    for (const [, spec] of source.matchAll(/^import [^'"]*['"]([^'"]+)['"];?$/gm)) await import(spec.startsWith('.') ? new URL(spec, base).href : spec);`;
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
  expect(run.status, run.stderr.split('\n').slice(0, 8).join('\n')).toBe(0);
});
