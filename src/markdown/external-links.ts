import type { HastPluginEntry } from 'satteri';

/** An address without its scheme, `www.` and a closing slash, as people write it in text. */
const bare = (address: string) => address.trim().replace(/^https?:\/\//, '').replace(/^www\./, '').replace(/\/$/, '');

/**
 * Links in content to other sites get rel="noopener", so the other site cannot reach back into
 * this page. A link whose text already is its address (`regionkronoberg.se/narmarekronobergaren`)
 * gets the class `shows-address`: print writes every other external link's address after it.
 */
export function externalLinks(): HastPluginEntry {
  return {
    name: 'narmare-external-links',
    element: {
      filter: ['a'],
      visit(node, ctx) {
        const href = node.properties?.href;
        if (typeof href !== 'string' || !/^https?:\/\//.test(href)) return;
        ctx.setProperty(node, 'rel', ['noopener']);
        if (bare(ctx.textContent(node)) === bare(href)) ctx.setProperty(node, 'className', ['shows-address']);
      },
    },
  };
}
