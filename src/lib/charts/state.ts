/**
 * Normalises the loose state an author writes in MDX (`state={{highlight: [1993, 2004]}}`) into checked values.
 * Invalid input throws, so a typo fails the build with a message instead of drawing a silently wrong chart.
 * Knows nothing about charts, Astro or the DOM.
 */

/** An inclusive span of calendar years, first ≤ last. */
export type YearSpan = readonly [number, number];

/** Reads an author-supplied state object; `undefined` and `null` mean "no state". */
export function maybeRecord(value: unknown, where: string): Record<string, unknown> {
  if (value === undefined || value === null) return {};
  if (typeof value !== 'object' || Array.isArray(value)) throw new TypeError(`${where}: state must be an object`);
  return value as Record<string, unknown>;
}

/**
 * A year span from `[from, to]` or a single year; `undefined` when absent.
 * @example maybeYearSpan([2004, 1993], 'highlight') // throws: first year after last
 * @example maybeYearSpan(2021, 'highlight') // [2021, 2021]
 */
export function maybeYearSpan(value: unknown, where: string): YearSpan | undefined {
  if (value === undefined || value === null) return undefined;
  const pair = typeof value === 'number' ? [value, value] : value;
  if (!Array.isArray(pair) || pair.length !== 2 || !pair.every((y) => Number.isInteger(y) && y > 1800 && y < 2200)) {
    throw new TypeError(`${where}: expected [fromYear, toYear], got ${JSON.stringify(value)}`);
  }
  const [from, to] = pair as [number, number];
  if (from > to) throw new RangeError(`${where}: ${from} is after ${to}`);
  return [from, to];
}

/**
 * One of a fixed set of strings (or numbers); `undefined` when absent.
 * @example maybeOneOf('both', ['uncovered', 'both'] as const, 'reveal') // 'both'
 */
export function maybeOneOf<T extends string | number>(
  value: unknown,
  allowed: readonly T[],
  where: string
): T | undefined {
  if (value === undefined || value === null) return undefined;
  if (!allowed.includes(value as T)) {
    throw new TypeError(
      `${where}: expected one of ${allowed.map((a) => JSON.stringify(a)).join(', ')}, got ${JSON.stringify(value)}`
    );
  }
  return value as T;
}

/**
 * A list drawn from a fixed set, de-duplicated and in the set's order; a single value counts as a list of one.
 * @example maybeListOf(['convicted', 'victims'], ['victims', 'prosecuted', 'convicted'] as const, 'series') // ['victims', 'convicted']
 */
export function maybeListOf<T extends string>(value: unknown, allowed: readonly T[], where: string): T[] | undefined {
  if (value === undefined || value === null) return undefined;
  const list = Array.isArray(value) ? value : [value];
  for (const item of list) maybeOneOf(item, allowed, where);
  return allowed.filter((a) => list.includes(a));
}

/** Throws when a state object has keys the chart does not know, so misspelt options are not ignored. */
export function assertKnownKeys(state: Record<string, unknown>, known: readonly string[], where: string): void {
  const unknown = Object.keys(state).filter((k) => !known.includes(k));
  if (unknown.length) throw new TypeError(`${where}: unknown state ${unknown.join(', ')} (known: ${known.join(', ')})`);
}
