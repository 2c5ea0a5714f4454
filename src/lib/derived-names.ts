/**
 * The names of the derived data files in `data/derived/`: the one place they are spelled, with the years each one
 * covers kept in one table, so a yearly update changes a year here and nothing else. The pipeline writes these names,
 * the site and the tests read them. Knows nothing about the files' contents, the file system, Astro or the DOM.
 */
import {periodSpan} from './offence-periods.ts';

/**
 * Years (or year spans) in the derived file names; a data update that extends a series changes its entry. The
 * offence files by district and municipality span the periods of offence-periods.ts.
 */
export const derivedYears = {
  nationalOffences: '1993-2024',
  offenceGroups: '2018-2024',
  offencesByArea: periodSpan(),
  districtMap: '2024',
  homicideRate: '1990-2023',
  tipTiers: '2001-2025',
  unodcTrafficking: '2003-2022',
  contractViolence: '2024-2025'
} as const;

const y = derivedYears;

/**
 * Every derived file by role.
 * @example derivedFiles.nationalOffences // 'offences-national-1993-2024.json'
 */
export const derivedFiles = {
  nationalOffences: `offences-national-${y.nationalOffences}.json`,
  offenceGroups: `offence-groups-${y.offenceGroups}.json`,
  offencesByDistrict: `offences-by-district-${y.offencesByArea}.json`,
  offencesByMunicipality: `offences-by-municipality-${y.offencesByArea}.json`,
  nationalScene: `offences-by-scene-national-${y.offencesByArea}.json`,
  districtMap: `police-districts-${y.districtMap}.topo.json`,
  homicideRate: `homicide-unodc-rate-${y.homicideRate}.json`,
  kriposHomicide: 'homicide-kripos-selected-years.json',
  tipTiers: `trafficking-tip-tiers-${y.tipTiers}.json`,
  unodcTrafficking: `trafficking-unodc-norway-${y.unodcTrafficking}.json`,
  komTrafficking: 'trafficking-kom-selected-years.json',
  gitoc: 'organised-crime-gitoc-norway.json',
  contractViolence: `contract-violence-${y.contractViolence}.json`
} as const;

/** The name of one derived file. */
export type DerivedFileName = (typeof derivedFiles)[keyof typeof derivedFiles];

/**
 * Reads one derived file by name and returns its parsed JSON. Pure modules (figures, charts) take one as a parameter;
 * the build passes `readDerived` from derived-data.ts, unit tests pass small fixtures.
 */
export type ReadDerived = (file: string) => unknown;

/** Every derived file name, sorted. */
export function derivedFileNames(): DerivedFileName[] {
  return Object.values(derivedFiles).sort();
}

/** Whether `name` is one of the derived files. */
export function isDerivedFileName(name: string): name is DerivedFileName {
  return (Object.values(derivedFiles) as string[]).includes(name);
}

/**
 * The download name of a derived file's CSV twin.
 * @example csvName('police-districts-2024.topo.json') // 'police-districts-2024.csv'
 */
export function csvName(name: string): string {
  return name.replace(/(\.topo)?\.json$/, '.csv');
}
