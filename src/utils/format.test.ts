import { describe, expect, it } from 'vitest';
import { formatDate, formatNumber, isoDate, keepNumbersTogether } from './format';

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

describe('keepNumbersTogether', () => {
  it('joins digit groups with no-break spaces', () => {
    const cases: [string, string][] = [
      ['från 11 900 till 16 900 personer', 'från 11\u00a0900 till 16\u00a0900 personer'],
      ['206 000 och 1 234 567', '206\u00a0000 och 1\u00a0234\u00a0567'],
      ['EN 301 549', 'EN 301\u00a0549'],
    ];
    for (const [text, joined] of cases) expect(keepNumbersTogether(text)).toBe(joined);
  });
  it('leaves separate numbers, decimals and phone numbers alone', () => {
    for (const text of ['Mellan 2021 2030', 'år 2030 100 personer', '83,7 100', 'Telefon: 0470-58 61 88', '8 %', 'WCAG 2.1 nivå AA']) {
      expect(keepNumbersTogether(text)).toBe(text);
    }
  });
});

describe('dates', () => {
  it('writes Swedish long dates and ISO dates', () => {
    const d = new Date('2022-01-20T00:00:00Z');
    expect(formatDate(d)).toBe('20 januari 2022');
    expect(isoDate(d)).toBe('2022-01-20');
  });
});
