/**
 * Where the build finds no Chromium it still publishes the site: it says so in one line, writes
 * no PDF and no page links to one (never a broken link). The deck needs no browser and stays.
 * Builds a copy of the project with CHROMIUM_PATH naming a file that does not exist.
 */
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCopy } from '../support/fixture-build';
import { copyProject } from '../support/project-copy';
import { builtPages, readHtml } from '../support/site';

const dir = copyProject();
let output = '';
let status: number | null = null;
beforeAll(() => {
  ({ status, output } = buildCopy(dir));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a build without Chromium', () => {
  it('succeeds and says in one line why there is no PDF', () => {
    expect(status, output.slice(-2000)).toBe(0);
    const lines = output.split('\n').filter((l) => /\bPDF\b/.test(l));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('Ingen PDF');
    expect(lines[0]).toContain(`CHROMIUM_PATH=${join(dir, 'ingen-chromium')} finns inte`);
  });

  it('writes no PDF, and no page links to one', () => {
    expect(existsSync(join(dir, 'dist/narmare-kronobergaren.pdf'))).toBe(false);
    const linking = builtPages(join(dir, 'dist')).filter((p) => /href="[^"]*\.pdf"|Ladda ner som PDF/.test(readHtml(p.file)));
    expect(linking.map((p) => p.path)).toEqual([]);
  });

  it('still offers the slide deck, with its size', () => {
    expect(readHtml(join(dir, 'dist/hela-strategin/index.html'))).toMatch(/Ladda ner presentation <span[^>]*>\(PowerPoint, \d+\u00a0kB\)/);
  });
});
