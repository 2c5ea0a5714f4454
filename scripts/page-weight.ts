/**
 * Measures what a built page makes the browser download: its HTML, the stylesheets and scripts it links, and the
 * modules those scripts import. Works on file contents handed to it, so it knows nothing about `dist/` or the
 * network; the bench script and the build tests supply the files.
 */
import {gzipSync} from 'node:zlib';

/** Bytes of one resource, as sent raw and gzip-compressed. */
export interface ResourceSize {
  url: string;
  kind: 'html' | 'css' | 'js' | 'font' | 'image' | 'data';
  bytes: number;
  gzipBytes: number;
}

/** Site-relative URLs of the scripts, stylesheets and preloaded fonts a page's HTML links directly. */
export function linkedAssets(html: string): {scripts: string[]; styles: string[]; fonts: string[]} {
  const attr = (tag: string, name: string) => tag.match(new RegExp(`\\s${name}=["']?([^"'\\s>]+)`))?.[1];
  const scripts = [...html.matchAll(/<script\b[^>]*>/g)]
    .map((m) => m[0])
    .filter((tag) => !/type=["']?application\/(ld\+)?json/.test(tag))
    .map((tag) => attr(tag, 'src'))
    .filter((src): src is string => !!src && src.startsWith('/'));
  const styles = [...html.matchAll(/<link\b[^>]*>/g)]
    .map((m) => m[0])
    .filter((tag) => /rel=["']?stylesheet/.test(tag))
    .map((tag) => attr(tag, 'href'))
    .filter((href): href is string => !!href && href.startsWith('/'));
  const fonts = [...html.matchAll(/<link\b[^>]*>/g)]
    .map((m) => m[0])
    .filter((tag) => /rel=["']?preload/.test(tag) && /as=["']?font/.test(tag))
    .map((tag) => attr(tag, 'href'))
    .filter((href): href is string => !!href && href.startsWith('/'));
  return {scripts: [...new Set(scripts)], styles: [...new Set(styles)], fonts: [...new Set(fonts)]};
}

/**
 * Module URLs a script imports (static and dynamic, relative or site-relative), resolved against the script's URL.
 * Dynamic imports count too: the budget is what a page can end up loading.
 */
export function importedModules(source: string, url: string): string[] {
  const specifiers = [
    ...source.matchAll(/\bimport\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+)["']/g),
    ...source.matchAll(/\bimport\(\s*["']([^"']+)["']\s*\)/g),
    ...source.matchAll(/\bfrom\s*["']([^"']+)["']/g)
  ].map((m) => m[1]!);
  return [...new Set(specifiers.filter((s) => s.startsWith('.') || s.startsWith('/')))].map(
    (s) => new URL(s, 'http://site' + url).pathname
  );
}

/** Size of a resource's content. */
export function resourceSize(url: string, kind: ResourceSize['kind'], content: string | Uint8Array): ResourceSize {
  const buffer = typeof content === 'string' ? Buffer.from(content) : Buffer.from(content);
  return {url, kind, bytes: buffer.length, gzipBytes: gzipSync(buffer, {level: 9}).length};
}

/**
 * Every HTML, CSS, JS and preloaded font resource a page loads, following script imports transitively. Fonts that
 * are declared but not preloaded load only when a page uses their characters, so they are not counted.
 * @param pageUrl site-relative URL of the page
 * @param html the page's HTML
 * @param read returns the content of a site-relative URL, or undefined when there is no such file
 */
export function pageResources(
  pageUrl: string,
  html: string,
  read: (url: string) => string | Uint8Array | undefined
): ResourceSize[] {
  const resources: ResourceSize[] = [resourceSize(pageUrl, 'html', html)];
  const {scripts, styles, fonts} = linkedAssets(html);
  for (const href of styles) {
    const css = read(href);
    if (css !== undefined) resources.push(resourceSize(href, 'css', css));
  }
  for (const href of fonts) {
    const font = read(href);
    if (font !== undefined) resources.push(resourceSize(href, 'font', font));
  }
  const seen = new Set<string>();
  const queue = [...scripts];
  while (queue.length) {
    const url = queue.shift()!;
    if (seen.has(url)) continue;
    seen.add(url);
    const js = read(url);
    if (js === undefined) continue;
    resources.push(resourceSize(url, 'js', js));
    queue.push(...importedModules(typeof js === 'string' ? js : Buffer.from(js).toString('utf8'), url));
  }
  return resources;
}

/** Sum of raw and gzip bytes of the resources of one kind. */
export function totalOf(resources: readonly ResourceSize[], kind: ResourceSize['kind']) {
  const list = resources.filter((r) => r.kind === kind);
  return {
    count: list.length,
    bytes: list.reduce((s, r) => s + r.bytes, 0),
    gzipBytes: list.reduce((s, r) => s + r.gzipBytes, 0)
  };
}

/** JavaScript budgets in gzip bytes: pages with interactive graphics may add up to 15 KB; reading pages none. */
export const jsBudgetGzip = {interactive: 15 * 1024, static: 0} as const;

/** Pages that have nothing interactive and so must ship no JavaScript at all. */
export const staticPages: readonly string[] = ['/', '/methodology/', '/404'];

/**
 * The JavaScript budget of a page, in gzip bytes, or `undefined` for the search page, whose index is loaded on
 * demand when a reader starts searching.
 */
export function jsBudgetFor(path: string): number | undefined {
  if (path === '/search/') return undefined;
  return staticPages.includes(path) ? jsBudgetGzip.static : jsBudgetGzip.interactive;
}

/**
 * Size budgets of the built pages, asserted by the build tests (bytes; gzip for text, as sent for fonts). HTML and
 * geometry budgets are in kB (1,000 bytes), the first-load budget in KiB, as the budgets were set.
 */
export const pageBudgets = {
  storyHtmlGzip: 50_000,
  coverHtmlGzip: 20_000,
  /** Everything a story can load on a first visit: HTML, CSS, JS with its imports and every font file it declares. */
  storyTransfer: 170 * 1024,
  renderBlockingRequests: 2,
  /** Path data of the 12 districts of one map, as the page carries it. */
  districtGeometryGzip: 12_000
} as const;

/**
 * Site-relative URLs of every font file a page's inline `@font-face` rules declare. A browser fetches only those
 * whose unicode-range the page uses, so their sum is an upper bound on the page's font bytes.
 */
export function declaredFonts(html: string): string[] {
  const css = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]!).join('\n');
  return [...new Set([...css.matchAll(/@font-face\s*{[^}]*?src:\s*url\(["']?([^"')]+)/g)].map((m) => m[1]!))].filter(
    (u) => u.startsWith('/')
  );
}

/**
 * Requests that block the first render: stylesheets linked in the page, and scripts in `<head>` that are neither
 * modules nor `async`/`defer`.
 */
export function renderBlockingRequests(html: string): string[] {
  const head = html.match(/<head\b[^>]*>([\s\S]*?)<\/head>/)?.[1] ?? '';
  const styles = linkedAssets(html).styles;
  const scripts = [...head.matchAll(/<script\b[^>]*\ssrc=["']?([^"'\s>]+)[^>]*>/g)]
    .filter((m) => !/\s(async|defer)\b|type=["']?module/.test(m[0]))
    .map((m) => m[1]!);
  return [...styles, ...scripts];
}
