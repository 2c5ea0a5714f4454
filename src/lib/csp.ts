/**
 * The site's security headers, written once here and used twice: as the `_headers` file for static hosts and as a
 * `<meta http-equiv>` CSP so that `astro preview` and the browser tests enforce the same script policy.
 * Knows nothing about Astro or the pages themselves.
 */

/**
 * Content-Security-Policy directives. Scripts may only come from this origin as files (Astro bundles every script
 * into `/_astro/*.js`), so no `'unsafe-inline'` or `'unsafe-eval'` for scripts. Styles allow inline attributes because SVG charts carry
 * `style` attributes from the renderer.
 */
export const cspDirectives: Readonly<Record<string, string>> = {
  'default-src': "'self'",
  // 'wasm-unsafe-eval' lets the search index's WebAssembly run; it does not allow inline or eval'd JavaScript.
  'script-src': "'self' 'wasm-unsafe-eval'",
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

/**
 * Serialises the policy.
 * @param forMeta drop directives that only work as an HTTP header, e.g. `frame-ancestors`.
 * @example contentSecurityPolicy() // "default-src 'self'; script-src 'self'; …"
 */
export function contentSecurityPolicy(forMeta = false): string {
  return Object.entries(cspDirectives)
    .filter(([name]) => !(forMeta && headerOnlyDirectives.has(name)))
    .map(([name, value]) => (value ? `${name} ${value}` : name))
    .join('; ');
}

/** Headers sent with every page. */
export const securityHeaders: Readonly<Record<string, string>> = {
  'Content-Security-Policy': contentSecurityPolicy(),
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), interest-cohort=()',
  'X-Frame-Options': 'DENY'
};

/**
 * Builds the `_headers` file read by Netlify and Cloudflare Pages: security headers on every path, and a year-long
 * immutable cache for Astro's content-hashed assets.
 */
export function staticHostHeaders(): string {
  const block = (path: string, headers: Record<string, string>) =>
    [path, ...Object.entries(headers).map(([k, v]) => `  ${k}: ${v}`)].join('\n');
  return (
    [
      block('/*', securityHeaders),
      block('/_astro/*', {'Cache-Control': 'public, max-age=31536000, immutable'}),
      block('/data/*', {'Cache-Control': 'public, max-age=3600'})
    ].join('\n\n') + '\n'
  );
}
