/**
 * What helps a reader find and date a story, as built: the /stories/ index, "Read next" links, the data-vintage
 * line (recomputed here from the derived file it names and the manifest), Norwegian search terms, and demo pages
 * kept out of the sitemap and search engines.
 */
import {load} from 'cheerio';
import {readdirSync, readFileSync} from 'node:fs';
import {describe, expect, test} from 'vitest';
import {builtPages, readDist} from './dist.ts';

/** Story slugs, from the content folder (file name = slug), so a new story is checked too. */
const slugs = readdirSync('content/stories')
  .filter((f) => f.endsWith('.mdx'))
  .map((f) => f.replace(/\.mdx$/, ''));
const story = (slug: string) => load(readDist(`stories/${slug}/index.html`));

describe('reader aids', () => {
  test('/stories/ lists every story', () => {
    const $ = load(readDist('stories/index.html'));
    for (const slug of slugs) expect($(`a[href="/stories/${slug}/"]`).length, slug).toBe(1);
  });

  for (const slug of slugs) {
    test(`${slug}: "Read next" links every other story`, () => {
      const $ = story(slug);
      const links = $('nav.read-next a')
        .map((_, a) => $(a).attr('href'))
        .get();
      expect(links.sort()).toEqual(
        slugs
          .filter((s) => s !== slug)
          .map((s) => `/stories/${s}/`)
          .sort()
      );
    });

    test(`${slug}: the vintage line gives the latest year in its data file and the last retrieval date`, () => {
      const line = story(slug)('.story-head .vintage');
      const file = line.attr('data-vintage-file')!;
      const rows = JSON.parse(readFileSync(`data/derived/${file}`, 'utf8')) as Record<string, unknown>[];
      const years = rows.flatMap(
        (r) => String(r.year ?? r.edition ?? r.reportYear ?? r.published ?? r.period).match(/\d{4}/g) ?? []
      );
      const latest = Math.max(...years.map(Number));
      expect(line.text()).toContain(`Latest official figures: ${latest} `);
      const manifest = JSON.parse(readFileSync('data/manifest.json', 'utf8'));
      const entry = (manifest.files ?? manifest)[file];
      const retrieved = entry.sources
        .map((s: {retrieved: string}) => s.retrieved)
        .sort()
        .at(-1);
      expect(line.find('time').attr('datetime')).toBe(retrieved);
    });
  }

  test('the site search can find the Norwegian terms readers use', () => {
    const searchable = slugs.map((s) => story(s)('[data-pagefind-body]').text().toLowerCase()).join(' ');
    for (const term of [
      'kontraktsvold',
      'vold som tjeneste',
      'menneskehandel',
      'organisert kriminalitet',
      'lovbrudd',
      'drap'
    ]) {
      expect(searchable, term).toContain(term);
    }
  });

  test('the /graphics/ demos are noindex, outside the sitemap and outside the search index', () => {
    const demos = builtPages().filter((p) => p.path.startsWith('/graphics/'));
    expect(demos.length).toBeGreaterThan(0);
    const sitemap = readDist('sitemap-0.xml');
    for (const page of demos) {
      expect(page.$('meta[name="robots"]').attr('content'), page.path).toBe('noindex');
      expect(page.$('[data-pagefind-body]').length, page.path).toBe(0);
      expect(sitemap, page.path).not.toContain(page.path);
    }
  });

  test('the long-series chart dates the police reform to 2016 and marks the 1994/95 counting change', () => {
    const $ = story('falling-crime-rate');
    const flat = (t: string) => t.replace(/\s+/g, ' ');
    // A scroll step's alt text replaces the generated description; the gallery shows the generated one.
    expect(flat($('[id="the-counting-change"] svg desc').text())).toContain(
      'the 1994/95 change in how the police register offences'
    );
    expect(flat($('[id="the-reform"] svg desc').text())).toContain('12 districts on 1 January 2016');
    const gallery = flat(load(readDist('graphics/charts/index.html'))('svg desc').text());
    expect(gallery).toContain('from 1994/95 the police register counted every offence separately');
    expect(gallery).toContain('replaced 27 districts with 12 on 1 January 2016');
    expect(flat($('svg desc').text()) + gallery).not.toMatch(/(into|to) 12 from 2017|reform of 2017/);
  });
});
