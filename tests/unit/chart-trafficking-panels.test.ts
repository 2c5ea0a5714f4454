import {describe, expect, test} from 'vitest';
import {readDerived} from '../../src/lib/charts/derived.ts';
import {chartDefinition} from '../../src/lib/charts/registry.ts';
import {traffickingJustice, type TraffickingPoint} from '../../src/lib/charts/traffickingJustice.ts';

const points = chartDefinition('traffickingJustice').load(readDerived) as TraffickingPoint[];

describe('traffickingJustice(data, {width, series})', () => {
  test('draws only the panels that have a series to show (no empty frame in a scroll step)', () => {
    const victimsOnly = traffickingJustice(points, {width: 340, series: ['victims']});
    expect(victimsOnly).toHaveLength(1);
    expect(victimsOnly[0]!.y).toMatchObject({label: 'Victims detected'});
  });
  test('draws both panels when the lower one has a series', () => {
    expect(traffickingJustice(points, {width: 340, series: ['victims', 'convicted']})).toHaveLength(2);
    expect(traffickingJustice(points, {width: 340})).toHaveLength(2);
  });
});
