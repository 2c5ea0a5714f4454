/** Chart helpers that select or reshape rows, checked against tiny fixtures and against the derived files. */
import {readFileSync} from 'node:fs';
import {describe, expect, test} from 'vitest';
import {offenceGroupChanges} from '../../src/lib/charts/offenceGroupChange.ts';
import {gitocChangeRows} from '../../src/lib/charts/gitocChange.ts';
import {gitocDrawnRows, narrowIndicatorLimit} from '../../src/lib/charts/gitocScores.ts';
import {traffickingPoints, traffickingTotals} from '../../src/lib/charts/traffickingJustice.ts';
import {waffleRows} from '../../src/lib/charts/contractViolenceWaffle.ts';
import {chartDefinition} from '../../src/lib/charts/registry.ts';
import {readDerived} from '../../src/lib/derived-data.ts';
import {renderPlot} from '../../src/lib/charts/render.ts';
import * as Plot from '@observablehq/plot';
import {derivedFiles} from '../../src/lib/derived-files.ts';

describe('offenceGroupChanges(rows)', () => {
  const groups = [
    'property-theft',
    'other-profit',
    'vandalism',
    'violence',
    'sexual',
    'drugs',
    'public-order',
    'traffic',
    'other'
  ];
  const rows = (per1000: (group: string, year: number) => number) =>
    [2018, 2019, 2023, 2024].flatMap((year) =>
      groups.map((group) => ({year, group, groupLabel: group, count: 1, population: 1, per1000: per1000(group, year)}))
    ) as never[];
  test('compares the last year before the gap with the last year, largest rise first', () => {
    const changes = offenceGroupChanges(
      rows((g, y) => (g === 'drugs' ? 10 - y / 1000 : y === 2018 ? 100 : g === 'violence' ? y / 100 : 1))
    );
    expect(changes[0]).toMatchObject({group: 'violence', fromYear: 2019, toYear: 2024});
    expect(changes[0]!.change).toBeCloseTo(0.05);
    expect(changes.at(-1)!.group).toBe('drugs');
  });
  test('throws naming the file, year and group when a group lacks a year', () => {
    expect(() =>
      offenceGroupChanges(
        rows(() => 1).filter((r: {group: string; year: number}) => !(r.group === 'traffic' && r.year === 2019))
      )
    ).toThrow(/offence-groups-2018-2024\.json: no 2019 row for group "traffic"/);
  });
});

describe('traffickingTotals(tipRows)', () => {
  test('reads the cumulative victims and convictions a report quotes, with their years', () => {
    const totals = traffickingTotals([
      {
        reportYear: 2017,
        dataPeriod: '2003-2016 cumulative',
        victims: '~2800 potential victims assisted 2007-2016',
        note: 'convictions as reported: 50 since 2003'
      }
    ]);
    expect(totals).toEqual([
      {reportYear: 2017, kind: 'victims', value: 2800, approximate: true, span: '2007–2016'},
      {reportYear: 2017, kind: 'convicted', value: 50, approximate: false, span: '2003–2016'}
    ]);
  });
  test('throws naming the report when a cumulative row has no readable number', () => {
    expect(() =>
      traffickingTotals([{reportYear: 2015, dataPeriod: '2003-2014 cumulative', victims: 'many', note: null}])
    ).toThrow(/report 2015/);
  });
});

describe('GI-TOC rows', () => {
  const data = readDerived('organised-crime-gitoc-norway.json') as never[];
  test('gitocChangeRows keeps every market of both editions, the ones without a 2025 score last', () => {
    const rows = gitocChangeRows(data, {from: 2023, to: 2025, pillars: ['markets']});
    expect(rows).toHaveLength(15);
    expect(rows.some((r) => r.indicator === 'Criminal markets')).toBe(false);
    expect(
      rows
        .slice(-3)
        .map((r) => r.indicator)
        .sort()
    ).toEqual(['Cyber-dependent crimes', 'Financial crimes', 'Synthetic drug trade']);
    expect(rows.slice(-3).every((r) => r.to === null)).toBe(true);
  });
  test('gitocDrawnRows keeps a phone to the average plus the highest and lowest scores', () => {
    const narrow = gitocDrawnRows(data, {edition: 2023, pillars: ['markets']}, {width: 340});
    expect(narrow.rows).toHaveLength(narrowIndicatorLimit + 1);
    expect(narrow.omitted).toBe(15 - narrowIndicatorLimit);
    expect(narrow.rows.map((r) => r.indicator)).toContain('Flora crimes');
    expect(gitocDrawnRows(data, {edition: 2023, pillars: ['markets']}, {width: 680}).omitted).toBe(0);
  });
});

