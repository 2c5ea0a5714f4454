import {describe, expect, test} from 'vitest';
import {isFlatRows, parseCsvCells, recordsToCsv} from '../../src/lib/csv.ts';
import {formatCell, pickRows} from '../../src/lib/charts/table.ts';

describe('recordsToCsv(records, columns)', () => {
  test('writes a header of keys and LF-terminated rows in column order, null and missing as empty', () => {
    const records = [
      {value: 3, year: 2024, note: 'a, b'},
      {year: 2025, note: null, value: '<5'}
    ];
    expect(recordsToCsv(records, ['year', 'note', 'value'])).toBe('year,note,value\n2024,"a, b",3\n2025,,<5\n');
  });

  test('without columns, takes every key in first-seen order', () => {
    expect(recordsToCsv([{a: 1}, {b: false, a: 2}])).toBe('a,b\n1,\n2,false\n');
  });

  test('quotes quotes (doubled) and line breaks', () => {
    expect(recordsToCsv([{t: 'said "about"\nit'}])).toBe('t\n"said ""about""\nit"\n');
  });
});

describe('parseCsvCells(text)', () => {
  test('reads back what recordsToCsv writes, including quoted commas, quotes and line breaks', () => {
    const records = [{place: 'Sør-Vest, "south"', note: 'two\nlines', n: 76.17}];
    expect(parseCsvCells(recordsToCsv(records))).toEqual([
      ['place', 'note', 'n'],
      ['Sør-Vest, "south"', 'two\nlines', '76.17']
    ]);
  });

  test('accepts CRLF line endings', () => {
    expect(parseCsvCells('a,b\r\n1,2\r\n')).toEqual([
      ['a', 'b'],
      ['1', '2']
    ]);
  });
});

test('isFlatRows(value) accepts only non-empty arrays of flat objects', () => {
  expect(isFlatRows([{a: 1, b: null}])).toBe(true);
  expect(isFlatRows({type: 'Topology'})).toBe(false);
  expect(isFlatRows([{a: {b: 1}}])).toBe(false);
  expect(isFlatRows([])).toBe(false);
});

describe('pickRows(rows, columns) and formatCell(column, row)', () => {
  test('keeps only the columns, in order, with missing keys as null', () => {
    expect(
      pickRows(
        [{b: 2, a: 1, c: 3}],
        [
          {key: 'a', label: 'A'},
          {key: 'z', label: 'Z'}
        ]
      )
    ).toEqual([{a: 1, z: null}]);
  });
  test('shows null as a dash unless the column formats it', () => {
    expect(formatCell({key: 'n', label: 'N'}, {n: null})).toBe('–');
    expect(
      formatCell({key: 'n', label: 'N', format: (v) => (v === null ? 'fewer than 5' : String(v))}, {n: null})
    ).toBe('fewer than 5');
  });
});
