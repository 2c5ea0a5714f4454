/**
 * Figure ids for reported offences by police district (`district.…`) and municipality (`municipality.…`),
 * SSB table 08487 two-year averages. Knows nothing about Astro, the DOM, maps or stories.
 */
import type {
  DistrictOffenceRow,
  MunicipalityOffenceRow,
  NationalOffenceRow,
  NationalSceneRow
} from '../derived-types.ts';
import {only, percentChange, rowsOf} from './rows.ts';
import {FigureError, type FigureValue, type ReadDerived} from './types.ts';
import {derivedFiles} from '../derived-files.ts';

const districtFile = derivedFiles.offencesByDistrict;
const municipalityFile = derivedFiles.offencesByMunicipality;
const nationalFile = derivedFiles.nationalOffences;

/** The two calendar years of a period such as `"2023-2024"`. */
function yearsOf(period: string, id: string): [number, number] {
  const m = /^(\d{4})-(\d{4})$/.exec(period);
  if (!m) throw new FigureError(id, `"${period}" is not a two-year period`);
  return [Number(m[1]), Number(m[2])];
}

/** Mean over a period's two years of one field of the national series (count or population on 1 January). */
export function nationalMean(read: ReadDerived, period: string, field: 'count' | 'population', id: string): number {
  const rows = rowsOf<NationalOffenceRow>(read, nationalFile, id);
  const values = yearsOf(period, id).map((y) => only(rows, (r) => r.year === y, id, `national year ${y}`)[field]);
  return (values[0]! + values[1]!) / 2;
}

/**
 * The period an id names: a period the data has (e.g. `2023-2024`), or `latest` / `latest-N` for the newest period
 * or the N-th before it, so prose follows a new period of data without edits.
 */
export function checkPeriod(rows: readonly {period: string}[], period: string | undefined, id: string): string {
  const latest = /^latest(?:-(\d+))?$/.exec(period ?? '');
  if (latest) {
    const periods = [...new Set(rows.map((r) => r.period))].sort().reverse();
    const found = periods[Number(latest[1] ?? 0)];
    if (found === undefined)
      throw new FigureError(id, `"${period ?? ''}" goes back further than the ${periods.length} periods in the data`);
    return found;
  }
  if (!rows.some((r) => r.period === period)) throw new FigureError(id, `no period "${period ?? ''}" in the data`);
  return period as string;
}

/** Rank of `row` by `field` among its period and group: 1 = the highest. Ties share a rank. */
function rankOf(rows: readonly DistrictOffenceRow[], row: DistrictOffenceRow, field: 'count' | 'per1000'): number {
  const peers = rows.filter((r) => r.period === row.period && r.group === row.group);
  return 1 + peers.filter((r) => r[field] > row[field]).length;
}

/**
 * Resolves `district.<pid>.<period>.<group>.<count|per1000|suppressed>`, the rank among the 12 districts
 * `district.<pid>.<period>.<group>.<per1000|count>.rank` (1 = highest),
 * `district.<pid>.change.<fromPeriod>.<toPeriod>.<group>.<count|per1000>`, `district.<pid>.population`
 * and `district.all.<period>.<group>.<count|per1000>` (sums over the 12 districts).
 * `district.<pid>.change.<from>.<to>.<group>.per1000adjusted` is the change in the count per head of Norway's
 * population in each period; `district.all.<period>.total.belowNational` is the percentage of the national
 * annual mean of reported offences that the 12 districts' sum leaves out, and `….total.belowTable` the percentage of
 * SSB 08487's own row for Norway that it leaves out.
 */
