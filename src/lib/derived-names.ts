/**
 * How the derived data files in `data/derived/` are named: the one place the names are spelled. A name carries the
 * years its file covers; for the SSB series those years come from the data (the pipeline reads them from the raw
 * files, see data/coverage.ts), so a refresh that brings a new year renames those files and changes no code. The
 * files of one data set by role are `derivedFilesFor(years)`; the site gets the set it is built from with
 * `derivedFilesIn(names)` (derived-files.ts). Knows nothing about the files' contents, the file system, Astro or the DOM.
 */

/**
 * Year spans of the derived files whose sources are collected by hand (they change when someone transcribes a new
 * edition, together with the transcription code); the SSB spans are read from the data.
 */
export const handCollectedYears = {
  districtMap: '2024',
  homicideRate: '1990-2023',
  tipTiers: '2001-2025',
  unodcTrafficking: '2003-2022',
  contractViolence: '2024-2025'
} as const;

/** The year spans one set of derived file names is made from. */
export interface DerivedYears extends Readonly<Record<keyof typeof handCollectedYears, string>> {
  /** First–last year of the national series, e.g. `"1993-2024"`. */
  nationalOffences: string;
  /** First–last year of the offence groups, e.g. `"2018-2024"`. */
  offenceGroups: string;
  /** First–last year of the 08487 periods, e.g. `"2020-2024"`. */
  offencesByArea: string;
}

/**
 * `derivedFilesFor(years)` names every derived file by role for the given year spans.
 * @example derivedFilesFor({...handCollectedYears, nationalOffences: '1993-2025', …}).nationalOffences // 'offences-national-1993-2025.json'
 */
export function derivedFilesFor(y: DerivedYears) {
  return {
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
}

/** The names of every derived file of one data set, by role. */
export type DerivedFileSet = ReturnType<typeof derivedFilesFor>;

/** The name of one derived file. */
export type DerivedFileName = DerivedFileSet[keyof DerivedFileSet];

/**
 * A derived file name without its years: what stays the same when a refresh renames a file for the years it covers.
 * @example derivedRole('offences-national-1993-2025.json') // 'offences-national.json'
 */
export function derivedRole(name: string): string {
  return name.replace(/-\d{4}(-\d{4})?(?=\.)/, '');
}

/** One name per role with placeholder years, to match real names against by {@link derivedRole}. */
const template = derivedFilesFor({
  ...handCollectedYears,
  nationalOffences: '0000-0000',
  offenceGroups: '0000-0000',
  offencesByArea: '0000-0000'
});

/**
 * `derivedFilesIn(names)` finds the file of every role among the names of one data set (the keys of its manifest).
 * @throws Error naming the role when no name or more than one name has it, listing the names given
 * @example derivedFilesIn(['offences-national-1993-2025.json', …]).nationalOffences // 'offences-national-1993-2025.json'
 */
export function derivedFilesIn(names: readonly string[]): DerivedFileSet {
  const found = Object.entries(template).map(([role, pattern]) => {
    const matches = names.filter((n) => derivedRole(n) === derivedRole(pattern));
    if (matches.length !== 1) {
      const what = matches.length ? `found ${matches.join(' and ')}` : 'found none';
      throw new Error(
        `expected one derived file like ${pattern.replaceAll('0000', 'YYYY')} (role ${role}), ${what} among ${names.join(', ')}`
      );
    }
    return [role, matches[0]];
  });
  return Object.fromEntries(found) as DerivedFileSet;
}

/**
 * Reads one derived file by name and returns its parsed JSON. Pure modules (figures, charts) take one as a parameter;
 * the build passes `readDerived` from derived-data.ts, unit tests pass small fixtures.
 */
export type ReadDerived = (file: string) => unknown;

/**
 * The download name of a derived file's CSV twin.
 * @example csvName('police-districts-2024.topo.json') // 'police-districts-2024.csv'
 */
export function csvName(name: string): string {
  return name.replace(/(\.topo)?\.json$/, '.csv');
}
