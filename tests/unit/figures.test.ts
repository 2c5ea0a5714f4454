/**
 * The figure registry (src/lib/figures.ts): behaviour on tiny inline fixtures, values checked against the real
 * derived files with expectations computed here, and every id used in content/stories resolving.
 */
import {readdirSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {FigureError, resolve, type ReadDerived} from '../../src/lib/figures.ts';
import {derivedFiles} from '../../src/lib/derived-files.ts';

const derived = (file: string): unknown => JSON.parse(readFileSync(join('data/derived', file), 'utf8'));
const rows = <T>(file: string): T[] => derived(file) as T[];

/** A reader over inline fixtures keyed by file name. */
function fixture(files: Record<string, unknown>): ReadDerived {
  return (file) => {
    if (!(file in files)) throw new Error(`no fixture for ${file}`);
    return files[file];
  };
}

const national = [
  {year: 2020, count: 300, population: 5000, per1000: 60, seriesNote: null, propertyTheft: 100},
  {year: 2021, count: 250, population: 5000, per1000: 50, seriesNote: null, propertyTheft: 50},
  {year: 2022, count: 400, population: 5000, per1000: 80, seriesNote: null, propertyTheft: null}
];
const tiny = fixture({[derivedFiles.nationalOffences]: national});

describe('resolve(id, read) on inline fixtures', () => {
  it('resolve("offences.national.<year>.count") returns the row value formatted as a count', () => {
    const f = resolve('offences.national.2021.count', tiny);
    expect(f).toMatchObject({
      value: 250,
      formatted: '250',
      source: derivedFiles.nationalOffences,
      format: 'count'
    });
  });

  it('resolve("….per1000") adds the unit; format "decimal" drops it', () => {
    expect(resolve('offences.national.2020.per1000', tiny).formatted).toBe('60.0 per 1,000');
    expect(resolve('offences.national.2020.per1000', tiny, {format: 'decimal', digits: 2}).formatted).toBe('60.00');
  });

  it('resolve("….change.<from>-<to>.…") is an unrounded percent change with a true minus sign', () => {
    const f = resolve('offences.national.change.2020-2021.per1000', tiny);
    expect(f.value).toBeCloseTo(-16.6667, 4);
    expect(f.formatted).toBe('−16.7%');
  });

  it('format "fall"/"rise" prints the size only, and fails when the data moved the other way', () => {
    expect(resolve('offences.national.change.2020-2021.count', tiny, {format: 'fall'}).formatted).toBe('16.7%');
    expect(() => resolve('offences.national.change.2020-2021.count', tiny, {format: 'rise'})).toThrow(FigureError);
  });

  it('resolve("offences.national.<max|min>.per1000[.year]") finds the extreme', () => {
    expect(resolve('offences.national.max.per1000.year', tiny).formatted).toBe('2022');
    expect(resolve('offences.national.min.per1000', tiny).value).toBe(50);
  });

  it('resolve("offences.national.diff.…") is the later value minus the earlier', () => {
    expect(resolve('offences.national.diff.2021-2022.count', tiny).value).toBe(150);
  });

  it('an unknown id throws a FigureError whose message names the id', () => {
    for (const id of ['nope.1', 'offences.national.1850.count', 'offences.national.2020.colour', 'district.p99.x']) {
      expect(() => resolve(id, tiny)).toThrow(new RegExp(`"${id.replaceAll('.', '\\.')}"`));
    }
  });

  it('a missing value (null) for a requested field fails rather than printing zero', () => {
    expect(() => resolve('offences.national.2022.propertyTheft', tiny)).toThrow(FigureError);
  });

  it('a missing data file fails with the id in the message', () => {
    expect(() => resolve('homicide.unodc.2023.ratePer100k', tiny)).toThrow(/homicide\.unodc\.2023\.ratePer100k/);
  });

  it('suppressed municipal cells resolve to null and read "fewer than 5"', () => {
    const read = fixture({
      [derivedFiles.offencesByMunicipality]: [
        {
          period: '2023-2024',
          municipalityId: '1151',
          municipality: 'X',
          districtId: 'p06',
          population: 200,
          total: 9,
          propertyTheft: null,
          violence: 5,
          drugs: null,
          publicOrder: null,
          traffic: null,
          other: null
        }
      ]
    });
    const f = resolve('municipality.1151.2023-2024.propertyTheft', read);
    expect(f).toMatchObject({value: null, belowFive: true, formatted: 'fewer than 5'});
  });

  it('homicide.kripos.<year> with two published counts needs an index', () => {
    const read = fixture({
      'homicide-kripos-selected-years.json': [
        {year: 2023, cases: 35, victims: 38, perpetrators: null, source: 'a', url: 'u', note: null},
        {year: 2023, cases: 33, victims: 36, perpetrators: null, source: 'b', url: 'u', note: null}
      ]
    });
    expect(() => resolve('homicide.kripos.2023.victims', read)).toThrow(/add "\.1" or "\.2"/);
    expect(resolve('homicide.kripos.2023.2.victims', read).value).toBe(36);
  });
});

interface NationalRow {
  year: number;
  count: number;
  population: number;
  per1000: number;
  propertyTheft: number | null;
}
interface DistrictRow {
  period: string;
  districtId: string;
  group: string;
  count: number;
  population: number;
  per1000: number;
}

describe('resolve(id, readDerivedJson) against data/derived', () => {
  const read: ReadDerived = derived;
  const nat = rows<NationalRow>(derivedFiles.nationalOffences);
  const year = (y: number): NationalRow => nat.find((r) => r.year === y)!;

  it('national counts and rates equal the file for every year', () => {
    for (const r of nat) {
      expect(resolve(`offences.national.${r.year}.count`, read).value).toBe(r.count);
      expect(resolve(`offences.national.${r.year}.per1000`, read).value).toBe(r.per1000);
    }
  });

  it('the national peak and low are the years with the highest and lowest rate', () => {
    const sorted = [...nat].sort((a, b) => b.per1000 - a.per1000);
    expect(resolve('offences.national.max.per1000.year', read).value).toBe(sorted[0]!.year);
    expect(resolve('offences.national.min.per1000.year', read).value).toBe(sorted.at(-1)!.year);
  });

  it('percent changes are (to − from) / from × 100 of the file values', () => {
    const expected = ((year(2024).per1000 - year(2021).per1000) / year(2021).per1000) * 100;
    expect(resolve('offences.national.change.2021-2024.per1000', read).value).toBeCloseTo(expected, 10);
  });

  it('district ranks order the 12 districts by rate, highest first', () => {
    const peers = rows<DistrictRow>(derivedFiles.offencesByDistrict).filter(
      (r) => r.period === '2023-2024' && r.group === 'total'
    );
    expect(peers).toHaveLength(12);
    const order = [...peers].sort((a, b) => b.per1000 - a.per1000).map((r) => r.districtId);
    order.forEach((pid, i) => {
      expect(resolve(`district.${pid}.2023-2024.total.per1000.rank`, read).value).toBe(i + 1);
    });
  });

  it('district.all sums counts and populations over the districts', () => {
    const peers = rows<DistrictRow>(derivedFiles.offencesByDistrict).filter(
      (r) => r.period === '2023-2024' && r.group === 'violence'
    );
    const count = peers.reduce((s, r) => s + r.count, 0);
    const population = peers.reduce((s, r) => s + r.population, 0);
    expect(resolve('district.all.2023-2024.violence.per1000', read).value).toBeCloseTo((count / population) * 1000, 10);
  });

  it('GI-TOC ids use the indicator name as a kebab slug', () => {
    const row = rows<{edition: number; indicator: string; score: number | null}>(
      'organised-crime-gitoc-norway.json'
    ).find((r) => r.edition === 2023 && r.indicator === 'Illicit trade in excisable goods')!;
    expect(resolve('gitoc.2023.illicit-trade-in-excisable-goods.score', read).value).toBe(row.score);
  });

  it('TIP tiers are text and need format "text"', () => {
    expect(resolve('trafficking.tip.2021.tier', read).formatted).toBe('Tier 2');
    expect(() => resolve('trafficking.tip.2021.tier', read, {format: 'count'})).toThrow(FigureError);
  });
});

describe('every <Figure> in content/stories resolves', () => {
  const dir = 'content/stories';
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.mdx'))) {
    it(`${file}`, () => {
      const text = readFileSync(join(dir, file), 'utf8');
      const tags = [...text.matchAll(/<Figure\s+id="([^"]+)"(?:\s+format="([^"]+)")?(?:\s+digits=\{(\d+)\})?\s*\/>/g)];
      const all = [...text.matchAll(/<Figure\b/g)].length;
      expect(tags.length, `${file}: a <Figure> tag the test cannot parse`).toBe(all);
      for (const [, id, format, digits] of tags) {
        expect(
          () => resolve(id!, derived, {format: format as never, digits: digits ? Number(digits) : undefined}),
          `${file}: ${id}`
        ).not.toThrow();
      }
    });
  }
});
