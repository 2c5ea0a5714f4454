import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, test} from 'vitest';
import sharp from 'sharp';
import {builtPages, distDir} from './dist.ts';
import {rootTokens} from '../../src/lib/css-tokens.ts';
import {derivedFiles} from '../../src/lib/derived-files.ts';

// Story pages only: /stories/ itself is the index of them.
const stories = builtPages().filter((p) => p.path.startsWith('/stories/') && p.path !== '/stories/');

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): {width: number; height: number} {
  const bytes = readFileSync(file);
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return {width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20)};
}

describe('story pages', () => {
  test('there is at least one story', () => {
    expect(stories.length).toBeGreaterThan(0);
  });

  for (const page of stories) {
    test(`${page.path} carries NewsArticle JSON-LD with dates, author and the datasets it draws on`, () => {
      const blocks = page.$('script[type="application/ld+json"]');
      expect(blocks).toHaveLength(1);
      const ld = JSON.parse(blocks.text());
      expect(ld['@type']).toBe('NewsArticle');
      expect(ld.headline).toBe(page.$('h1').text().trim());
      expect(Date.parse(ld.datePublished)).not.toBeNaN();
      expect(Date.parse(ld.dateModified)).toBeGreaterThanOrEqual(Date.parse(ld.datePublished));
      expect(ld.author[0].name.length).toBeGreaterThan(2);
      expect(ld.isBasedOn.length).toBeGreaterThan(0);
      for (const dataset of ld.isBasedOn) {
        expect(dataset['@type']).toBe('Dataset');
        expect(dataset.url).toMatch(/^https?:\/\//);
      }
    });

    test(`${page.path} has a 1200×630 share image and byline, dates and sources on the page`, () => {
      const image = new URL(page.$('meta[property="og:image"]').attr('content')!).pathname;
      expect(image).toMatch(/^\/og\/.+\.png$/);
      expect(pngSize(join(distDir, image))).toEqual({width: 1200, height: 630});
      expect(page.$('meta[property="og:type"]').attr('content')).toBe('article');
      expect(page.$('.byline').text().trim().length).toBeGreaterThan(2);
      expect(page.$('time[datetime]').length).toBeGreaterThan(0);
      expect(page.$('#sources + ol li').length).toBeGreaterThan(0);
      expect(page.$('a[href="/methodology/"]').length).toBeGreaterThan(0);
    });
  }
});

/** The chart colours of the light scheme as RGB triples: the card's own text colours are none of them. */
const chartColours = Object.entries(rootTokens(readFileSync('src/styles/global.css', 'utf8')))
  .filter(([name]) => /^--chart-series-\d$/.test(name))
  .map(([, hex]) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)));

/** How many pixels of a PNG are within 36 (summed over the channels) of one of `colours`. */
async function pixelsNear(file: string, colours: number[][]): Promise<number> {
  const {data, info} = await sharp(file).removeAlpha().raw().toBuffer({resolveWithObject: true});
  let count = 0;
  for (let i = 0; i < data.length; i += info.channels) {
    if (
      colours.some(
        ([r, g, b]) => Math.abs(data[i]! - r!) + Math.abs(data[i + 1]! - g!) + Math.abs(data[i + 2]! - b!) < 36
      )
    )
      count++;
  }
  return count;
}

describe('share images carry the hero graphic', () => {
  for (const page of stories) {
    test(`${page.path} opens with its hero graphic straight after the standfirst, before byline and data lines`, () => {
      expect(page.$('.story-head .dek + figure.story-hero svg').length).toBeGreaterThan(0);
    });

    test(`${page.path}: the share image draws the hero chart, stays small, and its alt text describes that chart`, async () => {
      const file = join(distDir, new URL(page.$('meta[property="og:image"]').attr('content')!).pathname);
      // A flat chart on a plain card compresses well; a photo-sized PNG here would mean the palette step was lost.
      expect(readFileSync(file).length).toBeLessThan(80_000);
      // The chart's series colours cover a real share of the image (a headline-only card has none of them).
      expect(await pixelsNear(file, chartColours)).toBeGreaterThan(300);
      const alt = page.$('meta[property="og:image:alt"]').attr('content')!;
      const heroAlt = page.$('.story-hero svg desc').first().text().trim();
      expect(heroAlt.length).toBeGreaterThan(20);
      expect(alt).toContain(page.$('h1').text().trim());
      expect(alt).toContain(heroAlt);
    });
  }
});

describe('methodology', () => {
  const page = builtPages().find((p) => p.path === '/methodology/')!;
  const national = JSON.parse(readFileSync(`data/derived/${derivedFiles.nationalOffences}`, 'utf8')) as {
    year: number;
    population: number;
    per1000: number;
  }[];
  const text = page.$('main').text().replace(/\s+/g, ' ');

  test('the populations it quotes are those in the derived national series', () => {
    const fmt = (n: number) => n.toLocaleString('en-GB');
    expect(text).toContain(`${fmt(national.find((r) => r.year === 1993)!.population)} inhabitants on 1 January 1993`);
    expect(text).toContain(`${fmt(national.find((r) => r.year === 2024)!.population)} on 1 January 2024`);
  });

  test('the SSB rates it quotes round from the derived series', () => {
    expect(text).toContain(`${national.find((r) => r.year === 2012)!.per1000.toFixed(1)} for 2012`);
    expect(text).toContain(`${national.find((r) => r.year === 2018)!.per1000.toFixed(1)} for 2018`);
  });

  test('it offers every derived file and the manifest for download, and each download exists', () => {
    const manifest = JSON.parse(readFileSync('data/manifest.json', 'utf8'));
    const files = Object.keys(manifest.files ?? manifest);
    const links = page
      .$('a[download]')
      .map((_, a) => page.$(a).attr('href'))
      .get();
    expect(links).toContain('/data/manifest.json');
    for (const file of files) expect(links).toContain(`/data/${file}`);
    for (const link of links) {
      expect(readFileSync(join(distDir, link)).length, link).toBeGreaterThan(0);
    }
    for (const file of files) {
      expect(readFileSync(join(distDir, 'data', file), 'utf8')).toBe(readFileSync(join('data/derived', file), 'utf8'));
    }
  });
});
