import { cpSync, mkdtempSync, symlinkSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** What a build of the project reads; node_modules is linked, not copied. */
const PROJECT_ENTRIES = ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'content', 'public', 'scripts'];

/**
 * A buildable copy of the project in a new folder (under `into`, or a fresh temporary one), for
 * builds with changed content: the broken-content test and the benchmark's scale builds. Node
 * imports this file as TypeScript, so it uses only type syntax that can be stripped.
 */
export function copyProject(into?: string, root = resolve('.')): string {
  const dir = into ?? mkdtempSync('/tmp/narmare-copy-');
  for (const entry of PROJECT_ENTRIES) cpSync(join(root, entry), join(dir, entry), { recursive: true });
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
  return dir;
}
