import { slugify } from '../../utils/slug';

/** Ids of the headings a direction page adds around its MDX (prefixed: all four pages have them). */
export const meetsId = (directionId: string) => slugify(`${directionId} så möter inriktningen målbilden 2030`);
export const followUpId = (directionId: string) => slugify(`${directionId} så följs inriktningen upp`);
