import {describe, expect, it} from 'vitest';
import {readAnnotatedNumber, joinNotes} from '../../src/pipeline/annotated-number.ts';
import {parseCsv} from '../../src/pipeline/csv.ts';
import {dataError} from './data-error-of.ts';
import {buildHomicideRates} from '../../src/pipeline/homicide.ts';
import {buildNationalSeries} from '../../src/pipeline/national-offences.ts';
import {readNationalPopulation} from '../../src/pipeline/national-population.ts';
import {mean, per1000, rateTo, roundTo} from '../../src/pipeline/numbers.ts';
import {buildOffenceGroups, groupSlugs} from '../../src/pipeline/offence-groups.ts';
import {buildTipReports} from '../../src/pipeline/tip-reports.ts';
import {buildUnodcTrafficking} from '../../src/pipeline/unodc-trafficking.ts';

const years = Array.from({length: 32}, (_, i) => 1993 + i);
/** The span the pipeline reads from the series file (see coverage.ts). */
const span = {first: 1993, last: 2024};
const pop = (y: number) => 4_000_000 + (y - 1993) * 50_000;
const cnt = (y: number) => 300_000 + (y - 1993) * 1000;
const populationTable = parseCsv(
  `aar,folkemengde_1_januar\n${years.map((y) => `${y},${pop(y)}`).join('\n')}\n`,
  'pop.csv'
);
const population = readNationalPopulation(populationTable);
const seriesText = (ys: number[]) =>
  `aar,anmeldte_lovbrudd_totalt,eiendomstyveri\n${ys.map((y) => `${y},${cnt(y)},`).join('\n')}\n`;
const ratesText = (ys: number[]) =>
  `aar,anmeldte_lovbrudd_totalt,folkemengde_1_januar,per_1000_beregnet,per_1000_publisert_ssb\n${ys
    .map((y) => `${y},${cnt(y)},${pop(y)},${rateTo(cnt(y), pop(y), 2).toFixed(2)},`)
    .join('\n')}\n`;

describe('numbers', () => {
  it('per1000(count, population) keeps 4 decimals; rateTo rounds the exact ratio once', () => {
    expect(per1000(341_509, 5_550_203)).toBe(61.5309);
    // 2002: 96.6498 per 1 000. Rounding the 2-decimal 96.65 again would give 96.7, which is wrong.
    expect(per1000(437_250, 4_524_066)).toBe(96.6498);
    expect(rateTo(437_250, 4_524_066, 2)).toBe(96.65);
    expect(rateTo(437_250, 4_524_066, 1)).toBe(96.6);
    expect(rateTo(393_674, 4_985_870, 1)).toBe(79); // SSB published 79.0 for 2012
  });
  it('roundTo rounds half away from zero; mean rounds to 2 decimals', () => {
    expect([roundTo(2.5, 0), roundTo(-2.5, 0)]).toEqual([3, -3]);
    expect(mean([1, 2, 4])).toBe(2.33);
  });
});

describe('buildNationalSeries(series, rates, population, file, years)', () => {
  it('returns 32 years with rates and series notes', () => {
    const rows = buildNationalSeries(
      parseCsv(seriesText(years), 's.csv'),
      parseCsv(ratesText(years), 'r.csv'),
      population,
      'pop.csv',
      span
    );
    expect(rows).toHaveLength(32);
    expect(rows[0]).toMatchObject({
      year: 1993,
      count: 300_000,
      population: 4_000_000,
      per1000: 75,
      propertyTheft: null
    });
    expect(rows.find((r) => r.year === 2012)?.seriesNote).toMatch(/no break/);
  });

  const seriesError = (rows: number[]) =>
    dataError(() =>
      buildNationalSeries(
        parseCsv(seriesText(rows), 's.csv'),
        parseCsv(ratesText(years), 'r.csv'),
        population,
        'pop.csv',
        span
      )
    );

  it('rejects a year missing from the series, naming the line where it should be', () => {
    const e = seriesError(years.filter((y) => y !== 2001));
    expect([e.file, e.line, e.field]).toEqual(['s.csv', 10, 'aar']);
    expect(e.reason).toMatch(/expected year 2001 .*found 2002/);
  });

  it('rejects an extra year after the last one at its own line, as unexpected', () => {
    const e = seriesError([...years, 2025]);
    expect([e.file, e.line, e.field]).toEqual(['s.csv', 34, 'aar']);
    expect(e.reason).toBe('expected a year in 1993–2024, found 2025');
  });

  it('rejects swapped years at the first of them, saying which year was expected and which found', () => {
    const swapped = years.map((y) => (y === 1996 ? 1997 : y === 1997 ? 1996 : y));
    const e = seriesError(swapped);
    expect([e.file, e.line, e.field]).toEqual(['s.csv', 5, 'aar']);
    expect(e.reason).toMatch(/^expected year 1996 .*found 1997$/);
  });

  it('rejects a series that stops early, with the year expected and where the file ends', () => {
    const e = seriesError(years.filter((y) => y < 2024));
    expect([e.file, e.key, e.field]).toEqual(['s.csv', 'aar 2024', 'aar']);
    expect(e.reason).toMatch(/found the end of the file after line 32/);
  });

  it('rejects a derived rate it cannot reproduce', () => {
    const bad = ratesText(years).replace(`1993,300000,4000000,75.00`, `1993,300000,4000000,75.10`);
    const e = dataError(() =>
      buildNationalSeries(parseCsv(seriesText(years), 's.csv'), parseCsv(bad, 'r.csv'), population, 'pop.csv', span)
    );
    expect([e.file, e.line, e.field]).toEqual(['r.csv', 2, 'per_1000_beregnet']);
  });

  it('readNationalPopulation rejects a gap in the population years', () => {
    const e = dataError(() => readNationalPopulation(parseCsv('aar,folkemengde_1_januar\n2000,1\n2002,1\n', 'p.csv')));
    expect([e.line, e.field]).toEqual([3, 'aar']);
  });
});

