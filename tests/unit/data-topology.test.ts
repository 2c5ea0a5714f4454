import {readFileSync} from 'node:fs';
import path from 'node:path';
import {gzipSync} from 'node:zlib';
import {geoArea} from 'd3-geo';
import {feature} from 'topojson-client';
import type {GeometryCollection, Topology} from 'topojson-specification';
import {describe, expect, it} from 'vitest';
import {dataError} from './data-error-of.ts';
import {dropSmallIslands} from '../../src/pipeline/island-filter.ts';
import {buildDistrictTopology} from '../../src/pipeline/topology.ts';
import {readMunicipalityTopology} from '../../src/pipeline/topology-input.ts';
import type {DistrictProperties, MunicipalityProperties} from '../../src/lib/derived-types.ts';
import {derivedFiles} from '../../src/lib/derived-files.ts';

const repoRoot = path.resolve(import.meta.dirname, '../..');

/**
 * Three municipalities, RFC 7946 winding (counter-clockwise exteriors): A and B share an edge; B also has a tiny
 * island; C is made only of two islets (like Kvitsøy), both under 2 km².
 */
function fixture() {
  return {
    type: 'Topology',
    arcs: [
      [
        [10.1, 60.0],
        [10.1, 60.1]
      ],
      [
        [10.1, 60.1],
        [10.0, 60.1],
        [10.0, 60.0],
        [10.1, 60.0]
      ],
      [
        [10.1, 60.0],
        [10.2, 60.0],
        [10.2, 60.1],
        [10.1, 60.1]
      ],
      [
        [10.3, 60.0],
        [10.301, 60.0],
        [10.301, 60.001],
        [10.3, 60.001],
        [10.3, 60.0]
      ],
      [
        [10.5, 60.0],
        [10.51, 60.0],
        [10.51, 60.01],
        [10.5, 60.01],
        [10.5, 60.0]
      ],
      [
        [10.6, 60.0],
        [10.602, 60.0],
        [10.602, 60.002],
        [10.6, 60.002],
        [10.6, 60.0]
      ]
    ],
    objects: {
      Kommuner: {
        type: 'GeometryCollection',
        geometries: [
          {type: 'Polygon', arcs: [[1, 0]], properties: {kommunenummer: '0001', name: 'A'}},
          {type: 'MultiPolygon', arcs: [[[2, -1]], [[3]]], properties: {kommunenummer: '0002', name: 'B'}},
          {type: 'MultiPolygon', arcs: [[[4]], [[5]]], properties: {kommunenummer: '0003', name: 'C'}}
        ]
      }
    }
  };
}

describe('readMunicipalityTopology(text, file)', () => {
  it('reads a valid RFC 7946 topology', () => {
    expect(readMunicipalityTopology(JSON.stringify(fixture()), 'k.topojson').geometries).toHaveLength(3);
  });

  it('rejects truncated TopoJSON with the line where it ends', () => {
    const text = JSON.stringify(fixture(), null, 1);
    const e = dataError(() => readMunicipalityTopology(text.slice(0, 200), 'cut.topojson'));
    expect([e.file, e.field]).toEqual(['cut.topojson', '(json)']);
    expect(e.line).toBe(text.slice(0, 200).split('\n').length);
  });

  it('rejects an arc index beyond the arcs array (arcs truncated)', () => {
    const t = fixture();
    t.arcs = t.arcs.slice(0, 4);
    const e = dataError(() => readMunicipalityTopology(JSON.stringify(t), 'k.topojson'));
    expect(e.field).toBe('objects.Kommuner.geometries[2].arcs');
    expect(e.line).toBe(1);
  });

  it('rejects a wrongly wound (clockwise) polygon, naming the municipality', () => {
    const t = fixture();
    t.arcs[4] = [...(t.arcs[4] ?? [])].reverse();
    const e = dataError(() => readMunicipalityTopology(JSON.stringify(t), 'k.topojson'));
    expect(e.field).toBe('kommunenummer 0003 polygon 0');
    expect(e.reason).toMatch(/wrongly wound/);
  });

  it('rejects a duplicate municipality number', () => {
    const t = fixture();
    t.objects.Kommuner.geometries[2]!.properties.kommunenummer = '0001';
    expect(dataError(() => readMunicipalityTopology(JSON.stringify(t), 'k.topojson')).reason).toMatch(
      /^expected each municipality once, found "0001" again$/
    );
  });
});

