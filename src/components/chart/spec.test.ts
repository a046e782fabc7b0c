import { describe, expect, it } from 'vitest';
import { altText, sourceLine, toCsv, valueText, type ChartSource, type ChartSpec } from './spec';

const spec: ChartSpec = {
  id: 'x',
  title: 'T',
  measure: 'Försörjningskvot',
  unit: '',
  decimals: 1,
  points: [
    { label: 'Dagens', value: 83.7 },
    { label: '2030', value: 84.9 },
  ],
  source: 'Källa: K.',
  address: 'https://example.se/diagram/x/',
};

describe('chart text', () => {
  it('formats values the Swedish way, with the unit when there is one', () => {
    expect(valueText(spec, 83.7)).toBe('83,7');
    expect(valueText({ unit: 'invånare', decimals: 0 }, 206000)).toBe('206\u00a0000 invånare');
  });
  it('puts every number in the text alternative', () => {
    expect(altText(spec)).toBe('Stapeldiagram. Försörjningskvot. Dagens: 83,7; 2030: 84,9.');
  });
  it('writes semicolon CSV with decimal commas and a BOM, and the source with the address in a last row', () => {
    const csv = toCsv(spec);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.slice(1).split('\r\n')).toEqual(['Tidpunkt;Försörjningskvot', 'Dagens;83,7', '2030;84,9', 'Källa: K. https://example.se/diagram/x/', '']);
  });
  it('quotes cells that contain the separator', () => {
    expect(toCsv({ ...spec, measure: 'a;b' })).toContain('"a;b"');
    expect(toCsv({ ...spec, source: 'Källa: ”a;b”' }).split('\r\n').at(-2)).toBe('"Källa: ”a;b” https://example.se/diagram/x/"');
  });
});

describe('source line', () => {
  const text: ChartSource = { doc: 'strategin', kind: 'text', quote: 'Antalet ökar från 11\u00a0900 till 16\u00a0900.' };
  const diagram: ChartSource = { doc: 'strategin', kind: 'diagram', quote: '11\u00a0900 (2020), 16\u00a0900 (2030)' };

  it('names Region Kronoberg, the document and the quotes', () => {
    expect(sourceLine([text], ['2020', '2030'])).toBe(
      'Källa: Region Kronoberg, Närmare kronobergaren: ”Antalet ökar från 11\u00a0900 till 16\u00a0900.” Årtal enligt källan: 2020 och 2030.',
    );
    expect(sourceLine([{ ...text, doc: 'nara-vard' }], ['2027', '2030'])).toMatch(/^Källa: Region Kronoberg, webbsidan Nära vård: /);
  });
  it('ends a quote that is not a sentence with a full stop', () => {
    expect(sourceLine([text, diagram], ['2020', '2030'])).toContain('och strategins diagram: 11\u00a0900 (2020), 16\u00a0900 (2030). Årtal enligt källan: 2020 och 2030.');
  });
  it('gives the years the labels give, and says which labels have none, never inventing one', () => {
    expect(sourceLine([text], ['Utgångsläge', '2030'])).toMatch(/ Årtal enligt källan: 2030; för ”Utgångsläge” anger källan inget år\.$/);
    expect(sourceLine([text], ['Dagens', 'Om tio år'])).toMatch(/ Källan anger inget år för ”Dagens” och ”Om tio år”\.$/);
    expect(sourceLine([text], ['2020', '2025', '2030'])).toMatch(/ Årtal enligt källan: 2020, 2025 och 2030\.$/);
  });
});
