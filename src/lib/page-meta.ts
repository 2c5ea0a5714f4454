/**
 * Builds the head metadata of a page (title, description, canonical URL, Open Graph and Twitter tags) from a few
 * facts about it. Pure: knows nothing about Astro components or the DOM.
 */
import {siteName, siteUrl} from './site.ts';

/** What a page tells the layout about itself. */
export interface PageFacts {
  /** The page's own title; the site name is appended unless this is the home page. */
  title: string;
  /** One or two sentences for search results and social cards. */
  description: string;
  /** Site-relative path of the page, e.g. `/stories/falling-crime-rate/`. */
  path: string;
  /** Site-relative path of a 1200×630 share image, if the page has one. */
  image?: string;
  /** Text alternative of the share image. */
  imageAlt?: string;
  /** `article` for stories, `website` for everything else. */
  type?: 'article' | 'website';
  /** Publication and update dates of an article. */
  published?: Date;
  updated?: Date;
  /** Development aids (the `/graphics/` demos) ask search engines not to index them. */
  noindex?: boolean;
}

/** A `<meta>` tag as attribute pairs. */
export type MetaTag = {name: string; content: string} | {property: string; content: string};

/** Absolute URL on the canonical origin for a site-relative path. */
export function absoluteUrl(path: string): string {
  return new URL(path, siteUrl + '/').href;
}

/** The document title: "Page — Crime in Norway", or just the site name for the home page. */
export function documentTitle(title: string): string {
  return title === siteName ? siteName : `${title} — ${siteName}`;
}

/**
 * All meta tags of a page, in a stable order.
 * @example pageMetaTags({title: 'Methodology', description: '…', path: '/methodology/'})
 */
export function pageMetaTags(page: PageFacts): MetaTag[] {
  const image = absoluteUrl(page.image ?? '/og-default.png');
  const tags: MetaTag[] = [
    {name: 'description', content: page.description},
    {property: 'og:site_name', content: siteName},
    {property: 'og:type', content: page.type ?? 'website'},
    {property: 'og:title', content: page.title},
    {property: 'og:description', content: page.description},
    {property: 'og:url', content: absoluteUrl(page.path)},
    {property: 'og:image', content: image},
    {property: 'og:image:width', content: '1200'},
    {property: 'og:image:height', content: '630'},
    {property: 'og:image:alt', content: page.imageAlt ?? `${siteName}: data stories about crime in Norway`},
    {property: 'og:locale', content: 'en_GB'},
    {name: 'twitter:card', content: 'summary_large_image'},
    {name: 'twitter:title', content: page.title},
    {name: 'twitter:description', content: page.description},
    {name: 'twitter:image', content: image}
  ];
  if (page.noindex) tags.push({name: 'robots', content: 'noindex'});
  if (page.published) tags.push({property: 'article:published_time', content: page.published.toISOString()});
  if (page.updated) tags.push({property: 'article:modified_time', content: page.updated.toISOString()});
  return tags;
}
