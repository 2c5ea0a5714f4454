import {describe, expect, test} from 'vitest';
import {collectStep, stepsIn} from '../../src/lib/scrolly/step-collector.ts';
import {uniqueId} from '../../src/lib/charts/unique-id.ts';

const step = (id: string) => ({id, chart: 'offencesPer1000', alt: 'A line.'});

describe('collectStep(store, record) and stepsIn(store, html)', () => {
  test('finds registered steps in the order of the rendered html', () => {
    const store = {};
    collectStep(store, step('b'));
    collectStep(store, step('a'));
    expect(stepsIn(store, '<section data-step="a"></section><section data-step="b">').map((s) => s.id)).toEqual([
      'a',
      'b'
    ]);
  });
  test('rejects repeated ids, missing alt, bad ids and steps with neither chart nor map', () => {
    const store = {};
    collectStep(store, step('a'));
    expect(() => collectStep(store, step('a'))).toThrow(/twice/);
    expect(() => collectStep(store, {...step('b'), alt: ' '})).toThrow(/alt/);
    expect(() => collectStep(store, step('Bad Id'))).toThrow(/lower-case/);
    expect(() => collectStep(store, {id: 'c', alt: 'x'})).toThrow(/chart or map/);
  });
  test('fails on a step in the html that never registered', () => {
    expect(() => stepsIn({}, '<section data-step="ghost">')).toThrow(/ghost/);
  });
});

describe('uniqueId(store, base)', () => {
  test('returns base, then base-2, base-3 within one store', () => {
    const store = {};
    expect([uniqueId(store, 'c'), uniqueId(store, 'c'), uniqueId(store, 'd'), uniqueId(store, 'c')]).toEqual([
      'c',
      'c-2',
      'd',
      'c-3'
    ]);
  });
});
