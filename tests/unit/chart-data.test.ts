/** Chart helpers that select or reshape rows, checked against tiny fixtures and against the derived files. */
import {readFileSync} from 'node:fs';
import {describe, expect, test} from 'vitest';
import {adjacentSegments} from '../../src/lib/charts/offenceGroupsSmallMultiples.ts';
import {traffickingPoints} from '../../src/lib/charts/traffickingJustice.ts';
import {waffleRows} from '../../src/lib/charts/contractViolenceWaffle.ts';
import {chartDefinition} from '../../src/lib/charts/registry.ts';
import {readDerived} from '../../src/lib/derived-data.ts';
import {renderPlot} from '../../src/lib/charts/render.ts';
import * as Plot from '@observablehq/plot';
import {derivedFiles} from '../../src/lib/derived-names.ts';

describe('adjacentSegments(years)', () => {
  test('joins only years that follow each other, so the 2020–2022 gap is not bridged', () => {
    expect(adjacentSegments([2024, 2018, 2019, 2023])).toEqual([
      [2018, 2019],
      [2023, 2024]
    ]);
    expect(adjacentSegments([2018, 2020])).toEqual([]);
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
