/** The site's base path with its trailing slash (`/`, or `/strategi/` under a sub-path). */
export const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');

/** A site path with Astro's `base` in front, so the site works under a sub-path (`/strategi/forord/`). */
export function url(path: string): string {
  return `${base}${path.replace(/^\//, '')}`;
}

/** The site path of an address under the base (`/strategi/forord/` → `/forord/`), the inverse of `url()`. */
export function sitePath(pathname: string): string {
  return pathname.startsWith(base) ? `/${pathname.slice(base.length)}` : pathname;
}

/**
 * The absolute public address of a site path (`url()` is applied first): for canonical links,
 * link previews, QR codes, citations and the addresses printed in images. Every absolute
 * address the site publishes goes through here. Astro's `site` is SITE_URL's origin and `base`
 * its path (src/config/site-url.ts), so `/2.3/` becomes `https://example.se/strategi/2.3/`.
 */
export function absoluteUrl(path: string): string {
  return new URL(url(path), import.meta.env.SITE).href;
}
