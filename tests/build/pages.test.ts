import {existsSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, test} from 'vitest';
import {jsBudgetFor, pageResources, totalOf} from '../../scripts/page-weight.ts';
import {builtPages, distDir, distFiles, readDist} from './dist.ts';

const pages = builtPages();
const files = new Set(distFiles());

/** Whether a site-relative URL path resolves to a built file. */
function resolves(path: string): boolean {
  const clean = decodeURI(path.replace(/^\//, ''));
  return files.has(clean) || files.has(join(clean, 'index.html')) || files.has(clean + '.html');
}

describe('built pages', () => {
  test('the build has the home page, methodology, 404, at least one story, feed, sitemap, robots and icons', () => {
    for (const f of [
      'index.html',
      'methodology/index.html',
      '404.html',
      'rss.xml',
      'sitemap-index.xml',
      'robots.txt',
      'favicon.ico',
      'favicon.svg'
    ]) {
      expect(files.has(f), f).toBe(true);
    }
    expect(pages.some((p) => p.path.startsWith('/stories/'))).toBe(true);
  });

  for (const page of pages) {
    test(`${page.path} has one h1, lang, title, description, canonical and Open Graph tags`, () => {
      const {$} = page;
      expect($('h1')).toHaveLength(1);
      expect($('html').attr('lang')).toBe('en');
      expect($('title').text().trim().length).toBeGreaterThan(5);
      expect($('meta[name="description"]').attr('content')?.length ?? 0).toBeGreaterThan(30);
      const canonical = $('link[rel="canonical"]').attr('href') ?? '';
      if (page.path === '/404') {
        // Served at whatever address was mistyped: no canonical or og:url of its own (least of all /404/), not indexed.
        expect(canonical).toBe('');
        expect($('meta[property="og:url"]')).toHaveLength(0);
        expect($('meta[name="robots"]').attr('content')).toBe('noindex');
      } else {
        expect(canonical).toMatch(/^https:\/\//);
        expect(new URL(canonical).pathname).toBe(page.path);
        expect($('meta[property="og:url"]').attr('content')).toBe(canonical);
      }
      for (const property of ['og:title', 'og:description', 'og:image', 'og:type']) {
        expect($(`meta[property="${property}"]`).attr('content'), property).toBeTruthy();
      }
      expect($('meta[name="twitter:card"]').attr('content')).toBe('summary_large_image');
      const ogImage = new URL($('meta[property="og:image"]').attr('content')!).pathname;
      expect(resolves(ogImage), `og:image ${ogImage} exists`).toBe(true);
    });

    test(`${page.path} links only to pages and anchors that exist`, () => {
      const {$} = page;
      const missing: string[] = [];
      $('a[href]').each((_, el) => {
        const href = $(el).attr('href')!;
        if (/^(https?:|mailto:)/.test(href)) return;
        const url = new URL(href, 'http://site' + page.path);
        const target = url.pathname === page.path ? page : pages.find((p) => p.path === url.pathname);
        if (!target && !resolves(url.pathname)) missing.push(href);
        else if (url.hash && target) {
          const id = decodeURIComponent(url.hash.slice(1));
          if (target.$(`[id="${id}"]`).length === 0) missing.push(href);
        }
      });
      expect(missing).toEqual([]);
    });

    test(`${page.path} requests nothing from other hosts`, () => {
      const {$} = page;
      const foreign: string[] = [];
      $('script[src], link[href], img[src], source[srcset], iframe[src]').each((_, el) => {
        const url = $(el).attr('src') ?? $(el).attr('href') ?? $(el).attr('srcset') ?? '';
        const rel = $(el).attr('rel') ?? '';
        if (rel === 'canonical' || rel === 'alternate') return;
        if (/^(https?:)?\/\//.test(url)) foreign.push(url);
      });
      expect(foreign).toEqual([]);
    });

    const budget = jsBudgetFor(page.path);
    if (budget === undefined) continue;
    test(`${page.path} stays within its JavaScript budget (${budget / 1024} KB gzip)`, () => {
      const read = (url: string) => {
        const file = join(distDir, url);
        return existsSync(file) ? readDist(url) : undefined;
      };
      const js = totalOf(pageResources(page.path, page.html, read), 'js');
      expect(js.gzipBytes).toBeLessThanOrEqual(budget);
    });
  }
});

describe('static-host files', () => {
  const headers = readDist('_headers');
  const blocks = new Map(
    headers
      .trim()
      .split(/\n\n/)
      .map((b) => [b.split('\n')[0]!, b] as const)
  );
  const cspOf = (path: string) => blocks.get(path)?.match(/Content-Security-Policy: (.+)/)?.[1] ?? '';

  test('_headers sends HSTS, COOP and the other security headers on every path, without the obsolete interest-cohort', () => {
    const all = blocks.get('/*')!;
    expect(all).toMatch(/Strict-Transport-Security: max-age=\d{8,}; includeSubDomains/);
    expect(all).toMatch(/Cross-Origin-Opener-Policy: same-origin/);
    expect(all).toMatch(/X-Content-Type-Options: nosniff/);
    expect(all).toMatch(/Referrer-Policy: /);
    expect(all).toMatch(/Permissions-Policy: /);
    expect(headers).not.toMatch(/interest-cohort/);
    // Two matching rules would give a page two policies; only exact page paths carry one.
    for (const [path, block] of blocks)
      if (path.includes('*')) expect(block, path).not.toMatch(/Content-Security-Policy/);
  });

  for (const page of pages) {
    const path = page.path === '/404' ? '/404.html' : page.path;
    test(`_headers gives ${path} a CSP without inline scripts, with WebAssembly only on the search page`, () => {
      const csp = cspOf(path);
      const sources = (csp.match(/script-src ([^;]+)/)?.[1] ?? '').trim().split(/\s+/);
      expect(sources).toContain("'self'");
      for (const forbidden of ["'unsafe-inline'", "'unsafe-eval'", '*', 'data:', 'http:', 'https:']) {
        expect(sources).not.toContain(forbidden);
      }
      expect(sources.includes("'wasm-unsafe-eval'")).toBe(path === '/search/');
      expect(csp).toMatch(/default-src 'self'/);
      expect(csp).toMatch(/object-src 'none'/);
      expect(csp).toMatch(/frame-ancestors 'none'/);
      // Inline styles are allowed by their hashes only.
      expect(csp.match(/style-src ([^;]+)/)?.[1]).not.toContain("'unsafe-inline'");
      const meta = page.$('meta[http-equiv="Content-Security-Policy"]').attr('content');
      expect(meta).toBe(csp.replace(/; frame-ancestors 'none'/, ''));
    });
  }

  test('_headers makes hashed assets immutable', () => {
    expect(headers).toMatch(/\/_astro\/\*\n\s+Cache-Control: public, max-age=31536000, immutable/);
  });

  test('no page carries an inline executable script', () => {
    for (const page of pages) {
      page.$('script').each((_, el) => {
        const type = page.$(el).attr('type') ?? '';
        const src = page.$(el).attr('src');
        if (!src) expect(type, `${page.path}: inline <script type="${type}">`).toMatch(/^application\/(ld\+)?json$/);
      });
    }
  });

  test('robots.txt points to the sitemap and the feed lists every story', () => {
    expect(readDist('robots.txt')).toMatch(/Sitemap: https:\/\/.+\/sitemap-index\.xml/);
    const feed = readDist('rss.xml');
    for (const page of pages.filter((p) => p.path.startsWith('/stories/'))) {
      expect(feed).toContain(page.path);
    }
  });

  test('every JSON data script (JSON-LD, map payloads) is written without a raw "<", so none can end its element', () => {
    let scripts = 0;
    for (const page of pages) {
      page.$('script[type="application/json"], script[type="application/ld+json"]').each((_, el) => {
        scripts++;
        const text = page.$(el).text();
        expect(text, page.path).not.toContain('<');
        expect(() => JSON.parse(text), page.path).not.toThrow();
      });
    }
    // At least one per story (its JSON-LD) and one per map (its payload): the check ran over the scripts that matter.
    const stories = pages.filter((page) => /^\/stories\/[^/]+\/$/.test(page.path)).length;
    const maps = pages.reduce((n, page) => n + page.$('district-map, locator-map').length, 0);
    expect(stories).toBeGreaterThanOrEqual(3);
    expect(scripts).toBeGreaterThanOrEqual(stories + maps);
  });
});
