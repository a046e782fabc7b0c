// The published anchors of a build: every page and the ids of its headings and figures — the
// fragments staff put in slides. Shared by `npm run anchors:update` and the anchor test; the
// build is read by src/integrations/built-site.ts, which Node imports as TypeScript.
export { publishedAnchors } from '../src/integrations/built-site.ts';

export const MANIFEST = 'tests/anchor-manifest.json';
