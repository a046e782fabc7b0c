/**
 * The plain text of an MDX body, section by section, for the slide deck's speaker notes: the
 * paragraphs and list items under each heading, as written. Components (`<Quote />`, `<Chart />`)
 * and what they wrap (the 2027 excerpt) are left out, and so are MDX comments; links keep their
 * text. Reads the body the content collection gives, never the files.
 */
export interface BodySection {
  /** The heading's text; the text before the first heading has none. */
  heading?: string;
  depth: number;
  /** Paragraphs and list items, in order. */
  paragraphs: string[];
}

const inline = (s: string) =>
  s
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/(\*\*|__|\*|_)(\S(?:.*?\S)?)\1/g, '$2')
    .replace(/\s+/g, ' ')
    .trim();

export function bodySections(body: string): BodySection[] {
  const sections: BodySection[] = [{ depth: 0, paragraphs: [] }];
  const blocks = body.replace(/\{\/\*[\s\S]*?\*\/\}/g, '').split(/\n\s*\n/);
  let wrapped: string | undefined; // inside <Component> … </Component>
  for (const raw of blocks) {
    const block = raw.trim();
    if (!block) continue;
    if (wrapped) {
      if (block.includes(`</${wrapped}>`)) wrapped = undefined;
      continue;
    }
    const opening = block.match(/^<([A-Z]\w*)\b[^>]*?(\/?)>/);
    if (opening) {
      if (!opening[2] && !block.includes(`</${opening[1]}>`)) wrapped = opening[1];
      continue;
    }
    const heading = block.match(/^(#{1,6})\s+(.*)$/m);
    if (heading && block.startsWith('#')) {
      sections.push({ heading: inline(heading[2]!), depth: heading[1]!.length, paragraphs: [] });
      continue;
    }
    const items = block.split('\n').every((l) => /^\s*([-*]|\d+\.)\s/.test(l) || /^\s/.test(l))
      ? block.split(/\n(?=\s*(?:[-*]|\d+\.)\s)/).map((item) => item.replace(/^\s*([-*]|\d+\.)\s+/, ''))
      : [block];
    sections.at(-1)!.paragraphs.push(...items.map(inline));
  }
  return sections.filter((s) => s.heading !== undefined || s.paragraphs.length);
}
