import {describe, expect, test} from 'vitest';
import {mapGeometry} from '../../src/lib/map/geometry.ts';
import type {MunicipalityProperties} from '../../src/lib/derived-types.ts';
import {buildMapPayload} from '../../src/lib/map/payload.ts';
import {districtValues, municipalityValues} from '../../src/lib/map/view-model.ts';
import {districtRows, municipalityRows, topology} from './map-fixtures.ts';

const geometry = mapGeometry(topology, 400);
const payload = buildMapPayload(geometry, districtRows, municipalityRows);
const view = {period: '2023-2024', metric: 'per1000', group: 'total'} as const;

describe('buildMapPayload(geometry, districtRows, municipalityRows)', () => {
  test('carries every district value of the derived file unchanged', () => {
    for (const row of districtRows) {
      const g = payload.groups.indexOf(row.group);
      const p = payload.periods.indexOf(row.period);
      const d = payload.districts.ids.indexOf(row.districtId);
      expect(payload.districtCount[g]![p]![d]).toBe(row.count);
      expect(payload.districtPer1000[g]![p]![d]).toBe(row.per1000);
      expect(payload.districtNotIncluded[g]![p]![d]).toBe(row.suppressed + row.absent);
    }
  });
  test('counts a municipality absent from the source as not included: Utsira in Sør-Vest, Modalen in Vest 2023-2024', () => {
    // Recomputed from the municipal file and the topology's municipality list, not from the district file.
    const all = topology.objects.municipalities.geometries.map((g) => g.properties as MunicipalityProperties);
    const absent = (period: string, district: string) =>
      all.filter(
        (m) =>
          m.districtId === district && !municipalityRows.some((r) => r.period === period && r.municipalityId === m.id)
      );
    expect(absent('2023-2024', 'p06').map((m) => m.name)).toEqual(['Utsira']);
    expect(absent('2023-2024', 'p07').map((m) => m.name)).toEqual(['Modalen']);
    const total = payload.groups.indexOf('total');
    const p = payload.periods.indexOf('2023-2024');
    const d = (id: string) => payload.districts.ids.indexOf(id as never);
    expect(payload.districtNotIncluded[total]![p]![d('p06')]).toBe(1);
    expect(payload.districtNotIncluded[total]![p]![d('p07')]).toBe(1);
    expect(payload.districtNotIncluded[total]![payload.periods.indexOf('2022-2023')]![d('p07')]).toBe(0);
  });
  test('keeps suppressed municipal cells as null (fewer than 5), never 0', () => {
    const suppressed = municipalityRows.filter((r) => r.violence === null);
    expect(suppressed.length).toBeGreaterThan(0);
    const g = payload.groups.indexOf('violence');
    for (const r of suppressed) {
      const m = payload.municipalities.ids.indexOf(r.municipalityId);
      expect(payload.municipalityCount[g]![payload.periods.indexOf(r.period)]![m]).toBeNull();
    }
  });
  test('lists municipalities missing from the source per period (Utsira always), separately from suppressed ones', () => {
    const utsira = payload.municipalities.ids.indexOf('1151');
    expect(utsira).toBeGreaterThanOrEqual(0);
    for (const absent of payload.municipalityAbsent) expect(absent).toContain(utsira);
    const present = new Set(municipalityRows.filter((r) => r.period === '2023-2024').map((r) => r.municipalityId));
    const expected = payload.municipalities.ids.flatMap((id, i) => (present.has(id) ? [] : [i]));
    expect(payload.municipalityAbsent[payload.periods.indexOf('2023-2024')]).toEqual(expected);
  });
  test('has colour breaks for both levels, all three metrics and all seven groups', () => {
    expect(Object.keys(payload.breaks)).toHaveLength(2 * 3 * 7);
    for (const breaks of Object.values(payload.breaks)) expect(breaks.length).toBeGreaterThan(2);
  });
});

