/**
 * Small helpers the figure resolvers share: typed access to a derived file's rows, year ranges and slugs.
 * Knows nothing about which files exist or what the ids mean.
 */
import {FigureError, type ReadDerived} from './types.ts';

/** The rows of a derived file as an array, or a FigureError naming the id when the file is not an array. */
export function rowsOf<T>(read: ReadDerived, file: string, id: string): T[] {
  const rows = read(file);
  if (!Array.isArray(rows)) throw new FigureError(id, `${file} is not a JSON array of rows`);
  return rows as T[];
}

/**
 * Parses `"1993-2024"` into `[1993, 2024]`; either end may be `latest` or `latest-N` (see {@link yearOf}).
 * @throws FigureError for anything else
 */
export function yearRange(text: string | undefined, id: string, years: readonly number[] = []): [number, number] {
  const m = /^(\d{4}|latest(?:-\d+)?)-(\d{4}|latest(?:-\d+)?)$/.exec(text ?? '');
  if (!m) throw new FigureError(id, `expected a year range like "1993-2024" or "2019-latest", got "${text ?? ''}"`);
  return [yearOf(m[1], id, years), yearOf(m[2], id, years)];
}

/**
 * Parses a four-digit year segment, or `latest` / `latest-N`: the newest year in `years` (the years the data
 * has), or the N-th year before it in that list. Prose written with `latest` follows a new year of data
 * without edits; a claim beside it (src/lib/claims.ts) says whether the sentence still holds.
 * @example yearOf('latest-1', id, [2022, 2023, 2024]) // 2023
 * @throws FigureError for anything else, or for `latest` when `years` has too few years
 */
export function yearOf(text: string | undefined, id: string, years: readonly number[] = []): number {
  const latest = /^latest(?:-(\d+))?$/.exec(text ?? '');
  if (latest) {
    const sorted = [...new Set(years)].sort((a, b) => b - a);
    const back = Number(latest[1] ?? 0);
    const year = sorted[back];
    if (year === undefined) throw new FigureError(id, `"${text ?? ''}" needs at least ${back + 1} year(s) in the data`);
    return year;
  }
  if (!/^\d{4}$/.test(text ?? '')) throw new FigureError(id, `expected a year, got "${text ?? ''}"`);
  return Number(text);
}

/**
 * A lower-case kebab slug of a label, used for indicator and country names in ids.
 * @example slugify('Extortion and protection racketeering') // "extortion-and-protection-racketeering"
 */
export function slugify(label: string): string {
  return label
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** Percent change from `from` to `to`, unrounded. */
export function percentChange(from: number, to: number): number {
  return ((to - from) / from) * 100;
}

/** The one row matching `pick`, or a FigureError naming the id (none found, or ambiguous). */
export function only<T>(rows: readonly T[], pick: (row: T) => boolean, id: string, what: string): T {
  const found = rows.filter(pick);
  if (found.length === 0) throw new FigureError(id, `no ${what} in the data`);
  if (found.length > 1) throw new FigureError(id, `${found.length} rows match ${what}; the id must pick one`);
  return found[0] as T;
}
