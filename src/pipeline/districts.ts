/**
 * Police-district totals of the 2024 register: population and municipality count per district, checked against the
 * published district table and the national population. Knows nothing about geometry or offences.
 */
import {z} from 'zod';
import type {CsvTable} from './csv.ts';
import {DataError} from './data-error.ts';
import {count, text} from './fields.ts';
import {districtId, districtNames, type Municipality} from './municipalities.ts';
import type {DistrictId} from '../lib/derived-types.ts';
import {validateRows} from './validate-rows.ts';

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
      throw new DataError(
        districtTable.file,
        line,
        'politidistrikt_kode',
        `expected each police district once, found ${row.politidistrikt_kode} again`
      );
    }
    listed.add(row.politidistrikt_kode);
    if (row.politidistrikt !== s.name)
      throw new DataError(
        districtTable.file,
        line,
        'politidistrikt',
        `expected "${s.name}" for ${row.politidistrikt_kode}, found "${row.politidistrikt}"`
      );
    if (row.folkemengde_2024_01_01 !== s.population) {
      throw new DataError(
        districtTable.file,
        line,
        'folkemengde_2024_01_01',
        `expected ${s.population} (the sum of its municipalities), found ${row.folkemengde_2024_01_01}`
      );
    }
    if (row.antall_kommuner !== s.municipalityCount) {
      throw new DataError(
        districtTable.file,
        line,
        'antall_kommuner',
        `expected ${s.municipalityCount} (its municipalities in the mapping), found ${row.antall_kommuner}`
      );
    }
  }
  for (const id of districtNames.keys()) {
    if (!listed.has(id))
      throw new DataError(
        districtTable.file,
        null,
        'politidistrikt_kode',
        `expected a row for police district ${id} (${districtNames.get(id)}), found none`,
        `politidistrikt_kode ${id}`
      );
  }
  const total = [...sums.values()].reduce((a, s) => a + s.population, 0);
  if (total !== nationalPopulation) {
    throw new DataError(
      districtTable.file,
      null,
      'folkemengde_2024_01_01',
      `expected the districts to sum to the national population 1 January 2024 (${nationalPopulation}), found ${total}`
    );
  }
  return [...sums.values()];
}
