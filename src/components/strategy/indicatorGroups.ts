import { getCollection } from 'astro:content';
import { sortDirections } from '../../utils/strategy';
import { slugify } from '../../utils/slug';

/** Id of the heading that groups a direction's indicators on the follow-up page. */
export const indicatorGroupId = (directionTitle: string) => slugify(directionTitle);

export async function indicatorHeadings(depth: number) {
  return sortDirections(await getCollection('directions')).map((d) => ({ depth, slug: indicatorGroupId(d.data.title), text: d.data.title }));
}
