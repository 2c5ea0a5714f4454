/**
 * Compares two versions of one derived row file (a JSON array of flat objects): which rows were added or removed,
 * which values changed (old → new), and which years or periods the file gained or lost. Rows are matched on their
 * identifying fields (year, period, district, municipality, group, indicator …), found by name. Knows nothing about
 * files on disk, stories or formatting.
 */

/** A JSON value in a derived row. */
export type Cell = string | number | boolean | null;
/** One derived row. */
export type Row = Readonly<Record<string, Cell>>;

/** Field names that identify a row rather than measure something, in the order they are shown. */
export const keyFields = [
  'year',
  'reportYear',
  'edition',
  'published',
  'period',
  'districtId',
  'municipalityId',
  'group',
  'indicator',
  'dimension',
  'category',
  'sex',
  'age',
  'unit'
] as const;

/** Time fields, whose new values are reported as a series gaining a year. */
const timeFields = ['year', 'reportYear', 'edition', 'period'] as const;

/** One changed value. */
export interface ValueChange {
  key: string;
  field: string;
  before: Cell;
  after: Cell;
}

/** What changed in one file. */
export interface RowDiff {
  file: string;
  added: string[];
  removed: string[];
  changed: ValueChange[];
  /** The old name of a file that a new year renamed (`offences-national-1993-2024.json`), when it was renamed. */
  renamedFrom?: string;
  /** Years or periods present only in the new (gained) or only in the old file (lost). */
  gained: string[];
  lost: string[];
}

/**
 * `rowKeyFields(rows)` picks the identifying fields present in the rows. A municipality row's `districtId` is a value
 * (its district can change), not part of its identity.
 * @example rowKeyFields([{period: '2023-2024', municipalityId: '0301', districtId: 'p01', total: 1}]) // ['period', 'municipalityId']
 */
export function rowKeyFields(rows: readonly Row[]): string[] {
  const present = new Set(rows.flatMap((r) => Object.keys(r)));
  return keyFields.filter((f) => present.has(f) && !(f === 'districtId' && present.has('municipalityId')));
}

function keyed(rows: readonly Row[], fields: readonly string[]): Map<string, Row> {
  const out = new Map<string, Row>();
  for (const row of rows) {
    const base = fields.map((f) => `${f}=${String(row[f])}`).join(' ');
    // Some files repeat a key on purpose (two Kripos statements for one year); number the repeats.
    let key = base;
    for (let n = 2; out.has(key); n++) key = `${base} #${n}`;
    out.set(key, row);
  }
  return out;
}

/**
 * `diffRows(file, before, after)` compares two row arrays. `before` is `null` for a file that did not exist.
 * @example diffRows('x.json', [{year: 2024, count: 1}], [{year: 2024, count: 2}, {year: 2025, count: 3}])
 * // {added: ['year=2025'], changed: [{key: 'year=2024', field: 'count', before: 1, after: 2}], gained: ['2025'], …}
 */
export function diffRows(file: string, before: readonly Row[] | null, after: readonly Row[]): RowDiff {
  const fields = rowKeyFields([...(before ?? []), ...after]);
  const old = keyed(before ?? [], fields);
  const now = keyed(after, fields);
  const diff: RowDiff = {file, added: [], removed: [], changed: [], gained: [], lost: []};
  for (const [key, row] of now) {
    const was = old.get(key);
    if (!was) {
      diff.added.push(key);
      continue;
    }
    for (const field of new Set([...Object.keys(was), ...Object.keys(row)])) {
      const a = was[field] ?? null;
      const b = row[field] ?? null;
      if (a !== b) diff.changed.push({key, field, before: a, after: b});
    }
  }
  for (const key of old.keys()) if (!now.has(key)) diff.removed.push(key);
  const time = timeFields.find((f) => fields.includes(f));
  if (time && before) {
    const span = (rows: readonly Row[]) => new Set(rows.map((r) => String(r[time])));
    const a = span(before);
    const b = span(after);
    diff.gained = [...b].filter((t) => !a.has(t)).sort();
    diff.lost = [...a].filter((t) => !b.has(t)).sort();
  }
  return diff;
}
