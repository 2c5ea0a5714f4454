/**
 * Turns the police-district TopoJSON into GeoJSON features and shared-border lists. Knows nothing about
 * projections, colours, Astro or the DOM; it only unpacks the file whose contract src/lib/derived-types.ts describes.
 */
import {feature, neighbors} from 'topojson-client';
import type {Feature, Geometry} from 'geojson';
import type {GeometryCollection, Topology} from 'topojson-specification';
import type {DistrictProperties, MunicipalityProperties} from '../derived-types.ts';

/** The police-district topology: objects `districts` (12) and `municipalities` (357). */
export type MapTopology = Topology<{
  districts: GeometryCollection<DistrictProperties>;
  municipalities: GeometryCollection<MunicipalityProperties>;
}>;

/** A district as a GeoJSON feature. */
export type DistrictFeature = Feature<Geometry, DistrictProperties>;
/** A municipality as a GeoJSON feature. */
export type MunicipalityFeature = Feature<Geometry, MunicipalityProperties>;

/** The 12 districts in file order (p01 … p12). */
export function districtFeatures(topology: MapTopology): DistrictFeature[] {
  return feature(topology, topology.objects.districts).features as DistrictFeature[];
}

/** The municipalities in file order. */
export function municipalityFeatures(topology: MapTopology): MunicipalityFeature[] {
  return feature(topology, topology.objects.municipalities).features as MunicipalityFeature[];
}

/**
 * For each district, the indices of the districts it shares a border (an arc) with.
 * @example districtBorders(topology)[11] // [10]: Finnmark borders Troms only
 */
export function districtBorders(topology: MapTopology): number[][] {
  return neighbors(topology.objects.districts.geometries);
}

/** For each municipality, the indices of the municipalities it shares a border with. */
export function municipalityBorders(topology: MapTopology): number[][] {
  return neighbors(topology.objects.municipalities.geometries);
}