export function resolveDistrict(parts: string[], read: ReadDerived, id: string): FigureValue {
  const rows = rowsOf<DistrictOffenceRow>(read, districtFile, id);
  const source = districtFile;
  const [pid, a, b, c, d, e] = parts;
  if (pid === 'all') {
    const period = checkPeriod(rows, a, id);
    const peers = rows.filter((r) => r.period === period && r.group === b);
    if (peers.length === 0) throw new FigureError(id, `no group "${b ?? ''}"`);
    const count = peers.reduce((s, r) => s + r.count, 0);
    const population = peers.reduce((s, r) => s + r.population, 0);
    if (c === 'count') return {value: count, defaultFormat: 'count', source};
    if (c === 'per1000') return {value: (count / population) * 1000, defaultFormat: 'per1000', source};
    if (c === 'belowNational' && b === 'total') {
      // SSB's national series counts every reported offence; the municipal table only those with a known scene in a
      // municipality (and not the suppressed or absent cells), so the 12 districts add up to less.
      const national = nationalMean(read, period, 'count', id);
      return {value: (1 - count / national) * 100, defaultFormat: 'percent', source};
    }
    if (c === 'belowTable' && b === 'total') {
      // The table's own row for Norway holds what no municipality does: absent municipalities and offences it counts
      // for Norway without a municipality. Municipal totals are never suppressed, so hidden cells play no part here.
      const scene = rowsOf<NationalSceneRow>(read, derivedFiles.nationalScene, id);
      const table = only(scene, (r) => r.period === period && r.group === 'total', id, `national row ${period}`);
      return {value: (1 - count / table.count) * 100, defaultFormat: 'percent', source};
    }
    throw new FigureError(id, 'district.all needs ".count", ".per1000" or (for total) ".belowNational"/".belowTable"');
  }
  const own = rows.filter((r) => r.districtId === pid);
  if (own.length === 0) throw new FigureError(id, `no police district "${pid ?? ''}" (use p01 … p12)`);
  if (a === 'population' && b === undefined)
    return {value: (own[0] as DistrictOffenceRow).population, defaultFormat: 'count', source};
  if (a === 'change') {
    const pick = (period: string): DistrictOffenceRow => {
      const resolved = checkPeriod(rows, period, id);
      return only(own, (r) => r.period === resolved && r.group === d, id, `${pid} ${resolved} ${d}`);
    };
    if (e === 'per1000adjusted') {
      // Every period's district rate divides by the 2024 population (the only municipal figures we have), so a
      // change in that rate is a change in the count. This deflates it by Norway's population growth between the
      // two periods (mean of the 1 January populations of each period's two years): an approximation, since a
      // district can grow faster or slower than the country.
      const [fromPeriod, toPeriod] = [checkPeriod(rows, b, id), checkPeriod(rows, c, id)];
      const f = pick(fromPeriod).count / nationalMean(read, fromPeriod, 'population', id);
      const t = pick(toPeriod).count / nationalMean(read, toPeriod, 'population', id);
      return {value: percentChange(f, t), from: f, to: t, defaultFormat: 'percentChange', source};
    }
    if (e !== 'count' && e !== 'per1000')
      throw new FigureError(id, 'a change needs ".count", ".per1000" or ".per1000adjusted"');
    const f = pick(b ?? '')[e];
    const t = pick(c ?? '')[e];
    return {value: percentChange(f, t), from: f, to: t, defaultFormat: 'percentChange', source};
  }
  const period = checkPeriod(rows, a, id);
  const row = only(own, (r) => r.period === period && r.group === b, id, `${pid} ${period} group "${b ?? ''}"`);
  if (d === 'rank' && (c === 'per1000' || c === 'count') && e === undefined) {
    return {value: rankOf(rows, row, c), defaultFormat: 'rank', source};
  }
  if (d !== undefined) throw new FigureError(id, 'too many segments');
  switch (c) {
    case 'count':
      return {value: row.count, defaultFormat: 'count', source};
    case 'per1000':
      return {value: row.per1000, defaultFormat: 'per1000', source};
    case 'suppressed':
      return {value: row.suppressed, defaultFormat: 'count', source};
    default:
      throw new FigureError(id, 'field must be count, per1000, per1000.rank, count.rank or suppressed');
  }
}

type MunicipalityField = 'total' | 'propertyTheft' | 'violence' | 'drugs' | 'publicOrder' | 'traffic' | 'other';
const municipalityFields: readonly MunicipalityField[] = [
  'total',
  'propertyTheft',
  'violence',
  'drugs',
  'publicOrder',
  'traffic',
  'other'
];

/**
 * Resolves `municipality.<id>.<period>.<field>[.per1000]`, e.g. `municipality.0301.2023-2024.total.per1000`.
 * A suppressed cell resolves to `null` ("fewer than 5"), never to zero.
 */
export function resolveMunicipality(parts: string[], read: ReadDerived, id: string): FigureValue {
  const rows = rowsOf<MunicipalityOffenceRow>(read, municipalityFile, id);
  const [mid, period, field, per, extra] = parts;
  if (!municipalityFields.includes(field as MunicipalityField)) {
    throw new FigureError(id, `field must be one of ${municipalityFields.join(', ')}`);
  }
  if (extra !== undefined || (per !== undefined && per !== 'per1000')) throw new FigureError(id, 'too many segments');
  const resolved = checkPeriod(rows, period, id);
  const row = only(
    rows,
    (r) => r.municipalityId === mid && r.period === resolved,
    id,
    `municipality ${mid} ${resolved}`
  );
  const count = row[field as MunicipalityField];
  const source = municipalityFile;
  if (count === null) return {value: null, belowFive: true, defaultFormat: 'count', source};
  if (per === 'per1000') return {value: (count / row.population) * 1000, defaultFormat: 'per1000', source};
  return {value: count, defaultFormat: 'count', source};
}
