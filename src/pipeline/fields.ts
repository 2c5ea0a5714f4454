/**
 * zod schemas for single CSV cells (strings in, typed values out): counts, optional counts, SSB-suppressed counts,
 * decimals, years and municipality numbers. Knows nothing about which file or column uses them.
 */
import {z} from 'zod';

const wholeNumber = /^\d+$/;
const decimalNumber = /^-?\d+(\.\d+)?$/;

/** A required non-negative whole number, e.g. `"2804"` → 2804. Rejects `""`, `"-3"`, `"1 000"`, `"12.5"`. */
export const count = z
  .string()
  .trim()
  .regex(wholeNumber, 'expected a non-negative whole number')
  .transform((s) => Number(s));

/** Like {@link count}, but an empty cell means "not available" → `null`. */
export const optionalCount = z
  .string()
  .trim()
  .regex(/^(\d+)?$/, 'expected a non-negative whole number or an empty cell')
  .transform((s) => (s === '' ? null : Number(s)));

/** A count that SSB may have suppressed (≤ 4 offences), written `NA` or left empty → `null`. */
export const suppressibleCount = z
  .string()
  .trim()
  .regex(/^(\d+|NA)?$/, 'expected a non-negative whole number, NA or an empty cell')
  .transform((s) => (s === '' || s === 'NA' ? null : Number(s)));

/** A required decimal number with a point, e.g. `"0.72"`. */
export const decimal = z
  .string()
  .trim()
  .regex(decimalNumber, 'expected a decimal number like 0.72')
  .transform((s) => Number(s));

/** An optional decimal number; empty → `null`. */
export const optionalDecimal = z
  .string()
  .trim()
  .regex(/^(-?\d+(\.\d+)?)?$/, 'expected a decimal number like 0.72 or an empty cell')
  .transform((s) => (s === '' ? null : Number(s)));

/** A four-digit calendar year between 1800 and 2100. */
export const year = z
  .string()
  .trim()
  .regex(/^\d{4}$/, 'expected a four-digit year')
  .transform((s) => Number(s))
  .refine((y) => y >= 1800 && y <= 2100, 'expected a year in 1800–2100');

/**
 * A municipality number, written with or without its leading zero (`"301"` or `"0301"`) → `"0301"`.
 * Zero (`"0"`, SSB's whole-country row) is passed through as `"0000"` so callers can drop it explicitly.
 */
export const municipalityNumber = z
  .string()
  .trim()
  .regex(/^\d{1,4}$/, 'expected a municipality number of up to four digits')
  .transform((s) => s.padStart(4, '0'));

/** Any text; surrounding spaces trimmed; must not be empty. */
export const text = z.string().trim().min(1, 'expected a non-empty value');

/**
 * A place name: like {@link text}, but markup (`<`, `>`) and control characters are refused where the name is read,
 * so a damaged name is blamed on its own file and never reaches a page or a comparison with another file.
 */
export const plainName = text.regex(
  // eslint-disable-next-line no-control-regex -- the point of this pattern is to refuse control characters
  /^[^<>\u0000-\u001f\u007f]*$/,
  'expected a plain name without markup or control characters'
);

/** Optional text; empty → `null`. */
export const optionalText = z
  .string()
  .trim()
  .transform((s) => (s === '' ? null : s));
