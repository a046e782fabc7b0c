import { describe, expect, it } from 'vitest';
import { fileSize, fillFileSizes } from './files';

describe('handout file sizes', () => {
  it('are written the Swedish way, with a no-break space', () => {
    const sizes: [number, string][] = [
      [850_400, '850\u00a0kB'],
      [1_234_567, '1,2\u00a0MB'],
      [999_600, '1,0\u00a0MB'],
      [120, '1\u00a0kB'],
    ];
    for (const [bytes, said] of sizes) expect(fileSize(bytes), String(bytes)).toBe(said);
  });

  it('fill the markers the download links carry', () => {
    const html = '<a href="/narmare-kronobergaren.pdf">Ladda ner som PDF <span data-file-size="narmare-kronobergaren.pdf" data-astro-cid-x></span></a>';
    expect(fillFileSizes(html, () => 1_234_567)).toBe('<a href="/narmare-kronobergaren.pdf">Ladda ner som PDF <span data-astro-cid-x>(PDF, 1,2\u00a0MB)</span></a>');
  });

  it('fail for a file the build did not write', () => {
    expect(() => fillFileSizes('<span data-file-size="narmare-kronobergaren.pptx"></span>', () => undefined)).toThrow('narmare-kronobergaren.pptx');
    expect(() => fillFileSizes('<span data-file-size="annan.pdf"></span>', () => 10)).toThrow('annan.pdf');
  });
});
