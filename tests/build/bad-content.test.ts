/**
 * Broken content fails the build with a message that names the file (and the field), and leaves
 * no half-built dist/ behind. Each case builds a copy of the project with one file broken.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildCopy } from '../support/fixture-build';
import { copyProject } from '../support/project-copy';

interface Case {
  name: string;
  file: string;
  change: (text: string) => string;
  /** Words the error output must contain: the file and the field or rule. */
  expect: string[];
}

const CASES: Case[] = [
  {
    name: 'a chapter without its required title',
    file: 'content/kapitel/forord.mdx',
    change: (t) => t.replace(/^title: .*\n/m, ''),
    expect: ['content/kapitel/forord.mdx', 'title'],
  },
  {
    name: 'a direction with a number of the wrong type',
    file: 'content/inriktningar/nara-och-samordnad.mdx',
    change: (t) => t.replace(/^number: 2$/m, 'number: "två"'),
    expect: ['content/inriktningar/nara-och-samordnad.mdx', 'number'],
  },
  {
    name: 'a misspelt field',
    file: 'content/kapitel/malbild.mdx',
    change: (t) => t.replace(/^order:/m, 'ordning:'),
    expect: ['content/kapitel/malbild.mdx', 'ordning'],
  },
  {
    name: 'an indicator under a direction that does not exist',
    file: 'content/indikatorer.yaml',
    change: (t) => t.replace('direction: "nara-och-samordnad"', 'direction: "nara-och-samordnat"'),
    expect: ['content/indikatorer.yaml', 'direction', 'nara-och-samordnat'],
  },
  {
    name: 'two headings that would get the same id',
    file: 'content/kapitel/vard-i-forandring.mdx',
    change: (t) => t.replace('## Kunskapsbaserad vård', '## Samhällsförändring'),
    expect: ['content/kapitel/vard-i-forandring.mdx', 'samhallsforandring', 'rubrik'],
  },
  {
    name: 'a heading whose id another file already uses',
    file: 'content/kapitel/malbild.mdx',
    change: (t) => t.replace('## Nära individen', '## Förändrad demografi'),
    expect: ['forandrad-demografi', 'content/kapitel/malbild.mdx', 'content/kapitel/vard-i-forandring.mdx'],
  },
  {
    name: 'a figure without a source',
    file: 'content/diagram.yaml',
    change: (t) => t.replace(/  sources:\n    - doc: "strategin"\n      quote: "Enligt prognosen[^\n]*\n/, '  sources: []\n'),
    expect: ['content/diagram.yaml', 'sources'],
  },
  {
    name: 'a figure whose value is not in its source sentence',
    file: 'content/diagram.yaml',
    change: (t) => t.replace('value: 221000', 'value: 222000'),
    expect: ['content/diagram.yaml', 'points', '222 000'],
  },
  {
    name: 'a chart point without its label (the chart cannot be drawn)',
    file: 'content/diagram.yaml',
    change: (t) => t.replace('    - label: "2020"\n      value: 11900', '    - value: 11900'),
    expect: ['content/diagram.yaml', 'points', 'label'],
  },
  {
    name: 'a chart value that is not a number (the chart cannot be drawn)',
    file: 'content/diagram.yaml',
    change: (t) => t.replace('value: 16900', 'value: "16 900"'),
    expect: ['content/diagram.yaml', 'points', 'value'],
  },
  {
    name: 'a synonym that points at a word the site does not have',
    file: 'content/synonymer.yaml',
    change: (t) => t.replace('means: ["läkare"]', 'means: ["läkarbil"]'),
    expect: ['content/synonymer.yaml', 'doktor', 'läkarbil'],
  },
  {
    name: 'a refused split written without its mark',
    file: 'content/ej-delade-ord.yaml',
    change: (t) => t.replace('split: "erfar|enheter"', 'split: "erfarenheter"'),
    expect: ['content/ej-delade-ord.yaml', 'split'],
  },
  {
    name: 'a link to a section that does not exist',
    file: 'content/kapitel/vill-du-veta-mer.mdx',
    change: (t) => `${t}\nLäs mer i [förordet](/forord/#finns-inte).\n`,
    expect: ['content/kapitel/vill-du-veta-mer.mdx', '/forord/#finns-inte'],
  },
];

const work = mkdtempSync('/tmp/narmare-fixture-');
afterAll(() => rmSync(work, { recursive: true, force: true }));

function buildBroken(c: Case, i: number) {
  const dir = copyProject(join(work, String(i)));
  const file = join(dir, c.file);
  const before = readFileSync(file, 'utf8');
  const after = c.change(before);
  expect(after, 'the fixture changes the file').not.toBe(before);
  writeFileSync(file, after);
  return buildCopy(dir);
}

describe('broken content fails the build and names the file', () => {
  CASES.forEach((c, i) => {
    it(c.name, () => {
      const result = buildBroken(c, i);
      expect(result.status, result.output.slice(-2000)).not.toBe(0);
      for (const word of c.expect) expect(result.output, `output mentions ${word}`).toContain(word);
      expect(result.dist, 'no half-built dist/ is left').toBe(false);
    });
  });
});
