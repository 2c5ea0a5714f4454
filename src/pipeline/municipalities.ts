/**
 * The 2024 municipality register of the pipeline: joins the municipality → police-district mapping (KLASS 109) with
 * population 1 January 2024, and checks that every municipality has exactly one district and one population.
 * Knows nothing about geometry or offences; it only reads already-parsed CSV tables.
 */
import {z} from 'zod';
import type {CsvTable} from './csv.ts';
import {DataError} from './data-error.ts';
import {count, municipalityNumber, optionalText, plainName, text} from './fields.ts';
import type {DistrictId} from '../lib/derived-types.ts';
import {validateRows} from './validate-rows.ts';

/** The twelve police districts, code → name, in KLASS order. */
export const districtNames: ReadonlyMap<DistrictId, string> = new Map([
  ['p01', 'Oslo'],
  ['p02', 'Øst'],
  ['p03', 'Innlandet'],
  ['p04', 'Sør-Øst'],
  ['p05', 'Agder'],
  ['p06', 'Sør-Vest'],
  ['p07', 'Vest'],
  ['p08', 'Møre og Romsdal'],
  ['p09', 'Trøndelag'],
  ['p10', 'Nordland'],
  ['p11', 'Troms'],
  ['p12', 'Finnmark']
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

/** Cell schema: a police-district code `p01` … `p12` (empty = municipality without district). */
export const districtId = z
  .string()
  .trim()
  .min(1, 'expected a police-district code (the municipality has no police district)')
  .refine((s) => districtNames.has(s as DistrictId), 'expected a police-district code p01 … p12')
  .transform((s) => s as DistrictId);

const mappingSchema = z.object({
  kommunenummer: municipalityNumber,
  kommunenavn: plainName,
  politidistrikt_kode: districtId,
  politidistrikt: text,
  grensetilfelle: optionalText
});

const populationSchema = z.object({kommunenummer: municipalityNumber, kommunenavn: plainName, folkemengde: count});

/**
 * `buildMunicipalities(mapping, population)` joins kommune_politidistrikt_2024.csv with kommune_folkemengde_2024-01-01.csv
 * on the municipality number. Throws a DataError for a duplicate number, a district name that disagrees with its code,
 * a municipality without a district, or a number present in one file but not the other. Result is sorted by id.
 */
export function buildMunicipalities(mapping: CsvTable, population: CsvTable): Municipality[] {
  const districtOf = new Map<string, {districtId: DistrictId; name: string; line: number}>();
  for (const {row, line} of validateRows(mapping, mappingSchema)) {
    const first = districtOf.get(row.kommunenummer)?.line;
    if (first !== undefined) {
      throw new DataError(
        mapping.file,
        line,
        'kommunenummer',
        `expected each municipality once, found "${row.kommunenummer}" again (first on line ${first})`
      );
    }
    if (districtNames.get(row.politidistrikt_kode) !== row.politidistrikt) {
      throw new DataError(
        mapping.file,
        line,
        'politidistrikt',
        `expected "${districtNames.get(row.politidistrikt_kode)}" for code ${row.politidistrikt_kode}, found "${row.politidistrikt}"`
      );
    }
    districtOf.set(row.kommunenummer, {districtId: row.politidistrikt_kode, name: row.kommunenavn, line});
  }
  const seen = new Set<string>();
  const result: Municipality[] = [];
  for (const {row, line} of validateRows(population, populationSchema)) {
    const id = row.kommunenummer;
    if (seen.has(id))
      throw new DataError(
        population.file,
        line,
        'kommunenummer',
        `expected each municipality once, found "${id}" again`
      );
    seen.add(id);
    const mapped = districtOf.get(id);
    if (!mapped) {
      throw new DataError(
        population.file,
        line,
        'kommunenummer',
        `expected a municipality of ${mapping.file}, found "${id}", which has no police district there`
      );
    }
    result.push({id, name: mapped.name, districtId: mapped.districtId, population: row.folkemengde});
  }
  for (const [id] of districtOf) {
    if (!seen.has(id))
      throw new DataError(
        population.file,
        null,
        'kommunenummer',
        `expected a population for municipality "${id}" of ${mapping.file}, found none`,
        `kommunenummer ${id}`
      );
  }
  return result.sort((a, b) => (a.id < b.id ? -1 : 1));
}
