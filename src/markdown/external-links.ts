import type { HastPluginEntry } from 'satteri';

/** Links in content to other sites get rel="noopener", so the other site cannot reach back into this page. */
export function externalLinks(): HastPluginEntry {
  return {
    name: 'narmare-external-links',
    element: {
      filter: ['a'],
      visit(node, ctx) {
        const href = node.properties?.href;
        if (typeof href === 'string' && /^https?:\/\//.test(href)) ctx.setProperty(node, 'rel', ['noopener']);
      },
    },
  };
}
