import type {APIContext} from 'astro';

/** Allows every crawler and points to the sitemap on the canonical origin. */
export function GET(context: APIContext) {
  const sitemap = new URL('sitemap-index.xml', context.site).href;
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap}\n`, {
    headers: {'Content-Type': 'text/plain; charset=utf-8'}
  });
}
