/**
 * The seven figures of SSB table 08487 (offences by scene of crime): all offences and six groups, each under every
 * name it goes by on its way from SSB to the site. One list, so the fetch (SSB code → raw column), the municipal and
 * district builds (raw column → row field → output group) and the national row can never pair them differently.
 */
import type {DistrictOffenceGroup, MunicipalityOffenceRow} from '../lib/derived-types.ts';

/** SSB's code for all offence groups together (the same in tables 08484 and 08487). */
export const allOffencesCode = '1AAAAA-9ZZZZz';

/** One figure of 08487 under each of its names. */
export interface SceneGroup {
  /** The group in the derived district and national files, e.g. `"property-theft"`. */
  group: DistrictOffenceGroup;
  /** SSB's offence-group code in 08487 (`2AAAAA-3-5-9ZZZZz` is "annet": groups 2, 3, 5 and 9 together). */
  code: string;
  /** Column of the municipal raw file, e.g. `"eiendomstyveri"`. */
  column: string;
  /** Field of a municipal offence row, e.g. `"propertyTheft"`. */
  key: keyof MunicipalityOffenceRow;
}

/** All offences first, then the six groups, in the column order of the municipal raw file and the output order. */
export const sceneGroups: readonly SceneGroup[] = [
  {group: 'total', code: allOffencesCode, column: 'alt', key: 'total'},
  {group: 'property-theft', code: '1AAAAA-1ZZZZz', column: 'eiendomstyveri', key: 'propertyTheft'},
  {group: 'violence', code: '4AAAAA-4ZZZZz', column: 'vold_mishandling', key: 'violence'},
  {group: 'drugs', code: '6AAAAA-6ZZZZz', column: 'rusmidler', key: 'drugs'},
  {group: 'public-order', code: '7AAAAA-7ZZZZz', column: 'orden_integritet', key: 'publicOrder'},
  {group: 'traffic', code: '8AAAAA-8ZZZZz', column: 'trafikk', key: 'traffic'},
  {group: 'other', code: '2AAAAA-3-5-9ZZZZz', column: 'annet', key: 'other'}
];
