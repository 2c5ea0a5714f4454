/**
 * Reads the derived files a district map needs, once per build: the topology, district and municipality offence
 * rows, projected and shaped into geometry and the client payload. Knows nothing about Astro or the DOM.
 */
import type {DistrictOffenceRow, MunicipalityOffenceRow} from '../data/types.ts';
import {readDerived} from '../derived-data.ts';
import {derivedFiles} from '../derived-names.ts';
import {sourceLine} from '../source-line.ts';
import {mapGeometry, type MapGeometry} from './geometry.ts';
import {buildMapPayload, type MapPayload} from './payload.ts';
import type {MapTopology} from './topology.ts';

/** Derived files the map draws on, for the source line. */
export const mapFiles = {
  topology: derivedFiles.districtMap,
  districts: derivedFiles.offencesByDistrict,
  municipalities: derivedFiles.offencesByMunicipality
} as const;

let cached: {geometry: MapGeometry; payload: MapPayload} | undefined;

/** Geometry (400 units wide) and payload built from data/derived/. */
export function loadDistrictMap(): {geometry: MapGeometry; payload: MapPayload} {
  if (!cached) {
    const geometry = mapGeometry(readDerived(mapFiles.topology) as MapTopology, 400);
    const payload = buildMapPayload(
      geometry,
      readDerived(mapFiles.districts) as DistrictOffenceRow[],
      readDerived(mapFiles.municipalities) as MunicipalityOffenceRow[]
    );
    cached = {geometry, payload};
  }
  return cached;
}

/** The source line under every district map: the manifest's publishers and tables for the files it draws. */
export function districtMapSource(): string {
  return sourceLine([mapFiles.districts, mapFiles.topology], 'police-district sums by Crime in Norway');
}
