/**
 * The data vintage a story states under its byline: the latest year of official figures behind it and the date its
 * sources were last retrieved, both read from the derived data and the manifest, so a data update moves the line
 * without anyone editing a story. Pure: the caller passes the rows and manifest sources; knows nothing about Astro.
 */
import type {Topic} from './story-schema.ts';
import {derivedFiles} from './derived-files.ts';

/** The derived file whose latest year stands for each topic's "latest figures", and who published it. */
export const vintageFiles: Readonly<Record<Topic, {file: string; publisher: string}>> = {
  'crime-rate': {file: derivedFiles.nationalOffences, publisher: 'SSB'},
  trafficking: {file: derivedFiles.unodcTrafficking, publisher: 'UNODC'},
  'organised-crime': {file: derivedFiles.gitoc, publisher: 'GI-TOC index'},
  'contract-violence': {file: derivedFiles.contractViolence, publisher: 'Kripos statements'}
};

/** Fields that hold a row's year, in the order they are tried. */
const yearFields = ['year', 'edition', 'reportYear', 'published', 'period'] as const;

/**
 * The latest year in a derived file's rows: the largest four-digit year found in its year-like field (a period such
 * as `"2023-2024"` or a date such as `"2025-12-06"` counts by its last year).
 * @example latestYear([{year: 2023}, {year: 2024}]) // 2024
 * @throws Error when no row has a year
 */
export function latestYear(rows: readonly Record<string, unknown>[]): number {
  let latest = -Infinity;
  for (const row of rows) {
    const field = yearFields.find((f) => row[f] !== undefined && row[f] !== null);
    if (!field) continue;
    const years = String(row[field]).match(/\b(1[89]|20)\d{2}\b/g) ?? [];
    for (const y of years) latest = Math.max(latest, Number(y));
  }
  if (!Number.isFinite(latest))
    throw new Error('no row carries a year (year, edition, reportYear, published or period)');
  return latest;
}

/**
 * The most recent retrieval date among a manifest entry's sources (ISO dates compare as strings).
 * @example lastRetrieved([{retrieved: '2026-11-22'}]) // "2026-11-22"
 */
export function lastRetrieved(sources: readonly {retrieved: string}[]): string {
  if (sources.length === 0) throw new Error('the manifest entry lists no sources');
  return sources
    .map((s) => s.retrieved)
    .sort()
    .at(-1)!;
}
