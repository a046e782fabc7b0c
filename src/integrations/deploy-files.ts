import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { deployFiles as render } from '../deploy/files';
import { redirects } from '../deploy/rules';

/**
 * Writes the nginx include (`_nginx/`), `_headers` and `_redirects` into the build output at the end
 * of `astro build`, from src/deploy/rules.ts, so the server rules always match the site just built.
 */
export function deployFiles(options: { base: string }): AstroIntegration {
  return {
    name: 'narmare-deploy-files',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const files = readdirSync(site, { recursive: true, withFileTypes: true })
          .filter((entry) => entry.isFile())
          .map((entry) => join(entry.parentPath, entry.name).slice(site.length).split(sep).join('/'));
        const written = render({ base: options.base, redirects: redirects(), files });
        for (const [path, text] of Object.entries(written)) {
          mkdirSync(dirname(join(site, path)), { recursive: true });
          writeFileSync(join(site, path), text);
        }
        logger.info(`wrote ${Object.keys(written).join(', ')}`);
      },
    },
  };
}
