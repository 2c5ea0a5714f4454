/**
 * Claims: data-dependent statements in the prose ("rose three years in a row", "Oslo had the highest rate",
 * "below Europe's average") tied to a check over figure ids, so a new year of data that contradicts a sentence
 * fails the build instead of publishing it. Pure: the caller passes a lookup from figure id to value (the figure
 * registry at build time, inline fixtures in tests). Knows nothing about Astro, MDX or the DOM.
 */

/** The tests a claim can state about the values of its figure ids, in the order the ids are given. */
export const claimTests = ['increasing', 'decreasing', 'greater', 'less', 'equal', 'highest', 'lowest'] as const;

/**
 * - `increasing` / `decreasing`: every value strictly above / below the one before it (at least two ids).
 * - `greater` / `less`: the first value strictly above / below the second id, or `value` when one id is given.
 * - `equal`: the first value equals the second id's, or `value` when one id is given.
 * - `highest` / `lowest`: the first value strictly above / below every other id's (at least two ids).
 */
export type ClaimTest = (typeof claimTests)[number];

/** What a story states: a test over figure ids, optionally against a literal value. */
export interface ClaimSpec {
  that: ClaimTest;
  ids: readonly string[];
  /** A literal to compare the single id with (`greater`, `less`, `equal`). */
  value?: number | string;
}

/** A figure value as the registry returns it; `null` is a number the source suppressed as below five. */
export type ClaimValue = number | string | null;

/** The outcome of a check, with every value it looked at so a failure can say what broke it. */
export interface ClaimResult {
  holds: boolean;
  values: readonly {id: string; value: ClaimValue}[];
}

/** Thrown for a claim that is malformed (wrong number of ids, unknown test) or no longer holds. */
export class ClaimError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ClaimError';
  }
}

function numeric(id: string, value: ClaimValue): number {
  if (typeof value !== 'number') {
    throw new ClaimError(
      `figure "${id}" is ${value === null ? 'suppressed (fewer than 5)' : `text ("${value}")`}; a claim can only compare numbers`
    );
  }
  return value;
}

function pairwise(values: readonly number[], ok: (previous: number, next: number) => boolean): boolean {
  return values.every((v, i) => i === 0 || ok(values[i - 1] as number, v));
}

function arityError(spec: ClaimSpec, expected: string): ClaimError {
  return new ClaimError(
    `"${spec.that}" needs ${expected}; got ${spec.ids.length} id(s) ${spec.value === undefined ? 'and no value' : `and value ${String(spec.value)}`}`
  );
}

/**
 * Checks one claim.
 * @example checkClaim({that: 'increasing', ids: ['a', 'b']}, (id) => ({a: 1, b: 2})[id]) // {holds: true, …}
 * @throws ClaimError when the claim is malformed or names a suppressed or text value where a number is needed
 */
export function checkClaim(spec: ClaimSpec, lookup: (id: string) => ClaimValue): ClaimResult {
  if (!claimTests.includes(spec.that))
    throw new ClaimError(`unknown test "${String(spec.that)}"; use one of ${claimTests.join(', ')}`);
  if (spec.ids.length === 0) throw arityError(spec, 'at least one figure id');
  const values = spec.ids.map((id) => ({id, value: lookup(id)}));
  const numbers = (): number[] => values.map(({id, value}) => numeric(id, value));
  const other = (): ClaimValue =>
    spec.ids.length === 2 ? (values[1] as {value: ClaimValue}).value : (spec.value ?? null);
  let holds: boolean;
  switch (spec.that) {
    case 'increasing':
    case 'decreasing': {
      if (spec.ids.length < 2 || spec.value !== undefined) throw arityError(spec, 'two or more ids and no value');
      holds = pairwise(numbers(), spec.that === 'increasing' ? (a, b) => b > a : (a, b) => b < a);
      break;
    }
    case 'highest':
    case 'lowest': {
      if (spec.ids.length < 2 || spec.value !== undefined) throw arityError(spec, 'two or more ids and no value');
      const [first, ...rest] = numbers() as [number, ...number[]];
      holds = rest.every((v) => (spec.that === 'highest' ? first > v : first < v));
      break;
    }
    case 'greater':
    case 'less':
    case 'equal': {
      if ((spec.ids.length === 2) === (spec.value !== undefined) || spec.ids.length > 2) {
        throw arityError(spec, 'either two ids, or one id and a value');
      }
      const a = (values[0] as {value: ClaimValue}).value;
      const b = other();
      if (spec.that === 'equal') {
        holds = a === b;
      } else {
        const x = numeric(spec.ids[0] as string, a);
        const y = numeric(spec.ids[1] ?? 'value', b);
        holds = spec.that === 'greater' ? x > y : x < y;
      }
      break;
    }
  }
  return {holds, values};
}

/**
 * The build error for a claim that no longer holds: the page, the sentence and every value the check read.
 * @example claimFailure('/stories/x/', 'rose three years in a row', spec, result)
 */
export function claimFailure(page: string, sentence: string, spec: ClaimSpec, result: ClaimResult): string {
  const found = result.values
    .map(({id, value}) => `${id} = ${value === null ? 'suppressed' : String(value)}`)
    .join('; ');
  const against = spec.value === undefined ? '' : ` ${String(spec.value)}`;
  return `Claim no longer holds on ${page}: "${sentence}" states that the figures are ${spec.that}${against}, but the data has ${found}`;
}

/** Plain text of rendered inline HTML, for quoting a sentence in an error. */
export function sentenceText(html: string): string {
  return html
    .replace(/<[^>]*>/g, '')
    .replace(/&nbsp;|&#160;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}