describe('dropSmallIslands(topology, geometries, minAreaKm2)', () => {
  it("drops small islands but keeps every geometry's largest polygon", () => {
    const {topology, geometries} = readMunicipalityTopology(JSON.stringify(fixture()), 'k.topojson');
    const [a, b, c] = dropSmallIslands(topology, geometries, 2);
    expect(a?.arcs).toEqual([[1, 0]]);
    expect(b).toMatchObject({type: 'Polygon', arcs: [[2, -1]]});
    expect(c).toMatchObject({type: 'Polygon', arcs: [[4]]});
  });
});

describe('buildDistrictTopology(input, register, districts, file)', async () => {
  const input = readMunicipalityTopology(JSON.stringify(fixture()), 'k.topojson');
  const register = [
    {id: '0001', name: 'A', districtId: 'p01' as const, population: 10},
    {id: '0002', name: 'B', districtId: 'p01' as const, population: 20},
    {id: '0003', name: 'C', districtId: 'p02' as const, population: 5}
  ];
  const districts = [
    {id: 'p01' as const, name: 'Oslo', population: 30, municipalityCount: 2},
    {id: 'p02' as const, name: 'Øst', population: 5, municipalityCount: 1}
  ];
  const {topology} = await buildDistrictTopology(input, register, districts, 'k.topojson');

  it('dissolves districts from municipalities and fixes ids and properties', () => {
    expect(topology.objects.districts.geometries.map((g) => [g.id, g.properties])).toEqual([
      ['p01', {id: 'p01', name: 'Oslo', population: 30, municipalityCount: 2}],
      ['p02', {id: 'p02', name: 'Øst', population: 5, municipalityCount: 1}]
    ]);
    expect(topology.objects.municipalities.geometries.map((g) => g.id)).toEqual(['0001', '0002', '0003']);
  });

  it('winds every output feature clockwise for d3-geo', () => {
    for (const f of feature(topology, topology.objects.municipalities).features)
      expect(geoArea(f)).toBeLessThan(2 * Math.PI);
  });

  it('rejects a register name that differs from the boundary file', async () => {
    const renamed = register.map((m) => (m.id === '0001' ? {...m, name: 'Z'} : m));
    await expect(buildDistrictTopology(input, renamed, districts, 'k.topojson')).rejects.toThrow(/name/);
  });
});

describe(`data/derived/${derivedFiles.districtMap}`, () => {
  const text = readFileSync(path.join(repoRoot, 'data/derived', derivedFiles.districtMap), 'utf8');
  const topo = JSON.parse(text) as Topology<{
    districts: GeometryCollection<DistrictProperties>;
    municipalities: GeometryCollection<MunicipalityProperties>;
  }>;

  it('is at most 40 KB gzipped', () => {
    expect(gzipSync(text).length).toBeLessThanOrEqual(40 * 1024);
  });

  it('has 12 districts p01…p12 and 357 municipalities, every one with a shape', () => {
    expect(topo.objects.districts.geometries.map((g) => g.id)).toEqual(
      Array.from({length: 12}, (_, i) => `p${String(i + 1).padStart(2, '0')}`)
    );
    expect(topo.objects.municipalities.geometries).toHaveLength(357);
    for (const g of topo.objects.municipalities.geometries) expect(['Polygon', 'MultiPolygon']).toContain(g.type);
    const kvitsoy = topo.objects.municipalities.geometries.find((g) => g.id === '1144');
    expect((kvitsoy?.properties as MunicipalityProperties | undefined)?.name).toBe('Kvitsøy');
  });

  it('winds every feature clockwise: d3.geoArea < 2π', () => {
    for (const name of ['districts', 'municipalities'] as const) {
      const layer: GeometryCollection = topo.objects[name];
      for (const f of feature(topo, layer).features) expect(geoArea(f), String(f.id)).toBeLessThan(2 * Math.PI);
    }
  });

  it('district populations sum to the national population 1 January 2024', () => {
    const props = topo.objects.districts.geometries.map((g) => g.properties as DistrictProperties);
    expect(props.reduce((a, p) => a + p.population, 0)).toBe(5_550_203);
    expect(props.reduce((a, p) => a + p.municipalityCount, 0)).toBe(357);
  });
});
