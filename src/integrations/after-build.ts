import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { buildSearchIndex } from '../search/build/build-index';
import { brokenLinks, contentFileFor, type BrokenLink } from './link-check';
import { finishHandouts } from '../handouts/build';

/**
 * The last steps of `astro build`: prints the PDF and writes the handouts' sizes into the links
 * to them (src/handouts/build.ts), checks every internal link, then builds the Pagefind search
 * index, so `dist/` is always searchable. What is indexed is decided in the pages:
 * `data-pagefind-body` on the main content of pages that say something of their own,
 * `data-pagefind-ignore` on repeated parts; how it is indexed (Swedish compounds, spacing) in
 * src/search/build/.
 */
export function afterBuild(options: { base: string }): AstroIntegration {
  return {
    name: 'narmare-after-build',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        await finishHandouts(site, options.base, logger);
        // A link to a page or section that does not exist fails the build, naming where it stands.
        const broken = brokenLinks(site.replace(/\/$/, ''), options.base);
        if (broken.length) throw new Error(`Länkar som inte leder någonstans:\n- ${broken.map((b) => brokenLinkMessage(b, options.base)).join('\n- ')}`);
        const started = performance.now();
        const report = await buildSearchIndex(site);
        logger.info(`indexed ${report.pages} pages in ${Math.round(performance.now() - started)} ms (${report.splits.length} compounds split, ${report.words} words in the word list)`);
        if (process.env.SEARCH_SPLITS) logger.info(`compounds split:\n${report.splits.join('\n')}`);
      },
    },
  };
}

/** A broken link in words, naming the content file it stands in when there is one. */
function brokenLinkMessage({ page, link, reason }: BrokenLink, base: string): string {
  const why = reason === 'missing-page' ? `ingen sådan sida under ${base}` : `sidan har inget avsnitt med id "${link.split('#')[1]}"`;
  const where = `${page} → ${link}: ${why}`;
  const source = contentFileFor(page);
  return source ? `${source} (sidan ${where})` : where;
}
