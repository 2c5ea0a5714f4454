/**
 * Size budgets of the built site (bytes, never timings): HTML per story and for the cover, a story's whole first
 * load, render-blocking requests, district geometry per map, and fonts that cover every character the pages show.
 */
import {load} from 'cheerio';
import {existsSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {gzipSync} from 'node:zlib';
import {describe, expect, test} from 'vitest';
import subset from '../../src/assets/fonts/subset.json';
import {inUnicodeRange, printableCodePoints, unicodeRanges} from '../../src/lib/font-faces.ts';
import {
  declaredFonts,
  pageBudgets,
  pageResources,
  renderBlockingRequests,
  resourceSize,
  totalOf
} from '../../scripts/page-weight.ts';
import {builtPages, distDir, distFiles} from './dist.ts';

const pages = builtPages();
const gzip = (text: string) => gzipSync(text, {level: 9}).length;
const read = (url: string) => {
  const file = join(distDir, url);
  return existsSync(file) ? readFileSync(file) : undefined;
};
const stories = pages.filter((p) => p.path.startsWith('/stories/'));
const kib = (n: number) => `${(n / 1024).toFixed(1)} KiB`;
const kb = (n: number) => `${n / 1000} kB`;

describe('page budgets', () => {
  test('the build has stories to measure', () => expect(stories.length).toBeGreaterThanOrEqual(4));

  for (const page of stories) {
    test(`${page.path} HTML is at most ${kb(pageBudgets.storyHtmlGzip)} gzip`, () => {
      expect(gzip(page.html)).toBeLessThanOrEqual(pageBudgets.storyHtmlGzip);
    });

    test(`${page.path} first load (HTML, CSS, JS with imports, every declared font) is at most ${kib(pageBudgets.storyTransfer)}`, () => {
      const resources = pageResources(page.path, page.html, read);
      const preloaded = new Set(resources.filter((r) => r.kind === 'font').map((r) => r.url));
      for (const url of declaredFonts(page.html))
        if (!preloaded.has(url)) resources.push(resourceSize(url, 'font', read(url)!));
      const sent = ['html', 'css', 'js'].reduce((sum, kind) => sum + totalOf(resources, kind as 'html').gzipBytes, 0);
      const fonts = totalOf(resources, 'font');
      expect(fonts.count).toBeGreaterThan(0);
      expect(sent + fonts.bytes).toBeLessThanOrEqual(pageBudgets.storyTransfer);
    });
  }

  test(`the cover HTML is at most ${kb(pageBudgets.coverHtmlGzip)} gzip`, () => {
    expect(gzip(pages.find((p) => p.path === '/')!.html)).toBeLessThanOrEqual(pageBudgets.coverHtmlGzip);
  });

  for (const page of pages) {
    test(`${page.path} has at most ${pageBudgets.renderBlockingRequests} render-blocking requests`, () => {
      expect(renderBlockingRequests(page.html).length).toBeLessThanOrEqual(pageBudgets.renderBlockingRequests);
    });
  }

  test(`every map carries its 12 districts in at most ${kb(pageBudgets.districtGeometryGzip)} gzip of path data`, () => {
    let maps = 0;
    for (const page of pages) {
      page.$('svg.dm-svg').each((_, svg) => {
        const paths = page.$(svg).find('.dm-districts path.dm-d');
        expect(paths).toHaveLength(12);
        maps++;
        const data = paths
          .map((_, p) => page.$(p).attr('d') ?? '')
          .get()
          .join('\n');
        expect(gzip(data), page.path).toBeLessThanOrEqual(pageBudgets.districtGeometryGzip);
      });
    }
    expect(maps).toBeGreaterThan(1);
  });

  test('story pages carry no municipality paths (they come from the shared layer file)', () => {
    for (const page of pages) expect(page.$('.dm-m'), page.path).toHaveLength(0);
  });
});

describe('font subset', () => {
  // Characters the pages show: their text, and the municipality names the map layer and search show.
  const layers = distFiles().filter((f) => f.startsWith('map-data/'));
  const shown = printableCodePoints(
    pages.map((p) => load(p.html)('body').text()).join('\n') +
      layers.map((f) => readFileSync(join(distDir, f), 'utf8')).join('\n')
  );

  test('covers every Latin and Latin Extended character the built pages show (else run npm run fonts)', () => {
    const missing = [...shown].filter(
      (p) =>
        (inUnicodeRange(p, unicodeRanges.latin) || inUnicodeRange(p, unicodeRanges.latinExt)) &&
        !inUnicodeRange(p, subset.unicodeRange.latin) &&
        !(subset.unicodeRange['latin-ext'] && inUnicodeRange(p, subset.unicodeRange['latin-ext']))
    );
    expect(missing.map((p) => String.fromCodePoint(p)).join('')).toBe('');
  });

  test('includes the Norwegian and Sámi letters of municipality names', () => {
    const all = `${subset.unicodeRange.latin},${subset.unicodeRange['latin-ext']}`;
    for (const letter of 'æøåÆØÅáčđŋšŧ') {
      if (shown.has(letter.codePointAt(0)!)) expect(inUnicodeRange(letter.codePointAt(0)!, all), letter).toBe(true);
    }
    expect(['ø', 'å', 'á'].every((l) => shown.has(l.codePointAt(0)!))).toBe(true);
  });
});
