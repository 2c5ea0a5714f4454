import {describe, expect, it} from 'vitest';
import {parseCsv} from '../../src/pipeline/csv.ts';
import {municipalPeriods, readCoverage} from '../../src/pipeline/coverage.ts';
import {changeReport} from '../../src/pipeline/changes/change-report.ts';
import {diffRows} from '../../src/pipeline/changes/diff-rows.ts';
import {derivedFiles} from '../../src/lib/derived-files.ts';
import {derivedFilesIn, derivedRole} from '../../src/lib/derived-names.ts';
import {dataError} from './data-error-of.ts';

const municipal = (periods: string[]) =>
  parseCsv(`navn,komnr,år\n${periods.map((p) => `Oslo,301,${p}`).join('\n')}\n`, '08487.csv');
const series = (years: number[]) =>
  parseCsv(`aar,anmeldte_lovbrudd_totalt\n${years.map((y) => `${y},1`).join('\n')}\n`, 's.csv');
const groups = (years: number[]) => parseCsv(`aar,antall\n${years.map((y) => `${y},1`).join('\n')}\n`, 'g.csv');
const upTo = (last: number) => Array.from({length: last - 1992}, (_, i) => 1993 + i);
const periodsTo = (last: number) => Array.from({length: last - 2020}, (_, i) => `${2020 + i}-${2021 + i}`);

describe('readCoverage(series, groups, municipal)', () => {
  it('reads the latest year and the periods from the data: a 2025 needs no code change', () => {
    const coverage = readCoverage(series(upTo(2025)), groups([2019, 2024, 2025]), municipal(periodsTo(2025)));
    expect(coverage).toEqual({
      nationalYears: {first: 1993, last: 2025},
      groupYears: [2019, 2024, 2025],
      periods: ['2020-2021', '2021-2022', '2022-2023', '2023-2024', '2024-2025']
    });
  });

  it('refuses series that end in different years, at the line of the odd one out', () => {
    const e = dataError(() => readCoverage(series(upTo(2025)), groups([2024]), municipal(periodsTo(2024))));
    expect([e.file, e.line, e.field]).toEqual(['s.csv', 34, 'aar']);
    expect(e.reason).toBe(
      'expected the last year to be 2024, the end of the last period of 08487.csv (2023-2024), found 2025'
    );
    const g = dataError(() => readCoverage(series(upTo(2024)), groups([2023]), municipal(periodsTo(2024))));
    expect([g.file, g.line, g.reason]).toEqual([
      'g.csv',
      2,
      'expected the last year to be 2024, the end of the last period of 08487.csv (2023-2024), found 2023'
    ]);
  });

  it('refuses periods that end before 2024: a refresh never drops a year the stories use', () => {
    const e = dataError(() => readCoverage(series(upTo(2023)), groups([2023]), municipal(periodsTo(2023))));
    expect([e.file, e.line, e.field]).toEqual(['08487.csv', 4, 'år']);
    expect(e.reason).toMatch(/^expected periods up to at least 2023-2024, found 2022-2023 as the last/);
  });
});

describe('municipalPeriods(table)', () => {
  it('refuses a value that is not two consecutive years, at its line', () => {
    const e = dataError(() => municipalPeriods(municipal(['2020-2021', '2021-2023'])));
    expect([e.line, e.field, e.reason]).toEqual([
      3,
      'år',
      'expected a two-year period like "2023-2024", found "2021-2023"'
    ]);
  });

  it('refuses a missing period between two others, and a late first period', () => {
    const gap = dataError(() => municipalPeriods(municipal(['2020-2021', '2022-2023'])));
    expect([gap.line, gap.reason]).toEqual([
      3,
      'expected 2021-2022 before 2022-2023 (periods follow year by year from 2020-2021), found 2020-2021 followed by 2022-2023'
    ]);
    const late = dataError(() => municipalPeriods(municipal(['2021-2022'])));
    expect([late.line, late.reason]).toEqual([2, 'expected the first period to be 2020-2021, found 2021-2022']);
  });
});

describe('derivedFilesIn(names) and derivedRole(name)', () => {
  it('finds each role in a renamed set, and the committed set is the manifest', () => {
    expect(derivedRole('police-districts-2024.topo.json')).toBe('police-districts.topo.json');
    const renamed = Object.values(derivedFiles).map((n) => n.replace('1993-2024', '1993-2025'));
    expect(derivedFilesIn(renamed)).toEqual({...derivedFiles, nationalOffences: 'offences-national-1993-2025.json'});
  });

  it('refuses a set with a role missing or doubled, naming the role', () => {
    const names = Object.values(derivedFiles);
    expect(() => derivedFilesIn(names.filter((n) => n !== derivedFiles.gitoc))).toThrow(
      /^expected one derived file like organised-crime-gitoc-norway\.json \(role gitoc\), found none among /
    );
    expect(() => derivedFilesIn([...names, 'offences-national-1993-2025.json'])).toThrow(
      /\(role nationalOffences\), found offences-national-1993-2024\.json and offences-national-1993-2025\.json/
    );
  });
});

describe('changeReport(diffs) for a renamed file', () => {
  it('names the file by its new name and the name it replaces', () => {
    const diff = {
      ...diffRows(
        'a-1993-2025.json',
        [{year: 2024, n: 1}],
        [
          {year: 2024, n: 1},
          {year: 2025, n: 2}
        ]
      ),
      renamedFrom: 'a-1993-2024.json'
    };
    expect(changeReport([diff], [], [])).toContain(
      '- `a-1993-2025.json` (was `a-1993-2024.json`): 1 row added, 0 rows removed, 0 values changed; gained 2025'
    );
  });
});
