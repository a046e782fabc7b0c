import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtPages } from '../integrations/built-site';
import { locateChromium, type ChromiumLookup } from './browser';
import { HANDOUTS, fillFileSizes } from './files';
import { buildPdf } from './pdf';

/** Why there is no PDF, in one line of the build's output. */
export function noPdfLine(missing: Extract<ChromiumLookup, { missing: string }>['missing']): string {
  const why = {
    CHROMIUM_PATH: `CHROMIUM_PATH=${process.env.CHROMIUM_PATH} finns inte`,
    none: 'ingen Chromium hittades ($CHROMIUM_PATH, /usr/bin/chromium eller Playwrights egen)',
    'no-playwright': 'Playwright är inte installerat',
  }[missing];
  return `Ingen PDF: ${why}, så ingen sida länkar till en PDF. Installera Chromium (apt-get install chromium) för att få den.`;
}

/**
 * The handouts' last step in `astro build`: print the PDF where there is a Chromium (and say in one
 * line why not where there is none), then write each file's size into the links to it.
 */
export async function finishHandouts(dir: string, base: string, log: { info(m: string): void; warn(m: string): void }): Promise<void> {
  const chromium = locateChromium();
  if ('path' in chromium) {
    const started = performance.now();
    const pdf = await buildPdf({ dir, base, executablePath: chromium.path });
    log.info(`PDF: ${HANDOUTS.pdf.file}, ${pdf.bytes} bytes, ${pdf.pages} sidor, på ${Math.round(performance.now() - started)} ms`);
  } else log.warn(noPdfLine(chromium.missing));
  const sizeOf = (file: string) => {
    try {
      return statSync(join(dir, file)).size;
    } catch {
      return undefined;
    }
  };
  for (const page of builtPages(dir)) {
    const html = readFileSync(page.file, 'utf8');
    if (!html.includes('data-file-size=')) continue;
    writeFileSync(page.file, fillFileSizes(html, sizeOf));
  }
}
