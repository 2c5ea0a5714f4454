/**
 * Reads the derived files a district map needs, once per build: the topology, district and municipality offence
 * rows, projected and shaped into geometry and the client payload. Knows nothing about Astro or the DOM.
 */
import {createHash} from 'node:crypto';
import type {DistrictOffenceRow, MunicipalityOffenceRow} from '../derived-types.ts';
import {readDerived} from '../derived-data.ts';
import {derivedFiles} from '../derived-files.ts';
import {sourceLine} from '../source-line.ts';
import {mapGeometry, type MapGeometry} from './geometry.ts';
import {splitMapPayload, type InlinePayload} from './municipality-layer.ts';
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

/** Folder of the site that holds the municipality layer; hosts cache it forever (the file name has a hash). */
export const layerFolder = 'map-data';

let layerCache: {url: string; fileName: string; json: string; inline: InlinePayload} | undefined;

/**
 * The municipality layer as one content-hashed JSON file shared by every district map, and the inline part of the
 * payload that goes with it. The URL changes whenever the content does, so the file can be cached as immutable.
 */
export function municipalityLayerFile(): {url: string; fileName: string; json: string; inline: InlinePayload} {
  if (!layerCache) {
    const {geometry, payload} = loadDistrictMap();
    const {inline, layer} = splitMapPayload(geometry, payload);
    const json = JSON.stringify(layer);
    const fileName = `municipalities.${createHash('sha256').update(json).digest('hex').slice(0, 10)}.json`;
    layerCache = {url: `/${layerFolder}/${fileName}`, fileName, json, inline};
  }
  return layerCache;
}
