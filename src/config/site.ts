/**
 * Settings that differ between deployments live here, in one place.
 * The public URL and sub-path come from the environment at build time (see README).
 */
export const site = {
  /** The service's name, as the strategy names itself. */
  name: 'Närmare kronobergaren',
  /** The public actor responsible for the service, and its own site. */
  owner: 'Region Kronoberg',
  ownerUrl: 'https://www.regionkronoberg.se/',
  /**
   * Where readers report accessibility problems and give feedback. The source names no contact
   * address, so until one is set this points to the address the strategy itself gives.
   */
  feedbackUrl: process.env.FEEDBACK_URL || 'https://regionkronoberg.se/narmarekronobergaren',
  /**
   * With an address here, "Fel på sidan?" opens an e-mail instead (the page's address in the
   * subject). The source gives no e-mail address, so there is none by default.
   */
  feedbackEmail: process.env.FEEDBACK_EMAIL || undefined,
  /** The query parameter that carries the page's address to the feedback form. */
  feedbackPageParam: 'sida',
  /** DIGG's reporting function for inaccessible digital public services. */
  diggReportUrl: 'https://www.digg.se/tdosanmalan',
} as const;
