/**
 * Drops small islands from polygon geometries in a TopoJSON object without ever deleting a whole feature: the largest
 * polygon of each geometry always stays (a naive island filter deletes Kvitsøy, a municipality made only of islets).
 * Knows nothing about municipalities or districts; it edits arc lists only and leaves the arcs themselves alone.
 */
import {geoArea} from 'd3-geo';
import {feature} from 'topojson-client';
import type {MultiPolygon, Polygon, Topology} from 'topojson-specification';

const earthRadiusKm = 6371.0088;

/** Area of one TopoJSON polygon in km², whatever its winding (polygons here are far smaller than a hemisphere). */
function polygonAreaKm2(topology: Topology, arcs: number[][]): number {
  const steradians = geoArea(feature(topology, {type: 'Polygon', arcs} as Polygon));
  return Math.min(steradians, 4 * Math.PI - steradians) * earthRadiusKm ** 2;
}

/**
 * `dropSmallIslands(topology, geometries, minAreaKm2)` returns copies of the geometries in which every polygon that is
 * an island (no arc of its outer ring is used by another ring) and smaller than `minAreaKm2` is removed, except the
 * largest polygon of each geometry. Polygons touching a neighbour are never removed, so no gaps open along borders.
 * @example dropSmallIslands(topo, topo.objects.Kommuner.geometries, 2)
 */
export function dropSmallIslands<G extends Polygon | MultiPolygon>(
  topology: Topology,
  geometries: readonly G[],
  minAreaKm2: number
): G[] {
  const uses = new Map<number, number>();
  const ringsOf = (g: G): number[][][] => (g.type === 'Polygon' ? [g.arcs] : g.arcs);
  for (const g of geometries) {
    for (const polygon of ringsOf(g)) {
      for (const ring of polygon) for (const a of ring) uses.set(a < 0 ? ~a : a, (uses.get(a < 0 ? ~a : a) ?? 0) + 1);
    }
  }
  return geometries.map((g) => {
    if (g.type !== 'MultiPolygon') return g;
    const polygons = g.arcs.map((arcs) => ({arcs, area: polygonAreaKm2(topology, arcs)}));
    const largest = polygons.reduce((a, b) => (b.area > a.area ? b : a));
    const kept = polygons.filter((p) => {
      const island = (p.arcs[0] ?? []).every((a) => uses.get(a < 0 ? ~a : a) === 1);
      return p === largest || !island || p.area >= minAreaKm2;
    });
    if (kept.length === 1 && kept[0]) return {...g, type: 'Polygon', arcs: kept[0].arcs} as G;
    return {...g, arcs: kept.map((p) => p.arcs)} as G;
  });
}