describe('buildOffenceGroups(table, national)', () => {
  const national = [{year: 2024, count: 90, population: 1000, per1000: 90, seriesNote: null, propertyTheft: null}];
  const header =
    'aar,lovbruddsgruppe,offence_group_en,antall,folkemengde_1_januar,per_1000_beregnet,per_1000_publisert_ssb';
  const table = (total: number) =>
    parseCsv(
      `${header}\n${[...groupSlugs.keys()].map((g) => `2024,${g},${g},10,1000,10.00,`).join('\n')}\n2024,I alt,Total,${total},1000,${per1000(total, 1000)},\n`,
      'g.csv'
    );

  it('returns the nine groups with slugs in SSB order', () => {
    expect(buildOffenceGroups(table(90), national).map((r) => r.group)).toEqual([...groupSlugs.values()]);
  });

  it('rejects groups that do not sum to the published total', () => {
    expect(dataError(() => buildOffenceGroups(table(91), national)).field).toBe('antall');
  });
});

describe('transcribed sources', () => {
  it('readAnnotatedNumber keeps wording it cannot turn into one number', () => {
    expect(readAnnotatedNumber('~400')).toEqual({value: 400, approx: true, remark: null});
    expect(readAnnotatedNumber('8 (2 in 2004)')).toEqual({value: 8, approx: false, remark: '8 (2 in 2004)'});
    expect(readAnnotatedNumber('35 since 2003')).toEqual({value: null, approx: false, remark: '35 since 2003'});
    expect(joinNotes([null, 'a', '', 'b'])).toBe('a; b');
  });

  it('buildTipReports rejects an unknown tier and a missing report year', () => {
    const header = 'report_year,tier,data_period,investigations,prosecutions,convictions,victims,notes,source';
    expect(
      dataError(() => buildTipReports(parseCsv(`${header}\n2001,Tier 9,,,,,,,x\n`, 't.csv'), 2001, 2001)).field
    ).toBe('tier');
    expect(
      dataError(() => buildTipReports(parseCsv(`${header}\n2001,,,,,,,,x\n2003,,,,,,,,x\n`, 't.csv'), 2001, 2003)).line
    ).toBe(3);
  });

  it('buildUnodcTrafficking turns "<5" into null with belowFive', () => {
    const header = 'Iso3_code,Indicator,Dimension,Category,Sex,Age,Year,Unit of measurement,txtVALUE';
    const rows = buildUnodcTrafficking(
      parseCsv(`${header}\nNOR,V,Total,Total,Total,Total,2010,Counts,<5\n`, 'u.csv'),
      'NOR'
    );
    expect(rows[0]).toMatchObject({value: null, belowFive: true});
    expect(
      dataError(() => buildUnodcTrafficking(parseCsv(`${header}\nNOR,V,T,T,T,T,2010,Counts,few\n`, 'u.csv'), 'NOR'))
        .field
    ).toBe('txtVALUE');
  });

  it('buildHomicideRates and buildTipReports reject a file that stops before the last year', () => {
    const rates = 'aar,drapsofre_per_100000_totalt,per_100000_kvinner,per_100000_menn,datasett';
    const short = dataError(() =>
      buildHomicideRates(parseCsv(`${rates}\n1990,0.9,,,UNODC CTS x\n`, 'h.csv'), 1990, 1991)
    );
    expect([short.line, short.field, short.reason]).toEqual([
      null,
      'aar',
      'expected years up to 1991, found the end of the file before 1991'
    ]);
    const tip = 'report_year,tier,data_period,investigations,prosecutions,convictions,victims,notes,source';
    const early = dataError(() => buildTipReports(parseCsv(`${tip}\n2001,,,,,,,,x\n`, 't.csv'), 2001, 2002));
    expect([early.line, early.field, early.reason]).toEqual([
      null,
      'report_year',
      'expected reports up to 2002, found the end of the file before 2002'
    ]);
  });

  it('buildHomicideRates rejects a negative rate', () => {
    const header = 'aar,drapsofre_per_100000_totalt,per_100000_kvinner,per_100000_menn,datasett';
    const e = dataError(() =>
      buildHomicideRates(parseCsv(`${header}\n1990,-0.5,,,UNODC CTS x\n`, 'h.csv'), 1990, 1990)
    );
    expect([e.line, e.field]).toEqual([2, 'drapsofre_per_100000_totalt']);
  });
});
