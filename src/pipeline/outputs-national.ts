/**
 * The two national SSB outputs: offences from 1993 to the latest year and the nine offence groups for the years the
 * raw file has (2018, 2019, 2023 and 2024 in the transcribed copy; every year from 2003 in a fetched one).
 * Knows which raw files feed them and what the manifest says about them; the work is done in the modules it calls.
 */
import type {DerivedFile} from './manifest.ts';
import type {Coverage} from './coverage.ts';
import {buildNationalSeries} from './national-offences.ts';
import {buildOffenceGroups, groupSlugs} from './offence-groups.ts';
import type {RawFiles} from './raw-reader.ts';
import {formatRows} from './serialize.ts';
import {licences, publications, raw} from './sources.ts';
import type {DerivedFileSet} from '../lib/derived-names.ts';

/** "2018, 2019, 2023 and 2024". */
const listYears = (years: readonly number[]): string =>
  years.length < 2 ? years.join('') : `${years.slice(0, -1).join(', ')} and ${years.at(-1)}`;

/** Number words for the caveat; a long run of years is written in digits. */
const words = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];

/**
 * The caveat on missing group years: "Only four years are available in the sources (2018, 2019, 2023, 2024); 2020–2022
 * are missing, so do not draw lines between 2019 and 2023." `null` when the years have no gap.
 */
export function groupGapCaveat(years: readonly number[]): string | null {
  const gaps = years.slice(1).flatMap((y, i) => (y - years[i]! > 1 ? [[years[i]!, y] as const] : []));
  if (!gaps.length) return null;
  const missing = gaps.map(([a, b]) => (b - a === 2 ? `${a + 1}` : `${a + 1}–${b - 1}`)).join(', ');
  const lines = gaps.map(([a, b]) => `${a} and ${b}`).join(', ');
  const n = words[years.length] ?? String(years.length);
  return `Only ${n} years are available in the sources (${years.join(', ')}); ${missing} are missing, so do not draw lines between ${lines}.`;
}

/** `buildNationalOutputs(files, population, coverage, names)` returns the national series and the group file. */
export function buildNationalOutputs(
  files: RawFiles,
  population: ReadonlyMap<number, number>,
  coverage: Coverage,
  names: DerivedFileSet
): DerivedFile[] {
  const national = buildNationalSeries(
    files.csv(raw.nationalOffences),
    files.csv(raw.nationalPer1000),
    population,
    raw.nationalPopulation,
    coverage.nationalYears
  );
  const groups = buildOffenceGroups(files.csv(raw.offenceGroups), national);
  const {first, last} = coverage.nationalYears;
  const years = coverage.groupYears;
  const gap = groupGapCaveat(years);
  // The counts are transcribed from SSB's releases and Sosiale indikatorer, not read from StatBank table 08484.
  const ssbSources = [publications.ssbLovbrudd, publications.ssb06913];
  return [
    {
      name: names.nationalOffences,
      rowCountBounds: {min: last - first + 1, max: last - first + 1},
      content: formatRows(national),
      rowCount: national.length,
      inputs: [raw.nationalOffences, raw.nationalPer1000, raw.nationalPopulation],
      title: `Offences reported to the police in Norway, ${first}–${last}`,
      description:
        'All reported offences per year, property theft from 2005, population 1 January and the rate per 1 000 inhabitants (count / population × 1 000, kept to 4 decimals; SSB publishes 1 decimal and the source file 2, both of which round from it).',
      sources: ssbSources,
      licence: licences.ssb,
      caveats: [
        'Counts are transcribed from SSB publications (1993–2011 Sosiale indikatorer table 91528; 2012→ annual releases), not read from table 08484.',
        'No break in the total between 2011 and 2012: SSB prints both years in one table with these values.',
        'Offence groups were reclassified with the 2005 Penal Code (in force 1 October 2015); totals are unaffected.',
        "Rounded to 2 decimals the rate reproduces every per_1000_beregnet of the source; rounded to 1, SSB's published 79.0 (2012) and 60.0 (2018).",
        'Population is the registered population 1 January (SSB 06913), excluding Svalbard and Jan Mayen.'
      ]
    },
    {
      name: names.offenceGroups,
      rowCountBounds: {min: groupSlugs.size * years.length, max: groupSlugs.size * years.length},
      content: formatRows(groups),
      rowCount: groups.length,
      inputs: [raw.offenceGroups, raw.nationalOffences, raw.nationalPer1000, raw.nationalPopulation],
      title: `Reported offences by SSB offence group, ${listYears(years)}`,
      description: `The nine SSB offence groups (2015 classification) for the ${words[years.length] ?? years.length} years transcribed, with population 1 January and rate per 1 000.`,
      sources: ssbSources,
      licence: licences.ssb,
      caveats: [
        ...(gap ? [gap] : []),
        'The nine groups sum exactly to the published total in each year, and each total equals the national series.',
        "For 2018 every rate rounds to SSB's published 1-decimal rate."
      ]
    }
  ];
}
