import { describe, expect, it } from 'vitest';
import { pageMarginAttributes } from './page-margins';

describe('the words in the printed margins', () => {
  it('splits the page-number phrase around the two counters', () => {
    expect(pageMarginAttributes('https://example.se/2/ · Närmare kronobergaren', 'Sida {page} av {pages}')).toEqual({
      'data-print-footer': 'https://example.se/2/ · Närmare kronobergaren',
      'data-print-page-before': 'Sida ',
      'data-print-page-between': ' av ',
      'data-print-page-after': '',
    });
  });

  it('refuses a phrase the stylesheet cannot print in order', () => {
    expect(() => pageMarginAttributes('x', '{pages} sidor, sida {page}')).toThrow('must name {page} once and then {pages} once');
    expect(() => pageMarginAttributes('x', 'Sida {page}')).toThrow();
  });
});
