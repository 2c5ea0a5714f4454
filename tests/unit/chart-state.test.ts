import {describe, expect, test} from 'vitest';
import {assertKnownKeys, maybeListOf, maybeOneOf, maybeRecord, maybeYearSpan} from '../../src/lib/charts/state.ts';
import {chartFigure} from '../../src/lib/charts/figure.ts';
import {chartDefinition} from '../../src/lib/charts/registry.ts';

describe('maybeYearSpan(value)', () => {
  test('accepts [from, to] and a single year', () => {
    expect(maybeYearSpan([1993, 2004], 't')).toEqual([1993, 2004]);
    expect(maybeYearSpan(2021, 't')).toEqual([2021, 2021]);
    expect(maybeYearSpan(undefined, 't')).toBeUndefined();
  });
  test('rejects reversed, fractional and malformed spans', () => {
    expect(() => maybeYearSpan([2004, 1993], 't')).toThrow(/after/);
    expect(() => maybeYearSpan([1993.5, 2004], 't')).toThrow();
    expect(() => maybeYearSpan(['1993', 2004], 't')).toThrow();
    expect(() => maybeYearSpan([1993], 't')).toThrow();
  });
});

describe('maybeOneOf, maybeListOf, maybeRecord, assertKnownKeys', () => {
  test('maybeOneOf(value, allowed) returns an allowed value and throws on others', () => {
    expect(maybeOneOf(2021, [2021, 2023] as const, 't')).toBe(2021);
    expect(() => maybeOneOf('2021', [2021, 2023] as const, 't')).toThrow(/expected one of/);
  });
  test('maybeListOf(value, allowed) de-duplicates and follows the allowed order', () => {
    expect(maybeListOf(['c', 'a', 'c'], ['a', 'b', 'c'] as const, 't')).toEqual(['a', 'c']);
    expect(maybeListOf('b', ['a', 'b'] as const, 't')).toEqual(['b']);
    expect(() => maybeListOf(['x'], ['a'] as const, 't')).toThrow();
  });
  test('maybeRecord(value) treats null as no state and rejects arrays', () => {
    expect(maybeRecord(null, 't')).toEqual({});
    expect(() => maybeRecord([1], 't')).toThrow();
  });
  test('assertKnownKeys(state, known) names the unknown key', () => {
    expect(() => assertKnownKeys({highlihgt: 1}, ['highlight'], 't')).toThrow(/highlihgt/);
  });
});

describe('chart state normalisers', () => {
  test('offencesPer1000 state normalises highlight and events', () => {
    expect(chartDefinition('offencesPer1000').state({highlight: 2021, events: ['pandemic']})).toEqual({
      highlight: [2021, 2021],
      events: ['pandemic']
    });
  });
  test('a misspelt option fails instead of being ignored', () => {
    expect(() => chartDefinition('tipTierSteps').state({higlight: [2021, 2025]})).toThrow(/unknown state/);
    expect(() => chartDefinition('gitocScores').state({edition: 2022})).toThrow(/edition/);
  });
  test('an unknown chart name lists the known ones', () => {
    expect(() => chartDefinition('offencesPer100')).toThrow(/Known charts: offencesPer1000/);
  });
});

describe('subtitles that follow the state', () => {
  test('the GI-TOC chart names the edition it draws', () => {
    expect(chartFigure('gitocScores', {id: 'a', state: {edition: 2021}}).subtitle).toMatch(/2021 edition$/);
    expect(chartFigure('gitocScores', {id: 'b'}).subtitle).toMatch(/2023 edition$/);
    expect(chartFigure('gitocScores', {id: 'c', state: {edition: 2021}, subtitle: 'Own words'}).subtitle).toBe(
      'Own words'
    );
  });
});
