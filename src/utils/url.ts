/** The site's base path with its trailing slash (`/`, or `/strategi/` under a sub-path). */
export const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');

/** A site path with Astro's `base` in front, so the site works under a sub-path (`/strategi/forord/`). */
export function url(path: string): string {
  return `${base}${path.replace(/^\//, '')}`;
}

/**
 * The absolute public address of a site path (`url()` is applied first): for canonical links,
 * link previews, QR codes, citations and the addresses printed in images. Every absolute
 * address the site publishes goes through here. (The sharing issue makes SITE_URL an origin
 * with an optional path; this function is where that is handled.)
 */
export function absoluteUrl(path: string): string {
  return new URL(url(path), import.meta.env.SITE).href;
}
