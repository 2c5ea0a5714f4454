/**
 * The 2024 municipality register of the pipeline: joins the municipality → police-district mapping (KLASS 109) with
 * population 1 January 2024, and checks that every municipality has exactly one district and one population.
 * Knows nothing about geometry or offences; it only reads already-parsed CSV tables.
 */
import {z} from 'zod';
import type {CsvTable} from './csv.ts';
import {DataError} from './data-error.ts';
import {count, municipalityNumber, optionalText, text} from './fields.ts';
import type {DistrictId} from './types.ts';
import {validateRows} from './validate-rows.ts';

/** The twelve police districts, code → name, in KLASS order. */
export const districtNames: ReadonlyMap<DistrictId, string> = new Map([
  ['p01', 'Oslo'], ['p02', 'Øst'], ['p03', 'Innlandet'], ['p04', 'Sør-Øst'], ['p05', 'Agder'], ['p06', 'Sør-Vest'],
  ['p07', 'Vest'], ['p08', 'Møre og Romsdal'], ['p09', 'Trøndelag'], ['p10', 'Nordland'], ['p11', 'Troms'], ['p12', 'Finnmark']
]);

/** A 2024 municipality with its district and population. */
export interface Municipality {
  /** Four-digit number, e.g. `"0301"`. */
  id: string;
  /** Official name incl. parallel names. */
  name: string;
  districtId: DistrictId;
  /** Population 1 January 2024. */
  population: number;
}

const districtId = z
  .string()
  .trim()
  .min(1, 'municipality has no police district')
  .refine((s) => districtNames.has(s as DistrictId), 'unknown police-district code (expected p01 … p12)')
  .transform((s) => s as DistrictId);

const mappingSchema = z.object({
  kommunenummer: municipalityNumber,
  kommunenavn: text,
  politidistrikt_kode: districtId,
  politidistrikt: text,
  grensetilfelle: optionalText
});

const populationSchema = z.object({kommunenummer: municipalityNumber, kommunenavn: text, folkemengde: count});

/**
 * `buildMunicipalities(mapping, population)` joins kommune_politidistrikt_2024.csv with kommune_folkemengde_2024-01-01.csv
 * on the municipality number. Throws a DataError for a duplicate number, a district name that disagrees with its code,
 * a municipality without a district, or a number present in one file but not the other. Result is sorted by id.
 */
export function buildMunicipalities(mapping: CsvTable, population: CsvTable): Municipality[] {
  const districtOf = new Map<string, {districtId: DistrictId; name: string}>();
  for (const {row, line} of validateRows(mapping, mappingSchema)) {
    if (districtOf.has(row.kommunenummer)) {
      throw new DataError(mapping.file, line, 'kommunenummer', `duplicate municipality number "${row.kommunenummer}"`);
    }
    if (districtNames.get(row.politidistrikt_kode) !== row.politidistrikt) {
      throw new DataError(mapping.file, line, 'politidistrikt', `"${row.politidistrikt}" does not match code ${row.politidistrikt_kode}`);
    }
    districtOf.set(row.kommunenummer, {districtId: row.politidistrikt_kode, name: row.kommunenavn});
  }
  const seen = new Set<string>();
  const result: Municipality[] = [];
  for (const {row, line} of validateRows(population, populationSchema)) {
    const id = row.kommunenummer;
    if (seen.has(id)) throw new DataError(population.file, line, 'kommunenummer', `duplicate municipality number "${id}"`);
    seen.add(id);
    const mapped = districtOf.get(id);
    if (!mapped) {
      throw new DataError(population.file, line, 'kommunenummer', `municipality "${id}" has no police district in ${mapping.file}`);
    }
    result.push({id, name: mapped.name, districtId: mapped.districtId, population: row.folkemengde});
  }
  for (const [id] of districtOf) {
    if (!seen.has(id)) throw new DataError(population.file, null, 'kommunenummer', `no population for municipality "${id}"`);
  }
  return result.sort((a, b) => (a.id < b.id ? -1 : 1));
}

/** Population and municipality count of one district, as summed from municipalities. */
export interface DistrictSummary {
  id: DistrictId;
  name: string;
  population: number;
  municipalityCount: number;
}

const districtPopulationSchema = z.object({
  politidistrikt_kode: districtId,
  politidistrikt: text,
  antall_kommuner: count,
  folkemengde_2024_01_01: count
});

/**
 * `summariseDistricts(municipalities, districtTable, nationalPopulation)` sums municipalities per district and checks
 * the sums against politidistrikt_folkemengde_2024-01-01.csv and the national population 1 Jan 2024 (5 550 203).
 * Throws a DataError naming the disagreeing district line. Result in district order p01 … p12.
 */
export function summariseDistricts(
  municipalities: readonly Municipality[],
  districtTable: CsvTable,
  nationalPopulation: number
): DistrictSummary[] {
  const sums = new Map<DistrictId, DistrictSummary>();
  for (const [id, name] of districtNames) sums.set(id, {id, name, population: 0, municipalityCount: 0});
  for (const m of municipalities) {
    const s = sums.get(m.districtId);
    if (s) {
      s.population += m.population;
      s.municipalityCount += 1;
    }
  }
  const listed = new Set<DistrictId>();
  for (const {row, line} of validateRows(districtTable, districtPopulationSchema)) {
    const s = sums.get(row.politidistrikt_kode);
    if (!s || listed.has(row.politidistrikt_kode)) {
      throw new DataError(districtTable.file, line, 'politidistrikt_kode', `duplicate district ${row.politidistrikt_kode}`);
    }
    listed.add(row.politidistrikt_kode);
    if (row.politidistrikt !== s.name) throw new DataError(districtTable.file, line, 'politidistrikt', `expected "${s.name}"`);
    if (row.folkemengde_2024_01_01 !== s.population) {
      throw new DataError(districtTable.file, line, 'folkemengde_2024_01_01', `municipalities sum to ${s.population}, file says ${row.folkemengde_2024_01_01}`);
    }
    if (row.antall_kommuner !== s.municipalityCount) {
      throw new DataError(districtTable.file, line, 'antall_kommuner', `mapping has ${s.municipalityCount} municipalities, file says ${row.antall_kommuner}`);
    }
  }
  for (const id of districtNames.keys()) {
    if (!listed.has(id)) throw new DataError(districtTable.file, null, 'politidistrikt_kode', `district ${id} missing`);
  }
  const total = [...sums.values()].reduce((a, s) => a + s.population, 0);
  if (total !== nationalPopulation) {
    throw new DataError(districtTable.file, null, 'folkemengde_2024_01_01', `districts sum to ${total}, national population 1 Jan 2024 is ${nationalPopulation}`);
  }
  return [...sums.values()];
}
