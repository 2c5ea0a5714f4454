/**
 * A refresh that brings a new year needs no code change: SSB's answers (in the APIs' shapes, built from the collected
 * sources) gain a synthetic 2025 and a 2024-2025 period, `data:fetch` and `npm run data` run into a temporary folder,
 * and the new year flows into the derived files, their names, the change report, the site's file set and the story
 * figures that say `latest`. A 2025 that contradicts a story's claim makes the claim check fail, naming the sentence.
 * The synthetic figures are not SSB's.
 */
import {mkdtempSync, readFileSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterAll, beforeAll, beforeEach, describe, expect, it} from 'vitest';
import {derivedFiles} from '../../src/lib/derived-files.ts';
import {resolve} from '../../src/lib/figures.ts';
import {offencesPer1000Chart} from '../../src/lib/charts/offencesPer1000.ts';
import {checkFrontmatterClaims} from '../../src/lib/story-claims.ts';
import {answersWith2025, refresh as refreshIn, repoRoot, siteReader, sources, sourcesMissing} from './new-year-data.ts';

let root = '';
/** Fetches the answers into a raw folder and builds into a copy of the committed data; returns the paths and run. */
const refresh = (name: string, answers: Map<string, string>) => refreshIn(root, name, answers);

const story = 'content/stories/falling-crime-rate.mdx';
// The standfirst's "climbed in every year since" is checked on the newest two years, as the story's frontmatter says.
const climbedClaim = {
  in: 'dek' as const,
  words: 'The rate has climbed in every year since',
  that: 'greater' as const,
  ids: ['offences.national.latest.per1000', 'offences.national.latest-1.per1000']
};

