/**
 * US Trafficking in Persons report tiers and quoted law-enforcement figures for Norway, 2001–2025 (transcribed),
 * cross-checked against the Kelley–Heiss coding of the reports for 1999–2015. Knows nothing about UNODC or KOM data.
 */
import {z} from 'zod';
import {joinNotes, readAnnotatedNumber} from './annotated-number.ts';
import type {CsvTable} from './csv.ts';
import {DataError} from './data-error.ts';
import {optionalText, text, year} from './fields.ts';
import type {TipReportRow, TipTier} from '../lib/derived-types.ts';
import {validateRows} from './validate-rows.ts';
import {yearSequence} from './year-sequence.ts';

const tiers: readonly TipTier[] = ['Tier 1', 'Tier 2', 'Tier 2 Watch List'];

const tier = z
  .string()
  .trim()
  .refine((s) => s === '' || tiers.includes(s as TipTier), `expected empty or one of ${tiers.join(', ')}`)
  .transform((s) => (s === '' ? null : (s as TipTier)));

const schema = z.object({
  report_year: year,
  tier,
  data_period: optionalText,
  investigations: z.string(),
  prosecutions: z.string(),
  convictions: z.string(),
  victims: optionalText,
  notes: optionalText,
  source: text
});

/**
 * `buildTipReports(table, firstYear, lastYear)` returns one row per report year. Figures that are not a single annual
 * count ("35 since 2003", "8 (2 in 2004)") keep their wording in `note`. Throws a DataError for an unknown tier or a
 * missing or repeated report year.
 */
export function buildTipReports(table: CsvTable, firstYear: number, lastYear: number): TipReportRow[] {
  const rows: TipReportRow[] = [];
  const years = yearSequence(table.file, 'report_year', firstYear, lastYear, 'reports');
  for (const {row, line} of validateRows(table, schema)) {
    years.next(row.report_year, line);
    const figures = (['investigations', 'prosecutions', 'convictions'] as const).map((k) => ({
      k,
      ...readAnnotatedNumber(row[k])
    }));
    rows.push({
      reportYear: row.report_year,
      tier: row.tier,
      dataPeriod: row.data_period,
      investigations: figures[0]?.value ?? null,
      prosecutions: figures[1]?.value ?? null,
      convictions: figures[2]?.value ?? null,
      victims: row.victims,
      note: joinNotes([row.notes, ...figures.map((f) => (f.remark ? `${f.k} as reported: ${f.remark}` : null))]),
      source: row.source
    });
  }
  years.end();
  return rows;
}

const kelleyHeissSchema = z.object({iso: text, year, tier: z.string()});

/** Kelley–Heiss spellings (with trailing spaces trimmed) → our tier; `NA` = not ranked. */
const kelleyHeissTiers: ReadonlyMap<string, TipTier | null> = new Map([
  ['Tier 1', 'Tier 1'],
  ['Tier 2', 'Tier 2'],
  ['Watchlist', 'Tier 2 Watch List'],
  ['NA', null],
  ['', null]
]);

/**
 * `checkAgainstKelleyHeiss(rows, table, iso)` throws a DataError when a tier in our rows disagrees with the Kelley–Heiss
 * coding of the same report year for country `iso` (years both cover).
 */
export function checkAgainstKelleyHeiss(rows: readonly TipReportRow[], table: CsvTable, iso: string): void {
  const ours = new Map(rows.map((r) => [r.reportYear, r.tier]));
  for (const {row, line} of validateRows(table, kelleyHeissSchema)) {
    if (row.iso !== iso || !ours.has(row.year)) continue;
    const theirs = kelleyHeissTiers.get(row.tier.trim());
    if (theirs === undefined)
      throw new DataError(table.file, line, 'tier', `expected one of the report's tiers, found "${row.tier.trim()}"`);
    if (theirs !== ours.get(row.year)) {
      throw new DataError(
        table.file,
        line,
        'tier',
        `expected ${row.year}'s tier to agree with Kelley–Heiss (${theirs ?? 'not ranked'}), found ${ours.get(row.year) ?? 'not ranked'} in the TIP file`
      );
    }
  }
}
