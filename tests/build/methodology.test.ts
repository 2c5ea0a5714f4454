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
    const rows = JSON.parse(readFileSync('data/derived/offences-by-municipality-2020-2024.json', 'utf8')) as {
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
