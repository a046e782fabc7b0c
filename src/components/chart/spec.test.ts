import { describe, expect, it } from 'vitest';
import { altText, toCsv, valueText, type ChartSpec } from './spec';

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
  source: 'Källa',
};

describe('chart text', () => {
  it('formats values the Swedish way, with the unit when there is one', () => {
    expect(valueText(spec, 83.7)).toBe('83,7');
    expect(valueText({ unit: 'invånare', decimals: 0 }, 206000)).toBe('206\u00a0000 invånare');
  });
  it('puts every number in the text alternative', () => {
    expect(altText(spec)).toBe('Stapeldiagram. Försörjningskvot. Dagens: 83,7; 2030: 84,9.');
  });
  it('writes semicolon CSV with decimal commas and a BOM', () => {
    const csv = toCsv(spec);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.slice(1).split('\r\n')).toEqual(['Tidpunkt;Försörjningskvot', 'Dagens;83,7', '2030;84,9', '']);
  });
  it('quotes cells that contain the separator', () => {
    expect(toCsv({ ...spec, measure: 'a;b' })).toContain('"a;b"');
  });
});
