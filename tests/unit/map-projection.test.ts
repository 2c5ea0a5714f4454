import {geoPath} from 'd3-geo';
import {describe, expect, test} from 'vitest';
import {mapGeometry} from '../../src/lib/map/geometry.ts';
import {fitNorway} from '../../src/lib/map/projection.ts';
import {districtFeatures, municipalityFeatures} from '../../src/lib/map/topology.ts';
import {topology} from './map-fixtures.ts';

describe('fitNorway(shapes, width)', () => {
  const districts = {type: 'FeatureCollection' as const, features: districtFeatures(topology)};

  test.each([400, 320, 640])('puts every district and municipality inside a %i-wide box', (width) => {
    const {projection, height} = fitNorway(districts, width, 4);
    const path = geoPath(projection);
    for (const f of [...districts.features, ...municipalityFeatures(topology)]) {
      const [[x0, y0], [x1, y1]] = path.bounds(f);
      expect(x0, f.properties.name).toBeGreaterThanOrEqual(3.99);
      expect(y0, f.properties.name).toBeGreaterThanOrEqual(3.99);
      expect(x1, f.properties.name).toBeLessThanOrEqual(width - 3.99);
      expect(y1, f.properties.name).toBeLessThanOrEqual(height - 3.99);
    }
  });

  test('gives Norway a portrait box, not a thin sliver (height 1.1–1.4 × width), using the full width', () => {
    const {projection, height} = fitNorway(districts, 400, 4);
    expect(height / 400).toBeGreaterThan(1.1);
    expect(height / 400).toBeLessThan(1.4);
    const [[x0], [x1]] = geoPath(projection).bounds(districts);
    expect(x1 - x0).toBeCloseTo(392, 0);
  });

  test('keeps north up: Finnmark is above Agder, and Oslo east of Vest', () => {
    const g = mapGeometry(topology, 400);
    const at = (name: string) => g.districts.find((d) => d.name === name)!.at;
    expect(at('Finnmark')[1]).toBeLessThan(at('Agder')[1]);
    expect(at('Oslo')[0]).toBeGreaterThan(at('Vest')[0]);
  });
});

describe('mapGeometry(topology)', () => {
  const g = mapGeometry(topology, 400);
  test('draws 12 districts and every municipality of the topology, each with a non-empty path', () => {
    expect(g.districts).toHaveLength(topology.objects.districts.geometries.length);
    expect(g.districts).toHaveLength(12);
    expect(g.municipalities).toHaveLength(topology.objects.municipalities.geometries.length);
    for (const r of [...g.districts, ...g.municipalities]) expect(r.d, r.name).toMatch(/^M[\d.]+ [\d.]+l/);
  });

  test('puts each label point inside its own district box', () => {
    for (const d of g.districts) {
      expect(d.at[0]).toBeGreaterThanOrEqual(d.box[0]);
      expect(d.at[0]).toBeLessThanOrEqual(d.box[2]);
      expect(d.at[1]).toBeGreaterThanOrEqual(d.box[1]);
      expect(d.at[1]).toBeLessThanOrEqual(d.box[3]);
      expect(d.room, d.name).toBeGreaterThan(0);
    }
  });
});
