import {describe, expect, test} from 'vitest';
import {contentSecurityPolicy, inlineStyleSources, staticHostHeaders, withMetaPolicy} from '../../src/lib/csp.ts';
import {fontFaceCss, unicodeRanges} from '../../src/lib/font-faces.ts';
import {documentTitle, pageMetaTags} from '../../src/lib/page-meta.ts';
import {importedModules, linkedAssets, pageResources, totalOf} from '../../scripts/page-weight.ts';
import {shareCardSvg, wrapText} from '../../src/lib/share-card.ts';
import {byNewest, byTopic, countWords, proseOf, readingMinutes, storyPath} from '../../src/lib/stories.ts';

describe('csp', () => {
  test('contentSecurityPolicy() allows scripts only from the site itself', () => {
    const policy = contentSecurityPolicy();
    expect(policy).toMatch(/script-src 'self'( 'wasm-unsafe-eval')?;/);
    expect(policy).not.toMatch(/unsafe-inline[^;]*;\s*style/);
    expect(policy).toContain("frame-ancestors 'none'");
  });

  test('contentSecurityPolicy(true) leaves out directives a meta tag cannot carry', () => {
    expect(contentSecurityPolicy(true)).not.toContain('frame-ancestors');
  });

  test('staticHostHeaders(pagePaths) has a block for every path, a CSP per page and immutable blocks for hashed files', () => {
    const text = staticHostHeaders(['/', '/search/']);
    expect(text.startsWith('/*\n')).toBe(true);
    expect(text.split('\n\n')[0]).not.toContain('Content-Security-Policy');
    expect(text).toContain(`/\n  Content-Security-Policy: ${contentSecurityPolicy()}\n`);
    expect(text).toContain(`/search/\n  Content-Security-Policy: ${contentSecurityPolicy(false, true)}\n`);
    expect(text).toContain('/_astro/*\n  Cache-Control: public, max-age=31536000, immutable');
    expect(text).toContain('/map-data/*\n  Cache-Control: public, max-age=31536000, immutable');
  });

  test('inlineStyleSources(html) lists one hash per distinct inline style, with unsafe-hashes only for attributes', () => {
    expect(inlineStyleSources('<p>plain</p>')).toBe("'self'");
    const sources = inlineStyleSources(
      '<style>a{}</style><svg style="overflow:visible"></svg><div style="overflow:visible">'
    );
    const hashes = sources.match(/'sha256-[A-Za-z0-9+/=]+'/g) ?? [];
    expect(hashes).toHaveLength(2);
    expect(sources.indexOf("'unsafe-hashes'")).toBeGreaterThan(sources.indexOf(hashes[0]!));
    expect(contentSecurityPolicy(false, false, sources)).toContain(`style-src ${sources};`);
  });

  test('withMetaPolicy(html, policy) replaces the meta policy and escapes it for the attribute', () => {
    const html = '<meta http-equiv="Content-Security-Policy" content="old"><p>';
    expect(withMetaPolicy(html, `style-src 'self' "x"`)).toBe(
      `<meta http-equiv="Content-Security-Policy" content="style-src 'self' &quot;x&quot;"><p>`
    );
  });

  test("contentSecurityPolicy(forMeta, wasm) adds 'wasm-unsafe-eval' to script-src only when asked", () => {
    expect(contentSecurityPolicy()).not.toContain('wasm-unsafe-eval');
    expect(contentSecurityPolicy(true, true)).toMatch(/script-src 'self' 'wasm-unsafe-eval';/);
  });
});

describe('font-faces', () => {
  const file = {
    family: 'Serif',
    style: 'normal',
    weight: '200 900',
    url: '/_astro/a.woff2',
    unicodeRange: unicodeRanges.latin
  } as const;

  test('fontFaceCss() writes one rule per file, optional display unless a file asks for swap', () => {
    const rules = fontFaceCss([file, {...file, style: 'italic', url: '/_astro/b.woff2', display: 'swap'}]).split('\n');
    expect(rules).toHaveLength(2);
    expect(rules[0]).toContain('font-display:optional;');
    expect(rules[0]).toContain('src:url(/_astro/a.woff2)');
    expect(rules[1]).toContain('font-style:italic;');
    expect(rules[1]).toContain('font-display:swap;');
  });

  test('the Latin range covers the Norwegian letters æ, ø and å', () => {
    const ranges = unicodeRanges.latin.split(',').map((r) =>
      r
        .replace('U+', '')
        .split('-')
        .map((h) => parseInt(h, 16))
    );
    for (const letter of 'æøåÆØÅ') {
      const code = letter.codePointAt(0)!;
      expect(ranges.some(([a, b = a]) => code >= a! && code <= b!)).toBe(true);
    }
  });
});

