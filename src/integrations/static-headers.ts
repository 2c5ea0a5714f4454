/**
 * Astro integration that, once the build is done, gives every page a style policy without `'unsafe-inline'` (the
 * hashes of its own inline styles, in its `<meta>` CSP) and writes the `_headers` file with the same policies.
 */
import type {AstroIntegration} from 'astro';
import {readFile} from 'node:fs/promises';
import {fileURLToPath} from 'node:url';
import {writeFilesAtomically, type FileToWrite} from '../lib/write-atomic.ts';
import {contentSecurityPolicy, inlineStyleSources, staticHostHeaders, wasmPages, withMetaPolicy} from '../lib/csp.ts';

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
        const styleSources = new Map<string, string>();
        const files: FileToWrite[] = [];
        for (const path of paths) {
          const file = fileURLToPath(new URL(path.endsWith('/') ? `.${path}index.html` : `.${path}`, dir));
          const html = await readFile(file, 'utf8');
          const sources = inlineStyleSources(html);
          styleSources.set(path, sources);
          files.push({
            path: file,
            content: withMetaPolicy(html, contentSecurityPolicy(true, wasmPages.includes(path), sources))
          });
        }
        files.push({
          path: fileURLToPath(new URL('_headers', dir)),
          content: staticHostHeaders(paths, (path) => styleSources.get(path))
        });
        // All pages and _headers change together or not at all, so no page's policy disagrees with its header.
        writeFilesAtomically(files);
        logger.info(`wrote ${fileURLToPath(new URL('_headers', dir))}`);
      }
    }
  };
}
