/** The external-link plugin, run by the Markdown processor it is written for (satteri). */
import { markdownToHtml } from 'satteri';
import { describe, expect, it } from 'vitest';
import { externalLinks } from './external-links';

const html = async (source: string) => (await markdownToHtml(source, { hastPlugins: [externalLinks()] })).html;

describe('external links', () => {
  it('open without handing the other site this page', async () => {
    expect(await html('[Digg](https://www.digg.se/)')).toContain('<a href="https://www.digg.se/" rel="noopener">Digg</a>');
  });

  it('are marked when their text is their address, so print does not repeat it', async () => {
    expect(await html('[regionkronoberg.se/narmarekronobergaren](https://regionkronoberg.se/narmarekronobergaren)')).toContain('class="shows-address"');
    expect(await html('[1177.se](https://www.1177.se/)')).toContain('class="shows-address"');
    expect(await html('[Vårdguiden](https://www.1177.se/)')).not.toContain('shows-address');
  });

  it('leave links within the site alone', async () => {
    expect((await html('[Förord](/forord/)')).trim()).toBe('<p><a href="/forord/">Förord</a></p>');
  });
});
