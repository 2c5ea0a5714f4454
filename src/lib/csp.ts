/**
 * The site's security headers, written once here and used twice: as the `_headers` file for static hosts and as a
 * `<meta http-equiv>` CSP so that `astro preview` and the browser tests enforce the same script policy.
 * Knows nothing about Astro or the pages themselves.
 */

import {createHash} from 'node:crypto';

/**
 * Content-Security-Policy directives. Scripts may only come from this origin as files (Astro bundles every script
 * into `/_astro/*.js`), so no `'unsafe-inline'` or `'unsafe-eval'` for scripts. `style-src` is the fallback for a
 * page built without its hashes: the build replaces `'unsafe-inline'` with the hashes of the page's own inline
 * styles (see {@link inlineStyleSources}).
 */
export const cspDirectives: Readonly<Record<string, string>> = {
  'default-src': "'self'",
  'script-src': "'self'",
  'style-src': "'self' 'unsafe-inline'",
  'img-src': "'self' data:",
  'font-src': "'self'",
  'connect-src': "'self'",
  'object-src': "'none'",
  'base-uri': "'self'",
  'form-action': "'self'",
  'frame-ancestors': "'none'",
  'upgrade-insecure-requests': ''
};

/** Directives a `<meta http-equiv>` policy may not carry (browsers ignore them there and warn). */
const headerOnlyDirectives = new Set(['frame-ancestors']);

/** Site-relative paths of the pages that run WebAssembly (the search index), and only those. */
export const wasmPages: readonly string[] = ['/search/'];

/**
 * Serialises the policy.
 * @param forMeta drop directives that only work as an HTTP header, e.g. `frame-ancestors`.
 * @param wasm allow WebAssembly (`'wasm-unsafe-eval'`, which does not allow inline or eval'd JavaScript); only the
 *   search page needs it, for the search index.
 * @example contentSecurityPolicy() // "default-src 'self'; script-src 'self'; …"
 */
export function contentSecurityPolicy(forMeta = false, wasm = false, styleSources?: string): string {
  return Object.entries(cspDirectives)
    .filter(([name]) => !(forMeta && headerOnlyDirectives.has(name)))
    .map(([name, value]) => (name === 'script-src' && wasm ? [name, `${value} 'wasm-unsafe-eval'`] : [name, value]))
    .map(([name, value]) => (name === 'style-src' && styleSources !== undefined ? [name, styleSources] : [name, value]))
    .map(([name, value]) => (value ? `${name} ${value}` : name))
    .join('; ');
}

/** Headers sent with every response (the CSP is sent per page: see {@link staticHostHeaders}). */
export const securityHeaders: Readonly<Record<string, string>> = {
  // Two years, subdomains included; not `preload`, which commits the domain beyond this site.
  'Strict-Transport-Security': 'max-age=63072000; includeSubDomains',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
  'X-Frame-Options': 'DENY'
};

/**
 * Builds the `_headers` file read by Netlify and Cloudflare Pages: security headers on every path, the CSP on each
 * page's own path (hosts join the values of two matching rules into two policies, and the stricter would block the
 * search page's WebAssembly, so no wildcard rule carries a CSP), and long-lived caching for content-hashed files.
 * Every page also carries the policy in a `<meta>` tag, so a 404 served at any address has one too.
 * @param pagePaths site-relative paths of the built pages, e.g. `["/", "/search/", "/404.html"]`
 */
export function staticHostHeaders(
  pagePaths: readonly string[],
  styleSourcesOf: (path: string) => string | undefined = () => undefined
): string {
  const block = (path: string, headers: Record<string, string>) =>
    [path, ...Object.entries(headers).map(([k, v]) => `  ${k}: ${v}`)].join('\n');
  const immutable = {'Cache-Control': 'public, max-age=31536000, immutable'};
  return (
    [
      block('/*', securityHeaders),
      ...[...pagePaths].sort().map((path) =>
        block(path, {
          'Content-Security-Policy': contentSecurityPolicy(false, wasmPages.includes(path), styleSourcesOf(path))
        })
      ),
      block('/_astro/*', immutable),
      // The municipality layer's file name carries a hash of its content, like the files under /_astro/.
      block('/map-data/*', immutable),
      block('/data/*', {'Cache-Control': 'public, max-age=3600'})
    ].join('\n\n') + '\n'
  );
}

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
const decodeEntities = (text: string) =>
  text.replace(/&(#x[0-9a-f]+|#\d+|quot|amp|lt|gt|apos);/gi, (_, e: string) => {
    const named: Record<string, string> = {quot: '"', amp: '&', lt: '<', gt: '>', apos: "'"};
    if (e[0] !== '#') return named[e.toLowerCase()]!;
    return String.fromCodePoint(e[1]?.toLowerCase() === 'x' ? parseInt(e.slice(2), 16) : Number(e.slice(1)));
  });

/**
 * The `style-src` sources for one built page without `'unsafe-inline'`: the page's own files, plus the hash of
 * each inline `<style>` element and of each distinct `style` attribute (attributes need `'unsafe-hashes'`, which
 * allows exactly those declarations and nothing a script or an injected tag could add).
 * @example inlineStyleSources('<svg style="overflow:visible">') // "'self' 'unsafe-hashes' 'sha256-…'"
 */
export function inlineStyleSources(html: string): string {
  const elements = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)].map((m) => sha256(m[1]!));
  const attributes = [...html.matchAll(/<[a-z][^>]*?\sstyle=(?:"([^"]*)"|'([^']*)')/gi)].map((m) =>
    sha256(decodeEntities(m[1] ?? m[2] ?? ''))
  );
  const sources = ["'self'", ...new Set(elements)];
  if (attributes.length) sources.push("'unsafe-hashes'", ...new Set(attributes));
  return sources.join(' ');
}

/** Replaces the policy in a page's `<meta http-equiv="Content-Security-Policy">` (HTML attribute-escaped). */
export function withMetaPolicy(html: string, policy: string): string {
  const escaped = policy.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
  return html.replace(/(<meta http-equiv="Content-Security-Policy" content=")[^"]*(")/, `$1${escaped}$2`);
}
