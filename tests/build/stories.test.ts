/**
 * Every story in content/stories as built in dist/: linked from the home page, every <Figure> equal to the derived data
 * (recomputed by tests/build/figure-oracle.ts, not by the registry), footnotes that resolve both ways, the required
 * graphics and scroll sequences, 1,200–2,500 words of body text with a reading time, and the data-limits box.
 */
import {readdirSync, readFileSync} from 'node:fs';
import {load, type CheerioAPI} from 'cheerio';
import {describe, expect, test} from 'vitest';
import {readDist} from './dist.ts';
import {expectedValue} from './figure-oracle.ts';

/**
 * What each story must carry, for every `.mdx` in content/stories (a new story is checked without editing this file):
 * two charts (`figure.chart` plus each scroll sequence drawn with charts) and a map; a story whose source uses
 * `<Scrolly>` needs a sequence of at least four steps.
 */
/** Stories that carry no map, and why. */
const withoutMap: Readonly<Record<string, string>> = {
  // The Bergen locator map was dropped: the text says where Bergen is, and the map said nothing more.
  'human-trafficking': 'no geography to show beyond one city the text names'
};
const stories = Object.fromEntries(
  readdirSync('content/stories')
    .filter((file) => file.endsWith('.mdx'))
    .map((file) => {
      const source = readFileSync(`content/stories/${file}`, 'utf8');
      const slug = file.replace(/\.mdx$/, '');
      return [slug, {charts: 2, maps: slug in withoutMap ? 0 : 1, scrollySteps: source.includes('<Scrolly') ? 4 : 0}];
    })
);

/** Selectors of the map components' root elements. */
const mapSelector = 'figure.district-map-figure, figure.locator-map, .locator-map';

const page = (slug: string): CheerioAPI => load(readDist(`stories/${slug}/index.html`));

/** Words of the story body: prose, step text and the data-limits box; not charts, tables, figures or footnotes. */
export function bodyWords($: CheerioAPI): number {
  const body = $('.story-body').clone();
  body.find('figure, svg, table, script, style, template, .footnotes, .scrolly-stage, nav').remove();
  return body.text().match(/[\p{L}\p{N}][\p{L}\p{N}'’.,-]*/gu)?.length ?? 0;
}

describe('stories in dist/', () => {
  const home = load(readDist('index.html'));

  for (const [slug, need] of Object.entries(stories)) {
    describe(slug, () => {
      const $ = page(slug);

      test('is linked from the home page', () => {
        expect(home(`a[href="/stories/${slug}/"]`).length).toBeGreaterThan(0);
      });

      test('every [data-figure-id] shows the value in data/derived', () => {
        const figures = $('[data-figure-id]');
        expect(figures.length).toBeGreaterThan(10);
        figures.each((_, el) => {
          const id = $(el).attr('data-figure-id')!;
          const shown = $(el).attr('data-value')!;
          const expected = expectedValue(id);
          if (expected === null) {
            expect(shown, id).toBe('');
            expect($(el).is('[data-below-five]'), id).toBe(true);
            expect($(el).text(), id).toBe('fewer than 5');
          } else if (typeof expected === 'string') {
            expect(shown, id).toBe(expected);
          } else {
            expect(Number(shown), id).toBeCloseTo(expected, 9);
            expect($(el).text().trim(), id).not.toBe('');
          }
        });
      });

      test('every footnote reference resolves to a note, and every note links back', () => {
        const refs = $('a[data-footnote-ref]');
        expect(refs.length).toBeGreaterThan(3);
        const notes = $('section.footnotes li[id]');
        refs.each((_, el) => {
          const target = $(el).attr('href')!.slice(1);
          const note = $(`section.footnotes li[id="${target}"]`);
          expect(note.length, target).toBe(1);
          const back = note.find(`a[data-footnote-backref][href="#${$(el).attr('id')}"]`);
          expect(back.length, `back-link to ${$(el).attr('id')}`).toBe(1);
        });
        notes.each((_, el) => {
          expect(
            $(`a[data-footnote-ref][href="#${$(el).attr('id')}"]`).length,
            `note ${$(el).attr('id')} is cited`
          ).toBeGreaterThan(0);
        });
      });

      test(`has at least ${need.charts} charts and ${need.maps} map(s)`, () => {
        const scrollyCharts = $('.scrolly').filter((_, s) => $(s).find('.scrolly-step svg').length > 0).length;
        expect($('figure.chart').length + scrollyCharts).toBeGreaterThanOrEqual(need.charts);
        expect($(mapSelector).length).toBeGreaterThanOrEqual(need.maps);
      });

      if (need.scrollySteps > 0) {
        test(`has a scroll sequence of at least ${need.scrollySteps} steps, each with its own graphic`, () => {
          const sizes = $('.scrolly')
            .map((_, s) => $(s).find('.scrolly-step').length)
            .get();
          expect(Math.max(0, ...sizes)).toBeGreaterThanOrEqual(need.scrollySteps);
          $('.scrolly-step').each((_, s) => {
            expect($(s).find('.step-figure svg').length, $(s).attr('id')).toBeGreaterThan(0);
          });
        });
      }

      test('has 1,200–2,500 words of body text and shows a reading time', () => {
        const words = bodyWords($);
        expect(words).toBeGreaterThanOrEqual(1200);
        expect(words).toBeLessThanOrEqual(2500);
        const label = $('.story-head .meta span')
          .map((_, el) => $(el).text().trim())
          .get()
          .find((t) => /^\d+ min read$/.test(t));
        expect(label, 'a "N min read" label').toBeDefined();
        const minutes = Number(label!.split(' ')[0]);
        // The layout counts the MDX source (tags included), so allow a wide band around words / 230.
        expect(minutes).toBeGreaterThanOrEqual(Math.floor(words / 230 / 2));
        expect(minutes).toBeLessThanOrEqual(Math.ceil((words / 230) * 2));
      });

      test('has a "What the data can’t tell you" box with a heading and content', () => {
        const box = $('.story-body aside.data-limits');
        expect(box.length).toBe(1);
        expect(box.find('h2').text()).toMatch(/What the data can.t tell you/);
        expect(box.attr('aria-labelledby')).toBe(box.find('h2').attr('id'));
        expect(box.find('li').length).toBeGreaterThanOrEqual(3);
      });
    });
  }
});
