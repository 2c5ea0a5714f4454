import {describe, expect, test} from 'vitest';
import {cellValue, legendItems, legendTitle} from '../../src/lib/map/figure-text.ts';
import {ranks} from '../../src/lib/map/rank.ts';
import {regionText} from '../../src/lib/map/tooltip-text.ts';
import {breakText, changeText, legendLabels, rankText, valueText} from '../../src/lib/map/value-text.ts';

describe('valueText(value, metric)', () => {
  test('formats rates with one decimal and their unit, counts grouped', () => {
    expect(valueText(72.97, 'per1000')).toBe('73.0 per 1,000');
    expect(valueText(69137, 'count')).toBe('69,137 offences');
    expect(valueText(1, 'count')).toBe('1 offence');
  });
  test('reads a suppressed cell as "fewer than 5", never zero', () => {
    expect(valueText(null, 'count')).toBe('fewer than 5 offences');
    expect(valueText(null, 'per1000')).toMatch(/^fewer than 5/);
    expect(valueText(null, 'count')).not.toMatch(/\b0\b/);
  });
  test('reads a municipality absent from the source as "no figures", not "fewer than 5"', () => {
    expect(valueText(null, 'count', true)).toBe('no figures for this period');
  });
});

describe('legend text', () => {
  test('breakText shows the two significant figures of a break', () => {
    expect(breakText(45)).toBe('45');
    expect(breakText(4.5)).toBe('4.5');
    expect(breakText(0.083)).toBe('0.083');
    expect(breakText(12000)).toBe('12,000');
  });
  test('legendLabels(breaks) has one label per class, open at both ends', () => {
    expect(legendLabels([40, 50])).toEqual(['under 40', '40 to under 50', '50 or more']);
    expect(legendLabels([])).toEqual(['all values']);
  });
  test('legendItems spreads classes over the ramp, darkest = highest', () => {
    expect(legendItems([40, 50]).map((i) => i.step)).toEqual([0, 3, 5]);
  });
  test('legendTitle states the unit and the period', () => {
    expect(legendTitle({metric: 'per1000', group: 'violence', period: '2023-2024'})).toBe(
      'Violence and maltreatment reported per 1,000 inhabitants, 2023-2024 (annual average)'
    );
    expect(legendTitle({metric: 'count', group: 'total', period: '2020-2021'})).toMatch(
      /^Offences reported, number per year, 2020-2021/
    );
  });
  test('cellValue prints table cells without units and suppressed cells in words', () => {
    expect(cellValue(72.97, 'per1000')).toBe('73.0');
    expect(cellValue(69137, 'count')).toBe('69,137');
    expect(cellValue(null, 'count')).toBe('fewer than 5');
  });
});

describe('ranks and changes', () => {
  test('ranks(values) ranks 1 = highest with shared ranks for ties and null for suppressed', () => {
    expect(ranks([5, 9, 5, 1, null])).toEqual([2, 1, 2, 4, null]);
  });
  test('rankText says a rank as people do, counted from the nearer end', () => {
    expect(rankText(1, 12)).toBe('highest of 12');
    expect(rankText(2, 12)).toBe('second highest of 12');
    expect(rankText(6, 12)).toBe('sixth highest of 12');
    expect(rankText(7, 12)).toBe('sixth lowest of 12');
    expect(rankText(11, 12)).toBe('second lowest of 12');
    expect(rankText(12, 12)).toBe('lowest of 12');
    expect(rankText(24, 46)).toBe('23rd lowest of 46');
  });
  test('changeText uses a true minus and names the previous period; none from a suppressed or zero value', () => {
    expect(changeText(100, 95.7, '2022-2023')).toBe('−4.3% from 2022-2023');
    expect(changeText(50, 55, '2022-2023')).toBe('+10.0% from 2022-2023');
    expect(changeText(null, 55, '2022-2023')).toBeNull();
    expect(changeText(0, 55, '2022-2023')).toBeNull();
  });
});

describe('regionText(facts)', () => {
  const facts = {
    name: 'Oslo',
    kind: 'police district',
    value: 85.6,
    metric: 'per1000' as const,
    period: '2023-2024',
    groupLabel: 'All offences',
    rank: 1,
    of: 12,
    previous: 80.9,
    previousPeriod: '2022-2023'
  };
  test('gives the tooltip lines: value, rank of 12, change from the previous period', () => {
    const t = regionText(facts);
    expect(t.heading).toBe('Oslo');
    expect(t.lines).toEqual(['85.6 per 1,000', 'highest of 12 police districts', '+5.8% from 2022-2023']);
  });
  test('says everything in one sentence for screen readers, with group and period', () => {
    expect(regionText(facts).sentence).toBe(
      'Oslo, police district: 85.6 per 1,000; highest of 12 police districts; +5.8% from 2022-2023. All offences, 2023-2024.'
    );
  });
  test('mentions municipalities missing from a district sum, suppressed or absent', () => {
    expect(regionText({...facts, notIncluded: 2}).lines).toContain(
      '2 municipalities not included (fewer than 5 or no figures)'
    );
    expect(regionText({...facts, notIncluded: 1}).lines).toContain(
      '1 municipality not included (fewer than 5 or no figures)'
    );
  });
  test('has no change line in the first period', () => {
    expect(regionText({...facts, previous: null, previousPeriod: null}).lines).toHaveLength(2);
  });
});
