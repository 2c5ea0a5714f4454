import {describe, expect, test} from 'vitest';
import {toCsv} from '../../src/lib/charts/csv.ts';
import {guardFormula} from '../../src/lib/csv-formula-guard.ts';
import {rowsToCsv} from '../../src/lib/rows-csv.ts';

describe('guardFormula(text)', () => {
  test('prefixes a quote to text a spreadsheet would read as a formula', () => {
    for (const text of ['=1+1', '+47 22', '-2+3', '@SUM(A1)', '\t=1', '\r=1']) expect(guardFormula(text)).toBe(`'${text}`);
  });
  test('leaves ordinary text alone, including a dash or plus inside it', () => {
    for (const text of ['Sør-Vest', 'Møre og Romsdal', '2023-2024', 'a=b', '', "'quoted"]) expect(guardFormula(text)).toBe(text);
  });
});

describe('CSV writers use the guard on text cells only', () => {
  test('rowsToCsv(rows) guards text and keeps negative numbers as numbers', () => {
    expect(rowsToCsv([{name: '=cmd|calc', change: -1.5}])).toBe("name,change\n'=cmd|calc,-1.5\n");
  });
  test('toCsv(table) guards text and keeps negative numbers as numbers', () => {
    const table = {columns: [{key: 'name', label: 'Name'}, {key: 'change', label: 'Change'}], rows: [{name: '@x', change: -2}]};
    expect(toCsv(table as Parameters<typeof toCsv>[0])).toBe("name,change\r\n'@x,-2\r\n");
  });
});
