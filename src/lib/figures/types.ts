/**
 * Shapes shared by the figure registry: what a resolved figure is and which formats a story may ask for.
 * Knows nothing about Astro, MDX, the DOM or where the data files live.
 */

/**
 * How a figure is written in prose. `rise` and `fall` print a percent change without its sign ("46.5%") for
 * sentences that already say the direction, and fail when the data moved the other way.
 */
export type FigureFormat =
  'count' | 'per1000' | 'percentChange' | 'rise' | 'fall' | 'percent' | 'rank' | 'decimal' | 'year' | 'text';

/** Every format a story may request, for validation and error messages. */
export const figureFormats: readonly FigureFormat[] = [
  'count',
  'per1000',
  'percentChange',
  'rise',
  'fall',
  'percent',
  'rank',
  'decimal',
  'year',
  'text'
];

/**
 * A figure looked up from the derived data, before formatting.
 * `value` is `null` only when the source suppressed a small number (shown as "fewer than 5", never 0).
 */
export interface FigureValue {
  /** The number (or, for a TIP tier, the text) exactly as computed from the derived file. */
  value: number | string | null;
  /** Format used when the story does not ask for one. */
  defaultFormat: FigureFormat;
  /** Decimals used when the story does not ask for a number of digits. */
  defaultDigits?: number;
  /** Derived file(s) the value comes from, e.g. `"offences-national-1993-2024.json"`. */
  source: string;
  /** For percent changes: the two values compared. */
  from?: number;
  to?: number;
  /** The source says "about" (e.g. "~400 orders"). */
  approx?: boolean;
  /** The source suppressed the number as below five. */
  belowFive?: boolean;
}

/** A figure ready for the page. */
export interface ResolvedFigure extends FigureValue {
  /** The id that was looked up. */
  id: string;
  /** Reader-facing text, e.g. `"61.5 per 1,000"`. */
  formatted: string;
  /** The format that produced `formatted`. */
  format: FigureFormat;
}

/** Thrown for an id that is malformed or names data that does not exist. The message always names the id. */
export class FigureError extends Error {
  /** The id that failed. */
  readonly id: string;
  constructor(id: string, reason: string) {
    super(`Unknown figure id "${id}": ${reason}`);
    this.name = 'FigureError';
    this.id = id;
  }
}

export type {ReadDerived} from '../derived-names.ts';
