/**
 * Figure ids that derive a number rather than read one: the GI-TOC criminality score on an earlier edition's scope,
 * a district change adjusted for Norway's population growth, and the share of the national total the districts
 * leave out. Tiny inline fixtures with the expected values worked out by hand.
 */
import {describe, expect, it} from 'vitest';
import {FigureError, resolve, type ReadDerived} from '../../src/lib/figures.ts';
import {derivedFiles} from '../../src/lib/derived-files.ts';

function fixture(files: Record<string, unknown>): ReadDerived {
  return (file) => {
    if (!(file in files)) throw new Error(`no fixture for ${file}`);
    return files[file];
  };
}

const g = (edition: number, pillar: string, indicator: string, score: number | null) => ({
  edition,
  pillar,
  indicator,
  score,
  europeAverage: null,
  globalAverage: null
});
const gitoc = fixture({
  'organised-crime-gitoc-norway.json': [
    g(2021, 'criminality', 'Criminality', 3),
    g(2021, 'markets', 'Criminal markets', 3),
    g(2021, 'markets', 'Drugs', 4),
    g(2021, 'markets', 'Arms', 2),
    g(2021, 'markets', 'Cyber', null),
    g(2021, 'actors', 'Gangs', 3),
    g(2023, 'markets', 'Criminal markets', 3),
    g(2023, 'markets', 'Drugs', 5),
    g(2023, 'markets', 'Arms', 3),
    g(2023, 'markets', 'Cyber', 1),
    g(2023, 'actors', 'Gangs', 2),
    g(2023, 'actors', 'Bikers', 1)
  ]
});

describe('gitoc.<edition>.criminality.scoreOnBasis.<base>', () => {
  it('averages only the markets and actor types the base edition scored', () => {
    // 2023 on 2021's scope: markets (5 + 3) / 2 = 4, actors 2 / 1 = 2, criminality (4 + 2) / 2 = 3.
    const f = resolve('gitoc.2023.criminality.scoreOnBasis.2021', gitoc);
    expect(f.value).toBe(3);
    expect(f.formatted).toBe('3.00');
  });

  it('fails when the edition lacks a score the base edition had', () => {
    expect(() => resolve('gitoc.2021.criminality.scoreOnBasis.2023', gitoc)).toThrow(FigureError);
  });
});

const d = (period: string, districtId: string, count: number) => ({
  period,
  districtId,
  district: districtId,
  group: 'total',
  count,
  suppressed: 0,
  municipalities: 1,
  population: 1000,
  per1000: count
});
const n = (year: number, count: number, population: number) => ({
  year,
  count,
  population,
  per1000: 0,
  seriesNote: null,
  propertyTheft: null
});
const districts = fixture({
  [derivedFiles.offencesByDistrict]: [
    d('2020-2021', 'p01', 100),
    d('2023-2024', 'p01', 132),
    d('2020-2021', 'p02', 80),
    d('2023-2024', 'p02', 60)
  ],
  [derivedFiles.nationalOffences]: [n(2020, 190, 1000), n(2021, 210, 1000), n(2023, 210, 1200), n(2024, 230, 1000)],
  [derivedFiles.nationalScene]: [
    {period: '2020-2021', group: 'total', count: 198},
    {period: '2023-2024', group: 'total', count: 200},
    {period: '2023-2024', group: 'drugs', count: 30}
  ]
});

describe('district ids derived with the national series', () => {
  it('district.<pid>.change.<from>.<to>.<group>.per1000adjusted deflates the count by the national population means', () => {
    // Counts 100 → 132 (+32%); national population means 1000 → 1100, so per head (132/1100)/(100/1000) − 1 = +20%.
    const f = resolve('district.p01.change.2020-2021.2023-2024.total.per1000adjusted', districts, {format: 'rise'});
    expect(f.value).toBeCloseTo(20, 10);
    expect(f.formatted).toBe('20.0%');
  });

  it('district.all.<period>.total.belowNational is the share of the national yearly mean the districts leave out', () => {
    // 2023–2024: districts 132 + 60 = 192 against a national mean of (210 + 230) / 2 = 220 → 1 − 192/220.
    expect(resolve('district.all.2023-2024.total.belowNational', districts).value).toBeCloseTo(
      (1 - 192 / 220) * 100,
      10
    );
    expect(() => resolve('district.all.2023-2024.violence.belowNational', districts)).toThrow(FigureError);
  });

  it("district.all.<period>.total.belowTable is the share of SSB 08487's own national row the districts leave out", () => {
    // 2023–2024: districts 192 against the table's 200 → 4 %; 2020–2021: 180 against 198.
    expect(resolve('district.all.2023-2024.total.belowTable', districts).value).toBeCloseTo(4, 10);
    expect(resolve('district.all.2020-2021.total.belowTable', districts).value).toBeCloseTo((1 - 180 / 198) * 100, 10);
    expect(() => resolve('district.all.2023-2024.drugs.belowTable', districts)).toThrow(FigureError);
  });
});

describe('scene.national ids (SSB 08487 row for Norway)', () => {
  it('scene.national.<period>.<group>.count reads the row as published', () => {
    expect(resolve('scene.national.2023-2024.drugs.count', districts).value).toBe(30);
    expect(resolve('scene.national.latest.total.count', districts).value).toBe(200);
  });

  it('scene.national.<period>.total.belowNational compares the row with the mean of the two yearly totals', () => {
    // 2020–2021: 198 against (190 + 210) / 2 = 200 → 1 %; 2023–2024: 200 against 220.
    expect(resolve('scene.national.2020-2021.total.belowNational', districts).value).toBeCloseTo(1, 10);
    expect(resolve('scene.national.2023-2024.total.belowNational', districts).value).toBeCloseTo(
      (1 - 200 / 220) * 100,
      10
    );
    expect(() => resolve('scene.national.2023-2024.drugs.belowNational', districts)).toThrow(FigureError);
    expect(() => resolve('scene.county.2023-2024.total.count', districts)).toThrow(FigureError);
  });
});
