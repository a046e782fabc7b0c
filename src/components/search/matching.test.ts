import { describe, expect, it } from 'vitest';
import { bestSections, matchedPlaces } from './matching';
import type { PagefindResultData, PagefindSubResult } from './pagefind-api';

/** A page as Pagefind returns it: its words, and the places (word numbers) it matched. */
function page(content: string, locations: number[], sections: PagefindSubResult[] = []): PagefindResultData {
  return { url: '/sida/', content, excerpt: '', meta: {}, filters: {}, locations, sub_results: sections };
}
function section(id: string, located: [number, number][]): PagefindSubResult {
  return { title: id, url: `/sida/#${id}`, excerpt: '', anchor: { id, location: 0 }, locations: located.map(([l]) => l), weighted_locations: located.map(([location, balanced_score]) => ({ location, weight: 1, balanced_score })) };
}

describe('matchedPlaces', () => {
  it('accepts a word matched from its start, as a whole word, a form or a compound part', () => {
    const data = page('Alla vårdkontakter ska dokumenteras utan dubbel|dokumentation.', [1, 5]);
    expect(matchedPlaces(data, ['vårdkontakt', 'dokumentation'])).toEqual(new Map([[1, new Set([0])], [5, new Set([1])]]));
  });
  it('refuses a page where a query word matched only a short beginning of itself', () => {
    // Pagefind's fallback: "kontinutet" has no indexed word beginning with it, so it matched "kön".
    expect(matchedPlaces(page('mellan sociala grupper och mellan kön.', [5]), ['kontinutet'])).toBeUndefined();
  });
  it('matches numbers only whole: "1177" is not "11 900"', () => {
    expect(matchedPlaces(page('öka från 11 900 till 16 900 personer', [2]), ['1177'])).toBeUndefined();
    expect(matchedPlaces(page('öka från 11 900 till 16 900 personer', [2]), ['11'])).toEqual(new Map([[2, new Set([0])]]));
  });
  it('needs every query word somewhere on the page', () => {
    expect(matchedPlaces(page('fast vårdkontakt', [0]), ['fast', 'läkare'])).toBeUndefined();
  });
});

describe('bestSections', () => {
  it('orders sections by query words matched, then by score, not by their place on the page', () => {
    const data = page('a b c d e f g h', [0, 1, 2, 3, 4, 5], [section('forst', [[0, 1]]), section('mitten', [[2, 1], [3, 1]]), section('sist', [[4, 25], [5, 1]])]);
    const places = new Map([[0, new Set([0])], [2, new Set([0])], [3, new Set([1])], [4, new Set([0])], [5, new Set([0])]]);
    expect(bestSections(data, places, 3).map((s) => s.anchor!.id)).toEqual(['mitten', 'sist', 'forst']);
    expect(bestSections(data, places, 1).map((s) => s.anchor!.id)).toEqual(['mitten']);
  });
  it('leaves out sections whose places did not really match', () => {
    const data = page('a b', [0, 1], [section('ja', [[0, 1]]), section('nej', [[1, 1]])]);
    expect(bestSections(data, new Map([[0, new Set([0])]]), 3).map((s) => s.anchor!.id)).toEqual(['ja']);
  });
});
