import {describe, expect, test} from 'vitest';
import {csvField, toCsv} from '../../src/lib/charts/csv.ts';
import {formatCell, pickRows} from '../../src/lib/charts/table.ts';

describe('csvField(value)', () => {
  test('leaves plain text and numbers bare', () => {
    expect(csvField('Oslo')).toBe('Oslo');
    expect(csvField(76.17)).toBe('76.17');
    expect(csvField(false)).toBe('false');
  });
  test('writes null as an empty field, not zero', () => {
    expect(csvField(null)).toBe('');
  });
  test('quotes commas, quotes, line breaks and edge spaces, doubling quotes', () => {
    expect(csvField('Sør-Vest, south')).toBe('"Sør-Vest, south"');
    expect(csvField('said "about"')).toBe('"said ""about"""');
    expect(csvField('a\nb')).toBe('"a\nb"');
    expect(csvField(' x')).toBe('" x"');
  });
});

describe('toCsv(table)', () => {
  test('writes a header of keys and CRLF-terminated rows in column order', () => {
    const csv = toCsv({
      columns: [
        {key: 'year', label: 'Year'},
        {key: 'note', label: 'Note'},
        {key: 'value', label: 'Value'}
      ],
      rows: [
        {value: 3, year: 2024, note: 'a, b'},
        {year: 2025, note: null, value: '<5'}
      ]
    });
    expect(csv).toBe('year,note,value\r\n2024,"a, b",3\r\n2025,,<5\r\n');
  });
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
