/** A site path with Astro's `base` in front, so the site works under a sub-path (`/strategi/forord/`). */
export function url(path: string): string {
  const base = import.meta.env.BASE_URL.replace(/\/$/, '');
  return `${base}/${path.replace(/^\//, '')}`;
}
