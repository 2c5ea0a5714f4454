/**
 * Projects the police-district topology once into everything a drawn map needs: path strings, label points,
 * boxes and arrow-key tables for districts and municipalities. Knows nothing about data values, colours, Astro or
 * the DOM (d3-geo's `geoPath` without a context returns strings).
 */
import {geoPath, type GeoProjection} from 'd3-geo';
import type {Geometry, Position} from 'geojson';
import type {DistrictId} from '../derived-types.ts';
import {compactPath} from './compact-path.ts';
import {labelPoint, type Ring} from './label-point.ts';
import {arrowTable, type ArrowTargets} from './neighbours.ts';
import {fitNorway} from './projection.ts';
import {
  districtBorders,
  districtFeatures,
  municipalityBorders,
  municipalityFeatures,
  type MapTopology
} from './topology.ts';

/** A region drawn on the map, in viewBox units. */
export interface RegionShape {
  id: string;
  name: string;
  /** SVG path data. */
  d: string;
  /** Bounding box `[x0, y0, x1, y1]`. */
  box: [number, number, number, number];
  /** Interior point for a label or the keyboard's sense of "where it is". */
  at: [number, number];
  /** Distance from `at` to the outline: how much room a label has. */
  room: number;
}

/** The whole map in one projection. */
export interface MapGeometry {
  width: number;
  height: number;
  districts: (RegionShape & {id: DistrictId; population: number})[];
  municipalities: (RegionShape & {districtIndex: number})[];
  /** Up, Right, Down, Left targets between districts. */
  districtArrows: ArrowTargets[];
  /** Up, Right, Down, Left targets between municipalities of the same district. */
  municipalityArrows: ArrowTargets[];
}

const round1 = (v: number) => Math.round(v * 10) / 10;

/** Shoelace area of a projected ring (absolute). */
function ringArea(ring: Ring): number {
  let sum = 0;
  for (let i = 1; i < ring.length; i++) sum += ring[i - 1]![0] * ring[i]![1] - ring[i]![0] * ring[i - 1]![1];
  return Math.abs(sum / 2);
}

/** The projected rings (outer ring and holes) of the largest polygon: small islands never hold a label. */
function largestPolygon(geometry: Geometry, projection: GeoProjection): Ring[] {
  const polygons: Position[][][] =
    geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.type === 'MultiPolygon' ? geometry.coordinates : [];
  let best: Ring[] = [];
  let bestArea = -1;
  for (const polygon of polygons) {
    const rings = polygon.map((ring) =>
      ring.map((p) => (projection(p as [number, number]) ?? [0, 0]) as [number, number])
    );
    const area = rings[0] ? ringArea(rings[0]) : 0;
    if (area > bestArea) [best, bestArea] = [rings, area];
  }
  return best;
}

function shapeOf(geometry: Geometry, path: ReturnType<typeof geoPath>, projection: GeoProjection, steps: number) {
  const [[x0, y0], [x1, y1]] = path.bounds(geometry);
  const {x, y, room} = labelPoint(largestPolygon(geometry, projection), steps);
  return {
    // Relative coordinates at the same 1-decimal precision: the same shapes in fewer bytes.
    d: compactPath(path(geometry) ?? '', 1),
    box: [x0, y0, x1, y1].map(round1) as RegionShape['box'],
    at: [round1(x), round1(y)] as [number, number],
    room: round1(room)
  };
}

const cache = new Map<string, MapGeometry>();

/**
 * The projected map, fitted to `width` viewBox units (the height follows from Norway's shape); cached per topology
 * object and width, because every map on a page draws the same shapes.
 */
export function mapGeometry(topology: MapTopology, width = 400): MapGeometry {
  const key = `${width}:${topology.arcs.length}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const districtList = districtFeatures(topology);
  const municipalityList = municipalityFeatures(topology);
  const {projection, height} = fitNorway({type: 'FeatureCollection', features: districtList}, width);
  const path = geoPath(projection).digits(1);
  const districts = districtList.map((f) => ({
    id: f.properties.id,
    name: f.properties.name,
    population: f.properties.population,
    ...shapeOf(f.geometry, path, projection, 24)
  }));
  const indexOf = new Map(districts.map((d, i) => [d.id, i]));
  const municipalities = municipalityList.map((f) => ({
    id: f.properties.id,
    name: f.properties.name,
    districtIndex: indexOf.get(f.properties.districtId) ?? -1,
    ...shapeOf(f.geometry, path, projection, 10)
  }));
  const districtArrows = arrowTable(
    districts.map((d) => d.at),
    districtBorders(topology)
  );
  const municipalityArrows: ArrowTargets[] = municipalities.map(() => [-1, -1, -1, -1]);
  const borders = municipalityBorders(topology);
  districts.forEach((_, k) => {
    const members = new Set(municipalities.flatMap((m, i) => (m.districtIndex === k ? [i] : [])));
    const table = arrowTable(
      municipalities.map((m) => m.at),
      borders,
      members
    );
    for (const i of members) municipalityArrows[i] = table[i]!;
  });
  const result = {width, height, districts, municipalities, districtArrows, municipalityArrows};
  cache.set(key, result);
  return result;
}
