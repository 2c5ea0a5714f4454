/**
 * SSB's nine offence groups for the four years transcribed (2018, 2019, 2023, 2024), with rates, checked so that the
 * groups add up to the published total and the total matches the national series. Knows nothing about districts.
 */
import {z} from 'zod';
import type {CsvTable} from './csv.ts';
import {DataError} from './data-error.ts';
import {count, decimal, optionalDecimal, text, year} from './fields.ts';
import {per1000, rateTo} from './numbers.ts';
import type {NationalOffenceRow, OffenceGroup, OffenceGroupRow} from '../lib/derived-types.ts';
import {validateRows} from './validate-rows.ts';

/** Norwegian group name in the SSB tables → slug, in SSB's order. `I alt` is the total. */
export const groupSlugs: ReadonlyMap<string, OffenceGroup> = new Map([
  ['Eiendomstyveri', 'property-theft'],
  ['Annen vinningskriminalitet', 'other-profit'],
  ['Skadeverk', 'vandalism'],
  ['Voldslovbrudd (vold og mishandling)', 'violence'],
  ['Seksuallovbrudd', 'sexual'],
  ['Rusmiddellovbrudd', 'drugs'],
  ['Ordens- og integritetskrenkelser', 'public-order'],
  ['Trafikklovbrudd', 'traffic'],
  ['Annen lovbrudd', 'other']
]);

const totalLabel = 'I alt';

const schema = z.object({
  aar: year,
  lovbruddsgruppe: text,
  offence_group_en: text,
  antall: count,
  folkemengde_1_januar: count,
  per_1000_beregnet: decimal,
  per_1000_publisert_ssb: optionalDecimal
});

/**
 * `buildOffenceGroups(table, national)` returns 9 rows per year in the file (years ascending, groups in SSB order).
 * Throws a DataError for an unknown or repeated group, a missing group, groups that do not sum exactly to the
 * published total, a total or population that disagrees with the national series, or a rate we cannot reproduce.
 */
export function buildOffenceGroups(table: CsvTable, national: readonly NationalOffenceRow[]): OffenceGroupRow[] {
  const nationalByYear = new Map(national.map((n) => [n.year, n]));
  const years = new Map<number, {rows: Map<OffenceGroup, OffenceGroupRow>; total: number | null; line: number}>();
  for (const {row, line} of validateRows(table, schema)) {
    const n = nationalByYear.get(row.aar);
    if (!n) throw new DataError(table.file, line, 'aar', `expected a year of the national series, found ${row.aar}`);
    if (row.folkemengde_1_januar !== n.population) {
      throw new DataError(
        table.file,
        line,
        'folkemengde_1_januar',
        `expected the national population ${n.population}, found ${row.folkemengde_1_januar}`
      );
    }
    const y = years.get(row.aar) ?? {rows: new Map(), total: null, line};
    years.set(row.aar, y);
    const rate = per1000(row.antall, row.folkemengde_1_januar);
    const twoDecimals = rateTo(row.antall, row.folkemengde_1_januar, 2);
    if (twoDecimals !== row.per_1000_beregnet) {
      throw new DataError(
        table.file,
        line,
        'per_1000_beregnet',
        `expected antall / folkemengde × 1 000 = ${twoDecimals}, found ${row.per_1000_beregnet}`
      );
    }
    const oneDecimal = rateTo(row.antall, row.folkemengde_1_januar, 1);
    if (row.per_1000_publisert_ssb !== null && oneDecimal !== row.per_1000_publisert_ssb) {
      throw new DataError(
        table.file,
        line,
        'per_1000_publisert_ssb',
        `expected our rate to round to SSB's published ${row.per_1000_publisert_ssb}, found ${oneDecimal}`
      );
    }
    if (row.lovbruddsgruppe === totalLabel) {
      if (y.total !== null)
        throw new DataError(
          table.file,
          line,
          'lovbruddsgruppe',
          `expected one "${totalLabel}" row for ${row.aar}, found a second`
        );
      if (row.antall !== n.count)
        throw new DataError(
          table.file,
          line,
          'antall',
          `expected the national series' ${n.count}, found ${row.antall}`
        );
      y.total = row.antall;
      continue;
    }
    const group = groupSlugs.get(row.lovbruddsgruppe);
    if (!group)
      throw new DataError(
        table.file,
        line,
        'lovbruddsgruppe',
        `expected one of SSB's nine groups or "${totalLabel}", found "${row.lovbruddsgruppe}"`
      );
    if (y.rows.has(group))
      throw new DataError(
        table.file,
        line,
        'lovbruddsgruppe',
        `expected each group once a year, found "${row.lovbruddsgruppe}" again in ${row.aar}`
      );
    y.rows.set(group, {
      year: row.aar,
      group,
      groupLabel: row.offence_group_en,
      count: row.antall,
      population: n.population,
      per1000: rate
    });
  }
  const out: OffenceGroupRow[] = [];
  for (const [y, {rows, total, line}] of [...years].sort((a, b) => a[0] - b[0])) {
    for (const [label, slug] of groupSlugs) {
      const r = rows.get(slug);
      if (!r)
        throw new DataError(table.file, line, 'lovbruddsgruppe', `expected a row for "${label}" in ${y}, found none`);
      out.push(r);
    }
    const sum = [...rows.values()].reduce((a, r) => a + r.count, 0);
    if (total === null)
      throw new DataError(table.file, line, 'lovbruddsgruppe', `expected a "${totalLabel}" row for ${y}, found none`);
    if (sum !== total)
      throw new DataError(
        table.file,
        line,
        'antall',
        `expected the groups of ${y} to sum to the total ${total}, found ${sum}`
      );
  }
  return out;
}
