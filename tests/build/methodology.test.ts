/**
 * The methodology page as built: every number on it is a <Figure> equal to the derived data (recomputed by the
 * oracle), its statement about municipalities missing from SSB's table matches the municipal file, and it keeps a
 * dated corrections log.
 */
import {load} from 'cheerio';
import {readFileSync} from 'node:fs';
import {describe, expect, test} from 'vitest';
import {readDist} from './dist.ts';
import {expectedValue} from './figure-oracle.ts';
import {derivedFiles} from '../../src/lib/derived-files.ts';

const $ = load(readDist('methodology/index.html'));
const text = $('article').text().replace(/\s+/g, ' ');

describe('methodology page', () => {
  test('every [data-figure-id] shows the value in data/derived', () => {
    const figures = $('[data-figure-id]');
    expect(figures.length).toBeGreaterThan(15);
    figures.each((_, el) => {
      const id = $(el).attr('data-figure-id')!;
      expect(Number($(el).attr('data-value')), id).toBeCloseTo(expectedValue(id) as number, 9);
    });
  });

  test('no figure from the data is written out by hand', () => {
    // Values the page once hard-coded; each must now sit inside a <Figure>, never in plain text.
    const prose = $('article').clone();
    prose.find('[data-figure-id], table, .datasets').remove();
    for (const figure of ['79.0', '60.0', '4,299,167', '5,550,203', '0.72', '349']) {
      expect(prose.text(), figure).not.toContain(figure);
    }
  });

  test('names the municipalities missing from SSB table 08487, as the municipal file shows them', () => {
    const rows = JSON.parse(readFileSync(`data/derived/${derivedFiles.offencesByMunicipality}`, 'utf8')) as {
      municipalityId: string;
      period: string;
    }[];
    const periods = [...new Set(rows.map((r) => r.period))];
    const periodsWith = (id: string) =>
      periods.filter((p) => rows.some((r) => r.period === p && r.municipalityId === id));
    expect(periodsWith('1151')).toEqual([]);
    expect(periodsWith('4629')).toEqual(periods.filter((p) => p !== '2023-2024'));
    expect(text).toContain('Utsira (1151, Sør-Vest police district) in every period');
    expect(text).toContain('Modalen (4629, Vest) in 2023–2024');
    expect(text).toMatch(/missing municipality both count as not included/);
  });

  test('keeps a dated corrections log', () => {
    const heading = $('#corrections-2026-12-02');
    expect(heading.text()).toBe('2 December 2026');
    const items = heading.nextAll('ol').first().children('li');
    expect(items.length).toBeGreaterThanOrEqual(10);
    expect(items.first().text()).toMatch(/1 January 2016/);
  });

  test('dates the police reform to 1 January 2016 and reads "The manifest" with a space', () => {
    expect(text).toContain('with 12 on 1 January 2016');
    expect(text).not.toMatch(/from 2017/);
    expect(text).toMatch(/The manifest lists/);
  });
});

describe('the gap between the districts and the national totals', () => {
  // Each comparison is shown against the figure it is measured from; the oracle recomputes each one from data/derived.
  const shown = (id: string) => Number($(`#two-year-averages ~ p [data-figure-id="${id}"]`).first().attr('data-value'));

  test("splits the gap: SSB 08487's row for Norway against the yearly totals, the districts against that row", () => {
    for (const period of ['2020-2021', '2023-2024']) {
      const tableBelowYearly = expectedValue(`scene.national.${period}.total.belowNational`) as number;
      const districtsBelowTable = expectedValue(`district.all.${period}.total.belowTable`) as number;
      const districtsBelowYearly = expectedValue(`district.all.${period}.total.belowNational`) as number;
      expect(shown(`scene.national.${period}.total.belowNational`), period).toBeCloseTo(tableBelowYearly, 9);
      expect(shown(`district.all.${period}.total.belowTable`), period).toBeCloseTo(districtsBelowTable, 9);
      expect(shown(`district.all.${period}.total.belowNational`), period).toBeCloseTo(districtsBelowYearly, 9);
      // The two steps compound to the whole: (1 − a)(1 − b) = 1 − whole.
      expect((1 - tableBelowYearly / 100) * (1 - districtsBelowTable / 100)).toBeCloseTo(
        1 - districtsBelowYearly / 100,
        9
      );
    }
    // The figures the fact-check found, to one decimal: 1.0 % and 2.9 % for the table; 1.7 % and 3.5 % in all.
    expect(expectedValue('scene.national.2020-2021.total.belowNational') as number).toBeCloseTo(1.0, 1);
    expect(expectedValue('scene.national.2023-2024.total.belowNational') as number).toBeCloseTo(2.9, 1);
  });

  test('logs the correction with its own dated heading', () => {
    const heading = $('#corrections-2026-12-02-second');
    expect(heading.text()).toBe('2 December 2026, second round');
    expect(heading.nextAll('ol').first().children('li').first().text()).toMatch(/What the district gap measures/);
  });
});
