import { describe, expect, it } from 'vitest';
import { indexCopy, longWords } from './index-copy';

const split = (word: string) => (word === 'dubbeldokumentation' ? ['dubbel', 'dokumentation'] : [word]);

describe('the copy of a page that Pagefind reads', () => {
  it('puts a space around elements that are not inline, so their words stay apart', () => {
    const html = '<details><summary>Tabell med siffrorna</summary><table><caption>Antalet</caption><tr><th>Tidpunkt</th><th>Antal</th></tr></table></details>';
    const text = indexCopy(html, split).replace(/<[^>]+>/g, '').replace(/\s+/g, ' ').trim();
    expect(text).toBe('Tabell med siffrorna Antalet Tidpunkt Antal');
  });
  it('leaves words that run through inline elements whole', () => {
    expect(indexCopy('<p>vård<b>kontakt</b> och <a href="#x">länk</a>en</p>', split)).toBe(' <p>vård<b>kontakt</b> och <a href="#x">länk</a>en</p> ');
  });
  it('marks split compounds in text, keeping their case, and nowhere else', () => {
    const html = '<p title="Dubbeldokumentation">Utan Dubbeldokumentation &amp; dubbeldokumentation.</p><script>const dubbeldokumentation = 1 < 2;</script>';
    expect(indexCopy(html, split)).toBe(' <p title="Dubbeldokumentation">Utan Dubbel|dokumentation &amp; dubbel|dokumentation.</p>  <script>const dubbeldokumentation = 1 < 2;</script> ');
  });
  it('reads attribute values that hold ">" as part of their tag', () => {
    expect(indexCopy('<div data-x="a>b">dubbeldokumentation</div>', split)).toBe(' <div data-x="a>b">dubbel|dokumentation</div> ');
  });
  it('refuses text that already uses the split mark', () => {
    expect(() => indexCopy('<p>a | b</p>', split)).toThrow('"|"');
  });
  it('lists the long words of the text, lower case', () => {
    expect(longWords('<p title="Attributvärde">Vårdkontakten och vård</p><style>.långtklassnamn{}</style>', 9)).toEqual(new Set(['vårdkontakten']));
  });
});
