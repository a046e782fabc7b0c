import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { brokenLinks, contentFileFor, type BrokenLink } from './link-check';
import { finishHandouts } from '../handouts/build';

/**
 * The last steps of `astro build`: prints the PDF and writes the handouts' sizes into the links
 * to them (src/handouts/build.ts), checks every internal link, then builds the Pagefind search
 * index, so `dist/` is always searchable. What is indexed is decided in the pages: `data-pagefind-body` on the main content
 * of pages that say something of their own, `data-pagefind-ignore` on repeated parts.
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
        const { index, errors } = await pagefind.createIndex({});
        if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
        const added = await index.addDirectory({ path: site });
        if (added.errors.length) throw new Error(`Pagefind: ${added.errors.join('; ')}`);
        const written = await index.writeFiles({ outputPath: `${site}pagefind` });
        if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
        await pagefind.close();
        logger.info(`indexed ${added.page_count} pages in ${Math.round(performance.now() - started)} ms`);
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
