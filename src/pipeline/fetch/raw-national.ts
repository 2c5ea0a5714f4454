/**
 * Turns SSB 08484 (offences by group, whole country) and 06913 (population 1 January) into the three national raw
 * files the pipeline reads: the national series, its per-1 000 companion and the nine offence groups, for every year
 * SSB has. Rates are derived exactly as the pipeline checks them (count / population × 1 000, 2 decimals); SSB's own
 * 1-decimal rate goes into the "published" column so the pipeline can check it. Knows nothing about HTTP or files.
 */
import {rateTo} from '../numbers.ts';
import {csvText} from './csv-text.ts';
import {FetchError} from './fetch-error.ts';
import type {Cube} from './jsonstat-cube.ts';
import {allOffencesCode, offenceGroupCodes} from './ssb-tables.ts';

/** Text of the three files, keyed by role. */
export interface NationalRawFiles {
  population: string;
  series: string;
  per1000: string;
  groups: string;
}

/**
 * `nationalPopulation(cube)` returns year → population 1 January from 06913, for every year with a figure.
 * Throws a FetchError when a time code is not a year.
 */
export function nationalPopulation(cube: Cube): Map<number, number> {
  const byYear = new Map<number, number>();
  for (const tid of cube.codes('Tid')) {
    if (!/^\d{4}$/.test(tid)) throw new FetchError(cube.table, 'Tid', `expected a year, found "${tid}"`);
    const value = cube.value({Region: '0', ContentsCode: 'Folkemengde', Tid: tid});
    if (value !== null) byYear.set(Number(tid), value);
  }
  return byYear;
}

/**
 * `nationalRawFiles(offences, population)` writes the four national CSV texts. Years run from the first to the last
 * year with a national total in 08484; group years are those where all nine groups and the total have counts.
 * Throws a FetchError naming 06913 when a needed population year is missing, or 08484 when a year inside the range
 * has no total.
 */
export function nationalRawFiles(offences: Cube, population: Cube): NationalRawFiles {
  const people = nationalPopulation(population);
  const updated = (cube: Cube): string => (cube.updated ? `, updated ${cube.updated.slice(0, 10)}` : '');
  const source08484 = `SSB StatBank 08484 via PxWebApi v2${updated(offences)}`;
  const source06913 = `SSB StatBank 06913 via PxWebApi v2${updated(population)}`;
  const count = (group: string, tid: string): number | null =>
    offences.value({LovbruddKrim: group, ContentsCode: 'AnmeldteLovbrudd', Tid: tid});
  const published = (group: string, tid: string): number | null =>
    offences.value({LovbruddKrim: group, ContentsCode: 'AnmLovbrPer1000', Tid: tid});
  const popOf = (year: number): number => {
    const p = people.get(year);
    if (p === undefined)
      throw new FetchError(population.table, 'Tid', `expected a population for 1 January ${year}, found none`);
    return p;
  };

  const years = offences
    .codes('Tid')
    .filter((tid) => count(allOffencesCode, tid) !== null)
    .map(Number)
    .sort((a, b) => a - b);
  const first = years[0];
  const last = years[years.length - 1];
  if (first === undefined || last === undefined)
    throw new FetchError(offences.table, 'Tid', 'expected years with a national total, found none');
  for (let y = first; y <= last; y++) {
    if (!years.includes(y))
      throw new FetchError(
        offences.table,
        'Tid',
        `expected a national total for every year from ${first} to ${last}, found none for ${y}`
      );
  }

  const series = years.map((y) => {
    const total = count(allOffencesCode, String(y));
    const theft = count(offenceGroupCodes[0].code, String(y));
    return [y, total, theft, source08484, theft === null ? null : source08484, null];
  });
  const per1000 = years.map((y) => {
    const total = count(allOffencesCode, String(y)) as number;
    const pop = popOf(y);
    return [
      y,
      total,
      pop,
      rateTo(total, pop, 2),
      published(allOffencesCode, String(y)),
      source08484,
      source06913,
      source08484,
      'per_1000_beregnet = antall / folkemengde 1. januar x 1000'
    ];
  });
  const groupRows: (string | number | null)[][] = [];
  for (const y of years) {
    const tid = String(y);
    const counts = offenceGroupCodes.map((g) => count(g.code, tid));
    if (counts.some((c) => c === null)) continue; // groups exist only from 2003 (2015 classification)
    const pop = popOf(y);
    const rows = [
      ...offenceGroupCodes.map((g, i) => ({code: g.code, label: g.label, en: g.en, n: counts[i] as number})),
      {code: allOffencesCode, label: 'I alt', en: 'Total', n: count(allOffencesCode, tid) as number}
    ];
    for (const r of rows) {
      groupRows.push([
        y,
        r.label,
        r.en,
        r.n,
        pop,
        rateTo(r.n, pop, 2),
        published(r.code, tid),
        source08484,
        'per_1000_beregnet = antall / folkemengde 1. januar x 1000 (SSB 06913)'
      ]);
    }
  }
  const populationRows = [...people]
    .sort((a, b) => a[0] - b[0])
    .map(([y, p]) => [y, p, source06913, null, null, null, null]);

  return {
    population: csvText(
      [
        'aar',
        'folkemengde_1_januar',
        'kilde',
        'kontroll_07459_sum_alder_kjonn',
        'kontroll_nettside_verdi',
        'kontroll_nettside_kilde',
        'merknad'
      ],
      populationRows
    ),
    series: csvText(
      ['aar', 'anmeldte_lovbrudd_totalt', 'eiendomstyveri', 'kilde_totalt', 'kilde_eiendomstyveri', 'merknad'],
      series
    ),
    per1000: csvText(
      [
        'aar',
        'anmeldte_lovbrudd_totalt',
        'folkemengde_1_januar',
        'per_1000_beregnet',
        'per_1000_publisert_ssb',
        'kilde_antall',
        'kilde_folkemengde',
        'kilde_publisert',
        'merknad'
      ],
      per1000
    ),
    groups: csvText(
      [
        'aar',
        'lovbruddsgruppe',
        'offence_group_en',
        'antall',
        'folkemengde_1_januar',
        'per_1000_beregnet',
        'per_1000_publisert_ssb',
        'kilde',
        'merknad'
      ],
      groupRows
    )
  };
}
