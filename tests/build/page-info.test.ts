/**
 * Under every page: "Senast ändrad" from the content files it is built from (never the build's
 * date), who is responsible, and a feedback link that carries the page's own address.
 */
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { readerPages, readHtml } from '../support/site';

const commitDate = (file: string) => execFileSync('git', ['log', '-1', '--format=%cs', '--', file], { encoding: 'utf8' }).trim();
const infoOf = (html: string) => html.match(/<aside class="page-info"[\s\S]*?<\/aside>/)?.[0] ?? '';
const changedOn = (html: string) => infoOf(html).match(/Senast ändrad <time datetime="([\d-]+)"/)?.[1];

describe('page information', () => {
  for (const path of readerPages('dist')) {
    const file = `dist${path}index.html`;
    it(`${path} names who is responsible and asks for feedback about itself`, () => {
      const info = infoOf(readHtml(file));
      expect(info).toContain('<a href="https://www.regionkronoberg.se/" rel="noopener"');
      const feedback = new URL(info.match(/<a href="([^"]+)"[^>]*>Berätta för oss/)![1]!.replace(/&amp;/g, '&'));
      expect(new URL(feedback.searchParams.get('sida')!).pathname).toBe(path);
      expect(changedOn(readHtml(file)), 'a date').toMatch(/^\d{4}-\d{2}-\d{2}$/);
    });
  }

  it('dates a page by the last commit to its content files (the rule itself is unit-tested in src/strategy/last-changed.test.ts)', () => {
    expect(changedOn(readHtml('dist/forord/index.html'))).toBe(commitDate('content/kapitel/forord.mdx'));
    expect(changedOn(readHtml('dist/diagram/invanare/index.html'))).toBe(commitDate('content/diagram.yaml'));
  });
});
