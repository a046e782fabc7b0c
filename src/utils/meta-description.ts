import { firstParagraph, leadingSentences } from './text';

/** A page's meta description: its lead or its first sentences, always the strategy's own words. */
export function metaDescription(body: string | undefined, fallback: string, lead?: string): string {
  return leadingSentences(lead ?? firstParagraph(body), 200) || fallback;
}
