import { getOrdered } from '../../utils/strategy';
import { slugify } from '../../utils/slug';

/** The headings `Voices.astro` renders, for the table of contents. */
export async function voiceHeadings(depth: number) {
  const voices = await getOrdered('voices');
  return [
    ...voices.map((v) => ({ depth, slug: slugify(v.data.title), text: v.data.title })),
    { depth, slug: 'rost-fran-kronoberg', text: 'Röst från Kronoberg' },
  ];
}
