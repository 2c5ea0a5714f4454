/**
 * The two-year periods of SSB table 08487 (reported offences by municipality, annual averages): their shape and the
 * first of them. Which periods exist is read from the data: the pipeline from the raw file (data/coverage.ts), the map
 * from the derived rows ({@link periodsOf}), so a new period needs no code change. Knows nothing about files,
 * geography, Astro or the DOM, so the browser script can import it.
 */

/** Two-year period of SSB table 08487, e.g. `"2023-2024"`. Values are annual averages over the two years. */
export type Period = `${number}-${number}`;

/**
 * The first period: the first the 2024 municipality mapping is valid for, and the base of the map's "change" metric.
 * A new year adds a period at the other end, so this stays.
 */
export const firstPeriod: Period = '2020-2021';

/**
 * The two calendar years of a period, or `null` when `text` is not two consecutive years.
 * @example periodYears('2023-2024') // [2023, 2024]
 */
export function periodYears(text: string): [number, number] | null {
  const m = /^(\d{4})-(\d{4})$/.exec(text);
  if (!m) return null;
  const [from, to] = [Number(m[1]), Number(m[2])];
  return to === from + 1 ? [from, to] : null;
}

/**
 * The distinct periods of some rows, oldest first.
 * @example periodsOf([{period: '2021-2022'}, {period: '2020-2021'}, {period: '2021-2022'}]) // ['2020-2021', '2021-2022']
 */
export function periodsOf(rows: readonly {period: Period}[]): Period[] {
  return [...new Set(rows.map((r) => r.period))].sort();
}

/**
 * The years a list of periods spans, as in a file name.
 * @example periodSpan(['2020-2021', '2023-2024']) // "2020-2024"
 */
export function periodSpan(periods: readonly Period[]): string {
  return `${periods[0]!.slice(0, 4)}-${periods[periods.length - 1]!.slice(-4)}`;
}
