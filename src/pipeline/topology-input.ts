/**
 * Reads and checks the robhop municipality TopoJSON: parseable, complete (arc indices in range), one geometry per
 * 4-digit municipality number, and wound as RFC 7946 says (exterior rings counter-clockwise). Knows nothing about
 * police districts, simplification or how the map is drawn.
 */
import {geoArea} from 'd3-geo';
import {feature} from 'topojson-client';
import type {GeometryCollection, MultiPolygon, Polygon, Topology} from 'topojson-specification';
import {DataError, lineOf} from './data-error.ts';
import {plainName} from './fields.ts';

/** A polygonal municipality geometry with the robhop properties we rely on. */
export type MunicipalityGeometry = (Polygon | MultiPolygon) & {properties: {kommunenummer: string; name: string}};

/** A parsed, checked input topology and its municipality geometries. */
export interface MunicipalityTopology {
  topology: Topology;
  geometries: MunicipalityGeometry[];
}

function parseJson(text: string, file: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const position = /position (\d+)/.exec(message);
    const line = position?.[1] ? lineOf(text, Number(position[1])) : lineOf(text, text.length);
    throw new DataError(file, line, '(json)', `expected complete JSON, found a parse error (truncated?): ${message}`);
  }
}

/** Line of a municipality's geometry in the file text (robhop files are one line, but fixtures may not be). */
function lineOfMunicipality(text: string, id: string): number | null {
  const at = text.indexOf(`"kommunenummer":"${id}"`);
  return at < 0 ? null : lineOf(text, at);
}

/**
 * `readMunicipalityTopology(text, file, objectName)` parses the TopoJSON and checks it. Throws a DataError for invalid
 * or truncated JSON, a missing object, an arc index outside the arcs array, a non-polygon geometry, a missing or
 * duplicate `kommunenummer`, or any polygon whose exterior ring is clockwise (i.e. not RFC 7946 winding).
 */
export function readMunicipalityTopology(text: string, file: string, objectName = 'Kommuner'): MunicipalityTopology {
  if (text.trim() === '') throw new DataError(file, 1, '(file)', 'expected a TopoJSON file, found an empty file');
  const topology = parseJson(text, file) as Topology;
  if (topology?.type !== 'Topology' || !Array.isArray(topology.arcs)) {
    throw new DataError(
      file,
      1,
      'type',
      `expected a TopoJSON Topology with an arcs array, found type ${JSON.stringify(topology?.type ?? null)}`
    );
  }
  const object = topology.objects?.[objectName] as GeometryCollection | undefined;
  if (object?.type !== 'GeometryCollection' || !Array.isArray(object.geometries)) {
    throw new DataError(
      file,
      1,
      `objects.${objectName}`,
      `expected a GeometryCollection, found ${JSON.stringify(object?.type ?? 'no such object')}`
    );
  }
  const arcCount = topology.arcs.length;
  const seen = new Set<string>();
  const geometries = object.geometries.map((g, i) => {
    const field = `objects.${objectName}.geometries[${i}]`;
    const id = (g.properties as {kommunenummer?: unknown} | undefined)?.kommunenummer;
    if (typeof id !== 'string' || !/^\d{4}$/.test(id)) {
      throw new DataError(
        file,
        null,
        `${field}.properties.kommunenummer`,
        `expected a 4-digit string, found ${JSON.stringify(id)}`
      );
    }
    const line = lineOfMunicipality(text, id);
    if (seen.has(id))
      throw new DataError(
        file,
        line,
        `${field}.properties.kommunenummer`,
        `expected each municipality once, found "${id}" again`
      );
    seen.add(id);
    const name = (g.properties as {name?: unknown}).name;
    if (typeof name !== 'string' || !plainName.safeParse(name).success) {
      throw new DataError(
        file,
        line,
        `${field}.properties.name`,
        `municipality ${id}: expected a plain name without markup or control characters, found ${JSON.stringify(name)}`
      );
    }
    if (g.type !== 'Polygon' && g.type !== 'MultiPolygon') {
      throw new DataError(
        file,
        line,
        `${field}.type`,
        `expected a Polygon or MultiPolygon for municipality ${id}, found ${g.type}`
      );
    }
    const flat = JSON.stringify(g.arcs).match(/-?\d+/g) ?? [];
    for (const a of flat) {
      const index = Number(a) < 0 ? ~Number(a) : Number(a);
      if (index >= arcCount) {
        throw new DataError(
          file,
          line,
          `${field}.arcs`,
          `expected arc indices below ${arcCount} for municipality ${id}, found ${index} (truncated file?)`
        );
      }
    }
    return g as MunicipalityGeometry;
  });
  for (const g of geometries) checkRfc7946Winding(topology, g, file, text);
  return {topology, geometries};
}

/** Throws unless every polygon of the geometry has a counter-clockwise exterior (d3 then sees it as > 2π steradians). */
function checkRfc7946Winding(topology: Topology, g: MunicipalityGeometry, file: string, text: string): void {
  const polygons = g.type === 'Polygon' ? [g.arcs] : g.arcs;
  polygons.forEach((arcs, p) => {
    const f = feature(topology, {type: 'Polygon', arcs} as Polygon);
    if (geoArea(f) < 2 * Math.PI) {
      const id = g.properties.kommunenummer;
      throw new DataError(
        file,
        lineOfMunicipality(text, id),
        `kommunenummer ${id} polygon ${p}`,
        'expected a counter-clockwise exterior ring (RFC 7946, as the file is documented), found a clockwise one: wrongly wound input'
      );
    }
  });
}
