/**
 * Builds police-districts-2024.topo.json: municipalities from the robhop TopoJSON, small islands dropped, simplified
 * with mapshaper, districts dissolved from municipalities (so both layers share arcs), quantized, and checked to be
 * wound clockwise as d3-geo expects. Knows nothing about offences, and nothing about how or where the map is drawn.
 */
import {geoArea} from 'd3-geo';
import mapshaper from 'mapshaper';
import {feature} from 'topojson-client';
import type {GeometryCollection, MultiPolygon, Polygon, Topology} from 'topojson-specification';
import {DataError} from './data-error.ts';
import {dropSmallIslands} from './island-filter.ts';
import type {DistrictSummary} from './districts.ts';
import type {Municipality} from './municipalities.ts';
import type {MunicipalityTopology} from './topology-input.ts';
import type {DistrictProperties, MunicipalityProperties} from '../lib/derived-types.ts';

/** Simplification and size settings; changing them changes the committed file. */
export const topologySettings = {simplifyPercent: 7, minIslandKm2: 2, quantization: 10000} as const;

/** Result: the file text and the parsed topology. */
export interface DistrictTopology {
  text: string;
  topology: Topology<{
    districts: GeometryCollection<DistrictProperties>;
    municipalities: GeometryCollection<MunicipalityProperties>;
  }>;
}

type Shape = (Polygon | MultiPolygon) & {id?: string | number};

/**
 * `buildDistrictTopology(input, register, districts, file)` returns the finished topology. Throws a DataError when the
 * boundary file and the register disagree on municipality numbers or names, when a municipality loses its shape,
 * or when any output feature is not wound clockwise.
 */
export async function buildDistrictTopology(
  input: MunicipalityTopology,
  register: readonly Municipality[],
  districts: readonly DistrictSummary[],
  file: string
): Promise<DistrictTopology> {
  const byId = new Map(register.map((m) => [m.id, m]));
  const inFile = new Set(input.geometries.map((g) => g.properties.kommunenummer));
  for (const m of register) {
    if (!inFile.has(m.id))
      throw new DataError(
        file,
        null,
        'kommunenummer',
        `expected a boundary for municipality ${m.id} ${m.name}, found none`
      );
  }
  const filtered = dropSmallIslands(input.topology, input.geometries, topologySettings.minIslandKm2).map((g) => {
    const id = g.properties.kommunenummer;
    const m = byId.get(id);
    if (!m)
      throw new DataError(
        file,
        null,
        'kommunenummer',
        `expected a municipality of the register, found a boundary for "${id}"`
      );
    if (m.name !== g.properties.name)
      throw new DataError(
        file,
        null,
        'properties.name',
        `expected "${m.name}" as in the municipality register, found "${g.properties.name}"`,
        `kommunenummer ${id}`
      );
    const properties: MunicipalityProperties = {id, name: m.name, districtId: m.districtId, population: m.population};
    return {type: g.type, arcs: g.arcs, properties} as Shape;
  });
  const prepared = {
    type: 'Topology',
    arcs: input.topology.arcs,
    objects: {municipalities: {type: 'GeometryCollection', geometries: filtered}}
  };
  const {simplifyPercent, quantization} = topologySettings;
  const commands = [
    '-i in.json',
    `-simplify ${simplifyPercent}% keep-shapes`,
    '-dissolve districtId + name=districts',
    `-o out.json format=topojson quantization=${quantization} target=*`
  ].join(' ');
  let output: Record<string, string>;
  try {
    output = await mapshaper.applyCommands(commands, {'in.json': JSON.stringify(prepared)});
  } catch (error) {
    // mapshaper's own message says what broke but not in which input file.
    const found = error instanceof Error ? error.message : String(error);
    throw new DataError(
      file,
      null,
      '(geometry)',
      `expected boundaries mapshaper can simplify and dissolve, found: ${found}`
    );
  }
  return finish(JSON.parse(output['out.json'] ?? 'null'), register, districts, file);
}

/** A geometry as mapshaper writes it, before we fix its id and properties. */
interface RawGeometry {
  type: 'Polygon' | 'MultiPolygon' | null;
  arcs?: number[][] | number[][][];
  properties?: Record<string, unknown>;
}

/** Puts ids and properties in a fixed shape and order, then checks completeness and winding. */
function finish(
  output: unknown,
  register: readonly Municipality[],
  districts: readonly DistrictSummary[],
  file: string
): DistrictTopology {
  const topology = output as Topology & {
    objects: Record<string, {type: 'GeometryCollection'; geometries: RawGeometry[]}>;
  };
  const geometriesOf = (name: string): RawGeometry[] => {
    const object = topology.objects[name];
    if (!object)
      throw new DataError(file, null, `objects.${name}`, `expected mapshaper to produce the layer ${name}, found none`);
    return object.geometries;
  };
  const munById = new Map(geometriesOf('municipalities').map((g) => [g.properties?.['id'], g]));
  const municipalities = register.map((m) => {
    const g = munById.get(m.id);
    if (!g?.type)
      throw new DataError(
        file,
        null,
        `kommunenummer ${m.id}`,
        `expected ${m.name} to keep a shape after simplification, found none`
      );
    const properties: MunicipalityProperties = {
      id: m.id,
      name: m.name,
      districtId: m.districtId,
      population: m.population
    };
    return {type: g.type, arcs: g.arcs, id: m.id, properties};
  });
  const disById = new Map(geometriesOf('districts').map((g) => [g.properties?.['districtId'], g]));
  const districtGeometries = districts.map((d) => {
    const g = disById.get(d.id);
    if (!g?.type)
      throw new DataError(
        file,
        null,
        `district ${d.id}`,
        `expected a shape for ${d.name} after the dissolve, found none`
      );
    const properties: DistrictProperties = {
      id: d.id,
      name: d.name,
      population: d.population,
      municipalityCount: d.municipalityCount
    };
    return {type: g.type, arcs: g.arcs, id: d.id, properties};
  });
  const result = {
    ...topology,
    objects: {
      districts: {type: 'GeometryCollection', geometries: districtGeometries},
      municipalities: {type: 'GeometryCollection', geometries: municipalities}
    }
  } as unknown as DistrictTopology['topology'];
  const layers: GeometryCollection[] = [result.objects.districts, result.objects.municipalities];
  for (const layer of layers) {
    for (const f of feature(result, layer).features) {
      if (geoArea(f) >= 2 * Math.PI)
        throw new DataError(
          file,
          null,
          `feature ${String(f.id)}`,
          'expected exterior rings wound clockwise for d3-geo, found a counter-clockwise one'
        );
    }
  }
  return {text: `${JSON.stringify(result)}\n`, topology: result};
}
