import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** The environment without what Vitest sets for its own Vite (BASE_URL, MODE …), which Astro would read as its own. */
const cleanEnv = () => Object.fromEntries(Object.entries(process.env).filter(([k]) => !['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'SITE', 'ASSETS_PREFIX'].includes(k)));

/**
 * Runs a build script (by default the build) in a copy of the project (project-copy.ts), into its
 * own dist/. Without `pdf: true` the copy finds no Chromium (CHROMIUM_PATH names a file that does
 * not exist), so it prints no PDF: slow, and not what most fixtures are about.
 */
export function buildCopy(dir: string, options: { env?: Record<string, string>; pdf?: boolean; script?: string } = {}) {
  const env = { ...cleanEnv(), OUT_DIR: 'dist', NO_COLOR: '1', ...(options.pdf ? {} : { CHROMIUM_PATH: join(dir, 'ingen-chromium') }), ...options.env };
  const run = spawnSync(process.execPath, [options.script ?? 'scripts/build.mjs'], { cwd: dir, encoding: 'utf8', env });
  return { status: run.status, output: `${run.stdout}\n${run.stderr}`.replace(/\x1b\[[0-9;]*m/g, ''), dist: existsSync(join(dir, 'dist')) };
}
