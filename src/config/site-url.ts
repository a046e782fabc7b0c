/**
 * Where the site is published, from the environment at build time (read by astro.config.mjs):
 *
 * - `SITE_URL`: the public address, an origin with an optional path
 *   (`https://narmarekronobergaren.example.se`, `https://example.se/strategi/`);
 * - `BASE_PATH`: the path the site is served under; it follows SITE_URL's path unless set.
 *
 * Every absolute address the site publishes (canonical, og:url, og:image, sitemap, robots.txt,
 * QR codes, citations) is the origin + the base path + the page's path (`absoluteUrl()` in
 * src/utils/url.ts). Without SITE_URL the build is a local preview on localhost. Node imports
 * this file as TypeScript, so it uses only type syntax that can be stripped.
 */

/** The address of a local preview (`npm start`, `astro preview`). */
export const LOCAL_ORIGIN = 'http://localhost:4321';

export interface PublicAddress {
  /** The origin, for Astro's `site`: `https://example.se`. */
  origin: string;
  /** The base path with slashes on both sides: `/`, `/strategi/`. */
  base: string;
  /** True when SITE_URL is not set: the addresses point to localhost. */
  local: boolean;
}

const withSlashes = (path: string) => `/${path.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');

/** Reads SITE_URL and BASE_PATH; a value that cannot be an address stops the build, saying why. */
export function publicAddress(env: Record<string, string | undefined>): PublicAddress {
  const raw = env.SITE_URL?.trim();
  const explicitBase = env.BASE_PATH?.trim() ? withSlashes(env.BASE_PATH.trim()) : undefined;
  if (!raw) return { origin: LOCAL_ORIGIN, base: explicitBase ?? '/', local: true };
  let parsed: URL;
  try {
    parsed = new URL(raw);
  } catch {
    throw new Error(`SITE_URL="${raw}" är ingen adress. Skriv den som https://example.se eller https://example.se/strategi/.`);
  }
  if (!/^https?:$/.test(parsed.protocol)) throw new Error(`SITE_URL="${raw}" ska börja med https:// (eller http://).`);
  if (parsed.search || parsed.hash || parsed.username || parsed.password) {
    throw new Error(`SITE_URL="${raw}" ska vara en ursprungsadress med en valfri sökväg, utan frågetecken, # eller inloggning.`);
  }
  const path = withSlashes(decodeURI(parsed.pathname));
  if (explicitBase && path !== '/' && explicitBase !== path) {
    throw new Error(`SITE_URL="${raw}" har sökvägen ${path}, men BASE_PATH är ${explicitBase}. Ta bort BASE_PATH eller ge båda samma sökväg.`);
  }
  return { origin: parsed.origin, base: explicitBase ?? path, local: false };
}

/** The one line a local-preview build prints. */
export const LOCAL_PREVIEW_NOTICE = 'Lokal förhandsvisning: SITE_URL är inte satt, adresserna pekar på localhost';
