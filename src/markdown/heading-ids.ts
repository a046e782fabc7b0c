import { fileURLToPath } from 'node:url';
import { relative } from 'node:path';
import type { HastPluginEntry } from 'satteri';
import { slugify } from '../utils/slug';

/**
 * Gives every h2–h4 in Markdown/MDX content a readable ASCII id (see `slugify`) before Astro's
 * own slugger runs (it keeps ids that are already set). Ids must be unique across all content,
 * because `/hela-strategin/` shows every chapter on one page with the same fragments as the
 * chapter pages; a clash fails the build and names both files.
 */
const owners = new Map<string, string>(); // id -> file that owns it

/** Headings inside these MDX components get a prefix, so a quoted later edition can repeat a title. */
const prefixes: Record<string, string> = { Excerpt2027: 'utdrag-2027' };

export function headingIds(): HastPluginEntry {
  return (factory) => {
    const file = factory.fileURL ? relative(process.cwd(), fileURLToPath(factory.fileURL)) : '(okänd fil)';
    for (const [id, owner] of owners) if (owner === file) owners.delete(id); // re-render of the same file
    return {
      name: 'narmare-heading-ids',
      element: {
        filter: ['h2', 'h3', 'h4'],
        visit(node, ctx) {
          const text = ctx.textContent(node).trim();
          let prefix = '';
          for (let p: ReturnType<typeof ctx.parent> | undefined = ctx.parent(node); p; p = ctx.parent(p)) {
            const name = (p as { name?: unknown }).name;
            if (p.type === 'mdxJsxFlowElement' && typeof name === 'string' && prefixes[name]) prefix = `${prefixes[name]}-`;
          }
          const id = slugify(text) && prefix + slugify(text);
          if (!id) throw new Error(`${file}: rubriken "${text}" ger inget id (fältet: rubrik). Skriv rubriken med bokstäver eller siffror.`);
          const owner = owners.get(id);
          if (owner !== undefined) {
            const where = owner === file ? 'en annan rubrik i samma fil' : owner;
            throw new Error(`${file}: rubriken "${text}" får id "${id}", som redan används av ${where} (fältet: rubrik). Ge rubriken en annan text.`);
          }
          owners.set(id, file);
          ctx.setProperty(node, 'id', id);
        },
      },
    };
  };
}