describe('traffickingPoints(rows)', () => {
  const row = (over: object) => ({
    year: 2020,
    indicator: 'Persons convicted',
    dimension: 'Total',
    category: 'Total',
    sex: 'Total',
    age: 'Total',
    value: 5,
    belowFive: false,
    ...over
  });
  test('keeps national totals only and carries "<5" as belowFive with a null value', () => {
    const points = traffickingPoints([row({}), row({sex: 'Female'}), row({year: 2021, value: null, belowFive: true})]);
    expect(points).toEqual([
      {year: 2020, series: 'convicted', value: 5, belowFive: false},
      {year: 2021, series: 'convicted', value: null, belowFive: true}
    ]);
  });
});

describe('waffleRows(data)', () => {
  test('picks the uncovered and prevented statements and keeps them approximate', () => {
    const rows = waffleRows(readDerived(derivedFiles.contractViolence) as never);
    expect(rows.map((r) => r.valueApprox)).toEqual([true, true]);
    expect(() => waffleRows([])).toThrow(/uncovered/);
  });
});

describe('renderPlot(options, meta)', () => {
  test('gives the svg role img, a label and a description, and strips inner aria-labels', () => {
    const svg = renderPlot(
      {marks: [Plot.lineY([1, 2, 3])]},
      {id: 'c', label: 'A "line"', description: 'Rises & falls.'}
    );
    expect(svg).toMatch(/^<svg[^>]*role="img"/);
    expect(svg).toContain('aria-describedby="c-desc"');
    expect(svg).toContain('<desc id="c-desc">Rises &amp; falls.</desc>');
    expect(svg).not.toMatch(/<g[^>]*aria-label/);
  });
  test('stacks several panels into one svg', () => {
    const svg = renderPlot(
      [
        {height: 100, marks: [Plot.lineY([1, 2])]},
        {height: 50, marks: [Plot.lineY([2, 1])]}
      ],
      {id: 's', label: 'S', description: 'D'}
    );
    expect(svg).toMatch(/^<svg[^>]*viewBox="0 0 640 150"/);
    expect(svg.match(/<svg/g)).toHaveLength(3);
  });
});

describe('chart tables against the derived files', () => {
  test('offencesPer1000 draws every year of the national file with its exact rate', () => {
    const raw = JSON.parse(readFileSync(`data/derived/${derivedFiles.nationalOffences}`, 'utf8')) as {
      year: number;
      per1000: number;
    }[];
    const definition = chartDefinition('offencesPer1000');
    const table = definition.table(definition.load(readDerived), {});
    expect(table.rows.map((r) => [r.year, r.per1000])).toEqual(raw.map((r) => [r.year, r.per1000]));
  });
  test('gitocScores draws only the chosen edition and only scored indicators', () => {
    const raw = JSON.parse(readFileSync(`data/derived/${derivedFiles.gitoc}`, 'utf8')) as {
      edition: number;
      pillar: string;
      score: number | null;
    }[];
    const definition = chartDefinition('gitocScores');
    const table = definition.table(definition.load(readDerived), definition.state({edition: 2021}));
    const expected = raw.filter((r) => r.edition === 2021 && r.pillar !== 'criminality' && r.score !== null);
    expect(table.rows).toHaveLength(expected.length);
    expect(table.rows.every((r) => r.edition === 2021)).toBe(true);
  });
});
