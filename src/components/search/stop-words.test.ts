import { swe } from 'stopword';
import { describe, expect, it } from 'vitest';
import { MEANINGFUL, STOP_WORDS } from './stop-words';

describe('the reviewed stop words', () => {
  it('are stopword’s Swedish list without the words that carry meaning in this text', () => {
    expect([...STOP_WORDS, ...Object.keys(MEANINGFUL)].sort()).toEqual([...swe].sort());
  });
  it('keep the words the text uses for what it means', () => {
    for (const word of ['samma', 'rätt', 'alla', 'god', 'hög', 'inte']) expect(STOP_WORDS.has(word), word).toBe(false);
    for (const word of ['hur', 'jag', 'får', 'vad', 'är']) expect(STOP_WORDS.has(word), word).toBe(true);
  });
});
