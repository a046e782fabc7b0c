import { loadImage } from '@napi-rs/canvas';
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { PREVIEW_HEIGHT, PREVIEW_WIDTH, renderPreview } from './preview';

const common = { name: 'Närmare kronobergaren', owner: 'Region Kronoberg' };
const hash = (b: Buffer) => createHash('sha256').update(b).digest('hex');

describe('link previews', () => {
  it('are 1200 × 630 PNGs that differ with the title', async () => {
    const a = await renderPreview({ ...common, title: 'I Kronoberg ska vården vara nära och samordnad', kicker: 'Strategisk inriktning 2' });
    const b = await renderPreview({ ...common, title: 'Förord' });
    for (const png of [a, b]) {
      const img = await loadImage(png);
      expect([img.width, img.height]).toEqual([PREVIEW_WIDTH, PREVIEW_HEIGHT]);
    }
    expect(hash(a)).not.toBe(hash(b));
  });

  it('let a page draw into the space under a shorter title', async () => {
    let box: { x: number; y: number; width: number; height: number } | undefined;
    await renderPreview({ ...common, title: 'Antalet invånare ökar', draw: (_ctx, b) => (box = b) });
    expect(box!.width).toBeGreaterThan(900);
    expect(box!.height).toBeGreaterThan(200);
    expect(box!.y + box!.height).toBeLessThanOrEqual(PREVIEW_HEIGHT);
  });
});
