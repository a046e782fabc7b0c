import type { APIRoute } from 'astro';
import { absoluteUrl } from '../utils/url';

/** robots.txt with the sitemap's absolute address, which depends on the configured public URL. */
export const GET: APIRoute = () =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl('/sitemap-index.xml')}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
