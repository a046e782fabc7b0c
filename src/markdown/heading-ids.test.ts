/**
 * The heading-id plugin, run by the Markdown/MDX processor it is written for (satteri, as
 * astro.config.mjs uses it). The plugin remembers ids across files, so every test names its own
 * files.
 */
import { pathToFileURL } from 'node:url';
import { markdownToHtml, mdxToJs } from 'satteri';
import { describe, expect, it } from 'vitest';
import { headingIds } from './heading-ids';

const options = (file: string) => ({ hastPlugins: [headingIds()], fileURL: pathToFileURL(file) });

// Async because satteri's types allow async plugins; this one runs synchronously.
/** The HTML of a Markdown file. */
const markdown = async (file: string, source: string) => (await markdownToHtml(source, options(file))).html;

/** The heading ids of an MDX file, read from the compiled component. */
const mdxIds = async (file: string, source: string) => [...(await mdxToJs(source, options(file))).code.matchAll(/\bid: "([^"]*)"/g)].map((m) => m[1]);

describe('heading ids', () => {
  it('gives h2 to h4 a readable ASCII id from Swedish text, and leaves h5 alone', async () => {
    const html = await markdown('content/nyheter/ids.md', '## Vård för äldre\n\n### Öppen, jämlik vård!\n\n#### Ökad försörjningskvot 2030\n\n##### Fem\n');
    expect(html).toContain('<h2 id="vard-for-aldre">Vård för äldre</h2>');
    expect(html).toContain('<h3 id="oppen-jamlik-vard">');
    expect(html).toContain('<h4 id="okad-forsorjningskvot-2030">');
    expect(html).toContain('<h5>Fem</h5>');
  });

  it('prefixes headings inside <Excerpt2027>, so the 2027 excerpt can repeat a title', async () => {
    const ids = await mdxIds('content/inriktningar/prefix.mdx', '## Mål för vården\n\n<Excerpt2027>\n\n## Mål för vården\n\n</Excerpt2027>\n');
    expect(ids).toEqual(['mal-for-varden', 'utdrag-2027-mal-for-varden']);
  });

  it('fails on two headings with the same id in one file, naming the file', async () => {
    await expect(markdown('content/kapitel/samma.md', '## Målbild\n\n## Målbild!\n')).rejects.toThrow(
      'content/kapitel/samma.md: rubriken "Målbild!" får id "malbild", som redan används av en annan rubrik i samma fil',
    );
  });

  it('fails on an id another file already uses, naming both files', async () => {
    await mdxIds('content/kapitel/forsta.mdx', '## Förändrad demografi\n');
    await expect(mdxIds('content/kapitel/andra.mdx', '## Förändrad  demografi\n')).rejects.toThrow(
      /^content\/kapitel\/andra\.mdx: .*"forandrad-demografi".*content\/kapitel\/forsta\.mdx/,
    );
  });

  it('lets a file be rendered again without clashing with itself', async () => {
    await mdxIds('content/kapitel/igen.mdx', '## Kunskapsbaserad vård\n');
    expect(await mdxIds('content/kapitel/igen.mdx', '## Kunskapsbaserad vård\n')).toEqual(['kunskapsbaserad-vard']);
  });

  it('fails on a heading that gives no id', async () => {
    await expect(markdown('content/kapitel/tom.md', '## – … –\n')).rejects.toThrow('content/kapitel/tom.md: rubriken "– … –" ger inget id');
  });
});
