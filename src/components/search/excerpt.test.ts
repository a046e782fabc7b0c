import { describe, expect, it } from 'vitest';
import { parseExcerpt } from './excerpt';

describe('parseExcerpt', () => {
  it('splits marked and plain text', () => {
    expect(parseExcerpt('erbjuda <mark>fast</mark> <mark>vårdkontakt</mark>, fast')).toEqual([
      { text: 'erbjuda ', marked: false },
      { text: 'fast', marked: true },
      { text: ' ', marked: false },
      { text: 'vårdkontakt', marked: true },
      { text: ', fast', marked: false },
    ]);
  });
  it('never lets other markup through and decodes entities', () => {
    expect(parseExcerpt('a <img src=x onerror=alert(1)> &amp; <mark>b</mark>')).toEqual([
      { text: 'a  & ', marked: false },
      { text: 'b', marked: true },
    ]);
  });
  it('shows a compound split for the index whole, marked whole', () => {
    expect(parseExcerpt('utan <mark>dubbel|dokumentation</mark> och')).toEqual([
      { text: 'utan ', marked: false },
      { text: 'dubbeldokumentation', marked: true },
      { text: ' och', marked: false },
    ]);
  });
});
