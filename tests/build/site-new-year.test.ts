/**
 * The real site builds from a refreshed data set that brings a new year. The synthetic 2025 of
 * tests/unit/new-year-data.ts goes through the real fetch and pipeline into the `data/` folder of a temporary copy of
 * the project, and `astro build` runs there. Where 2025 agrees with the stories, the built pages show it: the line
 * chart and its table reach 2025, the map offers (and by default shows) 2024-2025, the story's vintage line names 2025.
 * Where it contradicts a claim, the build stops, naming the story, the sentence and the values.
 * Expected figures are computed here from the synthetic answers, not read from the derived files.
 */
import {spawnSync} from 'node:child_process';
import {cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {load, type CheerioAPI} from 'cheerio';
import {afterAll, beforeAll, beforeEach, describe, expect, it} from 'vitest';
import {allOffencesCode} from '../../src/pipeline/fetch/ssb-tables.ts';
import {answersWith2025, refresh, repoRoot, sources, sourcesMissing} from '../unit/new-year-data.ts';

/** What the site is built from; everything else in the repository (dist/, .astro/, tests) stays out of the copy. */
const projectEntries = ['src', 'content', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json'];
/**
 * Caches inside node_modules: Astro keeps its content data store in node_modules/.astro, so the copy gets its own
 * (empty) folders for these rather than sharing the repository's with a build running beside it.
 */
const nodeModuleCaches = new Set(['.astro', '.vite', '.vite-temp', '.vitest-cache']);

let root = '';

/** A temporary copy of the project without data/: every package linked, not copied. */
function projectCopy(name: string): string {
  const dir = path.join(root, name);
  mkdirSync(path.join(dir, 'node_modules'), {recursive: true});
  for (const entry of projectEntries) cpSync(path.join(repoRoot, entry), path.join(dir, entry), {recursive: true});
  for (const entry of readdirSync(path.join(repoRoot, 'node_modules'))) {
    if (nodeModuleCaches.has(entry)) continue;
    symlinkSync(path.join(repoRoot, 'node_modules', entry), path.join(dir, 'node_modules', entry));
  }
  return dir;
}

/** Runs the real `astro build` in `dir` (no search index: pagefind only reads the result). */
function astroBuild(dir: string): {status: number | null; output: string} {
  const run = spawnSync(process.execPath, [path.join(dir, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: dir,
    encoding: 'utf8',
    env: {...process.env, ASTRO_TELEMETRY_DISABLED: '1'}
  });
  return {status: run.status, output: run.stdout + run.stderr};
}

/**
 * A copy of the project whose data set is the synthetic one (2025 moves property theft by `change`), checked to hold
 * 2025 and no earlier build output before it is built.
 */
async function siteWith2025(name: string, change: number) {
  const dir = projectCopy(name);
  const answers = answersWith2025(change);
  const {run} = await refresh(root, name, answers, path.join(dir, 'data'));
  expect(run.status, run.stderr).toBe(0);
  const manifest = JSON.parse(readFileSync(path.join(dir, 'data/manifest.json'), 'utf8')) as {files: object};
  expect(Object.keys(manifest.files)).toContain('offences-national-1993-2025.json');
  expect(existsSync(path.join(dir, 'data/derived/offences-national-1993-2025.json'))).toBe(true);
  expect(existsSync(path.join(dir, 'data/derived/offences-national-1993-2024.json'))).toBe(false);
  expect(existsSync(path.join(dir, 'dist'))).toBe(false);
  return {dir, answers, build: astroBuild(dir)};
}

/** The parts of a JSON-stat 2.0 answer that locate a value. */
interface JsonStat {
  id: string[];
  size: number[];
  value: (number | null)[];
  dimension: Record<string, {category: {index: Record<string, number>}}>;
}

/** The value of a JSON-stat 2.0 answer at one code per dimension (values are stored row-major by `id`). */
function cell(json: string, coords: Record<string, string>): number {
  const t = JSON.parse(json) as JsonStat;
  const k = t.id.reduce((at, id, d) => at * t.size[d]! + t.dimension[id]!.category.index[coords[id]!]!, 0);
  const value = t.value[k];
  if (value === null || value === undefined) throw new Error(`no value at ${JSON.stringify(coords)}`);
  return value;
}

/** Offences reported and population in `year`, straight from the (synthetic) SSB answers. */
function national(answers: Map<string, string>, year: string) {
  const count = cell(answers.get('/tables/08484/')!, {
    LovbruddKrim: allOffencesCode,
    ContentsCode: 'AnmeldteLovbrudd',
    Tid: year
  });
  const population = cell(answers.get('/tables/06913/')!, {Region: '0', ContentsCode: 'Folkemengde', Tid: year});
  return {count, population, per1000: (count / population) * 1000};
}

const grouped = (n: number) => n.toLocaleString('en-GB');

/**
 * The words of each `<text>` in an SVG, a label set on several lines (`<tspan>`s) joined by spaces: the chart's end
 * label reads "63.2 (2025)" in the wide drawing and "63.2" over "2025" in the narrow one.
 */
function textsOf($: CheerioAPI, svg: Parameters<CheerioAPI>[0]): string[] {
  return $(svg)
    .find('text')
    .toArray()
    .map((text) => {
      const lines = $(text).children('tspan').toArray();
      return lines.length ? lines.map((line) => $(line).text()).join(' ') : $(text).text();
    });
}
const periods = ['2020-2021', '2021-2022', '2022-2023', '2023-2024', '2024-2025'];
const story = 'stories/falling-crime-rate/index.html';

describe('the real site builds from a data set with a synthetic 2025', () => {
  beforeEach((ctx) => {
    if (sourcesMissing) ctx.skip(`no raw sources at ${sources} (set SOURCES_DIR)`);
  });
  beforeAll(() => {
    root = mkdtempSync(path.join(tmpdir(), 'site-new-year-'));
  });
  afterAll(() => {
    if (root) rmSync(root, {recursive: true, force: true});
  });

  describe('where 2025 agrees with the stories', () => {
    let site: Awaited<ReturnType<typeof siteWith2025>>;
    let page: (file: string) => CheerioAPI;
    beforeAll(async () => {
      if (sourcesMissing) return;
      site = await siteWith2025('rise', +12_000);
      page = (file) => load(readFileSync(path.join(site.dir, 'dist', file), 'utf8'));
    }, 300_000);

    it('builds', () => {
      expect(site.build.status, site.build.output).toBe(0);
    });

    it('the falling-crime line chart and its data table reach 2025, with its figures', () => {
      const $ = page(story);
      const y2024 = national(site.answers, '2024');
      const y2025 = national(site.answers, '2025');
      expect(y2025.count - y2024.count).toBe(12_000);
      const hero = $('figure.story-hero');
      expect(hero.find('.chart-subtitle').text()).toMatch(/Norway, 1993–2025$/);
      // The line's end label names the newest year and its rate, in both the narrow and the wide drawing.
      const svgs = hero.find('.chart-svg > svg');
      expect(svgs.length).toBe(2);
      svgs.each((_, svg) => {
        const labels = textsOf($, svg).map((label) => label.replace(/[()]/g, ''));
        expect(labels).toContain(`${y2025.per1000.toFixed(1)} 2025`);
        expect(labels.filter((label) => /^\d+\.\d \d{4}$/.test(label))).toHaveLength(1);
      });
      const table = $('table')
        .filter((_, t) => $(t).find('caption').text().includes('fell for two decades'))
        .first();
      const rows = table
        .find('tbody tr')
        .toArray()
        .map((tr) =>
          $(tr)
            .find('td')
            .toArray()
            .map((td) => $(td).text().trim())
        );
      expect(rows.length).toBe(2025 - 1993 + 1);
      expect(rows.at(-2)).toEqual(['2024', grouped(y2024.count), grouped(y2024.population), y2024.per1000.toFixed(2)]);
      expect(rows.at(-1)).toEqual(['2025', grouped(y2025.count), grouped(y2025.population), y2025.per1000.toFixed(2)]);
    });

    it("the story's vintage line names 2025", () => {
      const vintage = page(story)('p.vintage');
      expect(vintage.attr('data-vintage-year')).toBe('2025');
      expect(vintage.attr('data-vintage-file')).toBe('offences-national-1993-2025.json');
      expect(vintage.text()).toMatch(/^\s*Latest official figures: 2025 \(SSB\)\./);
    });

    it('the district map offers 2024-2025 and shows it by default; a map pinned to 2023-2024 stays there', () => {
      const offered = ($: CheerioAPI) =>
        $('.dm-periods input')
          .map((_, i) => $(i).val())
          .get();
      const chosen = ($: CheerioAPI) => $('.dm-periods input[checked]').val();
      const caption = ($: CheerioAPI) => $('.dm-table caption').text();

      const graphics = page('graphics/map/index.html');
      expect(offered(graphics)).toEqual(periods);
      expect(chosen(graphics)).toBe('2024-2025');
      expect(graphics('district-map').attr('data-period')).toBe('2024-2025');
      expect(caption(graphics)).toBe(
        'Offences reported per 1,000 inhabitants, 2024-2025 (annual average), by police district'
      );

      const $ = page(story);
      expect(offered($)).toEqual(periods);
      expect(chosen($)).toBe('2023-2024');
      expect(caption($)).toContain('2023-2024 (annual average)');
      // Oslo's 2024-2025 count is 1,000 above its 2023-2024 one in the synthetic answers: its rate must be higher.
      const oslo = (p: CheerioAPI) => Number(p('.dm-table tr:has(th:contains("Oslo")) td').first().text());
      expect(oslo(graphics)).toBeGreaterThan(oslo($));
    });

    it('the downloads carry the new files and not the ones they replace', () => {
      const data = path.join(site.dir, 'dist/data');
      expect(existsSync(path.join(data, 'offences-national-1993-2025.csv'))).toBe(true);
      expect(existsSync(path.join(data, 'offences-national-1993-2024.csv'))).toBe(false);
      const csv = readFileSync(path.join(data, 'offences-national-1993-2025.csv'), 'utf8').trim().split('\n');
      expect(csv.at(-1)).toMatch(new RegExp(`^2025,${national(site.answers, '2025').count},`));
    });
  });

  describe('where 2025 contradicts a claim', () => {
    let site: Awaited<ReturnType<typeof siteWith2025>>;
    beforeAll(async () => {
      if (sourcesMissing) return;
      site = await siteWith2025('fall', -40_000);
    }, 300_000);

    it('the build fails, naming the story, the sentence and the values', () => {
      expect(site.build.status, site.build.output).not.toBe(0);
      const latest = national(site.answers, '2025').per1000;
      const before = national(site.answers, '2024').per1000;
      expect(latest).toBeLessThan(before);
      const failure = site.build.output.match(
        /Claim no longer holds on \/stories\/falling-crime-rate\/: "The rate has climbed in every year since" states that the figures are greater, but the data has offences\.national\.latest\.per1000 = ([\d.]+); offences\.national\.latest-1\.per1000 = ([\d.]+) \(in the dek\)/
      );
      expect(failure, site.build.output).not.toBeNull();
      expect(Number(failure![1])).toBeCloseTo(latest, 3);
      expect(Number(failure![2])).toBeCloseTo(before, 3);
    });
  });
});
