/**
 * The two national SSB outputs: offences 1993–2024 and the nine offence groups for 2018, 2019, 2023 and 2024.
 * Knows which raw files feed them and what the manifest says about them; the work is done in the modules it calls.
 */
import type {DerivedFile} from './manifest.ts';
import {buildNationalSeries, nationalYears} from './national-offences.ts';
import {buildOffenceGroups} from './offence-groups.ts';
import type {RawFiles} from './raw-reader.ts';
import {formatRows} from './serialize.ts';
import {licences, publications, raw} from './sources.ts';
import {derivedFiles} from '../derived-names.ts';

/** `buildNationalOutputs(files, population)` returns the national series and the group file. */
export function buildNationalOutputs(files: RawFiles, population: ReadonlyMap<number, number>): DerivedFile[] {
  const national = buildNationalSeries(
    files.csv(raw.nationalOffences),
    files.csv(raw.nationalPer1000),
    population,
    raw.nationalPopulation
  );
  const groups = buildOffenceGroups(files.csv(raw.offenceGroups), national);
  // The counts are transcribed from SSB's releases and Sosiale indikatorer, not read from StatBank table 08484.
  const ssbSources = [publications.ssbLovbrudd, publications.ssb06913];
  return [
    {
      name: derivedFiles.nationalOffences,
      rowCountBounds: {
        min: nationalYears.last - nationalYears.first + 1,
        max: nationalYears.last - nationalYears.first + 1
      },
      content: formatRows(national),
      rowCount: national.length,
      inputs: [raw.nationalOffences, raw.nationalPer1000, raw.nationalPopulation],
      title: 'Offences reported to the police in Norway, 1993–2024',
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
      name: derivedFiles.offenceGroups,
      rowCountBounds: {min: 36, max: 36},
      content: formatRows(groups),
      rowCount: groups.length,
      inputs: [raw.offenceGroups, raw.nationalOffences, raw.nationalPer1000, raw.nationalPopulation],
      title: 'Reported offences by SSB offence group, 2018, 2019, 2023 and 2024',
      description:
        'The nine SSB offence groups (2015 classification) for the four years transcribed, with population 1 January and rate per 1 000.',
      sources: ssbSources,
      licence: licences.ssb,
      caveats: [
        'Only four years are available in the sources (2018, 2019, 2023, 2024); 2020–2022 are missing, so do not draw lines between 2019 and 2023.',
        'The nine groups sum exactly to the published total in each year, and each total equals the national series.',
        "For 2018 every rate rounds to SSB's published 1-decimal rate."
      ]
    }
  ];
}
