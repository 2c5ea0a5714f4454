import {describe, expect, test} from 'vitest';
import {derivedFiles} from '../../src/lib/derived-names.ts';
import {districtMapFigure} from '../../src/lib/map/district-map-figure.ts';
import {mapGeometry} from '../../src/lib/map/geometry.ts';
import {mapPeriods} from '../../src/lib/map/groups.ts';
import {buildMapPayload} from '../../src/lib/map/payload.ts';
import {latestPeriod, offencePeriods, periodSpan} from '../../src/lib/offence-periods.ts';
import {districtRows, municipalityRows, topology} from './map-fixtures.ts';

/** The periods found in a derived file, in order. */
const periodsIn = (rows: readonly {period: string}[]) => [...new Set(rows.map((r) => r.period))].sort();

describe('offencePeriods', () => {
  test('are exactly the periods of the derived district and municipality files', () => {
    expect([...offencePeriods]).toEqual(periodsIn(municipalityRows));
    expect([...offencePeriods]).toEqual(periodsIn(districtRows));
  });

  test('the map offers them all, and the file names span them', () => {
    expect(mapPeriods).toEqual(offencePeriods);
    const [first, last] = [periodsIn(districtRows)[0]!, periodsIn(districtRows).at(-1)!];
    expect(periodSpan()).toBe(`${first.slice(0, 4)}-${last.slice(5)}`);
    expect(derivedFiles.offencesByDistrict).toContain(periodSpan());
    expect(derivedFiles.offencesByMunicipality).toContain(periodSpan());
  });

  test('a map without a period shows the newest one in the data', () => {
    const geometry = mapGeometry(topology, 400);
    const payload = buildMapPayload(geometry, districtRows, municipalityRows);
    const figure = districtMapFigure(geometry, payload, {}, 'test');
    expect(latestPeriod).toBe(periodsIn(districtRows).at(-1));
    expect(figure.legendTitle).toContain(`, ${latestPeriod} (annual average)`);
  }, 60_000);
});
