/**
 * The online refresh as one function over an HTTP getter: downloads every API-backed raw file (SSB PxWebApi v2,
 * KLASS, the boundary file), checks and converts each answer, and returns the file bytes plus a fetch manifest
 * (URL, retrieval time, sha256 and the table's "last updated" for each file). Nothing is written here; if any
 * request or check fails it throws and the caller has nothing to write. Knows nothing about directories.
 */
import {sha256} from '../manifest.ts';
import {raw} from '../sources.ts';
import type {Download} from './polite-client.ts';
import {readCube, type Cube} from './jsonstat-cube.ts';
import {readChanges, readCodes, readCorrespondences} from './klass-json.ts';
import {downloads} from './manual-sources.ts';
import {municipalRawFile} from './raw-municipal.ts';
import {nationalRawFiles} from './raw-national.ts';
import {klassDistrictSource, registerRawFiles} from './raw-register.ts';
import {
  firstMunicipalPeriod,
  klassCountiesUrl,
  klassDistrictsUrl,
  klassMunicipalChangesUrl,
  table06913,
  table07459,
  table08484,
  table08487
} from './ssb-tables.ts';

/** One request behind a raw file. */
export interface FetchedQuery {
  source: string;
  url: string;
  retrievedAt: string;
  /** The table's own "last updated" stamp, or `null` where the API gives none (KLASS, plain downloads). */
  tableUpdated: string | null;
}

/** data/raw/fetch-manifest.json. */
export interface FetchManifest {
  /** Keyed by raw file name, sorted. */
  files: Record<string, {sha256: string; queries: FetchedQuery[]}>;
}

/** Everything one online fetch produced. */
export interface FetchResult {
  /** Raw file name → bytes. */
  files: Map<string, Uint8Array>;
  manifest: FetchManifest;
}

/**
 * Year of the municipal register (the KLASS municipality structure and the population of 1 January it is weighted
 * with) that the raw file names pin. It is not the latest year of the statistics: every series is fetched to the
 * newest year SSB has, and the pipeline reads how far they reach from the data (coverage.ts). Moving the register to a
 * new year is a change of method (every rate's population, the absence and merger rules), not a refresh.
 */
export const registerYear = 2024;

/** The HTTP getter the fetch needs (see polite-client.ts). */
export type Get = (url: string, source: string) => Promise<Download>;

/**
 * `fetchOfficialRaw(get)` runs every request in turn (the getter paces them) and returns the converted files.
 * Throws the first FetchError (network, HTTP, changed dimension or code, truncated body).
 */
export async function fetchOfficialRaw(get: Get): Promise<FetchResult> {
  const date = `${registerYear}-01-01`;
  const cube = async (t: {url: string; spec: Parameters<typeof readCube>[1]}): Promise<[Cube, FetchedQuery]> => {
    const d = await get(t.url, t.spec.table);
    const c = readCube(d.body, t.spec);
    return [c, {source: t.spec.table, url: d.url, retrievedAt: d.retrievedAt, tableUpdated: c.updated}];
  };
  const plain = async (url: string, source: string): Promise<[Uint8Array, FetchedQuery]> => {
    const d = await get(url, source);
    return [d.body, {source, url: d.url, retrievedAt: d.retrievedAt, tableUpdated: null}];
  };

  const [offences, q08484] = await cube(table08484);
  const [population, q06913] = await cube(table06913);
  const [districtBody, qDistricts] = await plain(klassDistrictsUrl(date), klassDistrictSource);
  const [countyBody, qCounties] = await plain(klassCountiesUrl(date), 'KLASS 104');
  const [changeBody, qChanges] = await plain(
    klassMunicipalChangesUrl(`${firstMunicipalPeriod.slice(0, 4)}-01-01`, date),
    'KLASS 131 changes'
  );
  const [municipalPopulation, q07459] = await cube(table07459(registerYear));
  const [municipal, q08487] = await cube(table08487);

  const correspondences = readCorrespondences(districtBody, klassDistrictSource);
  const national = nationalRawFiles(offences, population);
  const register = registerRawFiles(
    correspondences,
    readCodes(countyBody, 'KLASS 104'),
    municipalPopulation,
    registerYear
  );
  const current = new Map(correspondences.map((c) => [c.sourceCode, c.sourceName]));
  const municipalText = municipalRawFile(municipal, readChanges(changeBody, 'KLASS 131 changes'), current);

  const text = new TextEncoder();
  const entries: [string, Uint8Array, FetchedQuery[]][] = [
    [raw.nationalPopulation, text.encode(national.population), [q06913]],
    [raw.nationalOffences, text.encode(national.series), [q08484]],
    [raw.nationalPer1000, text.encode(national.per1000), [q08484, q06913]],
    [raw.offenceGroups, text.encode(national.groups), [q08484, q06913]],
    [raw.districtMapping, text.encode(register.mapping), [qDistricts, qCounties]],
    [raw.municipalityPopulation, text.encode(register.municipalPopulation), [q07459, qDistricts]],
    [raw.districtPopulation, text.encode(register.districtPopulation), [q07459, qDistricts]],
    [raw.offencesByMunicipality, text.encode(municipalText), [q08487, qChanges, qDistricts]]
  ];
  for (const d of downloads) {
    const [body, q] = await plain(d.url, d.source);
    entries.push([d.file, body, [q]]);
  }
  const files = new Map<string, Uint8Array>();
  const manifest: FetchManifest = {files: {}};
  for (const [name, body, queries] of entries.sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    files.set(name, body);
    manifest.files[name] = {sha256: sha256(body), queries};
  }
  return {files, manifest};
}
