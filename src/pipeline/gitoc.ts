/**
 * Norway in the GI-TOC Global Organized Crime Index, editions 2021, 2023 and 2025 (2025 partial), with European and
 * global averages from the official workbook; the transcribed Norway scores are checked against the workbook.
 * Knows nothing about spreadsheets (see gitoc-workbook.ts) or other countries than the one it is asked about.
 */
import {z} from 'zod';
import type {CsvTable} from './csv.ts';
import {DataError} from './data-error.ts';
import {averages, type GitocEdition} from './gitoc-workbook.ts';
import {optionalDecimal, text} from './fields.ts';
import type {GitocPillar, GitocRow} from '../lib/derived-types.ts';
import {validateRows} from './validate-rows.ts';

/** Pillar wording in the transcribed CSV → pillar; `rank` rows are not scores and are left out. */
export const pillarOf: ReadonlyMap<string, GitocPillar | 'rank'> = new Map([
  ['overall', 'criminality'],
  ['markets (average)', 'markets'],
  ['criminal market', 'markets'],
  ['actors (average)', 'actors'],
  ['criminal actor', 'actors'],
  ['resilience (average)', 'resilience'],
  ['resilience indicator', 'resilience'],
  ['rank', 'rank']
]);

const schema = z.object({
  indicator: text,
  pillar: text,
  score_2021: optionalDecimal,
  score_2023: optionalDecimal,
  score_2025: optionalDecimal
});

/**
 * `buildGitoc(table, workbook, country, continent, workbookFile)` returns rows for 2021, 2023, 2025 (edition, then CSV
 * order). Averages come from the workbook for 2021 and 2023 and are `null` for 2025. Throws a DataError for an unknown
 * pillar, a repeated indicator, or a 2021/2023 score that differs from the workbook's value for `country`.
 */
export function buildGitoc(
  table: CsvTable,
  workbook: ReadonlyMap<number, GitocEdition>,
  country: string,
  continent: string,
  workbookFile: string
): GitocRow[] {
  const entries: {indicator: string; pillar: GitocPillar; scores: Map<number, number | null>}[] = [];
  const seen = new Set<string>();
  for (const {row, line} of validateRows(table, schema)) {
    const pillar = pillarOf.get(row.pillar);
    if (!pillar)
      throw new DataError(table.file, line, 'pillar', `expected one of the index's pillars, found "${row.pillar}"`);
    if (pillar === 'rank') continue;
    if (seen.has(row.indicator))
      throw new DataError(
        table.file,
        line,
        'indicator',
        `expected each indicator once, found "${row.indicator}" again`
      );
    seen.add(row.indicator);
    const scores = new Map<number, number | null>([
      [2021, row.score_2021],
      [2023, row.score_2023],
      [2025, row.score_2025]
    ]);
    for (const [edition, sheet] of workbook) {
      const official = sheet.scores.get(row.indicator)?.get(country) ?? null;
      if (official !== scores.get(edition)) {
        throw new DataError(
          table.file,
          line,
          `score_${edition}`,
          `expected ${official} for ${row.indicator} as in ${workbookFile}, found ${scores.get(edition)}`
        );
      }
    }
    entries.push({indicator: row.indicator, pillar, scores});
  }
  const rows: GitocRow[] = [];
  for (const edition of [2021, 2023, 2025]) {
    const sheet = workbook.get(edition);
    for (const e of entries) {
      const avg = sheet ? averages(sheet, e.indicator, continent) : {global: null, continent: null};
      rows.push({
        edition,
        indicator: e.indicator,
        pillar: e.pillar,
        score: e.scores.get(edition) ?? null,
        europeAverage: avg.continent,
        globalAverage: avg.global
      });
    }
  }
  return rows;
}
