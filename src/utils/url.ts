/** The site's base path with its trailing slash (`/`, or `/strategi/` under a sub-path). */
export const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');

/** A site path with Astro's `base` in front, so the site works under a sub-path (`/strategi/forord/`). */
export function url(path: string): string {
  return `${base}${path.replace(/^\//, '')}`;
}
