import {describe, expect, test} from 'vitest';
import {guardFormula} from '../../src/lib/csv-formula-guard.ts';
import {recordsToCsv} from '../../src/lib/csv.ts';

describe('guardFormula(text)', () => {
  test('prefixes a quote to text a spreadsheet would read as a formula', () => {
    for (const text of ['=1+1', '+47 22', '-2+3', '@SUM(A1)', '\t=1', '\r=1'])
      expect(guardFormula(text)).toBe(`'${text}`);
  });
  test('leaves ordinary text alone, including a dash or plus inside it', () => {
    for (const text of ['Sør-Vest', 'Møre og Romsdal', '2023-2024', 'a=b', '', "'quoted"])
      expect(guardFormula(text)).toBe(text);
  });
});

describe('the CSV writer uses the guard on text cells only', () => {
  test('recordsToCsv(records) guards text and keeps negative numbers as numbers', () => {
    expect(recordsToCsv([{name: '=cmd|calc', change: -1.5}])).toBe("name,change\n'=cmd|calc,-1.5\n");
    expect(recordsToCsv([{name: '@x', change: -2}], ['name', 'change'])).toBe("name,change\n'@x,-2\n");
  });
});
