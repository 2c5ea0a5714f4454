/**
 * Figure ids for national reported offences (`offences.national.…`) and SSB's nine offence groups
 * (`offences.group.…`). Knows nothing about Astro, the DOM or stories; reads rows through a ReadDerived function.
 */
import type {NationalOffenceRow, OffenceGroupRow} from '../derived-types.ts';
import {only, percentChange, rowsOf, yearOf, yearRange} from './rows.ts';
import {FigureError, type FigureValue, type ReadDerived} from './types.ts';
import {derivedFiles} from '../derived-files.ts';

const nationalFile = derivedFiles.nationalOffences;
const groupFile = derivedFiles.offenceGroups;

type NationalField = 'count' | 'per1000' | 'population' | 'propertyTheft';
const nationalFields: readonly NationalField[] = ['count', 'per1000', 'population', 'propertyTheft'];

function nationalField(row: NationalOffenceRow, field: string | undefined, id: string): number {
  if (!nationalFields.includes(field as NationalField)) {
    throw new FigureError(id, `field must be one of ${nationalFields.join(', ')}`);
  }
  const v = row[field as NationalField];
  if (v === null) throw new FigureError(id, `${field} is not available for ${row.year}`);
  return v;
}

const fmtOf = (field: string): FigureValue['defaultFormat'] => (field === 'per1000' ? 'per1000' : 'count');

/**
 * Resolves `offences.national.<year>.<count|per1000|population|propertyTheft>`,
 * `offences.national.<year>.propertyTheft.<share|per1000>`, `offences.national.change.<from>-<to>.<field>`
 * (percent change), `offences.national.diff.<from>-<to>.<field>` (difference, to minus from)
 * and `offences.national.<max|min>.per1000[.year]`.
 */
function national(parts: string[], read: ReadDerived, id: string): FigureValue {
  const rows = rowsOf<NationalOffenceRow>(read, nationalFile, id);
  const [a, b, c, d] = parts;
  const source = nationalFile;
  if (a === 'change' || a === 'diff') {
    const [from, to] = yearRange(
      b,
      id,
      rows.map((r) => r.year)
    );
    const rowFrom = only(rows, (r) => r.year === from, id, `year ${from}`);
    const rowTo = only(rows, (r) => r.year === to, id, `year ${to}`);
    const f = nationalField(rowFrom, c, id);
    const t = nationalField(rowTo, c, id);
    if (d !== undefined) throw new FigureError(id, 'too many segments');
    if (a === 'diff') return {value: t - f, defaultFormat: c === 'per1000' ? 'decimal' : 'count', source};
    return {value: percentChange(f, t), from: f, to: t, defaultFormat: 'percentChange', source};
  }
  if (a === 'max' || a === 'min') {
    if (b !== 'per1000' && b !== 'count') throw new FigureError(id, 'extremes exist for per1000 and count');
    const best = rows.reduce((m, r) => ((a === 'max' ? r[b] > m[b] : r[b] < m[b]) ? r : m));
    if (c === 'year') return {value: best.year, defaultFormat: 'year', source};
    if (c !== undefined) throw new FigureError(id, 'only ".year" may follow an extreme');
    return {value: best[b], defaultFormat: fmtOf(b), source};
  }
  const year = yearOf(
    a,
    id,
    rows.map((r) => r.year)
  );
  const row = only(rows, (r) => r.year === year, id, `year ${a}`);
  if (b === 'propertyTheft' && c !== undefined) {
    const theft = nationalField(row, 'propertyTheft', id);
    if (c === 'share') return {value: (theft / row.count) * 100, defaultFormat: 'percent', source};
    if (c === 'per1000') return {value: (theft / row.population) * 1000, defaultFormat: 'per1000', source};
    throw new FigureError(id, 'propertyTheft may be followed by "share" or "per1000"');
  }
  if (c !== undefined || d !== undefined) throw new FigureError(id, 'too many segments');
  return {value: nationalField(row, b, id), defaultFormat: fmtOf(b ?? ''), source};
}

/**
 * Resolves `offences.group.<group>.<year>.<count|per1000|share>` and
 * `offences.group.<group>.change.<from>-<to>.<count|per1000>`; `share` is the group's % of the nine groups' sum.
 */
function group(parts: string[], read: ReadDerived, id: string): FigureValue {
  const rows = rowsOf<OffenceGroupRow>(read, groupFile, id);
  const [g, a, b, c] = parts;
  const source = groupFile;
  if (!rows.some((r) => r.group === g)) throw new FigureError(id, `no offence group "${g ?? ''}"`);
  const field = a === 'change' ? c : b;
  if (field !== 'count' && field !== 'per1000' && !(field === 'share' && a !== 'change')) {
    throw new FigureError(id, 'field must be count, per1000 or (for a year) share');
  }
  const pick = (year: number): OffenceGroupRow =>
    only(rows, (r) => r.group === g && r.year === year, id, `${g} ${year}`);
  if (a === 'change') {
    const [from, to] = yearRange(
      b,
      id,
      rows.map((r) => r.year)
    );
    const f = pick(from)[field as 'count' | 'per1000'];
    const t = pick(to)[field as 'count' | 'per1000'];
    return {value: percentChange(f, t), from: f, to: t, defaultFormat: 'percentChange', source};
  }
  const year = yearOf(
    a,
    id,
    rows.map((r) => r.year)
  );
  const row = pick(year);
  if (c !== undefined) throw new FigureError(id, 'too many segments');
  if (field === 'share') {
    const total = rows.filter((r) => r.year === year).reduce((s, r) => s + r.count, 0);
    return {value: (row.count / total) * 100, defaultFormat: 'percent', source};
  }
  return {value: row[field], defaultFormat: fmtOf(field), source};
}

/** Resolves every `offences.…` id (see {@link national} and {@link group}); `parts` excludes the `offences` prefix. */
export function resolveOffences(parts: string[], read: ReadDerived, id: string): FigureValue {
  const [kind, ...rest] = parts;
  if (kind === 'national') return national(rest, read, id);
  if (kind === 'group') return group(rest, read, id);
  throw new FigureError(id, 'expected "offences.national.…" or "offences.group.…"');
}
