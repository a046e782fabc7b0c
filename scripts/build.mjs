// `npm run build`: astro build (which checks links and writes the search index), and on any
// failure no half-built site is left behind to be deployed by mistake.
import { rmSync } from 'node:fs';
import { relative } from 'node:path';
import { build } from 'astro';

const outDir = process.env.OUT_DIR || 'dist';
try {
  await build({});
} catch (error) {
  rmSync(outDir, { recursive: true, force: true });
  const e = /** @type {{ message?: string, loc?: { file?: string }, id?: string }} */ (error);
  // Astro's schema errors say which entry and field; add the file, relative to the project.
  const file = e.loc?.file ?? e.id;
  const where = file ? `Fil: ${relative(process.cwd(), file.replace(/^file:\/\//, ''))}\n` : '';
  console.error(`\nBygget misslyckades; ${outDir}/ är borttagen.\n${where}${(e.message ?? String(error)).replace(/\*\*/g, '')}`);
  process.exit(1);
}
