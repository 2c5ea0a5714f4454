/**
 * Site-wide constants: the publication's name, its canonical origin and language.
 * Knows nothing about Astro, stories or the DOM, so pipeline scripts and tests can import it.
 */

/** The publication's name, used in titles, feeds and Open Graph tags. */
export const siteName = 'Crime in Norway';

/** One-line description of the whole site, for the home page and the RSS feed. */
export const siteDescription =
  'Data stories about crime in Norway: the falling crime rate, human trafficking, organised crime and contract violence, built from official statistics.';

/**
 * The canonical origin the built site is served from. Set `SITE_URL` at build time when deploying to another host;
 * canonical links, the sitemap, the feed and Open Graph URLs all follow it.
 */
export const siteUrl = (globalThis.process?.env?.SITE_URL ?? 'https://crime-in-norway.example').replace(/\/$/, '');

/** BCP 47 language tag of every page. Stories are written in English; Norwegian place names keep their spelling. */
export const siteLang = 'en';

/**
 * Locale of every number and date shown to readers (British English, thousands grouped with commas).
 * src/lib/format.ts writes it by hand and its tests hold it to what `Intl` writes for this locale.
 */
export const siteLocale = 'en-GB';
