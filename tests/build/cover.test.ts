/**
 * The cover's national map, as built: a script-free SVG of the 12 police districts and a table whose values and
 * ranks are recomputed here from the derived district file, not taken from the map code.
 */
import {load} from 'cheerio';
import {describe, expect, test} from 'vitest';
import type {DistrictOffenceRow} from '../../src/lib/derived-types.ts';
import {readDerived} from '../../src/lib/derived-data.ts';
import {readDist} from './dist.ts';
import {derivedFiles} from '../../src/lib/derived-files.ts';

const rows = readDerived(derivedFiles.offencesByDistrict) as DistrictOffenceRow[];
const latest = rows.filter((r) => r.period === '2023-2024' && r.group === 'total');

describe('the cover map', () => {
  const $ = load(readDist('index.html'));
  const figure = $('figure.district-map-figure');

  test('is one map of the 12 districts, without municipality layers or a script', () => {
    expect(figure.length).toBe(1);
    // Twelve districts; Oslo's enlarged inset repeats Oslo and is not counted.
    expect(figure.find('svg .dm-d:not(.dm-inset)').length).toBe(12);
    expect(figure.find('svg .dm-m').length).toBe(0);
    expect($('script[src], script[type="module"]').length).toBe(0);
    expect(figure.find('svg title').text()).toMatch(/police districts/);
  });

  test('its table shows every district’s 2023–2024 rate per 1,000 and rank as in the derived data', () => {
    expect(latest).toHaveLength(12);
    const byRate = [...latest].sort((a, b) => b.per1000! - a.per1000!);
    const cells = figure
      .find('table tbody tr')
      .map((_, tr) => ({
        name: $(tr).find('th').text(),
        value: $(tr).find('td').eq(0).text(),
        rank: $(tr).find('td').eq(1).text()
      }))
      .get();
    expect(cells).toHaveLength(12);
    for (const row of latest) {
      const cell = cells.find((c) => c.name === row.district);
      expect(cell, row.district).toBeDefined();
      // From count and population, not the stored two-decimal rate, so a double rounding would show up here.
      expect(cell!.value, row.district).toBe(((row.count! / row.population) * 1000).toFixed(1));
      // Ranks are printed as people say them ("second lowest"); read the words back into a position.
      const words = ['', '', 'second', 'third', 'fourth', 'fifth', 'sixth'];
      const [first, end] = cell!.rank.split(' ');
      const place = end === undefined ? 1 : words.indexOf(first!);
      const rank = (end ?? first) === 'highest' ? place : 13 - place;
      expect(rank, `${row.district}: "${cell!.rank}"`).toBe(byRate.findIndex((r) => r.district === row.district) + 1);
    }
  });

  test('names its source and links to the interactive map in the crime-rate story', () => {
    expect(figure.find('.source-line').text()).toMatch(/Statistics Norway \(SSB\).*08487/);
    expect(figure.find('a[href="/stories/falling-crime-rate/#where-offences-are-reported"]').length).toBe(1);
  });
});
