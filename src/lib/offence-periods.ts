/**
 * The two-year periods of SSB table 08487 (reported offences by municipality, annual averages) that the site
 * carries: the one list the pipeline validates against, the map offers and the derived file names span. Adding a
 * period is a data update plus one line here. Knows nothing about files, geography, Astro or the DOM.
 */

/** The periods, oldest first. */
export const offencePeriods = ['2020-2021', '2021-2022', '2022-2023', '2023-2024'] as const;

/** Two-year period of SSB table 08487, e.g. `"2023-2024"`. Values are annual averages over the two years. */
export type Period = (typeof offencePeriods)[number];

/** The newest period: what a map shows unless a story asks for another. */
export const latestPeriod: Period = offencePeriods[offencePeriods.length - 1]!;

/**
 * The years the periods span, as in a file name.
 * @example periodSpan() // "2020-2024"
 */
export function periodSpan(): string {
  return `${offencePeriods[0].slice(0, 4)}-${latestPeriod.slice(-4)}`;
}