describe('a new year (synthetic 2025) flows from the fetch to the stories with no code change', () => {
  beforeEach((ctx) => {
    if (sourcesMissing) ctx.skip(`no raw sources at ${sources} (set SOURCES_DIR)`);
  });
  beforeAll(() => {
    root = mkdtempSync(path.join(tmpdir(), 'new-year-'));
  });
  afterAll(() => {
    if (root) rmSync(root, {recursive: true, force: true});
  });

  it('builds, names the SSB files for their new years, and the change report lists what 2025 adds', async () => {
    const {out, report, run} = await refresh('rise', answersWith2025(+12_000));
    expect(run.status, run.stderr).toBe(0);
    const {files, read} = siteReader(out);
    expect(files.nationalOffences).toBe('offences-national-1993-2025.json');
    expect(files.offenceGroups).toBe('offence-groups-2018-2025.json');
    expect(files.offencesByDistrict).toBe('offences-by-district-2020-2025.json');
    expect(files.offencesByMunicipality).toBe('offences-by-municipality-2020-2025.json');
    expect(files.nationalScene).toBe('offences-by-scene-national-2020-2025.json');
    expect(files.tipTiers).toBe(derivedFiles.tipTiers); // hand-collected sources keep their names

    const national = read(derivedFiles.nationalOffences) as {year: number; count: number}[];
    const [y2024, y2025] = national.slice(-2);
    expect([y2024?.year, y2025?.year]).toEqual([2024, 2025]);
    expect(y2025!.count - y2024!.count).toBe(12_000);
    const districts = read(derivedFiles.offencesByDistrict) as {period: string; districtId: string; group: string}[];
    expect([...new Set(districts.map((r) => r.period))].at(-1)).toBe('2024-2025');
    const groups = read(derivedFiles.offenceGroups) as {year: number}[];
    expect([...new Set(groups.map((r) => r.year))]).toEqual([2018, 2019, 2023, 2024, 2025]);

    const text = readFileSync(report, 'utf8');
    const gained = text.slice(text.indexOf('## Series that gained a year'));
    const gainedLines = gained.slice(0, gained.indexOf('\n\n', 30)).split('\n').slice(2);
    expect(gainedLines).toEqual([
      '- `offence-groups-2018-2025.json` (was `offence-groups-2018-2024.json`): 2025',
      '- `offences-by-district-2020-2025.json` (was `offences-by-district-2020-2024.json`): 2024-2025',
      '- `offences-by-municipality-2020-2025.json` (was `offences-by-municipality-2020-2024.json`): 2024-2025',
      '- `offences-by-scene-national-2020-2025.json` (was `offences-by-scene-national-2020-2024.json`): 2024-2025',
      '- `offences-national-1993-2025.json` (was `offences-national-1993-2024.json`): 2025'
    ]);
    // Old rows are unchanged: every file only gains the new year's rows (356 municipalities: Utsira is absent).
    const summary = text.slice(text.indexOf('## Summary'), text.indexOf('## Series that gained a year'));
    expect(summary.split('\n').filter((l) => l.startsWith('- `'))).toEqual([
      '- `offence-groups-2018-2025.json` (was `offence-groups-2018-2024.json`): 9 rows added, 0 rows removed, 0 values changed; gained 2025',
      '- `offences-by-district-2020-2025.json` (was `offences-by-district-2020-2024.json`): 84 rows added, 0 rows removed, 0 values changed; gained 2024-2025',
      '- `offences-by-municipality-2020-2025.json` (was `offences-by-municipality-2020-2024.json`): 356 rows added, 0 rows removed, 0 values changed; gained 2024-2025',
      '- `offences-by-scene-national-2020-2025.json` (was `offences-by-scene-national-2020-2024.json`): 7 rows added, 0 rows removed, 0 values changed; gained 2024-2025',
      '- `offences-national-1993-2025.json` (was `offences-national-1993-2024.json`): 1 row added, 0 rows removed, 0 values changed; gained 2025'
    ]);
    // The standfirst's claims read `latest`, which moved to 2025: the report asks for their sentences to be reread.
    expect(text).toMatch(
      /- line \d+, `offences\.national\.latest\.per1000` \(claim: reread its sentence\): 61\.5 per 1,000 → [\d.]+ per 1,000/
    );
  }, 180_000);

  it('story figures that say `latest` and the line chart reach 2025; the claims still hold', async () => {
    const {out, run} = await refresh('rise-site', answersWith2025(+12_000));
    expect(run.status, run.stderr).toBe(0);
    const {read} = siteReader(out);
    const national = read(derivedFiles.nationalOffences) as {year: number; count: number; per1000: number}[];
    const latest = resolve('offences.national.latest.count', read);
    expect(latest.value).toBe(national.at(-1)!.count);
    expect(national.at(-1)!.year).toBe(2025);
    expect(resolve('offences.national.latest-1.count', read).value).toBe(national.at(-2)!.count);
    const oslo = resolve('district.p01.latest.violence.count', read);
    expect(oslo.value).toBe((resolve('district.p01.2023-2024.violence.count', read).value as number) + 1000);

    const chart = offencesPer1000Chart.load(read);
    const state = offencesPer1000Chart.state({});
    expect(offencesPer1000Chart.table(chart, state).rows.at(-1)?.year).toBe(2025);
    expect(offencesPer1000Chart.describe(chart, state)).toMatch(/2025/);
    const subtitle = offencesPer1000Chart.subtitle;
    expect(typeof subtitle === 'function' ? subtitle(state, chart) : subtitle).toMatch(/Norway, 1993–2025$/);

    expect(readFileSync(story, 'utf8')).toContain(`ids: [${climbedClaim.ids.join(', ')}]`);
    expect(() =>
      checkFrontmatterClaims('/stories/falling-crime-rate/', [climbedClaim], (id) => resolve(id, read).value)
    ).not.toThrow();
  }, 180_000);

  it('a 2025 that contradicts a claim fails its check, naming the page, the sentence and the values', async () => {
    const {out, run} = await refresh('fall', answersWith2025(-40_000));
    expect(run.status, run.stderr).toBe(0);
    const {read} = siteReader(out);
    expect(() =>
      checkFrontmatterClaims('/stories/falling-crime-rate/', [climbedClaim], (id) => resolve(id, read).value)
    ).toThrow(
      /^Claim no longer holds on \/stories\/falling-crime-rate\/: "The rate has climbed in every year since" states that the figures are greater, but the data has offences\.national\.latest\.per1000 = [\d.]+; offences\.national\.latest-1\.per1000 = [\d.]+ \(in the dek\)$/
    );
  }, 180_000);

  it('a municipality missing from the new period without a stated rule is refused, naming it and the period', async () => {
    const {out, run} = await refresh('no-modalen', answersWith2025(+12_000, false));
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(
      /ssb08487_kommune_anmeldte_2020-2024_chrilur\.csv:- \[komnr 4629, år 2024-2025\] field komnr: expected a row for Modalen \(4629\) in 2024-2025, found none/
    );
    expect(readFileSync(path.join(out, 'manifest.json'), 'utf8')).toBe(
      readFileSync(path.join(repoRoot, 'data/manifest.json'), 'utf8')
    );
  }, 180_000);
});
