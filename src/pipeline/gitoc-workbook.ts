/**
 * Reads GI-TOC's Global Organized Crime Index workbook (sheets `2021_dataset`, `2023_dataset`: one row per country,
 * one column per indicator) and computes European and global means per indicator. Knows nothing about which
 * country a story is about, and nothing about the transcribed 2025 figures.
 */
import {DataError} from './data-error.ts';
import {mean} from './numbers.ts';
import type {SheetRows} from './xlsx-workbook.ts';

/** Scores of one edition: indicator → country → score, plus the continent of each country. */
export interface GitocEdition {
  /** Indicator names as in the sheet header, with the " avg," suffix of the 2023 sheet removed. */
  indicators: string[];
  /** indicator → country → score. */
  scores: Map<string, Map<string, number>>;
  /** country → continent. */
  continents: Map<string, string>;
}

/** `indicatorName(header)` normalises a sheet header: `"Criminality avg,"` → `"Criminality"`. */
export function indicatorName(header: string): string {
  return header.replace(/\s*avg,?\s*$/, '').trim();
}

/**
 * `readGitocEdition(sheets, sheetName, file, expected)` reads one dataset sheet of a workbook read by xlsx-workbook.ts. Throws a DataError (line = sheet row) for
 * a missing sheet or column, a blank country, a duplicate country, a score outside 1–10, or country counts other than
 * `expected` (e.g. `{total: 193, continents: {Europe: 44}}`).
 */
export function readGitocEdition(
  sheets: ReadonlyMap<string, SheetRows>,
  sheetName: string,
  file: string,
  expected: {total: number; continents: Record<string, number>}
): GitocEdition {
  const sheet = sheets.get(sheetName);
  if (!sheet)
    throw new DataError(
      file,
      null,
      sheetName,
      `expected a sheet named ${sheetName}, found ${[...sheets.keys()].join(', ')}`
    );
  const [header, ...body] = sheet;
  const names = (header ?? []).map((h) => String(h ?? ''));
  for (const column of ['Continent', 'Country']) {
    if (!names.includes(column))
      throw new DataError(
        file,
        1,
        `${sheetName}!${column}`,
        `expected a column named ${column}, found ${names.join(', ')}`
      );
  }
  const continentAt = names.indexOf('Continent');
  const countryAt = names.indexOf('Country');
  const indicatorColumns = names
    .map((n, i) => ({n, i}))
    .filter(({n}) => !['Continent', 'Region', 'Country'].includes(n));
  const scores = new Map(indicatorColumns.map(({n}) => [indicatorName(n), new Map<string, number>()]));
  const continents = new Map<string, string>();
  body.forEach((cells, r) => {
    const line = r + 2;
    const country = String(cells[countryAt] ?? '').trim();
    if (!country)
      throw new DataError(file, line, `${sheetName}!Country`, 'expected a country name, found a blank cell');
    if (continents.has(country))
      throw new DataError(file, line, `${sheetName}!Country`, `expected each country once, found "${country}" again`);
    continents.set(country, String(cells[continentAt] ?? '').trim());
    for (const {n, i} of indicatorColumns) {
      const v = cells[i];
      if (typeof v !== 'number' || !(v >= 1 && v <= 10)) {
        throw new DataError(
          file,
          line,
          `${sheetName}!${n}`,
          `expected a score 1–10 for ${country}, found ${JSON.stringify(v)}`
        );
      }
      scores.get(indicatorName(n))?.set(country, v);
    }
  });
  if (continents.size !== expected.total) {
    throw new DataError(
      file,
      null,
      `${sheetName}!Country`,
      `expected ${expected.total} countries, found ${continents.size}`
    );
  }
  for (const [continent, n] of Object.entries(expected.continents)) {
    const found = [...continents.values()].filter((c) => c === continent).length;
    if (found !== n)
      throw new DataError(file, null, `${sheetName}!Continent`, `${found} countries in ${continent}, expected ${n}`);
  }
  return {indicators: [...scores.keys()], scores, continents};
}

/**
 * `averages(edition, indicator, continent)` is the mean score over all countries and over those on `continent`,
 * each rounded to 2 decimals; `null` for both when the indicator is not in this edition.
 */
export function averages(
  edition: GitocEdition,
  indicator: string,
  continent: string
): {global: number | null; continent: number | null} {
  const byCountry = edition.scores.get(indicator);
  if (!byCountry) return {global: null, continent: null};
  const all = [...byCountry.values()];
  const onContinent = [...byCountry].filter(([c]) => edition.continents.get(c) === continent).map(([, v]) => v);
  return {global: mean(all), continent: mean(onContinent)};
}
