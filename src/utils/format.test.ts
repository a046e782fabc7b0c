import { describe, expect, it } from 'vitest';
import { formatDate, formatNumber, isoDate } from './format';

describe('formatNumber', () => {
  it('groups thousands with a no-break space', () => {
    expect(formatNumber(206000)).toBe('206\u00a0000');
    expect(formatNumber(11900)).toBe('11\u00a0900');
  });
  it('writes decimals with a comma', () => {
    expect(formatNumber(83.7, 1)).toBe('83,7');
    expect(formatNumber(0.85, 2)).toBe('0,85');
  });
});

describe('dates', () => {
  it('writes Swedish long dates and ISO dates', () => {
    const d = new Date('2022-01-20T00:00:00Z');
    expect(formatDate(d)).toBe('20 januari 2022');
    expect(isoDate(d)).toBe('2022-01-20');
  });
});
