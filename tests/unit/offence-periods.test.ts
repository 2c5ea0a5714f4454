import {describe, expect, test} from 'vitest';
import {derivedFiles} from '../../src/lib/derived-files.ts';
import {districtMapFigure} from '../../src/lib/map/district-map-figure.ts';
import {mapGeometry} from '../../src/lib/map/geometry.ts';
import {buildMapPayload} from '../../src/lib/map/payload.ts';
import {drawableView} from '../../src/lib/map/url-state.ts';
import {firstPeriod, periodSpan, periodsOf, periodYears} from '../../src/lib/offence-periods.ts';
import {districtRows, municipalityRows, topology} from './map-fixtures.ts';

/** The periods found in a derived file, in order (read without the code under test). */
const periodsIn = (rows: readonly {period: string}[]) => [...new Set(rows.map((r) => r.period))].sort();

describe('periods come from the data', () => {
  const geometry = mapGeometry(topology, 400);
  const payload = buildMapPayload(geometry, districtRows, municipalityRows);

  test('the map offers exactly the periods of the derived files, and the file names span them', () => {
    expect(payload.periods).toEqual(periodsIn(districtRows));
    expect(periodsOf(municipalityRows)).toEqual(periodsIn(municipalityRows));
    expect(payload.periods[0]).toBe(firstPeriod);
    expect(derivedFiles.offencesByDistrict).toContain(periodSpan(payload.periods));
    expect(derivedFiles.offencesByMunicipality).toContain(periodSpan(payload.periods));
  });

  test('a new period in the rows reaches the period control and becomes the default, with no code change', () => {
    const next = '2024-2025' as const;
    const withNext = [
      ...districtRows,
      ...districtRows.filter((r) => r.period === '2023-2024').map((r) => ({...r, period: next}))
    ];
    const municipal = [
      ...municipalityRows,
      ...municipalityRows.filter((r) => r.period === '2023-2024').map((r) => ({...r, period: next}))
    ];
    const refreshed = buildMapPayload(geometry, withNext, municipal);
    expect(refreshed.periods.at(-1)).toBe(next);
    const figure = districtMapFigure(geometry, refreshed, {}, 'test');
    expect(figure.view.period).toBe(next);
    expect(figure.legendTitle).toContain(`, ${next} (annual average)`);
    // The committed data has no 2024-2025, so an author asking for it is told at build time.
    expect(() => districtMapFigure(geometry, payload, {period: next}, 'test')).toThrow(
      /unknown .*period .*"2024-2025"/
    );
  }, 60_000);

  test('a map without a period shows the newest one in the data', () => {
    const figure = districtMapFigure(geometry, payload, {}, 'test');
    expect(figure.legendTitle).toContain(`, ${periodsIn(districtRows).at(-1)} (annual average)`);
  }, 60_000);

  test('drawableView(state, periods) moves a period the data does not have (an old link) to the newest', () => {
    const periods = payload.periods;
    expect(drawableView({period: '2019-2020', metric: 'per1000'}, periods).period).toBe(periods.at(-1));
    expect(drawableView({period: periods[1]!, metric: 'per1000'}, periods).period).toBe(periods[1]);
  });

  test('periodYears(text) accepts two consecutive years only', () => {
    expect(periodYears('2023-2024')).toEqual([2023, 2024]);
    expect([periodYears('2023-2025'), periodYears('2023'), periodYears('x-y')]).toEqual([null, null, null]);
  });
});
