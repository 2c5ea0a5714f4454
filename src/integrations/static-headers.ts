/**
 * Astro integration that writes the `_headers` file into the build output once the build is done.
 */
import type {AstroIntegration} from 'astro';
import {writeFile} from 'node:fs/promises';
import {fileURLToPath} from 'node:url';
import {staticHostHeaders} from '../lib/csp.ts';

/** Writes `dist/_headers` with the site's security and caching headers. */
export function staticHeaders(): AstroIntegration {
  return {
    name: 'static-headers',
    hooks: {
      'astro:build:done': async ({dir, logger, pages}) => {
        // Astro names the 404 page "404/"; hosts serve it as /404.html.
        const paths = pages
          .map(({pathname}) => pathname)
          .filter((pathname) => pathname === '' || pathname.endsWith('/'))
          .map((pathname) => (pathname === '404/' ? '/404.html' : `/${pathname}`));
        await writeFile(new URL('_headers', dir), staticHostHeaders(paths));
        logger.info(`wrote ${fileURLToPath(new URL('_headers', dir))}`);
      }
    }
  };
}