describe('districtValues(payload, view)', () => {
  const values = districtValues(payload, view);
  test("gives Oslo's per-1,000 rate, rank and its rate in 2020-2021, the last period sharing no year, from the derived file", () => {
    const rows = districtRows.filter((r) => r.group === 'total' && r.period === '2023-2024');
    const oslo = rows.find((r) => r.districtId === 'p01')!;
    const k = payload.districts.ids.indexOf('p01');
    expect(values.values[k]).toBe(oslo.per1000);
    expect(values.ranks[k]).toBe(1 + rows.filter((r) => r.per1000 > oslo.per1000).length);
    const before = districtRows.find((r) => r.group === 'total' && r.period === '2020-2021' && r.districtId === 'p01')!;
    expect(values.previous[k]).toBe(before.per1000);
    expect(values.previousPeriod).toBe('2020-2021');
  });
  test('never compares overlapping periods: 2021-2022 has no comparison and no change map', () => {
    const overlapping = districtValues(payload, {...view, period: '2021-2022'});
    expect(overlapping.previousPeriod).toBeNull();
    expect(overlapping.previous.every((v) => v === null)).toBe(true);
    expect(
      districtValues(payload, {...view, period: '2021-2022', metric: 'change'}).values.every((v) => v === null)
    ).toBe(true);
  });
  test("metric 'change' is the percentage change of the rate since 2020-2021", () => {
    const row = (period: string) =>
      districtRows.find((r) => r.group === 'total' && r.period === period && r.districtId === 'p08')!;
    const change = districtValues(payload, {...view, metric: 'change'});
    const k = payload.districts.ids.indexOf('p08');
    expect(change.values[k]).toBeCloseTo((row('2023-2024').per1000 / row('2020-2021').per1000 - 1) * 100, 9);
    expect(change.steps.every((s) => s >= 0 && s <= 5)).toBe(true);
  });
  test('colours the highest district darkest and the lowest lightest', () => {
    const max = values.values.indexOf(Math.max(...(values.values as number[])));
    const min = values.values.indexOf(Math.min(...(values.values as number[])));
    expect(values.steps[max]).toBe(5);
    expect(values.steps[min]).toBe(0);
  });
  test('has no previous period for the first period', () => {
    const first = districtValues(payload, {...view, period: '2020-2021'});
    expect(first.previousPeriod).toBeNull();
    expect(first.previous.every((v) => v === null)).toBe(true);
  });
});

describe('municipalityValues(payload, view, district)', () => {
  test('gives Oslo district its three municipalities with rates = count / population × 1000', () => {
    const k = payload.districts.ids.indexOf('p01');
    const v = municipalityValues(payload, view, k);
    const names = v.indices.map((i) => payload.municipalities.names[i]);
    expect(names.sort()).toEqual(['Asker', 'Bærum', 'Oslo']);
    for (const [j, i] of v.indices.entries()) {
      const row = municipalityRows.find(
        (r) => r.period === '2023-2024' && r.municipalityId === payload.municipalities.ids[i]
      )!;
      expect(v.values[j]).toBeCloseTo((row.total / row.population) * 1000, 9);
    }
  });
  test('marks suppressed cells null with no colour, and absent municipalities as absent', () => {
    const row = municipalityRows.find((r) => r.period === '2023-2024' && r.drugs === null)!;
    const i = payload.municipalities.ids.indexOf(row.municipalityId);
    const k = payload.municipalities.district[i]!;
    const v = municipalityValues(payload, {...view, group: 'drugs', metric: 'count'}, k);
    const j = v.indices.indexOf(i);
    expect(v.values[j]).toBeNull();
    expect(v.steps[j]).toBe(-1);
    expect(v.absent[j]).toBe(false);
    const utsira = payload.municipalities.ids.indexOf('1151');
    const sv = municipalityValues(payload, view, payload.municipalities.district[utsira]!);
    expect(sv.absent[sv.indices.indexOf(utsira)]).toBe(true);
  });
});
