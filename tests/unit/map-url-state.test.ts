import {describe, expect, test} from 'vitest';
import {parseMapState, serialiseMapState, type MapViewState} from '../../src/lib/map/url-state.ts';

const defaults: MapViewState = {
  period: '2023-2024',
  metric: 'per1000',
  group: 'total',
  district: null,
  municipality: null
};

describe('parseMapState / serialiseMapState', () => {
  const views: MapViewState[] = [
    defaults,
    {period: '2020-2021', metric: 'count', group: 'violence', district: 'p01', municipality: null},
    {period: '2022-2023', metric: 'per1000', group: 'public-order', district: 'p11', municipality: '5501'},
    {period: '2021-2022', metric: 'count', group: 'property-theft', district: null, municipality: null}
  ];
  test.each(views)('round-trips %o', (view) => {
    expect(parseMapState(serialiseMapState(view), defaults)).toEqual(view);
  });
  test('round-trips with a prefix and keeps other parameters of the page', () => {
    const search = serialiseMapState(views[1]!, '?utm=x&m2-period=2020-2021', 'm2-');
    expect(new URLSearchParams(search).get('utm')).toBe('x');
    expect(parseMapState(search, defaults, 'm2-')).toEqual(views[1]);
    expect(parseMapState(search, defaults)).toEqual(defaults);
  });
  test('falls back to the default for each unknown or malformed value', () => {
    const parsed = parseMapState(
      '?period=1999&metric=%E2%9C%93&group=../../etc&district=p13&municipality=abc',
      defaults
    );
    expect(parsed).toEqual(defaults);
    expect(parseMapState('?period=2021-2022&group=nonsense', defaults)).toEqual({...defaults, period: '2021-2022'});
  });
  test('is case-insensitive and trims', () => {
    expect(parseMapState('?METRIC=count&metric=%20COUNT%20&district=P01', defaults)).toEqual({
      ...defaults,
      metric: 'count',
      district: 'p01'
    });
  });
  test('accepts garbage without throwing', () => {
    expect(parseMapState('%%%&&==?', defaults)).toEqual(defaults);
  });
  test('writes period, metric and group always, district and municipality only when set', () => {
    expect(serialiseMapState(defaults)).toBe('?period=2023-2024&metric=per1000&group=total');
  });
});