describe('page-meta', () => {
  test('documentTitle(title) appends the site name except on the home page', () => {
    expect(documentTitle('Methodology')).toBe('Methodology — Crime in Norway');
    expect(documentTitle('Crime in Norway')).toBe('Crime in Norway');
  });

  test('pageMetaTags(page) gives absolute URLs and article dates', () => {
    const tags = pageMetaTags({
      title: 'T',
      description: 'D',
      path: '/stories/x/',
      type: 'article',
      published: new Date('2026-11-24')
    });
    const byKey = Object.fromEntries(tags.map((t) => ['property' in t ? t.property : t.name, t.content]));
    expect(byKey['og:url']).toMatch(/^https:\/\/.+\/stories\/x\/$/);
    expect(byKey['og:image']).toMatch(/^https:\/\/.+\/og-default\.png$/);
    expect(byKey['article:published_time']).toBe('2026-11-24T00:00:00.000Z');
  });
});

describe('page-weight', () => {
  const html = `<link rel="stylesheet" href="/_astro/a.css"><script type="module" src="/_astro/m.js"></script>
    <script type="application/json">{"x":1}</script><script type="application/ld+json">{}</script>`;
  test('linkedAssets(html) finds stylesheets and executable scripts only', () => {
    expect(linkedAssets(html)).toEqual({scripts: ['/_astro/m.js'], styles: ['/_astro/a.css'], fonts: []});
    expect(linkedAssets('<link rel="preload" href="/_astro/f.woff2" as="font" crossorigin>').fonts).toEqual([
      '/_astro/f.woff2'
    ]);
  });

  test('importedModules(source, url) resolves static and dynamic imports', () => {
    const js = `import{a as b}from"./chunk.js";import "./side.js";const m=()=>import("./lazy.js");`;
    expect(importedModules(js, '/_astro/m.js').sort()).toEqual([
      '/_astro/chunk.js',
      '/_astro/lazy.js',
      '/_astro/side.js'
    ]);
  });

  test('pageResources(...) follows imports once and totals by kind', () => {
    const files: Record<string, string> = {
      '/_astro/a.css': 'body{color:red}',
      '/_astro/m.js': 'import"./c.js";',
      '/_astro/c.js': 'import"./m.js";console.log(1)'
    };
    const resources = pageResources('/', html, (u) => files[u]);
    expect(resources.map((r) => r.url)).toEqual(['/', '/_astro/a.css', '/_astro/m.js', '/_astro/c.js']);
    expect(totalOf(resources, 'js').bytes).toBe(files['/_astro/m.js']!.length + files['/_astro/c.js']!.length);
  });
});

describe('share-card', () => {
  test('wrapText(text, maxChars, maxLines) wraps at spaces and ellipsises overflow', () => {
    expect(wrapText('one two three four', 9, 3)).toEqual(['one two', 'three', 'four']);
    expect(wrapText('one two three four', 9, 2)).toEqual(['one two', 'three…']);
    expect(wrapText('aaaa bbbb cccc dddd', 9, 1)).toEqual(['aaaa…']);
  });

  test('shareCardSvg(card) escapes text and shows the figure when given', () => {
    const svg = shareCardSvg({kicker: 'Crime rate', title: 'A & B', figure: '59.3', figureLabel: 'per 1,000'});
    expect(svg).toContain('A &amp; B');
    expect(svg).toContain('>59.3<');
    expect(svg).toMatch(/width="1200" height="630"/);
  });
});

describe('stories', () => {
  test('storyPath(slug) and byNewest(stories)', () => {
    expect(storyPath('a-b')).toBe('/stories/a-b/');
    const s = (title: string, date: string) => ({data: {title, published: new Date(date)}});
    expect(
      byNewest([s('B', '2026-01-01'), s('A', '2026-02-01'), s('C', '2026-01-01')]).map((x) => x.data.title)
    ).toEqual(['A', 'B', 'C']);
  });

  test('byTopic(stories) puts the crime-rate story first whatever its date', () => {
    const s = (topic: 'crime-rate' | 'trafficking', date: string) => ({
      data: {title: topic, topic, published: new Date(date)}
    });
    expect(byTopic([s('trafficking', '2026-02-01'), s('crime-rate', '2026-01-01')]).map((x) => x.data.topic)).toEqual([
      'crime-rate',
      'trafficking'
    ]);
  });

  test('countWords(text) and readingMinutes(text)', () => {
    expect(countWords('Norway’s rate fell 4.3% in 2016 — a record.')).toBe(8);
    expect(readingMinutes('word '.repeat(460))).toBe(2);
    expect(readingMinutes('')).toBe(1);
  });

  test('proseOf(mdx) keeps text and drops imports, tags, props, expressions and footnote definitions', () => {
    const mdx = `import Chart from '../x.astro';

Crime fell.[^1] <Chart name="a" state={{highlight: [1, 2]}} />

<Step id="s" alt="A long description that is not prose">
Then it rose.
</Step>

[^1]: SSB, table 08484.`;
    expect(countWords(proseOf(mdx))).toBe(5);
  });
});
