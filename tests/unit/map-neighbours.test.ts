import {describe, expect, test} from 'vitest';
import {mapGeometry} from '../../src/lib/map/geometry.ts';
import {arrowDirections, arrowTable, arrowTarget, reachable} from '../../src/lib/map/neighbours.ts';
import type {DistrictProperties} from '../../src/lib/derived-types.ts';
import {topology} from './map-fixtures.ts';

describe('arrowTarget(from, direction, centroids, borders)', () => {
  // Four squares in a row, plus an island (4) far to the north of square 1, bordering nobody.
  const centroids: [number, number][] = [
    [0, 0],
    [10, 0],
    [20, 0],
    [30, 0],
    [10, -40]
  ];
  const borders = [[1], [0, 2], [1, 3], [2], []];
  test('moves to the bordering region that lies in the arrow direction', () => {
    expect(arrowTarget(1, 'right', centroids, borders)).toBe(2);
    expect(arrowTarget(1, 'left', centroids, borders)).toBe(0);
    expect(arrowTarget(0, 'left', centroids, borders)).toBe(-1);
  });
  test('falls back to the nearest region in that direction when no border leads there (islands)', () => {
    expect(arrowTarget(1, 'up', centroids, borders)).toBe(4);
    expect(arrowTarget(4, 'down', centroids, borders)).toBe(1);
  });
  test('only moves between members when members are given', () => {
    expect(arrowTarget(1, 'right', centroids, borders, new Set([0, 1]))).toBe(-1);
  });
});

describe('arrow keys over the real police districts', () => {
  const g = mapGeometry(topology, 400);
  const index = (name: string) => g.districts.findIndex((d) => d.name === name);
  const names = (i: number) => g.districtArrows[i]!.map((j) => (j < 0 ? null : g.districts[j]!.name));

  test('from Oslo some arrow reaches Øst', () => {
    expect(names(index('Oslo'))).toContain('Øst');
  });
  test('from Finnmark Left or Up reaches Troms', () => {
    const [up, , , left] = names(index('Finnmark'));
    expect([up, left]).toContain('Troms');
  });
  test('from Agder Up goes north (to a district whose centre is above Agder)', () => {
    const up = g.districtArrows[index('Agder')]![arrowDirections.indexOf('up')]!;
    expect(g.districts[up]!.at[1]).toBeLessThan(g.districts[index('Agder')]!.at[1]);
  });
  test('every arrow goes the way it says (the target centre lies in that half-plane)', () => {
    g.districtArrows.forEach((targets, i) =>
      targets.forEach((j, k) => {
        if (j < 0) return;
        const [dx, dy] = [g.districts[j]!.at[0] - g.districts[i]!.at[0], g.districts[j]!.at[1] - g.districts[i]!.at[1]];
        const along = [-dy, dx, dy, -dx][k]!;
        expect(along, `${g.districts[i]!.name} ${arrowDirections[k]}`).toBeGreaterThan(0);
      })
    );
  });
  test('all 12 districts are reachable from any district', () => {
    for (let i = 0; i < 12; i++) expect(reachable(i, g.districtArrows).size).toBe(12);
  });
  test('inside every district, all its municipalities are reachable and arrows never leave the district', () => {
    g.districts.forEach((d, k) => {
      const members = g.municipalities.flatMap((m, i) => (m.districtIndex === k ? [i] : []));
      expect(members.length, d.name).toBe(
        (topology.objects.districts.geometries[k]!.properties as DistrictProperties).municipalityCount
      );
      expect(reachable(members[0]!, g.municipalityArrows).size, d.name).toBe(members.length);
      for (const i of members)
        for (const j of g.municipalityArrows[i]!) if (j >= 0) expect(g.municipalities[j]!.districtIndex).toBe(k);
    });
  });
  test('arrowTable gives four targets per region', () => {
    expect(arrowTable([[0, 0]], [[]])).toEqual([[-1, -1, -1, -1]]);
  });
});
